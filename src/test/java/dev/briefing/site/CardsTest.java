package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Share cards: every page says what a link to it shows (Open Graph and Twitter card tags with
 * its title, summary, address and publisher); briefs, advisories, the report page and the home
 * page show a card of their own, every other page the site's; cards are the same bytes on every
 * build, and are never published with a placeholder address under --strict.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardsTest {
    private static final String BASE = "https://briefing.example.org/";
    private Map<String, byte[]> site;

    @BeforeAll
    void build() {
        site = ShippedSite.build(ShippedSite.AS_OF);
    }

    @Test
    void briefsAdvisoriesTheReportPageAndHomeHaveTheirOwnCardEveryOtherPageTheSites() throws Exception {
        List<String> own = site.keySet().stream().filter(p -> p.matches("(briefs|advisories)/[^/]+/index\\.html")
                && !p.startsWith("briefs/page/")).toList();
        assertTrue(own.size() > 15, own.toString());
        for (String page : concat(own, List.of("index.html", "report/index.html"))) {
            String dir = page.substring(0, page.length() - "index.html".length());
            Document d = page(page);
            assertEquals(BASE + dir + "card.png", meta(d, "og:image"), page);
            assertEquals(BASE + dir + "card.png", d.selectFirst("meta[name=twitter:image]").attr("content"), page);
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(site.get(dir + "card.png")));
            assertEquals(List.of(1200, 630), List.of(card.getWidth(), card.getHeight()), page);
        }
        for (String page : List.of("threats/index.html", "glossary/index.html", "about/index.html", "feeds/index.html")) {
            assertEquals(BASE + "site-card.png", meta(page(page), "og:image"), page);
        }
        assertTrue(site.containsKey("site-card.png"));
    }

    @Test
    void everyPageSaysItsTitleSummaryAddressAndPublisher() {
        for (String p : site.keySet()) {
            if (!p.endsWith(".html")) continue;
            Document d = page(p);
            String where = p;
            assertFalse(meta(d, "og:title").isEmpty(), where);
            assertFalse(meta(d, "og:description").isEmpty(), where);
            assertTrue(meta(d, "og:url").startsWith(BASE), where);
            assertEquals("summary_large_image", d.selectFirst("meta[name=twitter:card]").attr("content"), where);
            assertEquals("The briefing project", d.selectFirst("meta[name=author]").attr("content"), where);
            assertEquals(meta(d, "og:title"), d.selectFirst("meta[name=twitter:title]").attr("content"), where);
        }
        Document brief = page("briefs/protecting-polling-places-and-election-workers/index.html");
        assertEquals("Protecting polling places and election workers", meta(brief, "og:title"));
    }

    /**
     * Walkthrough of issue 26: an expired advisory's page said "Expired", but a link to it shared in a chat showed its
     * title and summary as if it were in force. What the link shows says it, in the page's language, as the card does.
     */
    @Test
    void aSharedLinkToAnExpiredAdvisorySaysItHasExpired() {
        for (List<String> language : List.of(List.of("", "Expired"), List.of("es/", "Vencido"))) {
            String path = language.get(0) + "advisories/ntas-bulletin-2023-05-24/index.html";
            Document d = page(path);
            String stamp = language.get(1) + " · ";
            assertEquals(stamp + d.selectFirst("main h1").text(), meta(d, "og:title"), path);
            assertEquals(stamp + d.selectFirst("meta[name=description]").attr("content"), meta(d, "og:description"), path);
            assertEquals(meta(d, "og:description"), d.selectFirst("meta[name=twitter:description]").attr("content"), path);
            assertTrue(meta(d, "og:image:alt").startsWith(stamp), path);
        }
    }

    @Test
    void cardsAreTheSameBytesOnEveryBuild(@TempDir Path dir) {
        TestSites.copyShippedSite(dir);
        Map<String, byte[]> again = ShippedSite.build(dir, ShippedSite.AS_OF);
        for (String card : site.keySet().stream().filter(p -> p.endsWith(".png")).toList()) {
            assertArrayEquals(site.get(card), again.get(card), card);
        }
    }

    @Test
    void aCardIsNotPublishedWithAPlaceholderAddressUnderStrict(@TempDir Path dir) throws Exception {
        TestSites.copyShippedSite(dir);
        Path out = dir.resolve("site");
        TestSites.Run strict = TestSites.cli("build", "--strict", "--source", dir.toString(), "--output", out.toString(),
                "--as-of", ShippedSite.AS_OF.toString());
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().contains("base_url https://briefing.example.org/ is a placeholder address"), strict.err());
        assertFalse(Files.exists(out.resolve("card.png")), "nothing published");
        Pipeline.Result real = new Pipeline().run(new Pipeline.Options(dir, out, ShippedSite.AS_OF, false,
                Map.of("base_url", "https://county.gov/briefing/"), false));
        assertTrue(real.ok(), () -> String.join("\n", TestSites.headlines(real)));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("<meta property=\"og:image\" content=\"https://county.gov/briefing/card.png\">"), home);
    }

    @Test
    void aPageWhoseTitleTheCardFontCannotDrawShowsTheSitesCard(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: 投票所の安全\ndate: 2024-09-13\nsummary: One plain"
                + " sentence.\n---\nBody.\n");
        TestSites.write(dir.resolve("content/briefs/b.md"), "---\ntitle: Polling places\ndate: 2024-09-13\nsummary: One plain"
                + " sentence.\n---\nBody.\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));
        assertFalse(r.files().containsKey("briefs/a/card.png"), "no card with empty boxes for letters");
        assertTrue(new String(r.files().get("briefs/a/index.html"), StandardCharsets.UTF_8)
                .contains("<meta property=\"og:image\" content=\"https://example.org/site-card.png\">"));
        assertTrue(r.files().containsKey("briefs/b/card.png"));
    }

    /**
     * A build updating a folder whose cards it wrote itself keeps them without reading them from the cache (which
     * then holds none it did not have: here, none at all) or from the folder; a card whose text changed is drawn again.
     */
    @Test
    void aBuildKeepsTheCardsTheSiteItUpdatesHoldsWithoutReadingThem(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        for (String id : List.of("a", "b")) {
            TestSites.write(dir.resolve("content/briefs/" + id + ".md"), "---\ntitle: Polling place " + id
                    + "\ndate: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n");
        }
        Path out = dir.resolve("site");
        Path cache = dir.resolve("target/.briefing-cache");
        String[] build = {"build", "--source", dir.toString(), "--output", out.toString(), "--as-of", "2024-10-01"};
        for (int i = 0; i < 2; i++) assertEquals(0, TestSites.cli(build).exit());
        Map<String, String> first = TestSites.hashTree(out);
        try (Stream<Path> all = Files.walk(cache)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        assertEquals(0, TestSites.cli(build).exit());
        assertEquals(first, TestSites.hashTree(out), "the same site");
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(List.of(), entries.filter(p -> p.getFileName().toString().startsWith("card-")).toList(),
                    "no card was read from the cache or drawn");
        } catch (java.nio.file.NoSuchFileException e) {
            // no entry at all: the same
        }

        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: Polling place A\ndate: 2024-09-13\nsummary: One"
                + " plain sentence.\n---\nBody.\n");
        assertEquals(0, TestSites.cli(build).exit());
        Map<String, String> edited = TestSites.hashTree(out);
        assertNotEquals(first.get("briefs/a/card.png"), edited.get("briefs/a/card.png"), "drawn again with its new title");
        assertEquals(first.get("briefs/b/card.png"), edited.get("briefs/b/card.png"));
        assertArrayEquals(TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("briefs/a/card.png"),
                Files.readAllBytes(out.resolve("briefs/a/card.png")), "as a build from nothing draws it");
    }

    private Document page(String path) {
        return Jsoup.parse(new String(site.get(path), StandardCharsets.UTF_8));
    }

    private static String meta(Document d, String property) {
        var m = d.selectFirst("meta[property=" + property + "]");
        return m == null ? "" : m.attr("content");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
