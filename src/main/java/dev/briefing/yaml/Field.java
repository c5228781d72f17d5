package dev.briefing.yaml;

import java.util.List;

/**
 * One field of a schema.
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
public record Field(String name, FieldType type, boolean required, String refKind, List<String> choices,
        String doc, Schema nested, boolean shownToReaders, boolean translatable) {

    public Field {
        choices = List.copyOf(choices);
    }

    public Field(String name, FieldType type, boolean required, String refKind, List<String> choices, String doc) {
        this(name, type, required, refKind, choices, doc, null, false, false);
    }

    /** The same field, which a translation may give (see {@link #translatable}). */
    public Field translated() {
        return new Field(name, type, required, refKind, choices, doc, nested, shownToReaders, true);
    }

    /** The same field, optional: a translation's fields all are, since what it leaves out comes from its source. */
    public Field asOptional() {
        return new Field(name, type, false, refKind, choices, doc, nested, shownToReaders, translatable);
    }

    /** The same field, shown to readers under its label (and each choice under its own). */
    public Field shown() {
        return new Field(name, type, required, refKind, choices, doc, nested, true, translatable);
    }

    /** A mapping of named fields, such as {@code publisher: {name, url}}. */
    public static Field group(String name, boolean required, String doc, Field... fields) {
        return new Field(name, FieldType.GROUP, required, null, List.of(), doc, new Schema(name, List.of(fields)), false, false);
    }

    /** A list of mappings of named fields, such as {@code changes: [{date, note}]}. */
    public static Field records(String name, String doc, Field... fields) {
        return new Field(name, FieldType.RECORDS, false, null, List.of(), doc, new Schema(name + " entry", List.of(fields)),
                false, false);
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
