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
