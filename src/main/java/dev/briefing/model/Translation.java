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
 * @param machine    whether it is a machine translation (front matter {@code translation: machine})
 */
public record Translation(String lang, Item item, String translates, boolean machine) {
    public Key key() {
        return item.key();
    }

    public String path() {
        return item.sourcePath();
    }
}
