package dev.briefing.render;

import dev.briefing.model.Kind;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas (draft 2020-12) of the published data, generated from the schema in
 * {@link Kind} that the binder validates content against: a field added to a kind appears in the
 * data and in its schema in the same build, so the two cannot drift. Each schema is complete in
 * itself (no references to other files), so a reader validates a file with its one schema.
 */
public final class DataSchemas {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private DataSchemas() {
    }

    /** The schema of /data/&lt;plural&gt;.json: the common header and the kind's entries. */
    static Map<String, Object> ofKind(Kind kind, String id) {
        Map<String, Object> props = header();
        props.put("kind", Map.of("const", kind.singular()));
        props.put("items", Map.of("type", "array", "items", Map.of("$ref", "#/$defs/" + kind.singular())));
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put(kind.singular(), entry(kind));
        return document(id, kind.label() + " of a briefing site", props, defs);
    }

    /** The schema of /data/landscape.json: every kind's entries under its plural name. */
    static Map<String, Object> landscape(String id) {
        Map<String, Object> props = header();
        Map<String, Object> kinds = new LinkedHashMap<>();
        Map<String, Object> defs = new LinkedHashMap<>();
        for (Kind k : Kind.entities()) {
            kinds.put(k.plural(), Map.of("type", "array", "items", Map.of("$ref", "#/$defs/" + k.singular())));
            defs.put(k.singular(), entry(k));
        }
        props.put("entities", object(kinds, List.copyOf(kinds.keySet())));
        return document(id, "The threat landscape of a briefing site", props, defs);
    }

    private static Map<String, Object> document(String id, String title, Map<String, Object> props, Map<String, Object> defs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", DIALECT);
        out.put("$id", id);
        out.put("title", title);
        out.putAll(object(props, List.copyOf(props.keySet())));
        out.put("$defs", defs);
        return out;
    }

    /** What every data file starts with. */
    private static Map<String, Object> header() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("$schema", Map.of("type", "string", "description", "The address of this file's schema."));
        p.put("version", Map.of("const", LandscapeData.FORMAT_VERSION,
                "description", "The version of the data format; it changes when the format does."));
        p.put("generated", date("The as-of date the site was built for."));
        p.put("license", Map.of("type", List.of("string", "null"),
                "description", "The license of the data (site.yaml's license), or null when the site states none."));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", Map.of("type", "string"));
        site.put("url", Map.of("type", "string", "description", "The site's address."));
        site.put("publisher", Map.of("type", List.of("object", "null"), "description", "site.yaml's publisher: {name, url}."));
        p.put("site", object(site, List.of("title", "url", "publisher")));
        return p;
    }

    /** One entry of a kind: its fields as written, then what the build derives. */
    static Map<String, Object> entry(Kind kind) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        props.put("kind", Map.of("const", kind.singular()));
        required.add("kind");
        for (Field f : kind.schema().fields()) {
            props.put(f.name(), field(f));
            if (f.required()) required.add(f.name());
        }
        // Always written, so readers can filter out what no longer applies without knowing the default.
        required.add("status");
        if (kind == Kind.ADVISORY) {
            props.put("standing", Map.of("enum", List.of("current", "expired", "superseded", "upcoming"), "description",
                    "Whether the advisory is in force on the day the data was generated, as the site shows it: current, expired"
                            + " (its expiry has passed), superseded (a later one replaced it before its expiry) or upcoming."));
            required.add("standing");
        }
        props.put("page", Map.of("type", "string", "description", "The address of the entry on the site."));
        required.add("page");
        props.put("referenced_by", Map.of("type", "object",
                "description", "The reverse relationships: the ids of everything on the site that lists or links to this entry, by kind.",
                "propertyNames", Map.of("enum", dev.briefing.model.Kind.singulars()),
                "additionalProperties", Map.of("type", "array", "items", id())));
        required.add("referenced_by");
        return object(props, required);
    }

    private static Map<String, Object> object(Map<String, Object> props, List<String> required) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        out.put("properties", props);
        out.put("required", required);
        out.put("additionalProperties", false);
        return out;
    }

    /** A field's JSON shape: as {@link LandscapeData} writes the value the binder made of it. */
    static Map<String, Object> field(Field f) {
        // Map.of iterates in an order that changes from run to run: sort before adding the description.
        Map<String, Object> out = new LinkedHashMap<>(new java.util.TreeMap<>(switch (f.type()) {
            case LINE, URL, PHONE, TEL -> Map.of("type", "string");
            case MARKDOWN -> Map.of("type", "string", "contentMediaType", "text/markdown");
            case DATE -> date(null);
            case BOOL -> Map.of("type", "boolean");
            case INT -> Map.of("type", "integer");
            case ID, REF -> id();
            case REFS -> Map.of("type", "array", "items", id());
            case WORDS -> Map.of("type", "array", "items", Map.of("type", "string"));
            case CHOICE -> Map.of("enum", f.choices());
            case SECTIONS -> Map.of("type", "array", "items", pair("heading", "body"));
            case LINKS -> Map.of("type", "array", "items", pair("title", "url"));
            case GROUP -> nested(f.nested());
            case RECORDS -> Map.of("type", "array", "items", nested(f.nested()));
            case TEXT_MAP, LABEL_MAP -> Map.of("type", "object", "additionalProperties", Map.of("type", "string"));
            case WORDS_MAP -> Map.of("type", "object", "additionalProperties",
                    Map.of("type", "array", "items", Map.of("type", "string")));
        }));
        out.put("description", f.doc());
        return out;
    }

    private static Map<String, Object> nested(Schema schema) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field f : schema.fields()) {
            props.put(f.name(), field(f));
            if (f.required()) required.add(f.name());
        }
        return object(props, required);
    }

    private static Map<String, Object> pair(String a, String b) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(a, Map.of("type", "string"));
        props.put(b, Map.of("type", "string"));
        return object(props, List.of(a, b));
    }

    private static Map<String, Object> id() {
        return Map.of("type", "string", "pattern", ID_PATTERN);
    }

    private static Map<String, Object> date(String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "string");
        out.put("format", "date");
        out.put("pattern", DATE_PATTERN);
        if (description != null) out.put("description", description);
        return out;
    }
}
