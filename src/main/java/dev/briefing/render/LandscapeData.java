package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.JsonWriter;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.MarkdownText;
import dev.briefing.yaml.NamedValues;
import dev.briefing.yaml.NavLink;
import dev.briefing.yaml.Ref;
import dev.briefing.yaml.Section;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The landscape as data, under /data/: {@code landscape.json} (every entity of every kind),
 * one {@code <plural>.json} per kind, and their JSON Schemas under /data/schema/ (see
 * {@link DataSchemas}). Each entry carries its fields as written, its address on the site, its
 * lifecycle status and the reverse relationships. Entries are sorted by id and every file of
 * every kind is written even when empty, so the same site gives the same bytes and pages can
 * always link to their kind's file.
 */
public final class LandscapeData {
    public static final String DIR = "/data/";
    /** The version of the data format; bump it when the shape of the files changes. */
    public static final String FORMAT_VERSION = "1.0";
    static final String LANDSCAPE = "landscape";

    private LandscapeData() {
    }

    /** The site path of a kind's data file: /data/threats.json. */
    public static String dataPath(Kind kind) {
        return DIR + kind.plural() + ".json";
    }

    public static String landscapePath() {
        return DIR + LANDSCAPE + ".json";
    }

    /** The site path of a data file's schema, by the file's name: /data/schema/threats.schema.json. */
    public static String schemaPath(String name) {
        return DIR + "schema/" + name + ".schema.json";
    }

    /** Output path → bytes of every data and schema file. */
    public static Map<String, byte[]> files(ResolvedSite site) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, Object> all = new LinkedHashMap<>();
        for (Kind kind : Kind.entities()) {
            List<Map<String, Object>> entries = site.ofKind(kind).stream().map(i -> entry(site, i)).toList();
            all.put(kind.plural(), entries);
            Map<String, Object> file = header(site, kind.plural());
            file.put("kind", kind.singular());
            file.put("items", entries);
            put(out, dataPath(kind), file);
            put(out, schemaPath(kind.plural()), DataSchemas.ofKind(kind, absolute(site, schemaPath(kind.plural()))));
        }
        Map<String, Object> landscape = header(site, LANDSCAPE);
        landscape.put("entities", all);
        put(out, landscapePath(), landscape);
        put(out, schemaPath(LANDSCAPE), DataSchemas.landscape(absolute(site, schemaPath(LANDSCAPE))));
        return out;
    }

    private static void put(Map<String, byte[]> out, String sitePath, Map<String, Object> json) {
        out.put(sitePath.substring(1), JsonWriter.write(json).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> header(ResolvedSite site, String name) {
        SiteConfig config = site.config();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", absolute(site, schemaPath(name)));
        out.put("version", FORMAT_VERSION);
        out.put("generated", site.asOf().toString());
        out.put("license", config.license());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("title", config.title());
        about.put("url", config.baseUrl());
        Map<String, Object> publisher = null;
        if (config.publisher() != null) {
            publisher = new LinkedHashMap<>();
            publisher.put("name", config.publisher().name());
            String url = config.publisher().url();
            publisher.put("url", url != null && url.startsWith("/") && !url.startsWith("//") ? absolute(site, url) : url);
        }
        about.put("publisher", publisher);
        out.put("site", about);
        return out;
    }

    private static Map<String, Object> entry(ResolvedSite site, Item item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", item.kind().singular());
        out.putAll(fields(item.kind().schema().fields(), item.fields()));
        out.putIfAbsent("status", "active");
        // "status" is the entry's lifecycle (active, deprecated, revoked); whether an advisory is in force is its own field.
        if (item.kind() == Kind.ADVISORY) out.put("standing", Views.status(site, item));
        out.put("page", absolute(site, Urls.of(item.key())));
        Map<String, List<String>> incoming = new TreeMap<>();
        for (Key from : site.incoming().getOrDefault(item.key(), List.of())) {
            if (!from.equals(item.key())) incoming.computeIfAbsent(from.kind().singular(), k -> new ArrayList<>()).add(from.id());
        }
        incoming.values().forEach(ids -> ids.sort(null));
        out.put("referenced_by", incoming);
        return out;
    }

    /** The fields that were written, in schema order, as JSON values. */
    private static Map<String, Object> fields(List<Field> schema, Fields fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : schema) {
            if (fields.has(f.key())) out.put(f.name(), json(f, fields.get(f.key())));
        }
        return out;
    }

    /** A field's value as JSON: text, true or false and numbers as they are; the rest by the class its type gives it. */
    private static Object json(Field f, Object value) {
        if (value instanceof MarkdownText t) return t.text();
        if (value instanceof LocalDate d) return d.toString();
        if (value instanceof Ref r) return r.id();
        if (value instanceof Section s) return section(s);
        if (value instanceof NavLink l) return link(l);
        if (value instanceof Fields nested) return fields(f.nested().fields(), nested);
        // Settings-only shapes (site.yaml's labels and synonyms): no kind of entry has them.
        if (value instanceof NamedValues<?> named) return named.values();
        if (value instanceof List<?> list) return list.stream().map(v -> json(f, v)).toList();
        return value;
    }

    private static Map<String, Object> section(Section s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heading", s.heading());
        out.put("body", s.body().text());
        return out;
    }

    private static Map<String, Object> link(NavLink l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", l.title());
        out.put("url", l.url());
        return out;
    }

    static String absolute(ResolvedSite site, String sitePath) {
        return site.config().baseUrl() + sitePath.substring(1);
    }
}
