package dev.briefing.serve;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import dev.briefing.render.Theme;
import java.util.Map;
import java.util.List;
import java.util.function.Function;

/**
 * The page the preview shows instead of stale content while the site has errors, and the panel of
 * warnings at the end of each page: each problem with its file, line, column, message, hint and
 * the offending source line, through the theme's overlay.ftlh (which a site may override). If
 * that template fails, the problems are shown as plain text, so an error is never hidden.
 */
final class Overlay {
    static final String TEMPLATE = "overlay.ftlh";

    private Overlay() {
    }

    /** One problem as the template shows it. */
    public record Problem(String where, String code, String message, String hint, String excerpt, int caret) {
    }

    static String html(Theme theme, List<Diagnostic> diagnostics, Function<Diagnostic, String> sourceLine) {
        return render(theme, true, diagnostics.stream().filter(Diagnostic::isError).toList(), diagnostics, sourceLine);
    }

    /**
     * The warnings of a site that has no errors, as a closed panel at the end of every page: the
     * build prints them too, and an editor should see them while writing.
     */
    static String warnings(Theme theme, List<Diagnostic> diagnostics, Function<Diagnostic, String> sourceLine) {
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        return warnings.isEmpty() ? "" : render(theme, false, warnings, diagnostics, sourceLine);
    }

    private static String render(Theme theme, boolean errors, List<Diagnostic> shown, List<Diagnostic> all,
            Function<Diagnostic, String> sourceLine) {
        List<Problem> problems = shown.stream().map(d -> problem(d, sourceLine)).toList();
        Diagnostics failed = new Diagnostics();
        return theme.process(TEMPLATE, Map.of("errors", errors, "problems", problems,
                "summary", DiagnosticFormatter.summary(all)), failed).orElseGet(() -> plain(errors, shown, failed));
    }

    private static Problem problem(Diagnostic d, Function<Diagnostic, String> sourceLine) {
        String line = sourceLine.apply(d);
        DiagnosticFormatter.Excerpt e = line == null ? null : DiagnosticFormatter.Excerpt.of(line, d.pos().column());
        return new Problem(d.pos().toString(), d.code().name(), d.message(), d.hint(), e == null ? null : e.text(),
                e == null ? 1 : e.caret());
    }

    /** The problems as plain text, when the overlay's own template fails: they must show anyway. */
    private static String plain(boolean errors, List<Diagnostic> shown, Diagnostics failed) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : failed.sorted()) text.append(DiagnosticFormatter.headline(d)).append('\n');
        for (Diagnostic d : shown) text.append(DiagnosticFormatter.headline(d)).append('\n');
        String pre = "<pre>" + freemarker.template.utility.StringUtil.XHTMLEnc(text.toString()) + "</pre>";
        return errors ? "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build errors</title></head>"
                + "<body>" + pre + "<script src=\"/__briefing/reload.js\"></script></body></html>\n" : pre;
    }

    static final String CSS = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1b1f24}"
            + ".briefing-overlay{max-width:50rem;margin:2rem auto;padding:0 1rem}"
            + "h1{color:#8a1c1c}li{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a1c1c;background:#fbeeee}"
            + ".where{font-weight:700;margin:0}.code{color:#4a535e;font-weight:400}.message{margin:.25rem 0}"
            + ".hint{margin:.25rem 0;color:#0b4f2c}pre{background:#fff;padding:.5rem;overflow-x:auto}"
            + ".briefing-warnings{font:14px/1.4 system-ui,sans-serif;margin:1rem;padding:.5rem 1rem;border:2px solid #8a5a00;"
            + "background:#fff8e6;color:#1b1f24}.briefing-warnings li{border-left-color:#8a5a00;background:#fff}";

    /** Names the page it runs on, so the preview renders the pages people have open first. */
    static final String RELOAD_JS = "new EventSource('/__briefing/events?page='+location.pathname)"
            + ".onmessage=function(){location.reload();};\n";

}
