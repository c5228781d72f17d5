package dev.briefing.markdown;

import dev.briefing.diag.Pos;
import java.util.Arrays;

/**
 * The words of a parsed text as readers read them, for search and the plain-language lints: every
 * text run of the document in order (code and raw HTML are not text, and a citation has none),
 * each knowing what it is part of and where it was written. Blocks (a paragraph, a heading, a
 * table cell) are separated by '\n', runs within one by ' '. Kept as arrays rather than an object
 * per run: every text of a site holds one, for as long as the site.
 */
public final class PlainText {
    /** What a run of text is part of. */
    public enum Role {
        /** A paragraph or list item, in a block quote or not: what readers read as running text. */
        PROSE,
        HEADING,
        /** A table's cell. */
        TABLE,
        /** A footnote's text. */
        NOTE
    }

    static final PlainText EMPTY = new PlainText("", "", new int[0], new int[0], new int[0], new byte[0], new int[0]);
    private static final int IN_LINK = 0x10;

    private final String path;
    private final String text;
    private final int[] starts;
    private final int[] lines;
    /** A run's first column, or its negation when the source differs from the text (an escape), so offsets in it are not columns. */
    private final int[] columns;
    private final byte[] flags;
    private final int[] claims;

    private PlainText(String path, String text, int[] starts, int[] lines, int[] columns, byte[] flags, int[] claims) {
        this.path = path;
        this.text = text;
        this.starts = starts;
        this.lines = lines;
        this.columns = columns;
        this.flags = flags;
        this.claims = claims;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    public int runs() {
        return starts.length;
    }

    public int start(int run) {
        return starts[run];
    }

    /** Where the run ends: before the separator that follows it. */
    public int end(int run) {
        return run + 1 < starts.length ? starts[run + 1] - 1 : text.length();
    }

    public Role role(int run) {
        return Role.values()[flags[run] & 0x0f];
    }

    /** Whether the run is a link's text or an image's description, not the sentence's own words. */
    public boolean inLink(int run) {
        return (flags[run] & IN_LINK) != 0;
    }

    /** The index in {@link MarkdownDoc#claims} of the top-level block the run is part of, or -1 (a heading, a note). */
    public int claim(int run) {
        return claims[run];
    }

    /** The run an offset of the text falls in (a separator belongs to the run before it). */
    public int runAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Where an offset of the text was written: exactly, unless its run's source had escapes; then where the run starts. */
    public Pos pos(int offset) {
        int run = runAt(offset);
        if (starts.length == 0) return new Pos(path, 1, 1);
        int column = columns[run];
        return column > 0 ? new Pos(path, lines[run], column + Math.min(offset, end(run)) - starts[run])
                : new Pos(path, lines[run], -column);
    }

    /** Collects runs in document order. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int count;
        private int[] starts = new int[16];
        private int[] lines = new int[16];
        private int[] columns = new int[16];
        private byte[] flags = new byte[16];
        private int[] claims = new int[16];
        private Object block;
        private String path = "";

        /**
         * Adds a run.
         *
         * @param block what it is part of (a paragraph, a heading, a cell): a new one starts a new line
         * @param exact whether each character of the run is one character of the source from {@code at} on
         */
        void add(String run, Pos at, boolean exact, Role role, boolean inLink, int claim, Object block) {
            if (run.isEmpty()) return;
            if (count > 0) text.append(block == this.block ? ' ' : '\n');
            this.block = block;
            if (count == starts.length) grow();
            path = at.path();
            starts[count] = text.length();
            lines[count] = at.line();
            columns[count] = exact ? at.column() : -at.column();
            flags[count] = (byte) (role.ordinal() | (inLink ? IN_LINK : 0));
            claims[count] = claim;
            count++;
            text.append(run);
        }

        private void grow() {
            int n = starts.length * 2;
            starts = Arrays.copyOf(starts, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            flags = Arrays.copyOf(flags, n);
            claims = Arrays.copyOf(claims, n);
        }

        PlainText build() {
            if (count == 0) return EMPTY;
            return new PlainText(path, text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(lines, count),
                    Arrays.copyOf(columns, count), Arrays.copyOf(flags, count), Arrays.copyOf(claims, count));
        }
    }
}
