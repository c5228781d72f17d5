package dev.briefing.i18n;

import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.SECTIONS;

import dev.briefing.model.TextKey;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Suggest;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Language;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.Localization;
import dev.briefing.model.SiteConfig;
import dev.briefing.model.Translation;
import dev.briefing.yaml.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes each declared language's site from the loaded one: the default language's is the site as
 * loaded; another language's has every item, with its translation into that language merged over it
 * where there is one (translated fields and texts replace the source's; ids, dates, levels and
 * relations stay the source's). Reports translations in an undeclared language, of a source that does
 * not exist, or given twice.
 */
public final class Languages {
    private Languages() {
    }

    /** The checked translations of a site: by language code, then by the key of the item each translates. */
    public record Checked(Map<String, Map<Key, Translation>> byLanguage) {
        public Translation of(String lang, Key key) {
            Map<Key, Translation> l = byLanguage.get(lang);
            return l == null ? null : l.get(key);
        }
    }

    /** Checks the loaded translations: those that can be used, by language and key; each problem reported once. */
    public static Checked check(LoadedSite loaded, Diagnostics diags) {
        SiteConfig config = loaded.config();
        // Which languages a site.yaml that could not be read declares is not known: no translation is called undeclared.
        if (config.unreadable()) return new Checked(Map.of());
        Set<Key> sources = new HashSet<>();
        loaded.items().forEach(i -> sources.add(i.key()));
        loaded.unbound().forEach(i -> sources.add(i.key()));
        Map<String, Map<Key, Translation>> out = new TreeMap<>();
        Set<String> reportedFiles = new HashSet<>();
        List<String> codes = config.languages().stream().map(Language::code).toList();
        for (Translation t : loaded.translations()) {
            if (config.languageOf(t.lang()).isEmpty() || t.lang().equals(config.defaultLanguage().code())) {
                if (reportedFiles.add(t.path())) undeclared(t, config, codes, diags);
                continue;
            }
            if (!sources.contains(t.key())) {
                if (loaded.incomplete().contains(t.key().kind())) continue; // its source may be the entry that failed to load
                missingSource(t, sources, diags);
                continue;
            }
            Translation first = out.computeIfAbsent(t.lang(), l -> new HashMap<>()).putIfAbsent(t.key(), t);
            if (first != null) {
                diags.error(Code.BRF154, t.item().pos(), "a second " + config.languageOf(t.lang()).get().name() + " translation of "
                        + t.key().kind().singular() + " '" + t.key().id() + "': the first is at " + first.item().pos(),
                        "keep one of them");
            }
        }
        hyphenated(loaded, sources, codes, diags);
        return new Checked(out);
    }

    /**
     * A brief or page named as a translation with a hyphen for the dot (about-es.md beside about.md, as the file-name
     * error's hint for about_es.md once made it): a page of its own, published in the default language, linked from its
     * lists, while the page it was meant to translate stays untranslated.
     */
    private static void hyphenated(LoadedSite loaded, Set<Key> keys, List<String> codes, Diagnostics diags) {
        if (codes.size() < 2) return;
        // Unbound too: a translation's file copied under such a name lacks the source's date, so it does not bind.
        List<Item> named = new ArrayList<>(loaded.items());
        named.addAll(loaded.unbound());
        for (Item i : named) {
            if (i.kind().isEntity()) continue;
            String id = i.key().id();
            for (String code : codes.subList(1, codes.size())) {
                String base = id.endsWith("-" + code) ? id.substring(0, id.length() - code.length() - 1) : null;
                if (base == null || !keys.contains(new Key(i.kind(), base))) continue;
                Language language = loaded.config().languageOf(code).orElseThrow();
                String folder = i.pos().path().substring(0, i.pos().path().lastIndexOf('/') + 1);
                diags.warning(Code.BRF173, Pos.file(i.pos().path()), id + ".md is published as a " + i.kind().singular() + " of its own,"
                        + " in " + loaded.config().defaultLanguage().name() + ", beside " + base + ".md", "if it is the " + language.name()
                        + " translation of " + base + ".md, rename it to " + folder + base + "." + code + ".md");
            }
        }
    }

    /**
     * The last check that reported nothing, for the next build of the same engine (not thread-safe: the building
     * thread's). An edit that changed no translation's language, source or file and no item's key (a body or title
     * edit, the preview's usual case) finds the same and reports nothing again: its check is the last one's, with
     * the edited translations' new objects in their places, instead of hashing every key of the site again.
     */
    public static final class LastCheck {
        private LoadedSite loaded;
        private Checked checked;
    }

    /** As {@link #check(LoadedSite, Diagnostics)}, reusing {@code last} when the site's shape is the same. */
    public static Checked check(LoadedSite loaded, Diagnostics diags, LastCheck last) {
        if (last.checked != null && sameShape(last.loaded, loaded)) {
            last.checked = replaced(last.checked, last.loaded.translations(), loaded.translations());
            last.loaded = loaded;
            return last.checked;
        }
        Diagnostics found = new Diagnostics();
        Checked checked = check(loaded, found);
        boolean clean = found.sorted().isEmpty();
        diags.addAll(found);
        last.loaded = clean ? loaded : null;
        last.checked = clean ? checked : null;
        return checked;
    }

    /** The same languages, items (by key, in order) and translations (by language, key and file, in order). */
    private static boolean sameShape(LoadedSite before, LoadedSite now) {
        SiteConfig a = before.config();
        SiteConfig b = now.config();
        if (a.unreadable() != b.unreadable() || !a.languages().equals(b.languages()) || !before.incomplete().equals(now.incomplete())
                || !LoadedSite.sameKeys(before.items(), now.items()) || !LoadedSite.sameKeys(before.unbound(), now.unbound())
                || before.translations().size() != now.translations().size()) {
            return false;
        }
        for (int i = 0; i < now.translations().size(); i++) {
            Translation x = before.translations().get(i);
            Translation y = now.translations().get(i);
            if (x != y && (!x.lang().equals(y.lang()) || !x.key().equals(y.key()) || !x.path().equals(y.path()))) return false;
        }
        return true;
    }

    /** The check with each translation that is a new object now (same language and key) put in its old one's place. */
    private static Checked replaced(Checked checked, List<Translation> before, List<Translation> now) {
        Map<String, Map<Key, Translation>> out = null;
        for (int i = 0; i < now.size(); i++) {
            Translation t = now.get(i);
            if (t == before.get(i)) continue;
            if (out == null) out = new TreeMap<>(checked.byLanguage());
            if (out.get(t.lang()) == checked.byLanguage().get(t.lang())) out.put(t.lang(), new HashMap<>(checked.byLanguage().get(t.lang())));
            out.get(t.lang()).put(t.key(), t);
        }
        return out == null ? checked : new Checked(out);
    }

    private static void undeclared(Translation t, SiteConfig config, List<String> codes, Diagnostics diags) {
        String name = t.path().substring(t.path().lastIndexOf('/') + 1);
        if (t.lang().equals(config.defaultLanguage().code())) {
            diags.error(Code.BRF151, Pos.file(t.path()), name + " is named as a translation into " + config.defaultLanguage().name()
                    + ", the site's default language", "the text in the default language is the file without the code: rename it");
            return;
        }
        List<String> others = codes.subList(1, codes.size());
        // A real language's code (fr) is not a slip for another two letters (es): only an unknown one (sp) gets a guess.
        String hint = dev.briefing.model.Language.isKnown(t.lang()) ? null : Suggest.didYouMean(t.lang(), others);
        if (hint == null) {
            hint = others.isEmpty()
                    ? "this site declares no other language: add it to site.yaml's languages to publish translations"
                    : "the site's other languages are " + String.join(", ", others) + "; or declare '" + t.lang() + "' in site.yaml's languages";
        }
        diags.error(Code.BRF151, Pos.file(t.path()), "'" + t.lang() + "' in " + name + " is not a language this site declares", hint);
    }

    private static void missingSource(Translation t, Set<Key> sources, Diagnostics diags) {
        Key key = t.key();
        String source = key.kind().isEntity() ? "no " + key.kind().singular() + " '" + key.id() + "' in content/data/"
                + key.kind().plural() + ".yaml" : t.path().substring(0, t.path().lastIndexOf('/') + 1) + key.id() + ".md does not exist";
        List<String> ids = sources.stream().filter(k -> k.kind() == key.kind()).map(Key::id).sorted().toList();
        String hint = Suggest.didYouMean(key.id(), ids);
        // A page's translation put among the briefs, or the other way round.
        Kind other = key.kind() == Kind.BRIEF ? Kind.PAGE : key.kind() == Kind.PAGE ? Kind.BRIEF : null;
        if (hint == null && other != null && sources.contains(new Key(other, key.id()))) {
            hint = key.id() + " is a " + other.singular() + ": move this file to content/" + other.plural() + "/";
        }
        diags.error(Code.BRF152, t.item().pos(), "nothing to translate: " + source,
                hint != null ? hint : key.kind().isEntity() ? "each entry names the id of the entry it translates"
                        : "a translation is named after the file it translates, with the language code before .md");
    }

    /**
     * The site in one of its languages: the loaded site itself for the default language; for another,
     * every item with its translation merged over it.
     */
    public static LoadedSite in(LoadedSite loaded, Language language, Checked checked) {
        return in(loaded, language, checked, new Merged());
    }

    /**
     * The items merged for one language at the last build, reused while neither the source nor the
     * translation changed (both are the same objects): the resolver then resolves again only what an
     * edit changed, in every language. Not thread-safe: one per language, used by the one building thread.
     */
    public static final class Merged {
        private record Entry(Item source, Translation translation, Item merged) {
        }

        private Map<Key, Entry> last = new HashMap<>();
        private Localization localization;

        Item of(Item source, Translation t, Map<Key, Entry> next) {
            Entry e = last.get(source.key());
            Item merged = e != null && e.source() == source && e.translation() == t ? e.merged() : merge(source, t);
            next.put(source.key(), new Entry(source, t, merged));
            return merged;
        }

        /** The last build's localization when it holds the same (most edits): making one copies every translated key. */
        Localization localization(Language language, Language defaultLanguage, Set<Key> translated, Set<Key> machine) {
            Localization l = localization;
            if (l == null || !l.language().equals(language) || !l.defaultLanguage().equals(defaultLanguage)
                    || l.translated().size() != translated.size() || !l.translated().containsAll(translated) || !l.machine().equals(machine)) {
                l = new Localization(language, defaultLanguage, translated, machine);
            }
            localization = l;
            return l;
        }
    }

    /** As {@link #in(LoadedSite, Language, Checked)}, reusing the merges of the last build. */
    public static LoadedSite in(LoadedSite loaded, Language language, Checked checked, Merged cache) {
        SiteConfig config = loaded.config();
        if (language.code().equals(config.defaultLanguage().code())) {
            return loaded.in(config.in(language), loaded.items(), Localization.of(config));
        }
        Map<Key, Translation> translations = checked.byLanguage().getOrDefault(language.code(), Map.of());
        List<Item> items = new ArrayList<>(loaded.items().size());
        Set<Key> machine = new HashSet<>();
        Map<Key, Merged.Entry> merges = new HashMap<>(translations.size() * 2);
        for (Item item : loaded.items()) {
            Translation t = translations.get(item.key());
            items.add(t == null ? item : cache.of(item, t, merges));
            if (t != null && t.machine()) machine.add(item.key());
        }
        cache.last = merges;
        Localization l = cache.localization(language, config.defaultLanguage(), translations.keySet(), machine);
        return loaded.in(config.in(language), List.copyOf(items), l);
    }

    /**
     * What a translation does not set, it takes from its source; its texts replace the source's (its sections
     * all of them). Its {@code translates} and {@code translation} stay among the fields, for the page's notices.
     */
    static Item merge(Item source, Translation t) {
        Fields tf = t.item().fields();
        Map<TextKey, MarkdownDoc> markdown = new LinkedHashMap<>(source.markdown());
        if (tf.has(SECTIONS)) markdown.keySet().removeIf(TextKey::isSection);
        markdown.putAll(t.item().markdown());
        return new Item(source.key(), source.pos(), t.item().title() != null ? t.item().title() : source.title(),
                t.item().summary() != null ? t.item().summary() : source.summary(), source.date(),
                source.fields().overlaid(tf, ID), java.util.Collections.unmodifiableMap(markdown),
                source.textDigest());
    }
}
