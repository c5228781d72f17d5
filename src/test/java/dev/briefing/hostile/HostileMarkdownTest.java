package dev.briefing.hostile;

import static dev.briefing.hostile.HostileSite.frontMatter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pathological and hostile Markdown: bounded, escaped, and unsafe URLs refused wherever they are written. */
class HostileMarkdownTest {
    static final String BRIEF = "content/briefs/alpha.md";
    static final String HEAD = "title: Alpha\ndate: 2024-01-02\nsummary: s\nsources: [src-a]\n";

    @TempDir
    Path dir;
    HostileSite site;

    @BeforeEach
    void buildOnce() throws IOException {
        site = new HostileSite(dir);
    }

    private void body(String markdown) throws IOException {
        site.write(BRIEF, frontMatter(HEAD, markdown));
    }

    /**
     * Rendered Markdown keeps its links as NUL-numbered slots until the page is rendered; NULs
     * written in the text must not become slots (the parser turns them into U+FFFD).
     */
    @Test
    void nulCharactersCannotForgeLinkSlots() throws IOException {
        body("[first](https://a.example/) [[cite:src-a]]\n\ntext \u00000\u0000 and \u00001\u0000"
                + " [x](https://b.example/\u00000\u0000) [i](https://c.example/\u00001\u0000)\n");
        // (A link, not an image: an image by its full address is an error, BRF171, and this page must render.)
        HostileSite.Outcome o = site.build();
        HostileSite.assertNoStackTrace(o);
        assertEquals(Main.OK, o.exit(), o.stderr());
        Document page = Jsoup.parse(Files.readString(site.output.resolve("briefs/alpha/index.html")));
        Element prose = page.selectFirst("div.prose");
        assertEquals(1, prose.select("a[href=https://a.example/]").size(), prose.html());
        assertEquals(1, prose.select("sup.cite").size(), prose.html());
        assertFalse(prose.html().contains("\u0000"), prose.html());
        assertTrue(prose.text().contains("\uFFFD0\uFFFD"), prose.text());
        assertEquals("https://b.example/\uFFFD0\uFFFD", prose.select("a").get(2).attr("href"), prose.html());
        assertEquals("https://c.example/\uFFFD1\uFFFD", prose.select("a").get(3).attr("href"), prose.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "* ", "- ", "1. "})
    void hundredThousandNestedBlocksAreCapped(String marker) throws IOException {
        body(marker.repeat(100_000) + "x\n");
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":7:1", "BRF041", "Markdown nests 65 levels deep");
        assertTrue(o.stderr().length() < 2_000, "a 100,000-character line is shown as a short window");
    }

    @Test
    void hundredThousandNestedEmphasisIsCapped() throws IOException {
        body("*".repeat(100_000) + "x" + "*".repeat(100_000) + "\n");
        site.assertRefused(BRIEF + ":7:1", "BRF041");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "*", "_", "`", "<a ", "[a](", "![", "[[brief:", "<!--", "```\n"})
    void hugeUnclosedConstructsRenderAsTextInBoundedTime(String opener) throws IOException {
        body(opener.repeat(200_000 / opener.length()) + "\n");
        HostileSite.Outcome o = site.build();
        HostileSite.assertNoStackTrace(o);
        assertTrue(o.exit() == Main.OK || o.exit() == Main.CONTENT_ERRORS, o.stderr());
    }

    @Test
    void tooManyLinksAreCapped() throws IOException {
        body("[[brief:nope]]".repeat(20_000) + "\n");
        site.assertRefused(BRIEF + ":7:1", "BRF041", "Markdown has 20000 links");
    }

    @Test
    void markdownOverTheSizeCapIsRefused() throws IOException {
        body("word ".repeat(250_000) + "\n");
        site.assertRefused(BRIEF + ":7:1", "BRF041", "Markdown text is 1250001 characters");
    }

    @Test
    void rawHtmlIsEscapedWithAWarning() throws IOException {
        body("""
                <script>alert(1)</script>

                Text <img src=x onerror=alert(2)> and <svg onload=alert(3)>.

                <iframe src="https://evil.example/"></iframe>

                <a href="javascript:alert(4)">x</a> <style>*{}</style> <object data=x></object>
                """);
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        HostileSite.assertDiagnostic(o, BRIEF + ":7:1: warning: raw HTML", "BRF040");
        // One warning for the paragraph's two tags.
        HostileSite.assertDiagnostic(o, BRIEF + ":9:6: warning: raw HTML <img>, <svg> is shown as text", "BRF040");
        assertFalse(o.stderr().contains(BRIEF + ":9:39:"), o.stderr());
        HostileSite.assertDiagnostic(o, BRIEF + ":11:1: warning: raw HTML", "BRF040");
        Document page = Jsoup.parse(Files.readString(site.output.resolve("briefs/alpha/index.html")));
        Element prose = page.selectFirst("div.prose");
        assertTrue(prose.select("script, img, svg, iframe, style, object, [onerror], [onload]").isEmpty(), prose.html());
        assertTrue(prose.select("a[href^=javascript]").isEmpty(), prose.html());
        assertTrue(prose.text().contains("<script>alert(1)</script>"), "shown as text: " + prose.text());
        assertTrue(prose.text().contains("<svg onload=alert(3)>"), prose.text());
        for (Element script : page.select("script")) {
            assertEquals("application/ld+json", script.attr("type"), "the only script is JSON-LD");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[a](javascript:alert(1))",
            "[a](JaVaScRiPt:alert(1))",
            "[a](&#106;avascript:alert(1))",
            "[a](&#x6A;avascript&colon;alert(1))",
            "[a](java&#x09;script:alert(1))",
            "[a](java&#10;script:alert(1))",
            "[a](<java\tscript:alert(1)>)",
            "[a](vbscript:msgbox(1))",
            "[a](data:text/html;base64,PHNjcmlwdD4=)",
            "![a](javascript:alert(1))",
            "![a](data:image/svg+xml,<svg/onload=alert(1)>)",
            "<javascript:alert(1)>",
            "[a][r]\n\n[r]: javascript:alert(1)"})
    void unsafeLinkSchemesAreErrors(String markdown) throws IOException {
        body(markdown + "\n");
        site.assertRefused(BRIEF + ":7:1", "BRF042", "unsafe link URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "  JaVa\\tScript:alert(1)", "java\\nscript:alert(1)",
            "&#106;avascript:alert(1)", "&amp;#106;avascript:alert(1)", "jav&#x61;script&colon;alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"})
    void unsafeUrlsInDataFilesAreErrors(String url) throws IOException {
        site.write("content/data/sources.yaml", HostileSite.SOURCES_YAML
                .replace("url: https://example.org/a", "url: \"" + url + "\""));
        site.assertRefused("content/data/sources.yaml:5:8", "BRF020", "unsafe URL in 'url'");
    }

    @Test
    void unsafeUrlsInAgenciesAndResources() throws IOException {
        site.write("content/data/agencies.yaml", """
                - id: agency-a
                  name: Agency
                  summary: An agency.
                  url: "&#x6A;avascript:alert(1)"
                """);
        site.write("content/data/resources.yaml", """
                - id: resource-a
                  name: Resource
                  summary: A resource.
                  url: " data:text/html,x"
                """);
        HostileSite.Outcome o = site.assertRefused("content/data/agencies.yaml:4:8", "BRF020");
        HostileSite.assertDiagnostic(o, "content/data/resources.yaml:4:8: error: unsafe URL", "BRF020");
    }

    @Test
    void unsafeUrlsInSiteYaml() throws IOException {
        site.write("content/site.yaml", """
                title: Test site
                base_url: "javascript:alert(1)//"
                navigation:
                  - title: Home
                    url: /
                  - title: X
                    url: "jav&#x61;script:alert(1)"
                """);
        HostileSite.Outcome o = site.assertRefused("content/site.yaml:2:11", "BRF020");
        HostileSite.assertDiagnostic(o, "content/site.yaml:7:10: error: unsafe URL in 'url'", "BRF020");
    }

    @Test
    void safeUrlsStillWork() throws IOException {
        body("[a](https://example.org/?a=1&b=2) [b](mailto:x@example.org) [c](/tags/) [d](#ref-1)\n");
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        String html = new String(Files.readAllBytes(site.output.resolve("briefs/alpha/index.html")), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"https://example.org/?a=1&amp;b=2\""), html);
        assertFalse(html.contains("href=\"\""), "no link was emptied");
    }
}
