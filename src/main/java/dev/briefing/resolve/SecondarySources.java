package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.SOURCES;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.Claim;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.yaml.Ref;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Claims that rest only on secondary sources (aggregators, rewrites, reposts): each paragraph or
 * list whose citations are all secondary, and each data entry whose sources all are (BRF111).
 * A source whose type is not given counts as not secondary: BRF110 asks for its type.
 */
final class SecondarySources {
    static final String SECONDARY = "secondary";

    private SecondarySources() {
    }

    /** Checks one item's claims, and a data entry as a whole, against the ids of the secondary sources. */
    static void check(Item item, Set<String> secondary, Diagnostics diags) {
        boolean reported = false;
        // What a data entry cites in all: its texts' citations and its 'sources'.
        Set<String> cited = item.kind().isEntity() ? new LinkedHashSet<>() : null;
        for (MarkdownDoc doc : item.markdown().values()) {
            for (Claim c : doc.claims()) {
                if (cited != null) cited.addAll(c.sources());
                if (onlySecondary(c.sources(), secondary)) {
                    reported = true;
                    diags.warning(Code.BRF111, c.pos(), "this paragraph cites only secondary sources ("
                            + String.join(", ", c.sources()) + ")", HINT);
                }
            }
        }
        if (cited == null || reported) return;
        item.fields().get(SOURCES).stream().map(Ref::id).forEach(cited::add);
        if (onlySecondary(cited, secondary)) {
            diags.warning(Code.BRF111, item.fields().posOf(SOURCES), item.kind().singular() + " '" + item.id()
                    + "' rests only on secondary sources (" + String.join(", ", cited) + ")", HINT);
        }
    }

    private static final String HINT = "cite the original too: the agency's own page, the report itself, or the news"
            + " organisation that first reported it";

    /** Whether there are citations and every one is of a published source whose type is secondary. */
    private static boolean onlySecondary(Collection<String> ids, Set<String> secondary) {
        return !ids.isEmpty() && secondary.containsAll(ids);
    }
}
