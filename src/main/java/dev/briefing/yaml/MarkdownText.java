package dev.briefing.yaml;

import dev.briefing.diag.Pos;

/**
 * Markdown source with the file position of its first character, so positions inside the
 * Markdown map back onto the file. {@code indent} is added to columns (block scalars are indented).
 */
public record MarkdownText(String text, Pos start, int indent) {
}
