package dev.briefing.resolve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two briefs, or two pages, with the same title: readers see two links that read alike in every
 * list, the search results and the footer, and cannot tell which is which. Entities are left
 * alone (two events may well both be "General election", told apart by their dates), as is one
 * kind against another. Run per language, so each language compares the titles its readers see.
 */
final class DuplicateTitles {
    private static final Set<Kind> KINDS = Set.of(Kind.BRIEF, Kind.PAGE);

    private DuplicateTitles() {
    }

    /** Reports each published item whose title an earlier one of its kind has, in key order, at its title. */
    static void check(Map<Key, Item> published, Diagnostics diags) {
        Map<Kind, Map<String, Item>> seen = new HashMap<>();
        for (Item item : published.values()) {
            if (!KINDS.contains(item.kind()) || item.title() == null) continue;
            Item first = seen.computeIfAbsent(item.kind(), k -> new HashMap<>()).putIfAbsent(fold(item.title()), item);
            if (first == null) continue;
            // Where each title is written: a translation's file, in a language other than the default.
            diags.warning(Code.BRF109, titlePos(item), "two " + item.kind().plural() + " have the same title: '"
                    + item.title().strip() + "' is also the title of " + titlePos(first).path(),
                    "make the titles distinct, so that readers can tell the two apart in lists and search: say in this one what"
                            + " sets it apart, such as its place or its subject");
        }
    }

    private static Pos titlePos(Item item) {
        return item.fields().posOf(item.kind().titleField());
    }

    /** What a reader would not tell apart: case and runs of spaces. */
    static String fold(String title) {
        return dev.briefing.util.Spacing.folded(title);
    }
}
