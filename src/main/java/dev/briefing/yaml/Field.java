package dev.briefing.yaml;

import java.util.List;

/**
 * One field of a schema: its {@link FieldKey} (name and type, declared once) and what the schema says of it.
 *
 * @param refKind     for REF and REFS: the kind of entry the ids must name (e.g. "target")
 * @param choices     for CHOICE: the allowed values
 * @param doc         one sentence for the handbook's generated reference
 * @param nested      for GROUP and RECORDS: the schema of the mapping (or of each mapping in the list)
 * @param shownToReaders whether the theme shows it to readers as a fact, under a label; the words of the label
 *                    (and of each choice) are the theme's messages label.KIND.FIELD (and label.KIND.FIELD.CHOICE),
 *                    which a site may rename (site.yaml {@code labels})
 * @param translatable whether a translation may give it (text readers read: a title, a summary, a body);
 *                    every other field of a translated item comes from its source
 */
public record Field(FieldKey<?> key, boolean required, String refKind, List<String> choices,
        String doc, Schema nested, boolean shownToReaders, boolean translatable) {

    public Field {
        FieldType type = key.type();
        if ((type == FieldType.REF || type == FieldType.REFS) != (refKind != null)
                || (type == FieldType.GROUP || type == FieldType.RECORDS) != (nested != null)
                || (type == FieldType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": a " + type + " field with refKind " + refKind + ", choices " + choices
                    + (nested == null ? "" : " and nested fields"));
        }
        choices = List.copyOf(choices);
    }

    private Field(FieldKey<?> key, boolean required, String refKind, List<String> choices, String doc) {
        this(key, required, refKind, choices, doc, null, false, false);
    }

    public String name() {
        return key.name();
    }

    public FieldType type() {
        return key.type();
    }

    /** Whether this is the field of {@code key}: typed, so a string or another kind of value does not compile. */
    public boolean is(FieldKey<?> key) {
        return this.key.equals(key);
    }

    /** The same field, which a translation may give (see {@link #translatable}). */
    public Field translated() {
        return new Field(key, required, refKind, choices, doc, nested, shownToReaders, true);
    }

    /** The same field, optional: a translation's fields all are, since what it leaves out comes from its source. */
    public Field asOptional() {
        return new Field(key, false, refKind, choices, doc, nested, shownToReaders, translatable);
    }

    /** The same field, shown to readers under its label (and each choice under its own). */
    public Field shown() {
        return new Field(key, required, refKind, choices, doc, nested, true, translatable);
    }

    /** A mapping of named fields, such as {@code publisher: {name, url}}. */
    public static Field group(FieldKey<Fields> key, boolean required, String doc, Field... fields) {
        return new Field(key, required, null, List.of(), doc, new Schema(key.name(), List.of(fields)), false, false);
    }

    /** A list of mappings of named fields, such as {@code changes: [{date, note}]}. */
    public static Field records(FieldKey<List<Fields>> key, String doc, Field... fields) {
        return new Field(key, false, null, List.of(), doc, new Schema(key.name() + " entry", List.of(fields)),
                false, false);
    }

    public static Field required(FieldKey<?> key, String doc) {
        return new Field(key, true, null, List.of(), doc);
    }

    public static Field optional(FieldKey<?> key, String doc) {
        return new Field(key, false, null, List.of(), doc);
    }

    public static Field refs(FieldKey<List<Ref>> key, String refKind, String doc) {
        return new Field(key, false, refKind, List.of(), doc);
    }

    public static Field ref(FieldKey<Ref> key, String refKind, String doc) {
        return new Field(key, false, refKind, List.of(), doc);
    }

    public static Field choice(FieldKey<String> key, boolean required, List<String> choices, String doc) {
        return new Field(key, required, null, List.copyOf(choices), doc);
    }
}
