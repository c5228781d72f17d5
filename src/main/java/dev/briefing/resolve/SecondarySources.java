package dev.briefing.resolve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.Claim;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.yaml.Ref;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
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

    static void check(Map<Key, Item> published, Diagnostics diags) {
        for (Item item : published.values()) {
            if (item.kind() == Kind.SOURCE) continue;
            boolean reported = false;
            Set<String> cited = new LinkedHashSet<>();
            for (MarkdownDoc doc : item.markdown().values()) {
                for (Claim c : doc.claims()) {
                    cited.addAll(c.sources());
                    if (onlySecondary(c.sources(), published)) {
                        reported = true;
                        diags.warning(Code.BRF111, c.pos(), "this paragraph cites only secondary sources ("
                                + String.join(", ", c.sources()) + ")", HINT);
                    }
                }
            }
            if (!item.kind().isEntity() || reported) continue;
            item.fields().refs("sources").stream().map(Ref::id).forEach(cited::add);
            if (onlySecondary(cited, published)) {
                diags.warning(Code.BRF111, item.fields().posOf("sources"), item.kind().singular() + " '" + item.id()
                        + "' rests only on secondary sources (" + String.join(", ", cited) + ")", HINT);
            }
        }
    }

    private static final String HINT = "cite the original too: the agency's own page, the report itself, or the news"
            + " organisation that first reported it";

    /** Whether there are citations and every one is of a published source whose type is secondary. */
    private static boolean onlySecondary(Collection<String> ids, Map<Key, Item> published) {
        if (ids.isEmpty()) return false;
        for (String id : ids) {
            Item source = published.get(new Key(Kind.SOURCE, id));
            if (source == null || !SECONDARY.equals(source.fields().text("type"))) return false;
        }
        return true;
    }
}
