package dev.briefing.yaml;

import java.util.List;
import java.util.Map;

/**
 * One field of a schema: its {@link FieldKey} (name and type, declared once) and what the schema says of it.
 *
 * @param refKind     for REF and REFS: the kind of entry the ids must name (e.g. "target")
 * @param choices     for CHOICE: the allowed values
 * @param doc         one sentence for the handbook's generated reference
 * @param nested      for GROUP and RECORDS: the schema of the mapping (or of each mapping in the list)
 * @param label       what readers see beside the value ("Security designation"), or null for a field the
 *                    theme does not show as a fact; a site may rename it (site.yaml {@code labels})
 * @param valueLabels for CHOICE: what readers see for each value ("elevated" → "Elevated alert")
 * @param translatable whether a translation may give it (text readers read: a title, a summary, a body);
 *                    every other field of a translated item comes from its source
 */
public record Field(FieldKey<?> key, boolean required, String refKind, List<String> choices,
        String doc, Schema nested, String label, Map<String, String> valueLabels, boolean translatable) {

    public Field {
        FieldType type = key.type();
        if ((type == FieldType.REF || type == FieldType.REFS) != (refKind != null)
                || (type == FieldType.GROUP || type == FieldType.RECORDS) != (nested != null)
                || (type == FieldType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": a " + type + " field with refKind " + refKind + ", choices " + choices
                    + (nested == null ? "" : " and nested fields"));
        }
        choices = List.copyOf(choices);
        valueLabels = Map.copyOf(valueLabels);
    }

    private Field(FieldKey<?> key, boolean required, String refKind, List<String> choices, String doc) {
        this(key, required, refKind, choices, doc, null, null, Map.of(), false);
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
        return new Field(key, required, refKind, choices, doc, nested, label, valueLabels, true);
    }

    /** The same field, optional: a translation's fields all are, since what it leaves out comes from its source. */
    public Field asOptional() {
        return new Field(key, false, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** The same field, shown to readers under {@code label}. */
    public Field shown(String label) {
        return new Field(key, required, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** The same field, shown under {@code label}, each choice under its own label (every choice needs one). */
    public Field shown(String label, Map<String, String> valueLabels) {
        if (!valueLabels.keySet().equals(java.util.Set.copyOf(choices))) {
            throw new IllegalArgumentException(name() + ": labels " + valueLabels.keySet() + " for choices " + choices);
        }
        return new Field(key, required, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** A mapping of named fields, such as {@code publisher: {name, url}}. */
    public static Field group(FieldKey<Fields> key, boolean required, String doc, Field... fields) {
        return new Field(key, required, null, List.of(), doc, new Schema(key.name(), List.of(fields)), null, Map.of(), false);
    }

    /** A list of mappings of named fields, such as {@code changes: [{date, note}]}. */
    public static Field records(FieldKey<List<Fields>> key, String doc, Field... fields) {
        return new Field(key, false, null, List.of(), doc, new Schema(key.name() + " entry", List.of(fields)),
                null, Map.of(), false);
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
