package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.publish.TempSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way the gate refuses a site: the build fails, names page and link, and keeps the old output. */
class GateFailuresTest {
    private static final String BROKEN_TAGS_TEMPLATE = """
            <#import "layout.ftlh" as layout>
            <@layout.shell>
            <h1>Tags</h1>
            <p><a href="${url('/nowhere/')}">gone</a> <a href="${url('/briefs/')}#no-such-id">anchor</a></p>
            </@layout.shell>
            """;

    @TempDir
    Path dir;

    @Test
    void brokenLinkAndAnchorFromATemplateOverrideFailTheBuildAndKeepThePreviousSite() {
        Path source = TempSite.write(dir.resolve("src"), TempSite.MINIMAL);
        Path out = dir.resolve("out");
        assertTrue(TempSite.build(source, out).ok(), "the minimal site builds");
        Map<String, String> before = TempSite.hashes(out);

        TempSite.write(source, Map.of("templates/tags.ftlh", BROKEN_TAGS_TEMPLATE));
        Pipeline.Result result = TempSite.build(source, out);

        assertFalse(result.ok());
        List<Diagnostic> links = TempSite.errors(result, Code.BRF061);
        assertEquals(1, links.size(), () -> result.diagnostics().sorted().toString());
        assertEquals("tags/index.html", links.get(0).pos().path());
        assertEquals("links to /nowhere/index.html, which the build does not produce", links.get(0).message());
        List<Diagnostic> anchors = TempSite.errors(result, Code.BRF062);
        assertEquals(1, anchors.size());
        assertEquals("tags/index.html", anchors.get(0).pos().path());
        assertEquals("links to /briefs/index.html#no-such-id, but briefs/index.html has no element with id 'no-such-id'",
                anchors.get(0).message());
        assertEquals(before, TempSite.hashes(out), "the previous site is left exactly as it was");
    }

    @Test
    void cssUrlsAreCheckedAgainstTheOutputAndStaticFiles() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("templates/style.css", """
                /* url(commented-out.png) is not a reference */
                body { background: url("../img/ok.png"); }
                .a { background: url(missing.png?v=2); }
                .b { background: url(data:image/png;base64,AAAA) , url('https://example.org/x.png'); }
                @import 'print.css';
                """);
        files.put("content/static/img/ok.png", "png");
        Pipeline.Result result = TempSite.build(TempSite.write(dir, files), null);

        List<String> messages = TempSite.errors(result, Code.BRF061).stream().map(Diagnostic::message).toList();
        assertEquals(List.of("links to /assets/missing.png, which the build does not produce",
                "links to /assets/print.css, which the build does not produce"), messages);
        assertTrue(TempSite.errors(result, Code.BRF061).get(0).pos().path().matches("assets/style\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void anOrphanPageIsUnreachable() {
        Map<String, byte[]> files = Map.of(
                "index.html", html("<a href=\"a.html\">a</a>"),
                "a.html", html("<a href=\"index.html\">home</a>"),
                "orphan.html", html("<a href=\"index.html\">home</a>"));
        Diagnostics diags = new Diagnostics();
        new LinkGate("https://example.org/").check(files, Set.of(), diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Code.BRF063, found.get(0).code());
        assertEquals("orphan.html", found.get(0).pos().path());
    }

    @Test
    void feedsAndSitemapMayOnlyNameGeneratedPages() {
        Map<String, byte[]> files = Map.of(
                "index.html", html("<a href=\"index.html\">home</a>"),
                "sitemap.xml", bytes("<urlset><url><loc>https://example.org/</loc></url>"
                        + "<url><loc>https://example.org/gone/</loc></url>"
                        + "<url><loc>https://elsewhere.org/x/</loc></url></urlset>"));
        Diagnostics diags = new Diagnostics();
        new LinkGate("https://example.org/").check(files, Set.of(), diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals("sitemap.xml", found.get(0).pos().path());
        assertEquals("links to /gone/, which the build does not produce", found.get(0).message());
    }

    /** The handbook is written beside the site later, by mvn site: a link to it cannot be checked, so it fails. */
    @Test
    void aLinkTheGateCannotCheckIsNotPublished() {
        Map<String, byte[]> files = Map.of("index.html", html("<a href=\"handbook/index.html#x\">handbook</a>"));
        Diagnostics diags = new Diagnostics();
        new LinkGate("https://example.org/").check(files, Set.of(), diags);
        assertEquals(List.of(Code.BRF061), diags.sorted().stream().map(Diagnostic::code).toList());
    }

    @Test
    void theFooterDoesNotLinkToTheHandbook() {
        Pipeline.Result plain = TempSite.build(TempSite.write(dir.resolve("plain"), new HashMap<>(TempSite.MINIMAL)), null);
        assertTrue(plain.ok());
        assertFalse(new String(plain.files().get("index.html"), StandardCharsets.UTF_8).contains("handbook/"));
    }

    @Test
    void twoSourcesForOneOutputPathAreRefused() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/briefs/2024/a.md", TempSite.MINIMAL.get("content/briefs/a.md"));
        files.put("content/pages/tags.md", "---\ntitle: Tags\n---\nMine.\n");
        files.put("content/static/briefs/index.html", "<p>static</p>");
        Path out = dir.resolve("out");
        Pipeline.Result result = TempSite.build(TempSite.write(dir.resolve("src"), files), out);

        List<String> collisions = TempSite.errors(result, Code.BRF034).stream()
                .map(d -> d.pos().path() + ": " + d.message()).toList();
        assertTrue(collisions.contains("content/briefs/a.md: 'content/briefs/a.md' and 'content/briefs/2024/a.md'"
                + " would both be written to /briefs/a/")
                || collisions.contains("content/briefs/2024/a.md: 'content/briefs/2024/a.md' and 'content/briefs/a.md'"
                + " would both be written to /briefs/a/"), collisions::toString);
        assertTrue(collisions.contains("content/pages/tags.md: page 'tags' would replace the generated page /tags/"),
                collisions::toString);
        assertFalse(java.nio.file.Files.exists(out), "nothing is written");
    }

    @Test
    void aStaticFileMayNotReplaceAGeneratedOne() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/static/briefs/index.html", "<p>static</p>");
        Pipeline.Result result = TempSite.build(TempSite.write(dir, files), null);
        List<String> collisions = TempSite.errors(result, Code.BRF034).stream()
                .map(d -> d.pos().path() + ": " + d.message()).toList();
        assertEquals(List.of("content/static/briefs/index.html: static file would replace the generated briefs/index.html"),
                collisions);
    }

    @Test
    void aStaticFileNamedWithSpacesOrAccentsIsLinkedWithItsEscapes() {
        // Walkthrough 26: "Poll Worker Guide.pdf" linked as /docs/Poll%20Worker%20Guide.pdf (the
        // address a browser shows) was "not produced", with the hint to rename the file to "Poll%20Worker%20Guide.pdf".
        Map<String, String> files = new HashMap<>();
        files.put("content/static/docs/Poll Worker Guide.pdf", "pdf");
        files.put("content/static/img/Straße.png", "png");
        files.put("content/briefs/a.md", brief("""
                The [guide](/docs/Poll%20Worker%20Guide.pdf) and ![a street](/img/Stra%C3%9Fe.png).

                A [typo](/docs/Poll%20Worker%20Guid.pdf) and ![a map](/img/map.png).
                """));
        files.put("content/static/img/Map.PNG", "png");
        Pipeline.Result result = TempSite.build(TempSite.write(dir, files), null);
        List<Diagnostic> broken = TempSite.errors(result, Code.BRF061);
        assertEquals(List.of("content/briefs/a.md:8:3: links to /docs/Poll Worker Guid.pdf, which the build does not produce"
                + " (on briefs/a/index.html)", "content/briefs/a.md:8:46: links to /img/map.png, which the build does not produce"
                + " (on briefs/a/index.html)"), broken.stream().map(d -> d.pos().path() + ":" + d.pos().line() + ":"
                + d.pos().column() + ": " + d.message()).toList());
        assertEquals("did you mean /img/Map.PNG? An address tells capital letters from small ones", broken.get(1).hint());
    }

    /**
     * Walkthrough 4 of issue 26: for ![Map](/img/polling map.png), where the file is polling-map.png, the
     * hint said to write /img/polling%20map.png, which does not exist either. It names the file there; a
     * file whose name really has the spaces keeps the %20 hint.
     */
    @Test
    void anAddressWithSpacesForAStaticFileNamedWithDashesIsToldThatFilesAddress() {
        Map<String, String> files = new HashMap<>();
        files.put("content/static/img/polling-map.png", "png");
        files.put("content/static/docs/Poll Worker Guide.pdf", "pdf");
        files.put("content/briefs/a.md", brief("""
                ![Map of polling places](/img/polling map.png) and the [guide](/docs/Poll Worker Guide.pdf).
                """));
        Pipeline.Result result = TempSite.build(TempSite.write(dir, files), null);
        assertEquals(List.of("an address has no spaces, and no file has that name: content/static/img/polling-map.png is linked"
                + " as /img/polling-map.png", "an address has no spaces: write each one as %20, [guide](/docs/Poll%20Worker%20Guide.pdf)"),
                TempSite.errors(result, Code.BRF043).stream().map(Diagnostic::hint).toList());
    }

    private static byte[] html(String body) {
        return bytes("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A brief whose body, after its front matter, is {@code body} (lines 6 on): the line numbers the tests expect. */
    private static String brief(String body) {
        return "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n---\n" + body;
    }
}
