package dev.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview reports after an edit is what a fresh {@code check} of the same files reports:
 * link-gate errors, lints and warnings alike, one edit after another on a copy of the shipped site.
 */
class IncrementalDiagnosticsTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-12-06");
    static final String BRIEF = "content/briefs/lone-offender-warning-september-2024.md";
    static final String OTHER = "content/briefs/houses-of-worship-and-schools.md";

    @TempDir
    Path dir;

    private PreviewHarness preview;

    @BeforeEach
    void copy() {
        TestSites.copyShippedSite(dir);
        preview = new PreviewHarness(dir, AS_OF, false);
        assertTrue(preview.buildAll().ok());
    }

    private static List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticFormatter::headline).toList();
    }

    /** Applies an edit, rebuilds the preview and compares its diagnostics with a fresh check's. */
    private List<String> afterEdit(String from, String to) throws IOException {
        return afterEdit(BRIEF, from, to);
    }

    private List<String> afterEdit(String path, String from, String to) throws IOException {
        Path f = dir.resolve(path);
        String text = Files.readString(f);
        assertTrue(text.contains(from), "the brief has no '" + from + "'");
        Files.writeString(f, text.replace(from, to));
        List<String> previewed = headlines(preview.rebuild(List.of(path)).diagnostics());
        Pipeline.Result fresh = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false, Map.of()));
        assertEquals(TestSites.headlines(fresh), previewed, "the preview reports what check reports");
        return previewed;
    }

    @Test
    void everyEditReportsWhatTheBuildWould() throws IOException {
        List<String> baseline = headlines(preview.diagnostics());
        String bottom = "## What was said";
        // A missing image, a link to a page that does not exist, and a missing anchor: the link gate's errors.
        List<String> d = afterEdit(bottom, "![A map](/images/missing.png)\n\n" + bottom);
        assertTrue(d.stream().anyMatch(h -> h.contains("[BRF061]") && h.contains("/images/missing.png")), d::toString);
        d = afterEdit("![A map](/images/missing.png)", "[the list](/briefs/no-such-brief/)");
        assertTrue(d.stream().anyMatch(h -> h.startsWith(BRIEF) && h.contains("/briefs/no-such-brief/") && h.contains("[BRF061]")),
                d::toString);
        d = afterEdit("[the list](/briefs/no-such-brief/)", "[the threat](/threats/lone-offenders/#no-such-part)");
        assertTrue(d.stream().anyMatch(h -> h.contains("no-such-part") && h.contains("[BRF062]")), d::toString);
        // An uncited paragraph: a warning from the lints.
        d = afterEdit("[the threat](/threats/lone-offenders/#no-such-part)", "Nobody can say where this claim comes from, as written.");
        assertTrue(d.stream().anyMatch(h -> h.contains("[BRF087]")), d::toString);
        assertFalse(d.stream().anyMatch(h -> h.contains("[BRF06")), "the broken links are gone: " + d);
        // A review long ago: the site-wide review check, which an edit that keeps the link graph runs only for what changed.
        d = afterEdit("reviewed: 2026-12-06", "reviewed: 2020-01-01");
        assertTrue(d.stream().anyMatch(h -> h.startsWith(BRIEF) && h.contains("[BRF038]")), d::toString);
        d = afterEdit(OTHER, "## ", "## Edited: ");
        assertTrue(d.stream().anyMatch(h -> h.startsWith(BRIEF) && h.contains("[BRF038]")), "still overdue after another brief's edit: " + d);
        afterEdit(OTHER, "## Edited: ", "## ");
        afterEdit("reviewed: 2020-01-01", "reviewed: 2026-12-06");
        // Fixed: back to what the site reported before.
        assertEquals(baseline, afterEdit("Nobody can say where this claim comes from, as written.\n\n", ""));
    }

    /** A mistake in a template that no page uses (the sitemap's) is reported by the preview as by the build. */
    /** A front matter that no longer parses hides nothing of the body: its link errors come in the same rebuild. */
    @Test
    void aBrokenFrontMatterStillHasItsBodysLinksChecked() throws IOException {
        String bottom = "## What was said";
        afterEdit(bottom, "See [[target:poling-places]].\n\n" + bottom);
        List<String> d = afterEdit("date: 2024-09-13", "date 2024-09-13");
        assertTrue(d.stream().anyMatch(h -> h.startsWith(BRIEF + ":3:1: error: 'date 2024-09-13' has no ':'")), d::toString);
        assertTrue(d.stream().anyMatch(h -> h.startsWith(BRIEF) && h.contains("unknown target 'poling-places'")), d::toString);
    }

    @Test
    void aBrokenSitemapTemplateIsReportedAsTheBuildReportsIt() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/sitemap.ftlx"), "<urlset>${entries.nope}</urlset>\n");
        List<String> previewed = headlines(preview.rebuild(List.of("templates/sitemap.ftlx")).diagnostics());
        Pipeline.Result fresh = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false, Map.of()));
        assertEquals(TestSites.headlines(fresh), previewed);
        assertTrue(previewed.stream().anyMatch(h -> h.startsWith("templates/sitemap.ftlx:1:") && h.endsWith("[BRF050]")), previewed::toString);
    }

    @Test
    void strictMakesEveryWarningAnErrorThePreviewShows() throws IOException {
        PreviewHarness strict = new PreviewHarness(dir, AS_OF, true);
        Engine.Build r = strict.buildAll();
        assertFalse(r.diagnostics().isEmpty(), "the shipped site has its stale-advisory warning");
        assertTrue(r.diagnostics().stream().allMatch(Diagnostic::isError), r.diagnostics()::toString);
        assertFalse(r.ok(), "serve --strict refuses what build --strict refuses");
    }
}
