package dev.briefing.yaml;

import java.time.LocalDate;
import java.util.List;

/**
 * A field's name with its shape and the Java type the binder gives its value: {@code ISSUED} is
 * {@code FieldKey<LocalDate>}. Each is declared once as a constant; the schema's {@link Field}s are
 * made from the same constants and code reads {@link Fields} only through them, so a misspelt name or
 * a wrong type is a compile error, not a value that is silently absent. Made only by the factories
 * below, each of which pairs a {@link FieldType} with the type of the value {@link Binder} makes for it.
 *
 * @param <T> the type of the bound value
 */
public final class FieldKey<T> {
    private final String name;
    private final FieldType type;
    private final T absent;

    private FieldKey(String name, FieldType type, T absent) {
        this.name = name;
        this.type = type;
        this.absent = absent;
    }

    /** The name written in YAML: {@code issued}. */
    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    /** What {@link Fields#get} gives when the field is absent: an empty list, false, or null for a single value. */
    T absent() {
        return absent;
    }

    public static FieldKey<String> line(String name) {
        return new FieldKey<>(name, FieldType.LINE, null);
    }

    public static FieldKey<MarkdownText> markdown(String name) {
        return new FieldKey<>(name, FieldType.MARKDOWN, null);
    }

    public static FieldKey<LocalDate> date(String name) {
        return new FieldKey<>(name, FieldType.DATE, null);
    }

    public static FieldKey<Boolean> bool(String name) {
        return new FieldKey<>(name, FieldType.BOOL, false);
    }

    public static FieldKey<Integer> integer(String name) {
        return new FieldKey<>(name, FieldType.INT, null);
    }

    public static FieldKey<String> url(String name) {
        return new FieldKey<>(name, FieldType.URL, null);
    }

    public static FieldKey<String> phone(String name) {
        return new FieldKey<>(name, FieldType.PHONE, null);
    }

    public static FieldKey<String> tel(String name) {
        return new FieldKey<>(name, FieldType.TEL, null);
    }

    public static FieldKey<String> id(String name) {
        return new FieldKey<>(name, FieldType.ID, null);
    }

    public static FieldKey<Ref> ref(String name) {
        return new FieldKey<>(name, FieldType.REF, null);
    }

    public static FieldKey<List<Ref>> refs(String name) {
        return new FieldKey<>(name, FieldType.REFS, List.of());
    }

    public static FieldKey<List<String>> words(String name) {
        return new FieldKey<>(name, FieldType.WORDS, List.of());
    }

    public static FieldKey<String> choice(String name) {
        return new FieldKey<>(name, FieldType.CHOICE, null);
    }

    public static FieldKey<List<Section>> sections(String name) {
        return new FieldKey<>(name, FieldType.SECTIONS, List.of());
    }

    public static FieldKey<List<NavLink>> links(String name) {
        return new FieldKey<>(name, FieldType.LINKS, List.of());
    }

    /** A mapping of the field's own named fields; null when absent. */
    public static FieldKey<Fields> group(String name) {
        return new FieldKey<>(name, FieldType.GROUP, null);
    }

    /** A list of mappings of the field's own named fields, in the order written. */
    public static FieldKey<List<Fields>> records(String name) {
        return new FieldKey<>(name, FieldType.RECORDS, List.of());
    }

    /** A mapping of names the author chooses to one line of text each. */
    public static FieldKey<NamedValues<String>> textMap(String name) {
        return new FieldKey<>(name, FieldType.TEXT_MAP, NamedValues.none());
    }

    /** A mapping of names the author chooses to lists of words. */
    /** site.yaml's labels: names to text, and under a language's code that language's own names (a {@code NamedValues<?>}). */
    public static FieldKey<NamedValues<Object>> labelMap(String name) {
        return new FieldKey<>(name, FieldType.LABEL_MAP, NamedValues.none());
    }

    public static FieldKey<NamedValues<List<String>>> wordsMap(String name) {
        return new FieldKey<>(name, FieldType.WORDS_MAP, NamedValues.none());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldKey<?> k && k.name.equals(name) && k.type == type;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
