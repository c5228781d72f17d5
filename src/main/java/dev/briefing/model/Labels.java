package dev.briefing.model;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Suggest;
import dev.briefing.util.Slugs;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What readers of one language see for a kind, a field and its values: the theme's messages
 * ({@code kind.threat}, {@code label.incident.place}, {@code label.advisory.level.bulletin}), or
 * the name site.yaml's {@code labels} gives instead, by "kind.field" ({@code incident.place}) or
 * "kind.field.value" ({@code brief.tags.ntas}); names for another language than the default go
 * under its code ({@code labels: {es: {brief.tags.nsse: NSSE}}}). Templates get values through
 * typed view fields and these labels only to show them, so renaming a label changes what is read,
 * never what is found.
 */
public final class Labels {
    private final Messages messages;
    private final Map<String, String> renamed;
    /** The names this language gives itself: the default language's all, another's those under its code. */
    private final Set<String> own;

    private Labels(Messages messages, Map<String, String> renamed, Set<String> own) {
        this.messages = messages;
        this.renamed = Map.copyOf(renamed);
        this.own = Set.copyOf(own);
    }

    /**
     * The labels of the messages' language. The default language takes site.yaml's names; another
     * takes those under its code, and the default's names of words (a tag's "NTAS"), which are how
     * the site writes those words in any language until it names them otherwise.
     */
    public static Labels of(SiteConfig config, Messages messages) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> given = config.labels().byLanguage().getOrDefault(messages.language(), Map.of());
        // The default language is the site's first; a language's own build has its code as config.language().
        boolean isDefault = messages.language().equals(config.languageCodes().get(0));
        if (isDefault) {
            names.putAll(config.labels().names());
        } else {
            config.labels().names().forEach((name, text) -> {
                if (isWordValue(name)) names.put(name, text);
            });
        }
        names.putAll(given);
        return new Labels(messages, names, isDefault ? names.keySet() : given.keySet());
    }

    /** A kind's name, as index pages and lists call it: "Threats". */
    public String kind(Kind kind) {
        return messages.text("kind." + kind.singular());
    }

    /** One item of a kind: "Threat". */
    public String one(Kind kind) {
        return messages.text("kind." + kind.singular() + ".one");
    }

    /** A field's label, or null for a field the theme does not show. */
    public String field(Kind kind, Field field) {
        if (!field.shownToReaders()) return null;
        String name = kind.singular() + "." + field.name();
        String own = renamed.get(name);
        return own != null ? own : messages.text("label." + name);
    }

    /** A value as words: its label if it has one, else the value with hyphens as spaces ("election officials"). */
    public String value(Kind kind, Field field, String value) {
        String name = kind.singular() + "." + field.name() + "." + Slugs.slugify(value);
        String own = renamed.get(name);
        if (own != null) return own;
        return messages.has("label." + name) ? messages.text("label." + name) : words(value);
    }

    /** A tag of a brief as readers see it. */
    public String tag(String tag) {
        return value(Kind.BRIEF, TAGS, tag);
    }

    /**
     * Whether this language names the tag (site.yaml's labels, or the theme's messages): a tag it does not name is shown
     * as its editors wrote it, in the default language's words, and marked so on the language's pages.
     */
    public boolean namesTag(String tag) {
        String name = Kind.BRIEF.singular() + "." + TAGS.name() + "." + Slugs.slugify(tag);
        // The default language's name of a word ("Polling places") is shown until the language names it, but in the
        // default language's words.
        return own.contains(name) || messages.has("label." + name);
    }

    private static final Field TAGS = Kind.BRIEF.schema().field(ItemFields.TAGS);

    static String words(String value) {
        String s = value.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? value : s;
    }

    /**
     * The messages every language needs for kinds and fields: each kind's name and the name of one
     * of it, each shown field's label and each of its choices' labels.
     */
    public static Set<String> messageKeys() {
        Set<String> out = new TreeSet<>();
        for (Kind k : Kind.values()) {
            out.add("kind." + k.singular());
            out.add("kind." + k.singular() + ".one");
        }
        names().forEach(name -> out.add("label." + name));
        return out;
    }

    /** Whether a message names one word of a field of words ({@code label.resource.audience.public}), which any message file may give. */
    public static boolean isWordMessage(String key) {
        return key.startsWith("label.") && isWordValue(key.substring("label.".length()));
    }

    /** kind.field and kind.field.choice for every shown field: the names site.yaml's labels may give. */
    private static List<String> names() {
        List<String> known = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (Field f : k.schema().fields()) {
                if (!f.shownToReaders()) continue;
                known.add(k.singular() + "." + f.name());
                f.choices().forEach(c -> known.add(k.singular() + "." + f.name() + "." + c));
            }
        }
        return known;
    }

    /**
     * Reports each name in site.yaml's labels that names no shown field, or no value of one, and
     * each language code in it that the site does not declare.
     *
     * @param languages the codes of the site's languages, the default first
     */
    public static void check(SiteConfig config, List<String> languages, Diagnostics diags) {
        List<String> known = names();
        check(config, config.labels().names(), "", known, diags);
        config.labels().byLanguage().forEach((language, names) -> {
            if (!languages.contains(language)) {
                // Codes are two or three letters: any is "close" to any other, so the hint lists them instead.
                diags.error(Code.BRF015, config.posOf(SiteFields.LABELS, language), "'" + language + "' in labels is not a language of this site",
                        "the site's languages are " + String.join(", ", languages) + "; names for the default language need no code");
                return;
            }
            check(config, names, language + ".", known, diags);
        });
        carried(config, languages, diags);
    }

    /**
     * Reports each default-language name of words ({@link #of} shows it in every language until that language names
     * it) that is a phrase, not a name such as "NTAS": the other languages' readers would be shown the default language's
     * words as theirs.
     */
    private static void carried(SiteConfig config, List<String> languages, Diagnostics diags) {
        for (String language : languages.subList(Math.min(1, languages.size()), languages.size())) {
            Map<String, String> own = config.labels().byLanguage().getOrDefault(language, Map.of());
            config.labels().names().forEach((name, text) -> {
                if (!isWordValue(name) || own.containsKey(name) || text.strip().split("\\s+").length < 2) return;
                diags.warning(Code.BRF169, config.posOf(SiteFields.LABELS, name), "the label " + name + ": \"" + text
                        + "\" has no name in '" + language + "': its pages would show it in " + config.defaultLanguage().name(),
                        "add it under the language's code, written in that language: labels: {" + language + ": {" + name
                                + ": \"…\"}}");
            });
        }
    }

    /** @param prefix the language's code and a dot under labels, or nothing for the default language's names */
    private static void check(SiteConfig config, Map<String, String> names, String prefix, List<String> known, Diagnostics diags) {
        for (String name : names.keySet()) {
            if (known.contains(name) || isWordValue(name)) continue;
            diags.error(Code.BRF015, config.posOf(SiteFields.LABELS, prefix + name), "unknown label '" + name + "' in labels",
                    Optional.ofNullable(Suggest.didYouMean(name, known))
                            .orElse("name a field shown to readers (kind.field, such as incident.place) or one of its values"
                                    + " (kind.field.value, such as brief.tags.ntas)"));
        }
    }

    /** "brief.tags.ntas": any value of a field of words may be named, as its slug. */
    private static boolean isWordValue(String name) {
        String[] parts = name.split("\\.", 3);
        if (parts.length != 3 || !Slugs.isValid(parts[2])) return false;
        return Kind.bySingular(parts[0]).map(k -> k.schema().byName().get(parts[1]))
                .filter(f -> f.type() == FieldType.WORDS && f.shownToReaders()).isPresent();
    }
}
