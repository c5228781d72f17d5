package dev.briefing.cli;

import dev.briefing.model.Key;
import dev.briefing.model.Translation;
import dev.briefing.resolve.PageChecks;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.Json;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code check} prints each page's reading level, after the diagnostics: a short table for
 * people (pages with prose enough to judge), or one JSON object per measured page for tools.
 */
final class ReadingLevels {
    private ReadingLevels() {
    }

    /** A table per language (named when there are several), each on its language's scale. */
    static void table(List<ResolvedSite> sites, PrintStream out) {
        for (ResolvedSite site : sites) {
            table(site, sites.size() > 1 ? " in " + site.loaded().localization().language().name() : "", out);
        }
    }

    private static void table(ResolvedSite site, String in, PrintStream out) {
        PageChecks.Reports reading = site.pageChecks();
        if (reading.rules() == null || reading.rules().scale() == null) return;
        List<PageChecks.Report> measured = reading.measured();
        long others = reading.byItem().values().stream().filter(r -> !r.measures().isEmpty()).count() - measured.size();
        if (measured.isEmpty()) {
            if (others > 0) out.printf(Locale.ROOT, "reading level%s: not judged yet: %s under %d words of prose%n", in,
                    others == 1 ? "the one page has" : "each of the " + others + " pages has", PageChecks.MIN_WORDS);
            return;
        }
        Map<Key, String> files = translationFiles(site);
        var limits = reading.rules().limits();
        String beyond = reading.rules().scale().beyond();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "reading level%s (%s of paragraphs and list items; * %s the limit: %d for advice"
                + " and critical pages, %d for the rest; (…) under %d words, not judged):%n", in, reading.rules().scale().label(),
                beyond, limits.advice(), limits.background(), PageChecks.MIN_WORDS));
        sb.append(String.format(Locale.ROOT, "  %7s  %7s  %6s  %s%n", "text", "advice", "words", "page"));
        int over = 0;
        for (PageChecks.Report r : measured) {
            PageChecks.Measure text = part(r, PageChecks.Part.BACKGROUND);
            PageChecks.Measure advice = part(r, PageChecks.Part.ADVICE);
            if (r.measures().stream().anyMatch(PageChecks.Measure::over)) over++;
            int words = r.measures().stream().mapToInt(m -> m.counts().words()).sum();
            sb.append(String.format(Locale.ROOT, "  %7s  %7s  %6d  %s%s%n", cell(text), cell(advice), words, page(files, r),
                    r.critical() ? " (critical)" : ""));
        }
        sb.append(String.format(Locale.ROOT, "  %d of %d page%s %s %s limit%s", over, measured.size(), measured.size() == 1 ? "" : "s",
                beyond, measured.size() == 1 ? "its" : "their", measured.size() == 1 ? "" : "s"));
        if (others > 0) sb.append(String.format(Locale.ROOT, "; %d other%s under %d words of prose", others, others == 1 ? "" : "s",
                PageChecks.MIN_WORDS));
        out.print(sb.append(String.format("%n")));
    }

    /** One JSON object per line for each page with prose, in each language, after the diagnostics' objects. */
    static void json(List<ResolvedSite> sites, PrintStream out) {
        StringBuilder sb = new StringBuilder();
        for (ResolvedSite site : sites) json(site, sb);
        out.print(sb);
    }

    private static void json(ResolvedSite site, StringBuilder sb) {
        PageChecks.Reports reading = site.pageChecks();
        if (reading.rules() == null || reading.rules().scale() == null) return;
        Map<Key, String> files = translationFiles(site);
        for (PageChecks.Report r : reading.byItem().values()) {
            if (r.measures().isEmpty()) continue;
            sb.append("{\"type\":\"reading_level\",\"language\":").append(Json.string(site.config().language()))
                    .append(",\"file\":").append(Json.string(file(files, r)))
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
    private static String page(Map<Key, String> files, PageChecks.Report r) {
        return r.item().kind().isEntity() ? file(files, r) + ": " + r.item().id() : file(files, r);
    }

    private static String file(Map<Key, String> files, PageChecks.Report r) {
        return files.getOrDefault(r.item().key(), r.item().sourcePath());
    }

    /** Where the pages of another language than the default were written: their translations' files (none for the default). */
    private static Map<Key, String> translationFiles(ResolvedSite site) {
        var language = site.loaded().localization();
        Map<Key, String> out = new HashMap<>();
        if (language.isDefault()) return out;
        for (Translation t : site.loaded().translations()) {
            if (t.lang().equals(language.language().code())) out.putIfAbsent(t.key(), t.path());
        }
        return out;
    }
}
