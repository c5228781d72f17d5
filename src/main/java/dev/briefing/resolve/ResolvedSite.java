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
 * @param current    the advisory in force at the as-of date, or null
 * @param overdue    items whose review is overdue
 */
public record ResolvedSite(LoadedSite loaded, LocalDate asOf, Urls urls, Map<Key, Item> items,
        Map<Key, List<Key>> outgoing, Map<Key, List<Key>> incoming, Map<Key, List<Key>> references,
        List<Tag> tags, Item current, Set<Key> overdue) {

    public SiteConfig config() {
        return loaded.config();
    }

    public Item item(Key key) {
        return items.get(key);
    }

    public List<Item> ofKind(Kind kind) {
        return items.values().stream().filter(i -> i.kind() == kind).toList();
    }

    /** Briefs, newest first (ties by id, so the order never depends on anything else). */
    public List<Item> briefsNewestFirst() {
        return items.values().stream().filter(i -> i.kind() == Kind.BRIEF)
                .sorted(ResolvedSite.NEWEST_FIRST).toList();
    }

    public static final java.util.Comparator<Item> NEWEST_FIRST = java.util.Comparator
            .comparing(Item::date, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(Item::id);
}
