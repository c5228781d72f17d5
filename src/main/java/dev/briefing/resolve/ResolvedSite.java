package dev.briefing.resolve;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.SiteConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of the resolve stage: the published items and everything derived from them. Links
 * between items are keys into {@link #items}, never object references.
 *
 * @param outgoing   every item's distinct link targets, relationship fields and wiki links alike
 * @param incoming   the reverse of outgoing, derived in the same pass
 * @param references every item's numbered references (sources), in citation order
 * @param advisories which advisory is in force, bounded by the last check of the official source
 * @param overdue    items whose review is overdue
 * @param linkValues what the links of each item's Markdown texts resolved to; the texts stay as parsed
 * @param briefsNewestFirst the briefs, newest first (ties by id, so the order never depends on
 *                   anything else); sorted once, for the lists, tags and feeds that need it
 * @param pageChecks each page's checks against the site's rules: its reading level by part, and what they warned of
 */
public record ResolvedSite(LoadedSite loaded, LocalDate asOf, Urls urls, Map<Key, Item> items,
        Map<Key, List<Key>> outgoing, Map<Key, List<Key>> incoming, Map<Key, List<Key>> references,
        List<Tag> tags, AdvisoryStatus advisories, Set<Key> overdue, List<Item> briefsNewestFirst,
        Map<dev.briefing.markdown.MarkdownDoc, dev.briefing.markdown.LinkValues> linkValues, PageChecks.Reports pageChecks) {

    /** What each link of a published item's text resolved to (by the text itself, not by value). */
    public dev.briefing.markdown.LinkValues links(dev.briefing.markdown.MarkdownDoc doc) {
        dev.briefing.markdown.LinkValues v = linkValues.get(doc);
        return v == null ? dev.briefing.markdown.LinkValues.NONE : v;
    }

    /**
     * This resolution of the site as loaded again: for a build that changed nothing the resolver reads of it (the
     * same item objects, static files and translations), so that it would resolve to this again.
     */
    public ResolvedSite with(LoadedSite reloaded) {
        return new ResolvedSite(reloaded, asOf, urls, items, outgoing, incoming, references, tags, advisories, overdue,
                briefsNewestFirst, linkValues, pageChecks);
    }

    public SiteConfig config() {
        return loaded.config();
    }

    /** The advisory in force at the as-of date by its own dates, or null. */
    public Item current() {
        return advisories.current();
    }

    public Item item(Key key) {
        return items.get(key);
    }

    /**
     * The item whose own page in this language is at a site path ("/es/briefs/x/"), or null: the inverse of
     * {@code urls().itemPage} for the items with a page of their own. Read from the path (a page is
     * "/id/", any other kind's "/plural/id/", under the language's folder or not), so that a page finds its
     * item with a look-up or two instead of a map of every page made at every build.
     */
    public Item itemOnPage(String sitePath) {
        if (!sitePath.startsWith("/") || !sitePath.endsWith("/") || sitePath.length() < 3) return null;
        String prefix = urls.language() == null ? "" : urls.language().prefix();
        Item item = itemAt(sitePath, sitePath);
        if (item == null && !prefix.isEmpty() && sitePath.startsWith(prefix + "/")) item = itemAt(sitePath.substring(prefix.length()), sitePath);
        return item;
    }

    /** The item whose default-language page is {@code page}, if its page in this language is {@code sitePath}. */
    private Item itemAt(String page, String sitePath) {
        int second = page.indexOf('/', 1);
        if (second < 0 || second == 1) return null;
        Key key;
        if (second == page.length() - 1) {
            key = new Key(Kind.PAGE, page.substring(1, second));
        } else {
            int third = page.indexOf('/', second + 1);
            Kind kind = PAGES_BY_FOLDER.get(page.substring(1, second));
            if (kind == null || third != page.length() - 1 || third == second + 1) return null;
            key = new Key(kind, page.substring(second + 1, third));
        }
        Item item = items.get(key);
        return item != null && urls.itemPage(key).equals(sitePath) ? item : null;
    }

    /** The kinds whose entries have pages of their own under their folder ("/briefs/x/", "/events/x/"), by the folder. */
    private static final Map<String, Kind> PAGES_BY_FOLDER = java.util.Arrays.stream(Kind.values())
            .filter(k -> k != Kind.PAGE && !k.anchored())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Kind::plural, k -> k));

    /**
     * The items of one kind, in key order. Keys sort by kind first, so on the sorted map the
     * resolver builds this reads one range instead of every item: it is called once per page.
     */
    public List<Item> ofKind(Kind kind) {
        if (!(items instanceof java.util.NavigableMap<Key, Item> sorted)) {
            return items.values().stream().filter(i -> i.kind() == kind).toList();
        }
        List<Item> out = new java.util.ArrayList<>();
        for (Item i : sorted.tailMap(new Key(kind, ""), true).values()) {
            if (i.kind() != kind) break;
            out.add(i);
        }
        return List.copyOf(out);
    }

    public static final java.util.Comparator<Item> NEWEST_FIRST = java.util.Comparator
            .comparing(Item::date, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(Item::id);
}
