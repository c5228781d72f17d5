package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.cli.Main;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What kind of source each is: a source without a type (BRF110), claims that rest only on
 * secondary sources (BRF111, an error under --strict), and the sources page grouped by type.
 */
class SourceTypesTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final String HEAD = "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n---\n";

    @TempDir
    Path dir;

    private static String source(String id, String type) {
        return "- id: " + id + "\n  title: Source " + id + "\n  publisher: Publisher " + id + "\n"
                + (type == null ? "" : "  type: " + type + "\n") + "  url: https://example.gov/" + id + "\n  accessed: 2024-09-20\n";
    }

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SITE_YAML);
        TestSites.write(dir.resolve("content/data/sources.yaml"), source("dhs", "official") + source("report", "document")
                + source("paper", "news") + source("aggregator", "secondary") + source("blog", "secondary"));
    }

    private List<String> headlines(String code) {
        return TestSites.headlines(TestSites.check(dir, AS_OF)).stream().filter(h -> h.endsWith("[" + code + "]")).toList();
    }

    @Test
    void aSourceWithoutATypeIsReported() {
        assertEquals(List.of(), headlines("BRF110"));
        TestSites.write(dir.resolve("content/data/sources.yaml"), source("dhs", "official") + source("untyped", null));
        assertEquals(List.of("content/data/sources.yaml:7:7: warning: source 'untyped' does not say what kind of source it is"
                + " (add type: official, document, news or secondary) [BRF110]"), headlines("BRF110"));
    }

    @Test
    void aParagraphOrEntryRestingOnlyOnSecondarySourcesIsReported() {
        TestSites.write(dir.resolve("content/briefs/a.md"), HEAD
                + "Officials named lone offenders among the top threats [[cite:aggregator]] [[cite:blog]].\n\n"
                + "Officials named polling places among the targets [[cite:aggregator]] [[cite:paper]].\n\n"
                + "The places they named:\n\n- schools and college campuses [[cite:blog]]\n- houses of worship [[cite:dhs]]\n");
        TestSites.write(dir.resolve("content/data/targets.yaml"), """
                - id: schools
                  name: Schools
                  summary: Where children learn.
                  sources: [aggregator]
                - id: stores
                  name: Stores
                  summary: Where people shop.
                  sources: [aggregator, report]
                """);
        assertEquals(List.of("content/briefs/a.md:6:1: warning: this paragraph cites only secondary sources (aggregator, blog)"
                        + " (cite the original too: the agency's own page, the report itself, or the news organisation that first"
                        + " reported it) [BRF111]",
                "content/data/targets.yaml:4:12: warning: target 'schools' rests only on secondary sources (aggregator) (cite the"
                        + " original too: the agency's own page, the report itself, or the news organisation that first reported"
                        + " it) [BRF111]"),
                headlines("BRF111"));
        TestSites.Run strict = TestSites.cli("check", "--source", dir.toString(), "--as-of", AS_OF.toString(), "--strict");
        assertEquals(Main.CONTENT_ERRORS, strict.exit(), strict.err());
        assertTrue(strict.err().contains("content/briefs/a.md:6:1: error: this paragraph cites only secondary sources"), strict.err());
    }

    @Test
    void theSourcesPageGroupsSourcesByTypeFirstHandFirst() {
        TestSites.write(dir.resolve("content/data/sources.yaml"), source("blog", "secondary") + source("zeta", "official")
                + source("untyped", null) + source("paper", "news") + source("alpha", "official"));
        TestSites.write(dir.resolve("content/briefs/a.md"), HEAD + "Officials named lone offenders among the top threats"
                + " [[cite:alpha]] [[cite:zeta]] [[cite:paper]] [[cite:blog]] [[cite:untyped]].\n");
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        Document page = Jsoup.parse(new String(r.files().get("sources/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Official sources: 2", "News reports: 1", "Secondary sources: 1", "Sources not yet classified: 1"),
                page.select("ul.source-types li").eachText());
        // Each group a headed section, each source a heading under it, still at its own anchor.
        assertEquals(List.of("h1 Sources", "h2 Official sources (2)", "h3 Source alpha", "h3 Source zeta", "h2 News reports (1)",
                "h3 Source paper", "h2 Secondary sources (1)", "h3 Source blog", "h2 Sources not yet classified (1)", "h3 Source untyped"),
                page.select("main h1, main h2, main h3").stream().map(h -> h.tagName() + " " + h.text()).toList());
        for (Element section : page.select("section.source-group")) {
            assertEquals(section.attr("aria-labelledby"), section.selectFirst("h2").id());
            assertEquals("#" + section.selectFirst("h2").id(), page.selectFirst("ul.source-types a:contains("
                    + section.selectFirst("h2").ownText().strip() + ")").attr("href"));
        }
        assertEquals("zeta", page.selectFirst("section.source-group").select("h3").get(1).id());
    }
}
