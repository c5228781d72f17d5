package dev.briefing.model;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Suggest;
import dev.briefing.util.Slugs;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What readers see for a field and for its values: the schema's labels ({@link Field#label()},
 * {@link Field#valueLabels()}), or the name site.yaml's {@code labels} gives instead, by
 * "kind.field" ({@code incident.place}) or "kind.field.value" ({@code brief.tags.ntas}). Templates
 * get values through typed view fields and these labels only to show them, so renaming a label
 * changes what is read, never what is found.
 */
public final class Labels {
    private final Map<String, String> renamed;

    public Labels(Map<String, String> renamed) {
        this.renamed = Map.copyOf(renamed);
    }

    /** A field's label, or null for a field the theme does not show. */
    public String field(Kind kind, Field field) {
        return renamed.getOrDefault(kind.singular() + "." + field.name(), field.label());
    }

    /** A value as words: its label if it has one, else the value with hyphens as spaces ("election officials"). */
    public String value(Kind kind, Field field, String value) {
        String own = renamed.get(kind.singular() + "." + field.name() + "." + Slugs.slugify(value));
        if (own != null) return own;
        String schema = field.valueLabels().get(value);
        return schema != null ? schema : words(value);
    }

    /** A tag of a brief as readers see it. */
    public String tag(String tag) {
        return value(Kind.BRIEF, TAGS, tag);
    }

    private static final Field TAGS = Kind.BRIEF.schema().field(ItemFields.TAGS);

    static String words(String value) {
        String s = value.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? value : s;
    }

    /** Reports each name in site.yaml's labels that names no shown field, or no value of one. */
    public static void check(SiteConfig config, Diagnostics diags) {
        List<String> known = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (Field f : k.schema().fields()) {
                if (f.label() == null) continue;
                known.add(k.singular() + "." + f.name());
                f.choices().forEach(c -> known.add(k.singular() + "." + f.name() + "." + c));
            }
        }
        for (String name : config.labels().keySet()) {
            if (known.contains(name) || isWordValue(name)) continue;
            diags.error(Code.BRF015, config.posOf("labels." + name), "unknown label '" + name + "' in labels",
                    java.util.Optional.ofNullable(Suggest.didYouMean(name, known))
                            .orElse("name a field shown to readers (kind.field, such as incident.place) or one of its values"
                                    + " (kind.field.value, such as brief.tags.ntas)"));
        }
    }

    /** "brief.tags.ntas": any value of a field of words may be named, as its slug. */
    private static boolean isWordValue(String name) {
        String[] parts = name.split("\\.", 3);
        if (parts.length != 3 || !Slugs.isValid(parts[2])) return false;
        return Kind.bySingular(parts[0]).map(k -> k.schema().byName().get(parts[1]))
                .filter(f -> f.type() == FieldType.WORDS && f.label() != null).isPresent();
    }
}
