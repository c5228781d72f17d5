package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walkthrough 26's false lines on a new site's public pages: each sentence the theme writes about
 * the site (its licence, its matrix, its past advisories, who publishes it, whether an advisory is
 * current) must be true of what the site holds, for every combination a new site goes through.
 */
class TrueClaimsTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-12-06");
    static final String SITE = "title: County briefings\nbase_url: https://county.gov/briefing/\n"
            + "publisher:\n  name: County elections office\n  url: /about/\ncontact:\n  email: editors@county.gov\n";
    static final String ADVISORY = """
            - id: ntas-old
              name: NTAS Bulletin of September 2024
              summary: A bulletin on lone offenders.
              level: bulletin
              issued: 2024-09-13
              expires: 2025-03-13
              sources: [src]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/pages/about.md"), "---\ntitle: About\n---\nWho we are [[cite:src]].\n");
        brief("Polling places are open [[cite:src]].");
    }

    private void brief(String body) {
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A brief\ndate: 2026-12-01\nsummary: One plain sentence.\n---\n"
                + body + "\n");
    }

    private Pipeline.Result build(String siteYaml) {
        TestSites.write(dir.resolve("content/site.yaml"), siteYaml);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false));
        assertFalse(TestSites.headlines(r).stream().anyMatch(h -> h.contains(": error: ")), TestSites.headlines(r)::toString);
        return r;
    }

    private static Document page(Pipeline.Result r, String path) {
        return TestSites.page(r, path);
    }

    /** The footer speaks of reuse only as site.yaml's licence says it, and says nothing without one. */
    @Test
    void theFooterStatesALicenceOnlyWhenSiteYamlDeclaresOne() {
        String footer = page(build(SITE), "index.html").selectFirst("footer").text();
        assertFalse(footer.contains("free to share"), footer);
        assertFalse(footer.contains("Published under"), footer);
        String licensed = page(build(SITE + "license: CC-BY-4.0\n"), "briefs/a/index.html").selectFirst("footer").text();
        assertFalse(licensed.contains("free to share"), licensed);
        assertEquals(1, licensed.split("Published under CC-BY-4.0\\.", -1).length - 1, licensed);
    }

    /** The matrix's empty message names what is missing: threats, targets, or both. */
    @Test
    void theMatrixSaysWhatIsMissingForEveryCombination() {
        assertEquals("No threats or targets are described yet.", matrixNote(build(SITE)));
        TestSites.write(dir.resolve("content/data/targets.yaml"), "- id: polling-places\n  name: Polling places\n  summary: Where people vote.\n");
        assertEquals("No threats are described yet, so there is nothing to pair the targets with.", matrixNote(build(SITE)));
        TestSites.write(dir.resolve("content/data/targets.yaml"), "[]\n");
        TestSites.write(dir.resolve("content/data/threats.yaml"), "- id: arson\n  name: Arson\n  summary: Setting fires.\n");
        assertEquals("No targets are described yet, so there is nothing to pair the threats with.", matrixNote(build(SITE)));
        TestSites.write(dir.resolve("content/data/targets.yaml"), "- id: polling-places\n  name: Polling places\n  summary: Where people vote.\n");
        Document both = page(build(SITE), "matrix/index.html");
        assertNotNull(both.selectFirst("table.matrix"));
        assertNull(matrixNote(both));
    }

    private static String matrixNote(Pipeline.Result r) {
        return matrixNote(page(r, "matrix/index.html"));
    }

    /** The paragraph after the intro, when there is no table. */
    private static String matrixNote(Document matrix) {
        if (matrix.selectFirst("table.matrix") != null) return null;
        Element intro = matrix.selectFirst("main h1 + p");
        return intro.nextElementSibling().text();
    }

    /** "Past advisories are listed in the archive" only when there is a past advisory. */
    @Test
    void theHomePageSpeaksOfPastAdvisoriesOnlyWhenThereAreSome() {
        assertFalse(page(build(SITE), "index.html").text().contains("Past advisories"));
        TestSites.write(dir.resolve("content/data/advisories.yaml"), ADVISORY);
        Element archive = page(build(SITE), "index.html").selectFirst("#advisory-status ~ p:contains(Past advisories)");
        assertNotNull(archive);
        assertEquals("advisories/index.html", archive.selectFirst("a").attr("href"));
    }

    /** JSON-LD names the publisher of site.yaml, at its absolute address, on briefs and advisories alike. */
    @Test
    void structuredDataNamesThePublisherNotTheSite() {
        TestSites.write(dir.resolve("content/data/advisories.yaml"), ADVISORY);
        Pipeline.Result r = build(SITE);
        String publisher = "\"publisher\":{\"@type\":\"Organization\",\"name\":\"County elections office\","
                + "\"url\":\"https://county.gov/briefing/about/\"}";
        for (String p : List.of("briefs/a/index.html", "advisories/ntas-old/index.html")) {
            String ld = page(r, p).selectFirst("script[type=application/ld+json]").data();
            assertEquals(1, ld.split(java.util.regex.Pattern.quote(publisher), -1).length - 1, p + ": " + ld);
        }
        String external = page(build(SITE.replace("url: /about/", "url: https://county.gov/")), "briefs/a/index.html")
                .selectFirst("script[type=application/ld+json]").data();
        assertEquals(1, external.split(java.util.regex.Pattern.quote("\"name\":\"County elections office\",\"url\":\"https://county.gov/\""),
                -1).length - 1, external);
    }

    /** An expired advisory is stamped where a text links to it and in the page's related list, as on the advisories page. */
    @Test
    void anExpiredAdvisoryIsStampedWhereverItIsLinked() {
        TestSites.write(dir.resolve("content/data/advisories.yaml"), ADVISORY);
        brief("Polling places are open [[cite:src]]. See [[advisory:ntas-old]] and [[advisory:ntas-old|the *old* bulletin]].");
        Document brief = page(build(SITE), "briefs/a/index.html");
        Element prose = brief.selectFirst("main .prose");
        assertEquals("Polling places are open [1] source: A report. See NTAS Bulletin of September 2024 Expired and the old"
                + " bulletin Expired.", prose.selectFirst("p").text());
        assertEquals(2, prose.select("a[href$=ntas-old/index.html] + strong.stamp.stamp-expired").size(), prose::html);
        Element related = brief.selectFirst("section.related a[href$=ntas-old/index.html]");
        assertEquals("Expired", related.nextElementSibling().text());
        assertEquals("stamp stamp-expired", related.nextElementSibling().className());
    }
}
