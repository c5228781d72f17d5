package dev.briefing.serve;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The page the preview shows instead of stale content while the site has errors: each problem
 * with its file, line, column, message, hint and the offending source line.
 */
final class Overlay {
    private Overlay() {
    }

    static String html(List<Diagnostic> diagnostics, Function<Diagnostic, String> sourceLine) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Build errors · briefing preview</title>"
                + "<link rel=\"stylesheet\" href=\"/__briefing/overlay.css\"></head><body>"
                + "<main class=\"briefing-overlay\"><h1>The site has errors</h1>"
                + "<p>Fix them and save: this page reloads by itself.</p><ol>");
        for (Diagnostic d : diagnostics) {
            if (d.isError()) item(sb, d, sourceLine);
        }
        sb.append("</ol><p class=\"summary\">").append(esc(DiagnosticFormatter.summary(diagnostics)))
                .append("</p></main><script src=\"/__briefing/reload.js\"></script></body></html>\n");
        return sb.toString();
    }

    /**
     * The warnings of a site that has no errors, as a closed panel at the end of every page: the
     * build prints them too, and an editor should see them while writing.
     */
    static String warnings(List<Diagnostic> diagnostics, Function<Diagnostic, String> sourceLine) {
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        if (warnings.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<details class=\"briefing-warnings\"><summary>")
                .append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                .append(" (briefing preview)</summary><ol>");
        for (Diagnostic d : warnings) item(sb, d, sourceLine);
        return sb.append("</ol></details>").toString();
    }

    private static void item(StringBuilder sb, Diagnostic d, Function<Diagnostic, String> sourceLine) {
        sb.append("<li><p class=\"where\">").append(esc(d.pos().toString())).append(" <span class=\"code\">")
                .append(d.code()).append("</span></p><p class=\"message\">").append(esc(d.message())).append("</p>");
        if (d.hint() != null) sb.append("<p class=\"hint\">Hint: ").append(esc(d.hint())).append("</p>");
        String line = sourceLine.apply(d);
        if (line != null) {
            DiagnosticFormatter.Excerpt e = DiagnosticFormatter.Excerpt.of(line, d.pos().column());
            sb.append("<pre>").append(esc(e.text())).append('\n').append(" ".repeat(e.caret() - 1)).append("^</pre>");
        }
        sb.append("</li>");
    }

    static final String CSS = "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1b1f24}"
            + ".briefing-overlay{max-width:50rem;margin:2rem auto;padding:0 1rem}"
            + "h1{color:#8a1c1c}li{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a1c1c;background:#fbeeee}"
            + ".where{font-weight:700;margin:0}.code{color:#4a535e;font-weight:400}.message{margin:.25rem 0}"
            + ".hint{margin:.25rem 0;color:#0b4f2c}pre{background:#fff;padding:.5rem;overflow-x:auto}"
            + ".briefing-warnings{font:14px/1.4 system-ui,sans-serif;margin:1rem;padding:.5rem 1rem;border:2px solid #8a5a00;"
            + "background:#fff8e6;color:#1b1f24}.briefing-warnings li{border-left-color:#8a5a00;background:#fff}";

    static final String RELOAD_JS = "new EventSource('/__briefing/events').onmessage=function(){location.reload();};\n";

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
