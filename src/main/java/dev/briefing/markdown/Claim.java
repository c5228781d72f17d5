package dev.briefing.markdown;

import dev.briefing.diag.Pos;
import java.util.List;

/**
 * One top-level block of a Markdown text that may make claims: a paragraph, a list, a block quote
 * or a table. The citation lints read these instead of the syntax tree, which is not kept.
 *
 * @param headings the texts of the headings it stands under, outermost first
 * @param sources  the ids of the sources it cites with [[cite:…]], each once, in order (a list's also those of
 *                 the paragraph introducing it, a footnote's those of its note)
 * @param prose    it has enough words of its own (outside links and images' alt text) to make a claim
 * @param quote    it quotes someone ("…" with said, called, warned…) and holds no citation
 */
public record Claim(Pos pos, List<String> headings, List<String> sources, boolean prose, boolean quote) {
    public Claim {
        headings = List.copyOf(headings);
        sources = List.copyOf(sources);
    }

    /** Whether it cites a source. */
    public boolean cited() {
        return !sources.isEmpty();
    }
}
