package dev.briefing.yaml;

import java.util.List;
import java.util.Map;

/**
 * One field of a schema.
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
public record Field(String name, FieldType type, boolean required, String refKind, List<String> choices,
        String doc, Schema nested, String label, Map<String, String> valueLabels, boolean translatable) {

    public Field {
        choices = List.copyOf(choices);
        valueLabels = Map.copyOf(valueLabels);
    }

    public Field(String name, FieldType type, boolean required, String refKind, List<String> choices, String doc) {
        this(name, type, required, refKind, choices, doc, null, null, Map.of(), false);
    }

    /** The same field, which a translation may give (see {@link #translatable}). */
    public Field translated() {
        return new Field(name, type, required, refKind, choices, doc, nested, label, valueLabels, true);
    }

    /** The same field, optional: a translation's fields all are, since what it leaves out comes from its source. */
    public Field asOptional() {
        return new Field(name, type, false, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** The same field, shown to readers under {@code label}. */
    public Field shown(String label) {
        return new Field(name, type, required, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** The same field, shown under {@code label}, each choice under its own label (every choice needs one). */
    public Field shown(String label, Map<String, String> valueLabels) {
        if (!valueLabels.keySet().equals(java.util.Set.copyOf(choices))) {
            throw new IllegalArgumentException(name + ": labels " + valueLabels.keySet() + " for choices " + choices);
        }
        return new Field(name, type, required, refKind, choices, doc, nested, label, valueLabels, translatable);
    }

    /** A mapping of named fields, such as {@code publisher: {name, url}}. */
    public static Field group(String name, boolean required, String doc, Field... fields) {
        return new Field(name, FieldType.GROUP, required, null, List.of(), doc, new Schema(name, List.of(fields)), null, Map.of(), false);
    }

    /** A list of mappings of named fields, such as {@code changes: [{date, note}]}. */
    public static Field records(String name, String doc, Field... fields) {
        return new Field(name, FieldType.RECORDS, false, null, List.of(), doc, new Schema(name + " entry", List.of(fields)),
                null, Map.of(), false);
    }

    public static Field required(String name, FieldType type, String doc) {
        return new Field(name, type, true, null, List.of(), doc);
    }

    public static Field optional(String name, FieldType type, String doc) {
        return new Field(name, type, false, null, List.of(), doc);
    }

    public static Field refs(String name, String refKind, String doc) {
        return new Field(name, FieldType.REFS, false, refKind, List.of(), doc);
    }

    public static Field ref(String name, String refKind, String doc) {
        return new Field(name, FieldType.REF, false, refKind, List.of(), doc);
    }

    public static Field choice(String name, boolean required, List<String> choices, String doc) {
        return new Field(name, FieldType.CHOICE, required, null, List.copyOf(choices), doc);
    }
}
