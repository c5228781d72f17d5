package dev.briefing.model;

import dev.briefing.diag.Pos;
import java.util.function.Supplier;

/**
 * One text file read from the source folder: its path relative to the source folder (always
 * with '/' separators, so diagnostics and output are the same on every OS) and its text, decoded
 * as strict UTF-8 with any byte-order mark removed and line endings normalised to '\n'.
 *
 * <p>A one-off build lets the text of a file it has parsed go ({@link #released}): its diagnostics print a few lines of
 * it at the end, read again then. Kept, the text of 20,000 briefs is 60 MB of heap the build never reads again, and
 * with it the build needs one more full collection.
 */
public final class SourceFile {
    private final String path;
    /** The text, or null once released. */
    private final String text;
    /** Reads the text again, for a released file; null if it cannot be read now. */
    private final Supplier<String> reread;

    public SourceFile(String path, String text) {
        this(path, java.util.Objects.requireNonNull(text), null);
    }

    private SourceFile(String path, String text, Supplier<String> reread) {
        this.path = path;
        this.text = text;
        this.reread = reread;
    }

    /**
     * The same file without its text, which is read again each time it is asked for.
     *
     * @param reread the file's text as read again (decoded as it was), or null if it cannot be read now
     */
    public SourceFile released(Supplier<String> reread) {
        return new SourceFile(path, null, reread);
    }

    public String path() {
        return path;
    }

    /** The text; for a released file, as read again now ("" if it can no longer be read). */
    public String text() {
        if (text != null) return text;
        String again = reread.get();
        return again == null ? "" : again;
    }

    public Pos pos(int line, int column) {
        return new Pos(path, line, column);
    }

    /** The text of a 1-based line, or null if out of range. */
    public String line(int line) {
        if (line < 1) return null;
        String text = text();
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
