package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds, the sitemap and robots.txt come from templates a site can override, escaped by their output format. */
class FeedTemplatesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: \"Tom's <site>\"\nbase_url: https://briefing-test.org/\n"
                + TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: \"A & <b>\"\ndate: 2024-09-13\nsummary: One.\n"
                + "---\nOfficials named lone offenders among the top threats [[cite:src]].\n");
    }

    private String file(Pipeline.Result r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInTemplatesEscapeEveryValue() {
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        String atom = file(r, "feeds/briefs.xml");
        assertTrue(atom.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""), atom);
        assertTrue(atom.contains("<title>Tom&apos;s &lt;site&gt;: Briefs</title>") && atom.contains("<title>A &amp; &lt;b&gt;</title>"), atom);
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://briefing-test.org/sitemap.xml\n", file(r, "robots.txt"));
        assertTrue(file(r, "sitemap.xml").contains("<url><loc>https://briefing-test.org/briefs/a/</loc><lastmod>2024-09-13</lastmod></url>"));
    }

    @Test
    void aSiteOverridesThemByName() {
        TestSites.write(dir.resolve("templates/robots.txt.ftl"), "User-agent: *\nDisallow: /drafts/\nSitemap: ${sitemap}\n");
        TestSites.write(dir.resolve("templates/atom.ftlx"), "<feed><title>${feed.title}</title><#list feed.entries as e>"
                + "<entry><link href=\"${e.link}\"/></entry></#list></feed>\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        assertEquals("User-agent: *\nDisallow: /drafts/\nSitemap: https://briefing-test.org/sitemap.xml\n", file(r, "robots.txt"));
        assertEquals("<feed><title>Tom&apos;s &lt;site&gt;: Briefs</title><entry><link href=\"https://briefing-test.org/briefs/a/\"/>"
                + "</entry></feed>\n", file(r, "feeds/briefs.xml"));
        TestSites.write(dir.resolve("templates/atom.ftlx"), "<feed>${feed.nope}</feed>\n");
        List<String> errors = TestSites.headlines(TestSites.check(dir, LocalDate.parse("2024-10-01"))).stream()
                .filter(h -> h.contains("[BRF050]")).toList();
        assertEquals(1, errors.stream().filter(h -> h.startsWith("templates/atom.ftlx:1:9: error:")).count(), errors::toString);
    }
}
