package dev.briefing.model;

import java.util.Set;

/**
 * Which language a loaded site is made in, and which of its items have a page in it. The default
 * language's site has every item's page at the plain URLs; another language's site lives under
 * /&lt;code&gt;/ and has pages only for the items translated into it, its lists linking the others'
 * pages in the default language.
 *
 * @param language     the language of this site
 * @param defaultLanguage the site's default language
 * @param translated   the items translated into this language (unused for the default language)
 * @param machine      the items whose translation is a machine translation
 */
public record Localization(Language language, Language defaultLanguage, Set<Key> translated, Set<Key> machine) {
    /** The default language's site (the only one, for a site in one language). */
    public static Localization of(SiteConfig config) {
        return new Localization(config.defaultLanguage(), config.defaultLanguage(), Set.of(), Set.of());
    }

    public Localization {
        translated = copy(translated);
        machine = copy(machine);
    }

    /**
     * An unmodifiable hash set, not {@code Set.copyOf}: the plan asks it of every item at every build and edit, and
     * {@code Set.copyOf}'s open addressing, probing from slots that ids such as brief-00001 to brief-09999 crowd
     * together, took 1 µs a look-up, most of the plan of a preview edit at 10,000 bilingual briefs.
     */
    private static Set<Key> copy(Set<Key> keys) {
        return keys.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(keys));
    }

    public boolean isDefault() {
        return language.code().equals(defaultLanguage.code());
    }

    public String defaultCode() {
        return defaultLanguage.code();
    }

    /** The folder this language's pages live under: "" for the default language, "/es" for Spanish. */
    public String prefix() {
        return isDefault() ? "" : "/" + language.code();
    }

    /**
     * Whether the item has a page in this language, rather than only in the default one. The entries of
     * an anchored kind (glossary, sources) are all on their list page in every language, translated or not.
     */
    public boolean has(Key key) {
        return isDefault() || key.kind().anchored() || translated.contains(key);
    }
}
