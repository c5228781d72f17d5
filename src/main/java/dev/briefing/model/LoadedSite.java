package dev.briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of the load stage: everything read from the source folder, validated against the
 * schemas but not yet cross-referenced. Items are sorted by key.
 *
 * @param unbound    items whose front matter or entry did not bind (a field missing or invalid,
 *                   the YAML unreadable): never published, and only partly filled in, but their
 *                   ids are known (links to them are not called unknown) and their links are
 *                   still checked, so one run reports every error of a file
 * @param sources    the text of every file read, by relative path, for showing offending lines
 * @param incomplete kinds some of whose items may be missing without even their ids known, because
 *                   a file or entry could not be read that far: the resolve stage does not call
 *                   their ids unknown, which would only echo the error already reported
 * @param translations every translation file's entries as loaded (checked and merged into each
 *                   language's site by {@code i18n.Languages})
 * @param localization the language this site is made in: as loaded, the default language
 */
public record LoadedSite(SiteConfig config, List<Item> items, List<Item> unbound, List<StaticFile> statics,
        Map<String, SourceFile> sources, Set<Kind> incomplete, List<Translation> translations, Localization localization) {

    /**
     * Whether two lists of items have the same keys in the same order: after an edit, the loads of a site whose
     * files came and went in no way (the preview's passes keep what they made of the last load while this holds).
     */
    public static boolean sameKeys(List<Item> a, List<Item> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).key().equals(b.get(i).key())) return false;
        }
        return true;
    }

    /** The same site made in another language: its items with their translations merged in. */
    public LoadedSite in(SiteConfig config, List<Item> items, Localization localization) {
        return new LoadedSite(config, items, unbound, statics, sources, incomplete, translations, localization);
    }
}
