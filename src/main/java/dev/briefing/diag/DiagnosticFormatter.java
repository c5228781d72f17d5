package dev.briefing.diag;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.briefing.util.Json;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that prints diagnostics. GNU style, one per line
 * ({@code path:line:col: severity: message (hint) [CODE]}), optionally followed by the
 * offending source line and a caret, as compilers do; or one JSON object per line.
 */
public final class DiagnosticFormatter {

    public enum Format { TEXT, JSON }

    /** How many characters of a long source line are shown around the column. */
    static final int SOURCE_WINDOW = 160;

    private final Format format;
    private final boolean showSource;
    private final boolean githubAnnotations;
    /** Gives the text of a source line for a position, or null when unknown. */
    private final Function<Pos, String> sourceLine;
    /** How the user runs the generator, for the commands hints name; null to print hints as written. */
    private final String command;
    /** "briefing " before one of the generator's commands, as hints write it; null with {@link #command}. */
    private final Pattern hintCommand;

    public DiagnosticFormatter(Format format, boolean showSource, boolean githubAnnotations,
            Function<Pos, String> sourceLine) {
        this(format, showSource, githubAnnotations, sourceLine, null, List.of());
    }

    /**
     * A formatter whose text lines give the commands hints name ("run: briefing new page …") as the
     * user runs the generator ({@code command}, such as "java -jar briefing.jar"), since a jar user has
     * no {@code briefing} command. Hints are written once, in the handbook's words; only the terminal's
     * lines are rewritten, here. JSON and GitHub annotations keep the hint as written.
     *
     * @param commands the generator's command names (init, new, check…): "briefing" is replaced only before one
     */
    public DiagnosticFormatter(Format format, boolean showSource, boolean githubAnnotations,
            Function<Pos, String> sourceLine, String command, java.util.Collection<String> commands) {
        this.format = format;
        this.showSource = showSource;
        this.githubAnnotations = githubAnnotations;
        this.sourceLine = sourceLine;
        boolean rewrite = command != null && !command.equals("briefing") && !commands.isEmpty();
        this.command = rewrite ? command : null;
        this.hintCommand = rewrite ? Pattern.compile("\\bbriefing (?=(?:"
                + String.join("|", commands.stream().map(Pattern::quote).toList()) + ")\\b)") : null;
    }

    /** The diagnostic with its hint's commands as the user runs the generator. */
    Diagnostic invoked(Diagnostic d) {
        if (command == null || d.hint() == null) return d;
        String hint = hintCommand.matcher(d.hint()).replaceAll(Matcher.quoteReplacement(command + " "));
        return hint.equals(d.hint()) ? d : new Diagnostic(d.severity(), d.code(), d.pos(), d.message(), hint);
    }

    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        print(diagnostics, out, Integer.MAX_VALUE);
    }

    /**
     * Prints every error, and in text form at most {@code warningLimit} warnings (the first, in
     * the given order) followed by a count of the rest by code, as javac does: thousands of
     * repeated warnings bury the few lines an editor needs. JSON output always has every one.
     */
    public void print(List<Diagnostic> diagnostics, PrintStream out, int warningLimit) {
        print(diagnostics, out, warningLimit, true);
    }

    /** The same, with or without the summary line at the end (the preview prints that of the whole site). */
    public void print(List<Diagnostic> diagnostics, PrintStream out, int warningLimit, boolean withSummary) {
        // One write: stderr flushes at every newline, and a large site can have thousands of lines.
        StringBuilder sb = new StringBuilder();
        int warnings = 0;
        Map<Code, Integer> hidden = new TreeMap<>();
        for (Diagnostic d : diagnostics) {
            if (format == Format.TEXT && !d.isError() && warnings++ >= warningLimit) {
                hidden.merge(d.code(), 1, Integer::sum);
                continue;
            }
            sb.append(format == Format.JSON ? json(d) + "\n" : text(d));
            if (githubAnnotations) sb.append(github(d)).append('\n');
        }
        if (!hidden.isEmpty()) sb.append(hiddenNote(hidden)).append('\n');
        if (withSummary && format == Format.TEXT && !diagnostics.isEmpty()) sb.append(summary(diagnostics)).append('\n');
        out.print(sb);
        out.flush();
    }

    /** "1200 more warnings not shown: 700 BRF072, 500 BRF075 (--show-warnings all shows them)". */
    static String hiddenNote(Map<Code, Integer> hidden) {
        int total = hidden.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder().append(total).append(" more warning").append(total == 1 ? "" : "s")
                .append(" not shown:");
        String sep = " ";
        for (Map.Entry<Code, Integer> e : hidden.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        return sb.append(" (--show-warnings all shows them)").toString();
    }

    /**
     * The part of a source line to show around a column, and the caret's column in it: a window,
     * so a 1 MB one-line file prints one short line per problem. A tab shows as {@value #TAB}, one
     * column wide as editors show it (a space would hide the tab a YAML error is about), and control
     * and format characters (bidi overrides, zero-width spaces) become U+FFFD, so the excerpt
     * shows the text as it is, not as those characters would make it display.
     */
    public record Excerpt(String text, int caret) {
        public static final char TAB = '→';

        public static Excerpt of(String line, int column) {
            int col = Math.max(1, Math.min(column, line.length() + 1));
            int from = Math.max(0, Math.min(col - 1 - SOURCE_WINDOW / 2, line.length() - SOURCE_WINDOW));
            int to = Math.min(line.length(), from + SOURCE_WINDOW);
            String prefix = from > 0 ? "…" : "";
            StringBuilder shown = new StringBuilder(prefix);
            for (int i = from; i < to; i++) {
                char c = line.charAt(i);
                shown.append(c == '\t' ? TAB : Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '\uFFFD' : c);
            }
            if (to < line.length()) shown.append('…');
            return new Excerpt(shown.toString(), prefix.length() + col - from);
        }
    }

    /** One diagnostic in GNU form, with its source line and caret when known. */
    public String text(Diagnostic d) {
        StringBuilder sb = new StringBuilder(headline(invoked(d))).append('\n');
        if (showSource && d.pos().line() > 0) {
            String line = sourceLine.apply(d.pos());
            if (line != null) {
                Excerpt e = Excerpt.of(line, d.pos().column());
                sb.append("  ").append(e.text()).append('\n');
                sb.append("  ").append(" ".repeat(e.caret() - 1)).append("^\n");
            }
        }
        return sb.toString();
    }

    public static String headline(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.pos().toString()).append(": ")
                .append(d.severity().label()).append(": ").append(d.message());
        if (d.hint() != null) sb.append(" (").append(d.hint()).append(')');
        return sb.append(" [").append(d.code()).append(']').toString();
    }

    public static String summary(List<Diagnostic> diagnostics) {
        long errors = 0;
        long notes = 0;
        for (Diagnostic d : diagnostics) {
            if (d.isError()) errors++;
            else if (d.severity() == Severity.NOTE) notes++;
        }
        return summary(errors, diagnostics.size() - errors - notes, notes);
    }

    /** "2 errors, 1 warning", and the notes when there are any. */
    public static String summary(long errors, long warnings, long notes) {
        String s = summary(errors, warnings);
        // A note never stops publishing: it is about a draft or a later brief, or a record that may well be right.
        return notes == 0 ? s : s + ", " + plural(notes, "note") + " (notes stop nothing)";
    }

    /** "2 errors, 1 warning". */
    public static String summary(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    /** "1 error", "2 errors". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public static String json(Diagnostic d) {
        return "{\"code\":\"" + d.code() + "\",\"severity\":\"" + d.severity().label()
                + "\",\"file\":" + Json.string(d.pos().path())
                + ",\"line\":" + d.pos().line() + ",\"column\":" + d.pos().column()
                + ",\"message\":" + Json.string(d.message())
                + ",\"hint\":" + (d.hint() == null ? "null" : Json.string(d.hint())) + "}";
    }

    /** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
    static String github(Diagnostic d) {
        String kind = d.isError() ? "error" : d.severity() == Severity.NOTE ? "notice" : "warning";
        String msg = d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")") + " [" + d.code() + "]";
        return "::" + kind + " file=" + escapeProperty(d.pos().path()) + ",line=" + d.pos().line()
                + ",col=" + d.pos().column() + "::" + escapeData(msg);
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
