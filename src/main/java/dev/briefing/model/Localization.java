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
        translated = Set.copyOf(translated);
        machine = Set.copyOf(machine);
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
