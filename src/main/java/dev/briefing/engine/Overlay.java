package dev.briefing.engine;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import dev.briefing.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the preview shows of a build's problems, through the theme's overlay.ftlh (which a site may
 * override): the page shown instead of stale content while the site has errors, and the panel of
 * warnings at the end of each page. Each problem comes with its file, line, column, message, hint
 * and the offending source line. Both show at most {@link #SHOWN} problems and count the rest by
 * code, as Hugo's server does, so a site with 80,000 warnings does not send each of them with
 * every page; the full list is a page of its own ({@link #PROBLEMS_PATH}). If the template fails,
 * the problems are shown as plain text, so an error is never hidden.
 */
final class Overlay {
    static final String TEMPLATE = "overlay.ftlh";
    /** How many problems the panel and the error page show before counting the rest. */
    static final int SHOWN = 50;
    /** Where the preview serves the full list. */
    static final String PROBLEMS_PATH = "/__briefing/problems";

    private Overlay() {
    }

    /** One problem as the template shows it; {@code severity} in words: error, warning or note. */
    public record Problem(String where, String severity, String code, String message, String hint, String excerpt, int caret) {
    }

    /** The problems not shown, counted by code ("BRF038", 120). */
    public record Rest(String code, String title, int count) {
    }

    /** What one snapshot shows: made once, on the first request that needs it. */
    record Views(String errorPage, String panel, Snapshot.Memo<String> problemsPage) {
    }

    /** @param theme the build's theme; asked for only when the views are made (it may fail: then plain text) */
    /**
     * @param blocked whether an error leaves nothing to show: then the error page lists the errors
     *                that do (under --strict, every problem); otherwise the panel lists every problem,
     *                placeholders (errors that leave the page whole) first
     */
    static Views views(java.util.function.Supplier<Theme> theme, List<Diagnostic> diagnostics, boolean blocked,
            Function<Diagnostic, String> sourceLine) {
        // One pass over what may be tens of thousands of warnings, made once per snapshot: the errors (few) are
        // kept, the rest counted, by code too.
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> blocking = new ArrayList<>();
        int[] byCode = new int[Code.values().length];
        long notes = 0;
        for (Diagnostic d : diagnostics) {
            byCode[d.code().ordinal()]++;
            if (d.isError()) {
                errors.add(d);
                if (!d.isPlaceholder()) blocking.add(d);
            } else if (d.severity() == dev.briefing.diag.Severity.NOTE) {
                notes++; // problems in drafts, listed with the warnings, counted apart as the terminal counts them
            }
        }
        long warnings = diagnostics.size() - errors.size() - notes;
        Tally all = new Tally(errors.size() - blocking.size(), warnings, notes, DiagnosticFormatter.summary(errors.size(), warnings, notes));
        // The error page counts what it lists: the errors that stop the site. The placeholders and
        // warnings it leaves for after are counted apart, with the page that lists them.
        String errorPage = !blocked ? null : blocking.isEmpty() ? render(theme, "errors", diagnostics, all, SHOWN, sourceLine)
                : render(theme, "errors", blocking, new Tally(all.placeholders(), all.warnings(), all.notes(),
                        DiagnosticFormatter.plural(blocking.size(), "error")), SHOWN, sourceLine);
        String panel = "";
        if (!blocked && !diagnostics.isEmpty()) {
            // Errors (placeholders) first, then the warnings in order: the first SHOWN of them, the rest counted.
            List<Diagnostic> first = new ArrayList<>(errors.subList(0, Math.min(SHOWN, errors.size())));
            for (Diagnostic d : diagnostics) {
                if (first.size() >= SHOWN) break;
                if (!d.isError()) first.add(d);
            }
            for (Diagnostic d : first) byCode[d.code().ordinal()]--;
            panel = render(theme, "warnings", first, byCode, diagnostics.size(), all, sourceLine);
        }
        return new Views(errorPage, panel, new Snapshot.Memo<>(() ->
                render(theme, "all", diagnostics, all, Integer.MAX_VALUE, sourceLine)));
    }

    /**
     * How many placeholders, warnings and notes there are, and the summary line of the problems listed (on
     * the error page, of its errors alone: there the placeholders and warnings are not listed).
     */
    private record Tally(long placeholders, long warnings, long notes, String summary) {
    }

    /**
     * @param mode "errors" (the page shown instead of the site), "warnings" (the panel) or "all"
     *             (the page listing every problem)
     */
    private static String render(java.util.function.Supplier<Theme> theme, String mode, List<Diagnostic> shown, Tally tally, int limit,
            Function<Diagnostic, String> sourceLine) {
        List<Diagnostic> first = shown.subList(0, Math.min(limit, shown.size()));
        int[] rest = new int[Code.values().length];
        for (Diagnostic d : shown.subList(first.size(), shown.size())) rest[d.code().ordinal()]++;
        return render(theme, mode, first, rest, shown.size(), tally, sourceLine);
    }

    /**
     * @param first  the problems listed
     * @param byCode how many more there are of each code (by its ordinal)
     * @param total  how many problems there are in all
     */
    private static String render(java.util.function.Supplier<Theme> theme, String mode, List<Diagnostic> first, int[] byCode, int total,
            Tally tally, Function<Diagnostic, String> sourceLine) {
        List<Problem> problems = first.stream().map(d -> problem(d, sourceLine)).toList();
        List<Rest> rest = new ArrayList<>();
        for (Code code : Code.values()) {
            if (byCode[code.ordinal()] > 0) rest.add(new Rest(code.name(), code.title(), byCode[code.ordinal()]));
        }
        Diagnostics failed = new Diagnostics();
        java.util.Optional<String> html;
        try {
            html = theme.get().process(TEMPLATE, Map.of("mode", mode, "errors", mode.equals("errors"), "problems", problems,
                    "rest", rest, "total", total, "placeholders", tally.placeholders(), "warnings", tally.warnings(),
                    "notes", tally.notes(), "all", PROBLEMS_PATH, "summary", tally.summary()), failed);
        } catch (RuntimeException e) {
            // The theme itself could not be read (templates/ removed or unreadable): the problems still show.
            html = java.util.Optional.empty();
        }
        return html.orElseGet(() -> plain(!mode.equals("warnings"), first, failed));
    }

    private static Problem problem(Diagnostic d, Function<Diagnostic, String> sourceLine) {
        String line = sourceLine.apply(d);
        DiagnosticFormatter.Excerpt e = line == null ? null : DiagnosticFormatter.Excerpt.of(line, d.pos().column());
        return new Problem(d.pos().toString(), d.severity().label(), d.code().name(), d.message(), d.hint(), e == null ? null : e.text(),
                e == null ? 1 : e.caret());
    }

    /** The problems as plain text, when the overlay's own template fails: they must show anyway. */
    static String plain(boolean page, List<Diagnostic> shown, Diagnostics failed) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : failed.sorted()) text.append(DiagnosticFormatter.headline(d)).append('\n');
        for (Diagnostic d : shown) text.append(DiagnosticFormatter.headline(d)).append('\n');
        String pre = "<pre class=\"briefing-plain\">" + freemarker.template.utility.StringUtil.XHTMLEnc(text.toString()) + "</pre>";
        return page ? "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build errors</title></head>"
                + "<body>" + pre + "<script src=\"/__briefing/reload.js\"></script></body></html>\n" : pre;
    }
}
