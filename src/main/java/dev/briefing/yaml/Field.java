package dev.briefing.yaml;

import java.util.List;

/**
 * One field of a schema.
 *
 * @param refKind for REF and REFS: the kind of entry the ids must name (e.g. "target")
 * @param choices for CHOICE: the allowed values
 * @param doc     one sentence for the handbook's generated reference
 */
public record Field(String name, FieldType type, boolean required, String refKind, List<String> choices,
        String doc) {

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
