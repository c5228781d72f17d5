package dev.briefing.model;

/**
 * One translation as loaded from its file: a sibling {@code x.es.md} of a brief or page, or an entry of
 * {@code content/data/<kind>.<code>.yaml}. It holds only the translatable fields; everything else
 * (ids, dates, levels, relations) comes from its source when the language's site is made.
 *
 * @param lang       the language code from the file name (not yet checked against the declared ones)
 * @param item       the translated fields as an item: the source's key, positioned in the translation
 *                   file; its title and summary are null where the translation leaves them to the source
 * @param translates the digest of the source's translatable text that this translation translates
 *                   ({@link Item#digest}), or null when the file does not say
 * @param sourceDate the source's last recorded date when the translation was made ({@code source_updated}), or null
 * @param machine    whether it is a machine translation (front matter {@code translation: machine})
 * @param unfinished whether its text still holds placeholders (what {@code briefing new --lang} wrote to translate):
 *                   a translation in progress, not yet one readers can be given
 */
public record Translation(String lang, Item item, String translates, java.time.LocalDate sourceDate, boolean machine,
        boolean unfinished) {
    public Key key() {
        return item.key();
    }

    public String path() {
        return item.sourcePath();
    }
}
