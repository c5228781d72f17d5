package dev.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's incremental rebuild: what an edit re-renders, errors, and recovery. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private PreviewHarness preview;

    @BeforeEach
    void site() throws IOException {
        brief("alpha", "Alpha", "[[brief:beta]]");
        brief("beta", "Beta", "plain");
        brief("gamma", "Gamma", "unrelated");
        brief("delta", "Delta", "unrelated too");
        preview = new PreviewHarness(dir, LocalDate.parse("2025-01-01"), false);
        assertTrue(preview.buildAll().ok());
    }

    private void brief(String slug, String title, String body) throws IOException {
        Path f = dir.resolve("content/briefs/" + slug + ".md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\ntitle: " + title + "\ndate: 2024-0" + (1 + slug.length() % 5)
                + "-01\nsummary: About " + title + ".\ntags: [" + slug + "]\n---\n" + body + "\n");
    }

    private String page(String path) {
        byte[] b = preview.page(path);
        assertNotNull(b, path);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void editingOneBriefRerendersItsPageItsNeighboursAndListingsOnly() throws IOException {
        brief("beta", "Beta renamed", "plain");
        Engine.Build r = preview.rebuild(List.of("content/briefs/beta.md"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(r.rendered().containsAll(Set.of("/briefs/beta/", "/briefs/alpha/", "/briefs/", "/", "/tags/beta/")),
                r.rendered()::toString);
        assertFalse(r.rendered().contains("/briefs/gamma/"), "gamma neither links to beta nor lists it");
        assertFalse(r.rendered().contains("/briefs/delta/"));
        assertFalse(r.rendered().contains("/tags/gamma/"));
        assertTrue(page("briefs/alpha/index.html").contains(">Beta renamed</a>"), "alpha shows beta's new title");
        assertTrue(page("briefs/gamma/index.html").contains("Gamma"), "untouched pages are still served");
    }

    /**
     * A page open in a browser is rendered and served before the rest of the edit's pages, and
     * the caller told then; the others (here alpha's page, which shows beta's title) follow
     * before the rebuild returns, and the result is what a rebuild without an open page gives.
     */
    @Test
    void anOpenPageIsServedBeforeTheRestOfTheEdit() throws IOException {
        brief("beta", "Beta renamed", "plain");
        List<String> atSignal = new java.util.ArrayList<>();
        Engine.Build r = preview.rebuild(List.of("content/briefs/beta.md"), Set.of("/briefs/beta/"), () -> {
            atSignal.add(page("briefs/beta/index.html"));
            atSignal.add(page("briefs/alpha/index.html"));
        });
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(2, atSignal.size(), "told once");
        assertTrue(atSignal.get(0).contains("Beta renamed"), "the open page was made first");
        assertFalse(atSignal.get(1).contains("Beta renamed"), "alpha's page was not made yet");
        assertTrue(page("briefs/alpha/index.html").contains(">Beta renamed</a>"), "and is made before the rebuild returns");
        assertTrue(r.viewedMillis() >= 0 && r.viewedMillis() <= r.millis(), r::toString);
        assertTrue(r.rendered().containsAll(Set.of("/briefs/beta/", "/briefs/alpha/", "/briefs/")), r.rendered()::toString);

        PreviewHarness plain = new PreviewHarness(dir, LocalDate.parse("2025-01-01"), false);
        plain.buildAll();
        assertEquals(plain.snapshot().keySet(), preview.snapshot().keySet());
        plain.snapshot().forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, preview.snapshot().get(path)), path));
        assertEquals(plain.diagnostics(), preview.diagnostics());
    }

    /** An open page with a link the gate refuses is not served ahead of the check, which then reports it. */
    @Test
    void anOpenPageWithABrokenLinkWaitsForTheCheck() throws IOException {
        brief("beta", "Beta renamed", "See [nowhere](/briefs/nowhere/).");
        List<String> told = new java.util.ArrayList<>();
        Engine.Build r = preview.rebuild(List.of("content/briefs/beta.md"), Set.of("/briefs/beta/"), () -> told.add("early"));
        assertEquals(List.of(), told);
        assertEquals(-1, r.viewedMillis());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.isError() && d.code() == dev.briefing.diag.Code.BRF061),
                r.diagnostics()::toString);
    }

    /** An edit with an error shows the error, never an early page; nor does an edit of the open page alone. */
    @Test
    void noOpenPageIsServedEarlyFromAnEditWithErrorsOrWithNothingElseToRender() throws IOException {
        brief("alpha", "Alpha", "[[brief:betta]]");
        List<String> told = new java.util.ArrayList<>();
        Engine.Build broken = preview.rebuild(List.of("content/briefs/alpha.md"), Set.of("/briefs/alpha/"), () -> told.add("early"));
        assertFalse(broken.ok());
        assertEquals(-1, broken.viewedMillis());
        brief("alpha", "Alpha", "[[brief:beta]] and more");
        assertTrue(preview.rebuild(List.of("content/briefs/alpha.md"), Set.of("/briefs/alpha/"), () -> told.add("early")).ok());
        brief("alpha", "Alpha", "[[brief:beta]] and more still");
        Engine.Build body = preview.rebuild(List.of("content/briefs/alpha.md"), Set.of("/briefs/alpha/"), () -> told.add("early"));
        assertEquals(Set.of("/briefs/alpha/"), body.rendered(), "a body edit changes its own page only");
        assertEquals(List.of(), told);
        assertEquals(-1, body.viewedMillis());
    }

    /** A site may override the overlay; if its template fails, the problems still show, as text. */
    @Test
    void theOverlayIsATemplateAndABrokenOneStillShowsTheProblems() throws IOException {
        brief("alpha", "Alpha", "[[brief:betta]]");
        assertFalse(preview.rebuild(List.of("content/briefs/alpha.md")).ok());
        java.nio.file.Files.createDirectories(dir.resolve("templates"));
        java.nio.file.Files.writeString(dir.resolve("templates/overlay.ftlh"), "<p>Own: ${problems?size} ${summary}</p>");
        preview.rebuild(List.of("templates/overlay.ftlh"));
        assertEquals("<p>Own: 1 1 error</p>", preview.served().errorPage().strip());
        java.nio.file.Files.writeString(dir.resolve("templates/overlay.ftlh"), "<p>${no.such.thing}</p>");
        preview.rebuild(List.of("templates/overlay.ftlh"));
        String shown = preview.served().errorPage();
        assertTrue(shown.contains("unknown brief &#39;betta&#39;") || shown.contains("unknown brief 'betta'"), shown);
        assertTrue(shown.contains("[BRF050]"), "the overlay's own failure is shown too: " + shown);
    }

    /**
     * Walkthrough 26: the error page said "4 errors, 1 warning" over a list of 2. Its count is of
     * the errors it lists; the placeholders and warnings it does not list are counted apart.
     */
    @Test
    void theErrorPageCountsWhatItLists() throws IOException {
        brief("alpha", "Alpha", "[[brief:betta]] and [[brief:gama]]");
        brief("beta", "Beta", "TODO: the rest, and TBD.");
        preview.rebuild(List.of("content/briefs/alpha.md", "content/briefs/beta.md"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(preview.served().errorPage());
        assertEquals(2, page.select("ol.briefing-problems > li").size(), page::html);
        assertEquals("2 errors", page.selectFirst(".briefing-summary").text());
        long warnings = preview.diagnostics().stream().filter(d -> !d.isError()).count();
        assertEquals("Not listed here: 2 placeholders to fill in and " + warnings + " warning" + (warnings == 1 ? "" : "s")
                + ", which the preview shows once these errors are fixed (see every problem).",
                page.selectFirst(".briefing-summary + p").text());
    }

    @Test
    void anErrorIsReportedWithItsPositionAndTheSiteComesBackWhenFixed() throws IOException {
        brief("alpha", "Alpha", "[[brief:betta]]");
        Engine.Build broken = preview.rebuild(List.of("content/briefs/alpha.md"));
        assertFalse(broken.ok());
        var d = broken.diagnostics().stream().filter(x -> x.isError()).findFirst().orElseThrow();
        assertEquals("content/briefs/alpha.md:7:1", d.pos().toString());
        assertEquals("did you mean 'beta'?", d.hint());
        String overlay = preview.served().errorPage();
        assertTrue(overlay.contains("content/briefs/alpha.md:7:1") && overlay.contains("did you mean &#39;beta&#39;?")
                && overlay.contains("<pre>[[brief:betta]]\n^</pre>"), overlay);
        assertTrue(overlay.startsWith("<!DOCTYPE html>"), "the page comes from the theme's overlay.ftlh: " + overlay);

        brief("alpha", "Alpha fixed", "[[brief:beta]]");
        Engine.Build fixed = preview.rebuild(List.of("content/briefs/alpha.md"));
        assertTrue(fixed.ok(), fixed.diagnostics()::toString);
        assertTrue(page("briefs/alpha/index.html").contains("Alpha fixed"));
    }

    @Test
    void newBriefsInNewFoldersAndDeletedBriefsAreSeen() throws IOException {
        Path nested = dir.resolve("content/briefs/2025/epsilon.md");
        Files.createDirectories(nested.getParent());
        Files.writeString(nested, "---\ntitle: Epsilon\ndate: 2024-12-01\nsummary: New.\n---\nBody\n");
        assertTrue(preview.rebuild(List.of("content/briefs/2025/epsilon.md")).ok());
        assertTrue(page("briefs/index.html").contains("Epsilon"));

        Files.delete(dir.resolve("content/briefs/delta.md"));
        assertTrue(preview.rebuild(List.of("content/briefs/delta.md")).ok());
        assertEquals(null, preview.page("briefs/delta/index.html"));
        assertFalse(page("briefs/index.html").contains("Delta"));
    }

    @Test
    void aPageTemplateChangeRerendersOnlyThePagesUsingIt() throws IOException {
        Path t = dir.resolve("templates/tag.ftlh");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "<#import \"layout.ftlh\" as layout><@layout.shell><h1>Custom ${tag}</h1></@layout.shell>");
        Engine.Build r = preview.rebuild(List.of("templates/tag.ftlh"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(Set.of("/tags/alpha/", "/tags/beta/", "/tags/gamma/", "/tags/delta/"), r.rendered());
        assertTrue(page("tags/alpha/index.html").contains("Custom alpha"));
    }

    /** A message shows on many pages: an edit of a message file renders them all again, and a bad one is reported, not published. */
    @Test
    void aMessageFileEditRerendersEveryPageAndABadPatternIsShown() throws IOException {
        Path m = dir.resolve("templates/messages/en.properties");
        Files.createDirectories(m.getParent());
        Files.writeString(m, "layout.skip=Skip ahead\n");
        Engine.Build r = preview.rebuild(List.of("templates/messages/en.properties"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(r.rendered().containsAll(Set.of("/", "/briefs/alpha/", "/tags/gamma/")), r.rendered()::toString);
        assertTrue(page("briefs/gamma/index.html").contains(">Skip ahead</a>"));

        Files.writeString(m, "layout.skip=Skip {ahead\n");
        r = preview.rebuild(List.of("templates/messages/en.properties"));
        assertFalse(r.ok());
        assertEquals(List.of(dev.briefing.diag.Code.BRF162), r.diagnostics().stream().map(dev.briefing.diag.Diagnostic::code)
                .filter(c -> c.name().startsWith("BRF16")).toList());
        assertTrue(page("briefs/gamma/index.html").contains(">Skip ahead</a>"), "the last good pages stay");

        Files.writeString(m, "layout.skip=Skip to the text\n");
        assertTrue(preview.rebuild(List.of("templates/messages/en.properties")).ok());
        assertTrue(page("briefs/gamma/index.html").contains(">Skip to the text</a>"), "fixed, the site comes back");
    }

    @Test
    void aTitleEditRerendersOnlyThePageOfAListThatShowsTheBrief() throws IOException {
        // Newest first, two to a page: beta (May), then alpha, delta, gamma (January, by id).
        Files.writeString(dir.resolve("content/site.yaml"), "page_size: 2\n" + dev.briefing.testing.TestSites.SETTINGS);
        assertTrue(preview.rebuild(List.of("content/site.yaml")).ok());
        assertTrue(page("briefs/page/2/index.html").contains(">Gamma</a>"));

        brief("gamma", "Gamma renamed", "unrelated");
        Engine.Build r = preview.rebuild(List.of("content/briefs/gamma.md"));
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(r.rendered().containsAll(Set.of("/briefs/gamma/", "/briefs/page/2/", "/timeline/page/2/")),
                r.rendered()::toString);
        assertFalse(r.rendered().contains("/briefs/"), "the first page shows beta and alpha only");
        assertFalse(r.rendered().contains("/timeline/"));
        assertTrue(page("briefs/page/2/index.html").contains(">Gamma renamed</a>"));

        // A new date moves gamma to the top: both pages change.
        Files.writeString(dir.resolve("content/briefs/gamma.md"), Files.readString(dir.resolve("content/briefs/gamma.md"))
                .replace("date: 2024-01-01", "date: 2024-12-01"));
        r = preview.rebuild(List.of("content/briefs/gamma.md"));
        assertTrue(r.rendered().containsAll(Set.of("/briefs/", "/briefs/page/2/")), r.rendered()::toString);
        assertTrue(page("briefs/index.html").contains(">Gamma renamed</a>"));
        assertFalse(page("briefs/page/2/index.html").contains(">Gamma renamed</a>"));
    }

    @Test
    void deletingABriefReportsTheUnchangedBriefThatLinksToIt() throws IOException {
        Files.delete(dir.resolve("content/briefs/beta.md"));
        Engine.Build r = preview.rebuild(List.of("content/briefs/beta.md"));
        assertFalse(r.ok(), "alpha links to beta");
        var d = r.diagnostics().stream().filter(x -> x.isError()).findFirst().orElseThrow();
        assertEquals("content/briefs/alpha.md:7:1", d.pos().toString());
        assertTrue(d.message().contains("unknown brief 'beta'"), d.message());
    }

}
