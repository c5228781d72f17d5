package dev.briefing.lint;

import static dev.briefing.model.ItemFields.ADVICE;

import dev.briefing.model.TextKey;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.Claim;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every claim traceable to a source: a quotation needs a citation in its paragraph (anywhere on
 * the site), and in a brief every paragraph or list that makes claims needs one, except in the
 * sections its front matter lists under {@code advice:}.
 */
public final class Citations {
    private Citations() {
    }

    /** A brief's citation coverage: prose blocks outside advice sections, and how many of them cite. */
    public record Coverage(int cited, int prose) {
        public int percent() {
            return prose == 0 ? 100 : cited * 100 / prose;
        }
    }

    /**
     * The heading meant: the one a slip away when there is one; else every heading, for the editor to choose. Naming
     * only the first steered a translation whose advice still named the English heading to its summary's section
     * (walkthrough of issue 24), whose citations advice would then stop checking.
     */
    private static String adviceHint(String advice, List<String> headings) {
        if (headings.isEmpty()) return "add the section as a '## ' heading, or take '" + advice + "' out of 'advice'";
        String close = dev.briefing.diag.Suggest.closest(advice, headings);
        if (close != null) return "use the heading's exact words: '" + close + "'";
        if (headings.size() > 8) return "use a heading's exact words, such as '" + headings.get(headings.size() - 1) + "'";
        return "use the exact words of the heading that gives advice: " + headings.stream().map(h -> "'" + h + "'")
                .collect(Collectors.joining(", "));
    }

    static void check(Item item, Diagnostics diags) {
        for (MarkdownDoc doc : item.markdown().values()) {
            for (Claim c : doc.claims()) {
                if (c.quote()) {
                    diags.warning(Code.BRF088, c.pos(), "a quotation attributed to someone has no citation in its paragraph",
                            "add [[cite:source-id]] after the quotation, or paraphrase it if the source does not quote");
                }
            }
        }
        Set<String> advice = advice(item);
        if (!advice.isEmpty()) {
            Set<String> headings = item.markdown().values().stream().flatMap(d -> d.headings().stream())
                    .map(Citations::normal).collect(Collectors.toSet());
            List<String> written = item.markdown().values().stream().flatMap(d -> d.headings().stream()).distinct().toList();
            for (String a : item.fields().get(ADVICE)) {
                if (!headings.contains(normal(a))) {
                    diags.warning(Code.BRF089, item.fields().posOf(ADVICE), "'advice' names '" + a
                            + "', which is not a heading of the text", adviceHint(a, written));
                }
            }
        }
        if (item.kind() != Kind.BRIEF) return;
        for (Claim c : claims(item)) {
            if (!c.cited()) {
                diags.warning(Code.BRF087, c.pos(), (c.headings().isEmpty() ? "a paragraph" : "a paragraph under '"
                        + c.headings().get(c.headings().size() - 1) + "'") + " has no citation",
                        "cite its source with [[cite:source-id]], or list its heading under 'advice:' if it gives advice");
            }
        }
    }

    /**
     * The prose blocks of an item's body that need a citation: not in an advice section, nor a placeholder that
     * {@code new} wrote ("TODO: translate: the text below…"), which BRF078 already names as text to write.
     */
    private static List<Claim> claims(Item item) {
        MarkdownDoc body = item.markdown().get(TextKey.BODY);
        if (body == null) return List.of();
        Set<String> advice = advice(item);
        Set<Integer> placeholders = placeholders(body);
        List<Claim> all = body.claims();
        List<Claim> out = new java.util.ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            Claim c = all.get(n);
            if (c.prose() && !placeholders.contains(n)
                    && (advice.isEmpty() || c.headings().stream().noneMatch(h -> advice.contains(normal(h))))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The indexes of the blocks whose text starts with the placeholder mark ("TODO:"). */
    private static Set<Integer> placeholders(MarkdownDoc body) {
        var plain = body.plain();
        Set<Integer> out = new java.util.HashSet<>();
        int last = -1;
        for (int run = 0; run < plain.runs(); run++) {
            int claim = plain.claim(run);
            if (claim < 0 || claim == last) continue;
            last = claim;
            if (plain.text().startsWith(dev.briefing.model.Placeholders.MARK, plain.start(run))) out.add(claim);
        }
        return out;
    }

    public static Coverage coverage(Item item) {
        List<Claim> claims = claims(item);
        return new Coverage((int) claims.stream().filter(Claim::cited).count(), claims.size());
    }

    private static Set<String> advice(Item item) {
        return item.fields().get(ADVICE).stream().map(Citations::normal).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String normal(String heading) {
        return dev.briefing.util.Spacing.folded(heading);
    }
}
