package dev.briefing.markdown;

import dev.briefing.diag.Pos;

/**
 * A Markdown link or image as written: its destination and position, and its slot in the
 * document's HTML. What it links to on the page is the resolve stage's answer ({@link LinkValues}),
 * kept apart so the parsed document never changes once made.
 */
public record LinkRef(String original, Pos pos, int slot) {
}
