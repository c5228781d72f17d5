package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.resolve.ResolvedSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The threats × targets matrix. A cell lists the items that document the pairing: the threat
 * itself when it names the target, and every item that links to both. Built in one pass over
 * the link graph, never by testing every cell against every item. Each cell also carries its
 * density, for a shade that shows at a glance which pairings are documented most (the count is
 * its text equivalent).
 */
public record Matrix(List<Views.ItemLink> threats, List<Row> rows) {

    public record Row(Views.ItemLink target, List<Cell> cells) {
    }

    /** @param density 0 for an empty cell, else 1–4: the share of the fullest cell's count, in quarters, rounded up */
    public record Cell(String threat, String target, List<Views.ItemLink> items, int density) {
    }

    static Matrix of(ResolvedSite site, Views v) {
        Comparator<Item> byTitle = Comparator.comparing(Item::title).thenComparing(Item::id);
        List<Item> threats = site.ofKind(Kind.THREAT).stream().sorted(byTitle).toList();
        List<Item> targets = site.ofKind(Kind.TARGET).stream().sorted(byTitle).toList();
        Map<Key, Map<Key, Set<Key>>> cells = new HashMap<>();
        for (Map.Entry<Key, List<Key>> e : site.outgoing().entrySet()) {
            List<Key> ts = e.getValue().stream().filter(k -> k.kind() == Kind.THREAT).toList();
            List<Key> gs = e.getValue().stream().filter(k -> k.kind() == Kind.TARGET).toList();
            Key from = e.getKey();
            if (from.kind() == Kind.THREAT) {
                for (Key g : gs) cell(cells, from, g).add(from);
            }
            for (Key t : ts) for (Key g : gs) cell(cells, t, g).add(from);
        }
        int most = cells.values().stream().flatMap(m -> m.values().stream()).mapToInt(Set::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (Item g : targets) {
            List<Cell> row = new ArrayList<>();
            for (Item t : threats) {
                Set<Key> items = cells.getOrDefault(t.key(), Map.of()).get(g.key());
                int n = items == null ? 0 : items.size();
                row.add(new Cell(t.title(), g.title(),
                        items == null ? List.of() : items.stream().map(v::link).toList(), density(n, most)));
            }
            rows.add(new Row(v.link(g.key()), row));
        }
        return new Matrix(threats.stream().map(t -> v.link(t.key())).toList(), rows);
    }

    static int density(int count, int most) {
        return count == 0 ? 0 : (4 * count + most - 1) / most;
    }

    private static Set<Key> cell(Map<Key, Map<Key, Set<Key>>> cells, Key threat, Key target) {
        return cells.computeIfAbsent(threat, k -> new HashMap<>()).computeIfAbsent(target, k -> new TreeSet<>());
    }
}
