package dev.briefing.diag;

import java.util.Comparator;

/**
 * One problem found in content or templates. Diagnostics are data: stages collect them and one
 * formatter prints them; nothing throws for a content problem.
 *
 * @param hint a suggestion such as "did you mean 'x'?", or null
 */
public record Diagnostic(Severity severity, Code code, Pos pos, String message, String hint) {

    /**
     * Position, then severity, code, message and hint (none first). Written out rather than
     * chained: the preview sorts every diagnostic of the site after each edit, tens of thousands
     * for a large site with many warnings, and most compared pairs share their file's path.
     */
    public static final Comparator<Diagnostic> ORDER = (a, b) -> {
        int c = a.pos == b.pos ? 0 : a.pos.compareTo(b.pos);
        return c != 0 ? c : afterPosition(a, b);
    };

    /** {@link #ORDER} of two diagnostics known to be in one file: their paths are not compared again. */
    static int inOneFile(Diagnostic a, Diagnostic b) {
        int c = Integer.compare(a.pos.line(), b.pos.line());
        if (c == 0) c = Integer.compare(a.pos.column(), b.pos.column());
        return c != 0 ? c : afterPosition(a, b);
    }

    private static int afterPosition(Diagnostic a, Diagnostic b) {
        int c = a.severity.compareTo(b.severity);
        if (c != 0) return c;
        c = a.code.compareTo(b.code);
        if (c != 0) return c;
        c = a.message.compareTo(b.message);
        if (c != 0 || a.hint == b.hint) return c;
        return a.hint == null ? -1 : b.hint == null ? 1 : a.hint.compareTo(b.hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Whether this reports a placeholder (BRF078): text that {@code init} or {@code new} wrote and
     * the editors have not replaced yet. It is an error, so the site is not published with it, but
     * it leaves the content whole: {@code check} and the preview still render and link-check the
     * site, so the preview can show the page with the placeholder marked.
     */
    public boolean isPlaceholder() {
        return code == Code.BRF078;
    }

    /** Whether this error leaves nothing to render: every error but a placeholder. */
    public boolean blocksRendering() {
        return severity == Severity.ERROR && code != Code.BRF078;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, code, pos, message, hint);
    }

    /** Whether {@code --strict} refuses it: an error, or a warning that is not a reminder ({@link Code#reminder}); never a note. */
    public boolean failsStrict() {
        return severity == Severity.ERROR || severity == Severity.WARNING && !code.reminder();
    }

    /** The same problem found in what is not published: a note, saying why it is not. */
    public Diagnostic unpublished(String why) {
        return new Diagnostic(Severity.NOTE, code, pos, message + " (" + why + ")", hint);
    }

    /** As {@code --strict} counts it: a warning becomes an error, but a reminder stays a warning. */
    public Diagnostic strict() {
        return severity == Severity.ERROR || !failsStrict() ? this : withSeverity(Severity.ERROR);
    }
}
