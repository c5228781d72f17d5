package dev.briefing.model;

import dev.briefing.diag.Pos;

/**
 * One text file read from the source folder: its path relative to the source folder (always
 * with '/' separators, so diagnostics and output are the same on every OS) and its text, decoded
 * as strict UTF-8 with any byte-order mark removed and line endings normalised to '\n'.
 */
public record SourceFile(String path, String text) {

    public Pos pos(int line, int column) {
        return new Pos(path, line, column);
    }

    /** The text of a 1-based line, or null if out of range. */
    public String line(int line) {
        if (line < 1) return null;
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start);
            if (start < 0) return null;
            start++;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
