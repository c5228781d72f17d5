package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.resolve.Urls;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long lists are split into pages of {@code page_size} items: every item on exactly one page, in
 * the list's order, pages linked both ways, anchored entries never split.
 */
class PaginationTest {
    private static final int BRIEFS = 5;

    @TempDir
    Path dir;

    private Pipeline.Result result;

    @BeforeEach
    void site() throws IOException {
        write("content/site.yaml", "title: Paged\npage_size: 2\n" + TestSites.SETTINGS);
        for (int i = 1; i <= BRIEFS; i++) {
            write("content/briefs/b" + i + ".md", "---\ntitle: Brief " + i + "\ndate: 2024-0" + i
                    + "-01\nsummary: Number " + i + ".\ntags: [shared]\n---\nSee [[term:g1]], [[term:g2]], [[term:g3]].\n");
        }
        write("content/data/glossary.yaml", "- id: g1\n  name: One\n  summary: First.\n"
                + "- id: g2\n  name: Two\n  summary: Second.\n- id: g3\n  name: Three\n  summary: Third.\n");
        result = TestSites.check(dir, LocalDate.parse("2025-01-01"));
        assertTrue(result.ok(), () -> TestSites.headlines(result).toString());
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private Document page(String sitePath) {
        byte[] html = result.files().get(Urls.outputFile(sitePath));
        assertNotNull(html, sitePath + " was not written");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    /** The titles a list shows, page after page, following each page's "Next page" link. */
    private List<String> followPages(String first, String itemSelector, int expectedPages) {
        List<String> titles = new ArrayList<>();
        String path = first;
        for (int n = 1; n <= expectedPages; n++) {
            Document doc = page(path);
            doc.select(itemSelector).forEach(a -> titles.add(a.text()));
            Element nav = doc.selectFirst("nav.pager");
            assertNotNull(nav, path + " has no pager");
            assertEquals("Page " + n + " of " + expectedPages, nav.selectFirst("p").text());
            Element next = nav.selectFirst("a[rel=next]");
            Element prev = nav.selectFirst("a[rel=prev]");
            assertEquals(n == 1, prev == null, path + ": a previous link exactly when not first");
            if (n > 1) {
                assertEquals(Pager.path(first, n - 1), Urls.resolve(path, prev.attr("href")).replace("index.html", ""));
            }
            if (n == expectedPages) {
                assertNull(next, path + " is the last page");
            } else {
                assertNotNull(next, path + " links to the next page");
                path = Urls.resolve(path, next.attr("href")).replace("index.html", "");
                assertEquals(Pager.path(first, n + 1), path);
            }
        }
        assertFalse(result.files().containsKey(Urls.outputFile(Pager.path(first, expectedPages + 1))), "no page after the last");
        return titles;
    }

    @Test
    void theBriefsIndexShowsEveryBriefOnceNewestFirstTwoToAPage() {
        assertEquals(List.of("Brief 5", "Brief 4", "Brief 3", "Brief 2", "Brief 1"),
                followPages("/briefs/", "main .item-list > li > a", 3));
        assertEquals("Briefs, page 2 of 3 · Paged", page("/briefs/page/2/").title());
        assertEquals("Briefs · Paged", page("/briefs/").title(), "the first page keeps the list's own title");
    }

    @Test
    void tagTimelineAndAToZListsArePagedToo() {
        assertEquals(List.of("Brief 5", "Brief 4", "Brief 3", "Brief 2", "Brief 1"),
                followPages("/tags/shared/", "main .item-list > li > a", 3));
        assertEquals(List.of("Brief 5", "Brief 4", "Brief 3", "Brief 2", "Brief 1"),
                followPages("/timeline/", "main .timeline > li > a", 3));
        // Five briefs and three glossary entries, A to Z.
        assertEquals(List.of("Brief 1", "Brief 2", "Brief 3", "Brief 4", "Brief 5", "One", "Three", "Two"),
                followPages("/search/", "main .a-z > li > a", 4));
    }

    @Test
    void anchoredEntriesStayOnOnePageSoTheirLinksKeepWorking() {
        Document glossary = page("/glossary/");
        assertEquals(3, glossary.select(".entry > h2[id]").size());
        assertNull(glossary.selectFirst("nav.pager"), "a one-page list shows no pager");
        assertFalse(result.files().containsKey(Urls.outputFile("/glossary/page/2/")));
    }

    @Test
    void aBriefWithTwoSpellingsOfOneTagIsListedOnceOnItsPage() throws IOException {
        write("content/briefs/b1.md", Files.readString(dir.resolve("content/briefs/b1.md"))
                .replace("tags: [shared]", "tags: [Shared, shared]"));
        result = TestSites.check(dir, LocalDate.parse("2025-01-01"));
        assertTrue(result.ok(), () -> TestSites.headlines(result).toString());
        List<String> titles = new ArrayList<>();
        for (String p : List.of("/tags/shared/", "/tags/shared/page/2/", "/tags/shared/page/3/")) {
            page(p).select("main .item-list > li > a").forEach(a -> titles.add(a.text()));
        }
        assertEquals(List.of("Brief 5", "Brief 4", "Brief 3", "Brief 2", "Brief 1"), titles);
    }

    @Test
    void aListTemplateWithoutThePagerIsToldHowToLinkItsPages() throws IOException {
        write("templates/briefs.ftlh", "<#import \"layout.ftlh\" as layout><@layout.shell><h1>Briefs</h1></@layout.shell>");
        result = TestSites.check(dir, LocalDate.parse("2025-01-01"));
        List<String> unreachable = TestSites.headlines(result).stream().filter(h -> h.contains("BRF063")).toList();
        assertEquals(2, unreachable.size(), unreachable::toString);
        assertTrue(unreachable.get(0).startsWith("briefs/page/2/index.html: error: page cannot be reached")
                && unreachable.get(0).contains("add <@m.pager pager/>"), unreachable::toString);
    }

    @Test
    void aListThatFitsOnOnePageHasNoPager() throws IOException {
        write("content/site.yaml", "title: Paged\npage_size: 5\n" + TestSites.SETTINGS);
        result = TestSites.check(dir, LocalDate.parse("2025-01-01"));
        assertTrue(result.ok(), () -> TestSites.headlines(result).toString());
        assertEquals(BRIEFS, page("/briefs/").select("main .item-list > li").size());
        assertNull(page("/briefs/").selectFirst("nav.pager"));
        assertFalse(result.files().containsKey(Urls.outputFile("/briefs/page/2/")));
    }
}
