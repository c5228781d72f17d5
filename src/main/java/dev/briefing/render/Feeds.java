package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Machine-readable outputs: Atom and JSON Feed of briefs and of advisories, sitemap.xml and
 * robots.txt. All URLs are absolute from the base URL; all dates come from content, never the
 * clock, so output is reproducible.
 */
public final class Feeds {
    static final int FEED_SIZE = 50;
    /** sitemaps.org allows at most 50,000 URLs in one sitemap file; a bigger site gets an index of several. */
    static final int SITEMAP_URLS = 50_000;

    private Feeds() {
    }

    /** @param about what following it brings, in one sentence for the feeds page */
    public record Feed(String name, String title, String atomPath, String jsonPath, String about) {
    }

    public static final List<Feed> FEEDS = List.of(
            new Feed("briefs", "Briefs", "/feeds/briefs.xml", "/feeds/briefs.json", "Each new brief, newest first."),
            new Feed("advisories", "Advisories", "/feeds/advisories.xml", "/feeds/advisories.json",
                    "Each advisory this site records, newest first, with its dates."));

    /** The corrections feed (Atom only). */
    public static final String CORRECTIONS = "/feeds/corrections.xml";

    /** Output path → bytes for every feed, the sitemap and robots.txt. */
    public static Map<String, byte[]> files(ResolvedSite site, Collection<String> htmlPages) {
        Map<String, byte[]> out = feeds(site);
        out.putAll(sitemaps(site, htmlPages));
        return out;
    }

    /** The sitemap: sitemap.xml, and past {@link #SITEMAP_URLS} pages the sitemaps it indexes. */
    public static Map<String, byte[]> sitemaps(ResolvedSite site, Collection<String> htmlPages) {
        Map<String, byte[]> out = new TreeMap<>();
        sitemaps(site, htmlPages, SITEMAP_URLS).forEach((path, text) -> out.put(path, utf8(text)));
        return out;
    }

    /** The Atom and JSON feeds and robots.txt. */
    public static Map<String, byte[]> feeds(ResolvedSite site) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Feed f : FEEDS) {
            List<Item> newest = f.name().equals("briefs") ? site.briefsNewestFirst()
                    : site.ofKind(Kind.ADVISORY).stream().sorted(ResolvedSite.NEWEST_FIRST).toList();
            List<Item> items = newest.subList(0, Math.min(FEED_SIZE, newest.size()));
            out.put(f.atomPath().substring(1), utf8(atom(site, f, items)));
            out.put(f.jsonPath().substring(1), utf8(jsonFeed(site, f, items)));
        }
        out.put(CORRECTIONS.substring(1), utf8(corrections(site)));
        out.put("robots.txt", utf8("User-agent: *\nAllow: /\nSitemap: " + abs(site, "/sitemap.xml") + "\n"));
        return out;
    }

    static String atom(ResolvedSite site, Feed feed, List<Item> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(site.config().language())).append("\">\n")
                .append("  <title>").append(xml(site.config().title() + ": " + feed.title())).append("</title>\n")
                .append("  <subtitle>").append(xml(site.config().description())).append("</subtitle>\n")
                .append("  <id>").append(xml(abs(site, feed.atomPath()))).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(abs(site, feed.atomPath()))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(abs(site, "/"))).append("\"/>\n")
                .append("  <updated>").append(timestamp(latest(items, site))).append("</updated>\n")
                .append("  <author><name>").append(xml(author(site))).append("</name></author>\n");
        for (Item i : items) {
            String url = abs(site, Urls.of(i.key()));
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml(i.title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <published>").append(timestamp(i.date())).append("</published>\n")
                    .append("    <updated>").append(timestamp(updated(i))).append("</updated>\n")
                    .append("    <summary>").append(xml(i.summary())).append("</summary>\n");
            for (String t : i.fields().words("tags")) sb.append("    <category term=\"").append(xml(t)).append("\"/>\n");
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /** The corrections feed: one entry per correction, newest first, each linking to the corrected page. */
    static String corrections(ResolvedSite site) {
        List<Corrections.Correction> all = Corrections.of(site);
        List<Corrections.Correction> items = all.subList(0, Math.min(FEED_SIZE, all.size()));
        String self = abs(site, CORRECTIONS);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(site.config().language())).append("\">\n")
                .append("  <title>").append(xml(site.config().title() + ": Corrections")).append("</title>\n")
                .append("  <id>").append(xml(self)).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(abs(site, "/corrections/"))).append("\"/>\n")
                .append("  <updated>").append(timestamp(items.isEmpty() ? latest(site.items().values(), site) : items.get(0).date()))
                .append("</updated>\n")
                .append("  <author><name>").append(xml(author(site))).append("</name></author>\n");
        for (Corrections.Correction c : items) {
            String url = abs(site, c.path());
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml("Correction: " + c.item().title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <updated>").append(timestamp(c.date())).append("</updated>\n")
                    .append("    <summary>").append(xml(c.note())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /** The feeds' author: the publisher when site.yaml names one, else the site. */
    private static String author(ResolvedSite site) {
        return site.config().publisher() != null ? site.config().publisher().name() : site.config().title();
    }

    static String jsonFeed(ResolvedSite site, Feed feed, List<Item> items) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
                .append("  \"title\": ").append(Json.string(site.config().title() + ": " + feed.title())).append(",\n")
                .append("  \"home_page_url\": ").append(Json.string(abs(site, "/"))).append(",\n")
                .append("  \"feed_url\": ").append(Json.string(abs(site, feed.jsonPath()))).append(",\n")
                .append("  \"description\": ").append(Json.string(site.config().description())).append(",\n")
                .append("  \"language\": ").append(Json.string(site.config().language())).append(",\n")
                .append("  \"items\": [");
        for (int n = 0; n < items.size(); n++) {
            Item i = items.get(n);
            String url = abs(site, Urls.of(i.key()));
            sb.append(n == 0 ? "\n" : ",\n").append("    {\"id\": ").append(Json.string(url))
                    .append(", \"url\": ").append(Json.string(url))
                    .append(", \"title\": ").append(Json.string(i.title()))
                    .append(", \"summary\": ").append(Json.string(i.summary()))
                    .append(", \"content_text\": ").append(Json.string(i.summary()))
                    .append(", \"date_published\": ").append(Json.string(timestamp(i.date())))
                    .append(", \"date_modified\": ").append(Json.string(timestamp(updated(i))))
                    .append(", \"tags\": [");
            List<String> tags = i.fields().words("tags");
            for (int t = 0; t < tags.size(); t++) sb.append(t == 0 ? "" : ", ").append(Json.string(tags.get(t)));
            sb.append("]}");
        }
        return sb.append(items.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * sitemap.xml, with every page but 404.html and the date it last changed. When there are more
     * than {@code limit} pages, sitemap.xml is instead an index of sitemaps/1.xml, 2.xml, … of
     * {@code limit} pages each. Output path → text.
     */
    static Map<String, String> sitemaps(ResolvedSite site, Collection<String> htmlPages, int limit) {
        Map<String, LocalDate> lastmod = new java.util.HashMap<>();
        for (Item i : site.items().values()) {
            LocalDate d = updated(i);
            if (d != null) lastmod.merge(Urls.pageOf(i.key()), d, (a, b) -> a.isAfter(b) ? a : b);
        }
        LocalDate latest = latest(site.items().values(), site);
        List<String> pages = htmlPages.stream().filter(p -> !p.equals("/404.html")).toList();
        Map<String, String> out = new TreeMap<>();
        if (pages.size() <= limit) {
            out.put("sitemap.xml", urlset(site, pages, lastmod, latest));
            return out;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int start = 0, n = 1; start < pages.size(); start += limit, n++) {
            List<String> part = pages.subList(start, Math.min(pages.size(), start + limit));
            String path = "sitemaps/" + n + ".xml";
            out.put(path, urlset(site, part, lastmod, latest));
            LocalDate newest = part.stream().map(p -> lastmod.getOrDefault(p, latest)).max(LocalDate::compareTo).orElse(latest);
            index.append("  <sitemap><loc>").append(xml(abs(site, "/" + path))).append("</loc><lastmod>")
                    .append(newest).append("</lastmod></sitemap>\n");
        }
        out.put("sitemap.xml", index.append("</sitemapindex>\n").toString());
        return out;
    }

    private static String urlset(ResolvedSite site, List<String> pages, Map<String, LocalDate> lastmod, LocalDate latest) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            sb.append("  <url><loc>").append(xml(abs(site, page))).append("</loc><lastmod>")
                    .append(lastmod.getOrDefault(page, latest)).append("</lastmod></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static LocalDate updated(Item i) {
        LocalDate u = i.fields().date("updated");
        return u != null ? u : i.date();
    }

    private static LocalDate latest(Collection<Item> items, ResolvedSite site) {
        return items.stream().map(Feeds::updated).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(site.asOf());
    }

    private static String timestamp(LocalDate d) {
        return (d == null ? LocalDate.EPOCH : d) + "T00:00:00Z";
    }

    static String abs(ResolvedSite site, String path) {
        return site.config().baseUrl() + path.substring(1);
    }

    /** XML text and attribute escaping; control characters XML forbids are dropped. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
