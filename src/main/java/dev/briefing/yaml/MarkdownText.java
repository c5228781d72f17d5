package dev.briefing.yaml;

import dev.briefing.diag.Pos;

/**
 * Markdown source with the file position of its first character, so positions inside the
 * Markdown map back onto the file. {@code indent} is added to columns (block scalars are indented).
 */
public record MarkdownText(String text, Pos start, int indent) {

    /** The file position of a character of the text (as the parser's positions are mapped). */
    public Pos posOf(int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        int column = offset - lineStart + 1 + (line == 0 ? start.column() - 1 : indent);
        return new Pos(start.path(), start.line() + line, column);
    }
}
