package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * sitemaps.org caps a sitemap at 50,000 URLs, which a 100,000-brief site passes: sitemap.xml then
 * becomes an index of smaller sitemaps. Checked with a cap of 3 on the shipped site.
 */
class SitemapIndexTest {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Element root(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<String> texts(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(NS, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add(list.item(i).getTextContent());
        return out;
    }

    @Test
    void aSiteWithMorePagesThanTheCapGetsAnIndexOfSitemapsThatTogetherListEveryPageOnce() throws Exception {
        Pipeline.Result result = TestSites.check(TestSites.PROJECT, LocalDate.parse("2026-12-06"));
        assertTrue(result.ok(), () -> TestSites.headlines(result).toString());
        ResolvedSite site = result.resolved();
        String base = site.config().baseUrl();
        List<String> pages = SitePlan.pages(site, dev.briefing.testing.TestSites.ENGLISH).stream().map(PageJob::path).sorted().toList();

        Theme theme = new Theme(TestSites.PROJECT);
        dev.briefing.diag.Diagnostics diags = new dev.briefing.diag.Diagnostics();
        Map<String, String> files = Feeds.sitemaps(site, theme, pages, 3, diags);
        assertTrue(diags.isEmpty(), diags.sorted()::toString);
        Element index = root(files.get("sitemap.xml"));
        assertEquals("sitemapindex", index.getLocalName());
        List<String> parts = texts(index, "loc");
        List<String> lastmods = texts(index, "lastmod");
        assertEquals((pages.size() - 1 + 2) / 3, parts.size(), "every page but /404.html, three to a sitemap");
        List<String> listed = new ArrayList<>();
        for (int n = 0; n < parts.size(); n++) {
            assertEquals(base + "sitemaps/" + (n + 1) + ".xml", parts.get(n));
            String part = files.get("sitemaps/" + (n + 1) + ".xml");
            assertNotNull(part, parts.get(n) + " is written");
            Element urlset = root(part);
            assertEquals("urlset", urlset.getLocalName());
            List<String> locs = texts(urlset, "loc");
            assertTrue(locs.size() <= 3 && !locs.isEmpty(), part);
            listed.addAll(locs);
            String newest = texts(urlset, "lastmod").stream().max(String::compareTo).orElseThrow();
            assertEquals(newest, lastmods.get(n), "an index entry carries its sitemap's newest change");
        }
        assertEquals(pages.stream().filter(p -> !p.equals("/404.html")).map(p -> base + p.substring(1)).toList(), listed);

        Map<String, String> small = Feeds.sitemaps(site, theme, pages, Feeds.SITEMAP_URLS, diags);
        assertEquals(List.of("sitemap.xml"), List.copyOf(small.keySet()), "under the cap, one sitemap as before");
        assertEquals("urlset", root(small.get("sitemap.xml")).getLocalName());
    }
}
