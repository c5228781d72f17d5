package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feeds, sitemap and robots.txt of the shipped site against the rules of their specs
 * (Atom RFC 4287, JSON Feed 1.1, sitemaps.org): required elements, absolute URLs under the base
 * URL that name generated pages, RFC 3339 dates, unique ids.
 */
class FeedsTest {
    static final String BASE = "https://briefing.example.org/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Map<String, byte[]> site = ShippedSite.build(ShippedSite.AS_OF_ADVISORY);

    private Document xml(String path) throws Exception {
        byte[] bytes = site.get(path);
        assertNotNull(bytes, path);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** An absolute URL under the base URL that names a generated file. */
    private void assertSiteUrl(String url) {
        assertTrue(url.startsWith(BASE), url);
        String path = url.substring(BASE.length());
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        assertTrue(site.containsKey(file), url + " is not generated");
    }

    private static String text(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    @Test
    void atomFeedsHaveWhatRfc4287Requires() throws Exception {
        for (String path : List.of("feeds/briefs.xml", "feeds/advisories.xml")) {
            Element feed = xml(path).getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            for (String required : List.of("id", "title", "updated")) assertNotNull(text(feed, required), required);
            OffsetDateTime.parse(text(feed, "updated"));
            assertNotNull(text(feed, "name"), "a feed-level author, so entries need none");
            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            assertTrue(entries.getLength() > 0, path);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                assertTrue(ids.add(text(e, "id")), "entry ids are unique");
                assertSiteUrl(text(e, "id"));
                assertFalse(text(e, "title").isBlank());
                OffsetDateTime.parse(text(e, "updated"));
                OffsetDateTime.parse(text(e, "published"));
                Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
                assertEquals("alternate", link.getAttribute("rel"));
                assertSiteUrl(link.getAttribute("href"));
            }
        }
    }

    /**
     * An advisory this site republishes is the issuer's, not the site's: its entry names DHS as its author, and
     * one not in force as of the build is stamped as the advisories page stamps it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAdvisorysEntryNamesItsIssuerAndSaysWhenItIsNotInForce() throws Exception {
        Element feed = xml("feeds/advisories.xml").getDocumentElement();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        Map<String, String> titles = new java.util.TreeMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            Element author = (Element) e.getElementsByTagNameNS(ATOM, "author").item(0);
            assertNotNull(author, text(e, "id"));
            assertEquals("U.S. Department of Homeland Security", text(author, "name"));
            titles.put(text(e, "id"), text(e, "title"));
        }
        assertEquals(Map.of(BASE + "advisories/ntas-bulletin-2022-11-30/", "NTAS Bulletin of November 30, 2022",
                BASE + "advisories/ntas-bulletin-2023-05-24/", "Upcoming: NTAS Bulletin of May 24, 2023"), titles);
        Map<String, Object> json = new Json().toType(new String(site.get("feeds/advisories.json"), StandardCharsets.UTF_8), Map.class);
        for (Map<String, Object> item : (List<Map<String, Object>>) json.get("items")) {
            assertEquals(List.of(Map.of("name", "U.S. Department of Homeland Security", "url",
                    "https://www.dhs.gov/ntas/advisory/national-terrorism-advisory-system-bulletin-"
                            + (item.get("id").toString().contains("2022") ? "november-30-2022" : "may-24-2023"))),
                    item.get("authors"));
            assertEquals(titles.get(item.get("id")), item.get("title"));
        }
        Element briefs = xml("feeds/briefs.xml").getDocumentElement();
        Element firstBrief = (Element) briefs.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(0, firstBrief.getElementsByTagNameNS(ATOM, "author").getLength(), "a brief's author is the feed's");
    }

    /**
     * Walkthrough 8 of issue 26: the feeds gave an advisory's day as midnight UTC (the evening before, in New York)
     * while its CAP alert gave midnight in site.yaml's timezone. Both now start the day where the site is, with
     * the offset of that day (daylight time in May, standard time in November).
     */
    @Test
    @SuppressWarnings("unchecked")
    void feedsStartADayInTheSitesTimeZoneAsTheCapAlertsDo() throws Exception {
        Map<String, String> expected = Map.of(BASE + "advisories/ntas-bulletin-2022-11-30/", "2022-11-30T00:00:00-05:00",
                BASE + "advisories/ntas-bulletin-2023-05-24/", "2023-05-24T00:00:00-04:00");
        Element feed = xml("feeds/advisories.xml").getDocumentElement();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        Map<String, String> published = new java.util.TreeMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            published.put(text(e, "id"), text(e, "published"));
        }
        assertEquals(expected, published);
        Map<String, Object> json = new Json().toType(new String(site.get("feeds/advisories.json"), StandardCharsets.UTF_8), Map.class);
        Map<String, Object> jsonPublished = new java.util.TreeMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) json.get("items")) {
            jsonPublished.put((String) item.get("id"), item.get("date_published"));
        }
        assertEquals(expected, jsonPublished);
        assertEquals("2023-05-24T00:00:00-04:00", xml("advisories/ntas-bulletin-2023-05-24/cap.xml").getDocumentElement()
                .getElementsByTagNameNS("urn:oasis:names:tc:emergency:cap:1.2", "sent").item(0).getTextContent(), "the CAP alert's");
        // Every brief's day too, in both feeds: midnight in New York.
        Map<String, Object> briefs = new Json().toType(new String(site.get("feeds/briefs.json"), StandardCharsets.UTF_8), Map.class);
        for (String updated : List.of(text(xml("feeds/briefs.xml").getDocumentElement(), "updated"),
                (String) ((List<Map<String, Object>>) briefs.get("items")).get(0).get("date_modified"))) {
            OffsetDateTime t = OffsetDateTime.parse(updated);
            assertEquals(java.time.LocalTime.MIDNIGHT, t.toLocalTime(), updated);
            assertEquals(java.time.ZoneId.of("America/New_York").getRules().getOffset(t.toLocalDateTime()), t.getOffset(), updated);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonFeedsHaveWhatVersion11Requires() {
        for (String path : List.of("feeds/briefs.json", "feeds/advisories.json")) {
            Map<String, Object> feed = new Json().toType(new String(site.get(path), StandardCharsets.UTF_8), Map.class);
            assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
            assertFalse(((String) feed.get("title")).isBlank());
            assertSiteUrl((String) feed.get("home_page_url"));
            assertEquals(BASE + path, feed.get("feed_url"));
            List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
            assertFalse(items.isEmpty());
            Set<Object> ids = new HashSet<>();
            for (Map<String, Object> item : items) {
                assertTrue(ids.add(item.get("id")));
                assertSiteUrl((String) item.get("url"));
                assertTrue(item.get("content_text") instanceof String || item.get("content_html") instanceof String,
                        "an item has content_text or content_html");
                OffsetDateTime.parse((String) item.get("date_published"));
            }
        }
    }

    @Test
    void theSitemapListsEveryPublicPageWithItsLastChangeAndRobotsPointsAtIt() throws Exception {
        Element urlset = xml("sitemap.xml").getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        NodeList urls = urlset.getElementsByTagNameNS(urlset.getNamespaceURI(), "url");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            String loc = u.getElementsByTagNameNS(urlset.getNamespaceURI(), "loc").item(0).getTextContent();
            assertSiteUrl(loc);
            listed.add(loc);
            LocalDate.parse(u.getElementsByTagNameNS(urlset.getNamespaceURI(), "lastmod").item(0).getTextContent());
        }
        long pages = site.keySet().stream().filter(p -> p.endsWith("index.html") && !p.startsWith("search/index/"))
                .count();
        assertEquals(pages, listed.size(), "every page but 404.html, once");
        assertFalse(listed.contains(BASE + "404.html"));
        assertTrue(new String(site.get("robots.txt"), StandardCharsets.UTF_8).contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void everyPageAdvertisesTheFeeds() {
        site.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            String html = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(html.contains("type=\"application/atom+xml\"") && html.contains("type=\"application/feed+json\""),
                    path);
        });
    }
}
