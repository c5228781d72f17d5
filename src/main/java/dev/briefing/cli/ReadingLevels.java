package dev.briefing.cli;

import dev.briefing.resolve.PageChecks;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * How {@code check} prints each page's reading level, after the diagnostics: a short table for
 * people (pages with prose enough to judge), or one JSON object per measured page for tools.
 */
final class ReadingLevels {
    private ReadingLevels() {
    }

    static void table(ResolvedSite site, PrintStream out) {
        PageChecks.Reports reading = site.pageChecks();
        if (reading.rules() == null || reading.rules().scale() == null) return;
        List<PageChecks.Report> measured = reading.measured();
        long others = reading.byItem().values().stream().filter(r -> !r.measures().isEmpty()).count() - measured.size();
        if (measured.isEmpty()) {
            if (others > 0) out.printf(Locale.ROOT, "reading level: no page has %d words of prose to judge yet (%d under that)%n",
                    PageChecks.MIN_WORDS, others);
            return;
        }
        var limits = reading.rules().limits();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "reading level (%s of paragraphs and list items; * above the limit: %d for advice"
                + " and critical pages, %d for the rest; (…) under %d words, not judged):%n", reading.rules().scale().label(),
                limits.advice(), limits.background(), PageChecks.MIN_WORDS));
        sb.append(String.format(Locale.ROOT, "  %7s  %7s  %6s  %s%n", "text", "advice", "words", "page"));
        int over = 0;
        for (PageChecks.Report r : measured) {
            PageChecks.Measure text = part(r, PageChecks.Part.BACKGROUND);
            PageChecks.Measure advice = part(r, PageChecks.Part.ADVICE);
            if (r.measures().stream().anyMatch(PageChecks.Measure::over)) over++;
            int words = r.measures().stream().mapToInt(m -> m.counts().words()).sum();
            sb.append(String.format(Locale.ROOT, "  %7s  %7s  %6d  %s%s%n", cell(text), cell(advice), words, page(r),
                    r.critical() ? " (critical)" : ""));
        }
        sb.append(String.format(Locale.ROOT, "  %d of %d page%s above %s limit%s", over, measured.size(), measured.size() == 1 ? "" : "s",
                measured.size() == 1 ? "its" : "their", measured.size() == 1 ? "" : "s"));
        if (others > 0) sb.append(String.format(Locale.ROOT, "; %d other%s under %d words of prose", others, others == 1 ? "" : "s",
                PageChecks.MIN_WORDS));
        out.print(sb.append(String.format("%n")));
    }

    /** One JSON object per line for each page with prose, after the diagnostics' objects. */
    static void json(ResolvedSite site, PrintStream out) {
        PageChecks.Reports reading = site.pageChecks();
        if (reading.rules() == null || reading.rules().scale() == null) return;
        StringBuilder sb = new StringBuilder();
        for (PageChecks.Report r : reading.byItem().values()) {
            if (r.measures().isEmpty()) continue;
            sb.append("{\"type\":\"reading_level\",\"file\":").append(Json.string(r.item().sourcePath()))
                    .append(",\"kind\":").append(Json.string(r.item().kind().singular()))
                    .append(",\"id\":").append(Json.string(r.item().id()))
                    .append(",\"scale\":").append(Json.string(reading.rules().scale().label()))
                    .append(",\"critical\":").append(r.critical()).append(",\"parts\":[");
            for (int i = 0; i < r.measures().size(); i++) {
                PageChecks.Measure m = r.measures().get(i);
                sb.append(i == 0 ? "" : ",").append("{\"part\":").append(Json.string(m.part().name().toLowerCase(Locale.ROOT)))
                        .append(",\"words\":").append(m.counts().words())
                        .append(",\"sentences\":").append(m.counts().sentences())
                        .append(",\"syllables\":").append(m.counts().syllables())
                        .append(",\"score\":").append(String.format(Locale.ROOT, "%.1f", m.score()))
                        .append(",\"limit\":").append(m.limit())
                        .append(",\"judged\":").append(m.judged())
                        .append(",\"over\":").append(m.over()).append('}');
            }
            sb.append("]}\n");
        }
        out.print(sb);
    }

    private static PageChecks.Measure part(PageChecks.Report r, PageChecks.Part part) {
        return r.measures().stream().filter(m -> m.part() == part).findFirst().orElse(null);
    }

    /** "11.3*" above its limit, "(9.2)" too short to judge, "-" for no such prose. */
    private static String cell(PageChecks.Measure m) {
        if (m == null) return "-";
        String score = String.format(Locale.ROOT, "%.1f", m.score());
        return !m.judged() ? "(" + score + ")" : m.over() ? score + "*" : score + " ";
    }

    /** The file, and for an entry of a data file its id. */
    private static String page(PageChecks.Report r) {
        return r.item().kind().isEntity() ? r.item().sourcePath() + ": " + r.item().id() : r.item().sourcePath();
    }
}
