package dev.briefing.render;

import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.TAGS;
import static dev.briefing.model.ItemFields.UPDATED;

import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.Messages;
import dev.briefing.resolve.Issuer;
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
 * Machine-readable outputs: Atom and JSON Feed of briefs and of advisories, the corrections feed,
 * sitemap.xml and robots.txt. The Atom feeds, the sitemap and robots.txt come from the theme's
 * templates (atom.ftlx, sitemap.ftlx, robots.txt.ftl), which a site may override and whose output
 * format does the escaping. All URLs are absolute from the base URL; all dates come from
 * content, never the clock, so output is reproducible.
 */
public final class Feeds {
    static final int FEED_SIZE = 50;
    /** sitemaps.org allows at most 50,000 URLs in one sitemap file; a bigger site gets an index of several. */
    static final int SITEMAP_URLS = 50_000;

    private Feeds() {
    }

    /**
     * @param title the message of its title
     * @param about the message that says what following it brings, in one sentence for the feeds page
     */
    public record Feed(String name, String title, String atomPath, String jsonPath, String about) {
    }

    public static final List<Feed> FEEDS = List.of(
            new Feed("briefs", "feed.briefs", "/feeds/briefs.xml", "/feeds/briefs.json", "feed.briefs.about"),
            new Feed("advisories", "feed.advisories", "/feeds/advisories.xml", "/feeds/advisories.json", "feed.advisories.about"));

    /** The corrections feed (Atom only). */
    public static final String CORRECTIONS = "/feeds/corrections.xml";

    /** An Atom feed as its template sees it; every value is text the template escapes. */
    public record AtomFeed(String language, String title, String subtitle, String self, String alternate, String updated,
            String author, List<AtomEntry> entries) {
    }

    /**
     * @param author      who wrote the entry when that is not the feed's author (an advisory's issuer, whom this site
     *                    republishes), else null
     * @param lang        the entry's language when it is not the feed's (an item not translated into it), else null
     * @param summaryLang the same for its summary alone (a correction's note, which only the default language has)
     */
    public record AtomEntry(String title, String id, String link, String published, String updated, String author, String summary,
            List<String> categories, String lang, String summaryLang) {
    }

    /**
     * One URL of the sitemap, or one sitemap of the index, and when it last changed; a page of a site in
     * several languages also lists its versions in each (empty otherwise), as search engines read hreflang.
     */
    public record SitemapEntry(String loc, String lastmod, List<SitemapAlternate> alternates) {
    }

    /** One language's version of a page, in the sitemap: hreflang is a language code or x-default. */
    public record SitemapAlternate(String hreflang, String href) {
    }

    static final String ATOM = "atom.ftlx";
    static final String SITEMAP = "sitemap.ftlx";
    static final String ROBOTS = "robots.txt.ftl";
    /** The templates of the machine-readable outputs (JSON Feed is written directly: JSON has no template format here). */
    public static final List<String> TEMPLATES = List.of(ATOM, SITEMAP, ROBOTS);

    /** The sitemap: sitemap.xml, and past {@link #SITEMAP_URLS} pages the sitemaps it indexes. */
    public static Map<String, byte[]> sitemaps(ResolvedSite site, Theme theme, Collection<String> htmlPages, Alternates alternates,
            Diagnostics diags) {
        Map<String, byte[]> out = new TreeMap<>();
        sitemaps(site, theme, htmlPages, SITEMAP_URLS, alternates, diags).forEach((path, text) -> out.put(path, utf8(text)));
        return out;
    }

    /** The Atom and JSON feeds and robots.txt, their titles in the language of {@code messages}. */
    public static Map<String, byte[]> feeds(ResolvedSite site, Theme theme, Messages messages, Diagnostics diags) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Feed f : FEEDS) {
            List<Item> newest = f.name().equals("briefs") ? site.briefsNewestFirst()
                    : site.ofKind(Kind.ADVISORY).stream().sorted(ResolvedSite.NEWEST_FIRST).toList();
            List<Item> items = newest.subList(0, Math.min(FEED_SIZE, newest.size()));
            theme.process(ATOM, Map.of("feed", atom(site, f, items, messages)), diags).ifPresent(t -> out.put(file(site, f.atomPath()), utf8(t)));
            out.put(file(site, f.jsonPath()), utf8(jsonFeed(site, f, items, messages)));
        }
        theme.process(ATOM, Map.of("feed", corrections(site, messages)), diags).ifPresent(t -> out.put(file(site, CORRECTIONS), utf8(t)));
        // One robots.txt for the site, at its root: the default language's.
        if (site.urls().local("/").equals("/")) {
            theme.process(ROBOTS, Map.of("sitemap", abs(site, "/sitemap.xml")), diags).ifPresent(t -> out.put("robots.txt", utf8(t)));
        }
        return out;
    }

    static AtomFeed atom(ResolvedSite site, Feed feed, List<Item> items, Messages messages) {
        List<AtomEntry> entries = items.stream().map(i -> {
            String url = abs(site, site.urls().item(i.key()));
            Issuer issuer = issuer(site, i);
            return new AtomEntry(entryTitle(site, i, messages), url, url, timestamp(i.date(), site), timestamp(entryUpdated(site, i), site),
                    issuer == null ? null : issuer.name(), i.summary(), i.fields().get(TAGS), site.urls().foreign(i.key()), null);
        }).toList();
        return new AtomFeed(site.config().language(), title(site, messages.text(feed.title()), messages), site.config().description(),
                abs(site, site.urls().local(feed.atomPath())), abs(site, site.urls().local("/")),
                timestamp(items.stream().map(i -> entryUpdated(site, i)).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                        .orElse(latest(items, site)), site),
                author(site), entries);
    }

    /** The corrections feed: one entry per correction, newest first, each linking to the corrected page. */
    static AtomFeed corrections(ResolvedSite site, Messages messages) {
        List<Corrections.Correction> all = Corrections.of(site);
        List<Corrections.Correction> items = all.subList(0, Math.min(FEED_SIZE, all.size()));
        List<AtomEntry> entries = items.stream().map(c -> {
            String url = abs(site, c.path());
            return new AtomEntry(messages.text("feed.correction", c.item().title()), url, url, null, timestamp(c.date(), site), null, c.note(),
                    List.of(), null, site.urls().defaultLanguageElsewhere());
        }).toList();
        return new AtomFeed(site.config().language(), title(site, messages.text("feed.corrections"), messages), null,
                abs(site, site.urls().local(CORRECTIONS)), abs(site, site.urls().local("/corrections/")), timestamp(items.isEmpty() ? latest(site.items().values(), site) : items.get(0).date(), site),
                author(site), entries);
    }

    /**
     * An entry's title: an advisory no longer or not yet in force is stamped as the advisories page stamps it
     * ("Expired: …"), so that no reader of the feed takes it for one in force; the CAP feed's entries too.
     */
    static String entryTitle(ResolvedSite site, Item i, Messages messages) {
        String status = Views.status(site, i);
        return status == null || status.equals("current") ? i.title()
                : messages.text("feed.advisory.stamped", messages.text("advisory." + status), i.title());
    }

    /**
     * When an entry last changed as the feed shows it: an expired advisory's title took its stamp on its expiry day,
     * and a feed reader that refreshes only the entries whose date changed would go on showing it unstamped.
     */
    static LocalDate entryUpdated(ResolvedSite site, Item i) {
        LocalDate u = updated(i);
        if (!"expired".equals(Views.status(site, i))) return u;
        LocalDate expires = i.fields().get(EXPIRES);
        return expires != null && (u == null || expires.isAfter(u)) ? expires : u;
    }

    /** Who issued an advisory this site republishes (null for a brief, whose author is the feed's). */
    private static Issuer issuer(ResolvedSite site, Item i) {
        return i.kind() == Kind.ADVISORY ? Issuer.of(i, site.items(), site.config()) : null;
    }

    /** "Site: Briefs". */
    private static String title(ResolvedSite site, String feed, Messages messages) {
        return messages.text("feed.title", site.config().title(), feed);
    }

    /** The feeds' author: the publisher when site.yaml names one, else the site. */
    private static String author(ResolvedSite site) {
        return site.config().publisher() != null ? site.config().publisher().name() : site.config().title();
    }

    static String jsonFeed(ResolvedSite site, Feed feed, List<Item> items, Messages messages) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
                .append("  \"title\": ").append(Json.string(title(site, messages.text(feed.title()), messages))).append(",\n")
                .append("  \"home_page_url\": ").append(Json.string(abs(site, site.urls().local("/")))).append(",\n")
                .append("  \"feed_url\": ").append(Json.string(abs(site, site.urls().local(feed.jsonPath())))).append(",\n")
                .append("  \"description\": ").append(Json.string(site.config().description())).append(",\n")
                .append("  \"language\": ").append(Json.string(site.config().language())).append(",\n")
                .append("  \"items\": [");
        for (int n = 0; n < items.size(); n++) {
            Item i = items.get(n);
            String url = abs(site, site.urls().item(i.key()));
            sb.append(n == 0 ? "\n" : ",\n").append("    {\"id\": ").append(Json.string(url))
                    .append(", \"url\": ").append(Json.string(url))
                    .append(", \"title\": ").append(Json.string(entryTitle(site, i, messages)))
                    .append(", \"summary\": ").append(Json.string(i.summary()))
                    .append(", \"content_text\": ").append(Json.string(i.summary()))
                    .append(", \"date_published\": ").append(Json.string(timestamp(i.date(), site)))
                    .append(", \"date_modified\": ").append(Json.string(timestamp(entryUpdated(site, i), site)))
                    .append(language(site.urls().foreign(i.key())))
                    .append(authors(issuer(site, i)))
                    .append(", \"tags\": [");
            List<String> tags = i.fields().get(TAGS);
            for (int t = 0; t < tags.size(); t++) sb.append(t == 0 ? "" : ", ").append(Json.string(tags.get(t)));
            sb.append("]}");
        }
        return sb.append(items.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * An item's language where it is not the feed's (an item not translated into it, listed in the default language's
     * words): JSON Feed 1.1's item {@code language}, as the Atom feed's {@code xml:lang}; nothing otherwise.
     */
    private static String language(String lang) {
        return lang == null ? "" : ", \"language\": " + Json.string(lang);
    }

    /** An advisory's issuer as JSON Feed 1.1 names an item's author; nothing for a brief, whose author is the feed's. */
    private static String authors(Issuer issuer) {
        return issuer == null ? "" : ", \"authors\": [{\"name\": " + Json.string(issuer.name()) + ", \"url\": " + Json.string(issuer.url()) + "}]";
    }

    /**
     * sitemap.xml, with every page but 404.html and the date it last changed. When there are more
     * than {@code limit} pages, sitemap.xml is instead an index of sitemaps/1.xml, 2.xml, … of
     * {@code limit} pages each. Output path → text.
     */
    static Map<String, String> sitemaps(ResolvedSite site, Theme theme, Collection<String> htmlPages, int limit, Diagnostics diags) {
        return sitemaps(site, theme, htmlPages, limit, Alternates.NONE, diags);
    }

    static Map<String, String> sitemaps(ResolvedSite site, Theme theme, Collection<String> htmlPages, int limit,
            Alternates alternates, Diagnostics diags) {
        Map<String, LocalDate> lastmod = new java.util.HashMap<>();
        for (Item i : site.items().values()) {
            LocalDate d = updated(i);
            if (d != null) lastmod.merge(Urls.pageOf(i.key()), d, (a, b) -> a.isAfter(b) ? a : b);
        }
        LocalDate latest = latest(site.items().values(), site);
        List<String> pages = htmlPages.stream().filter(p -> !p.equals("/404.html")).toList();
        Map<String, String> out = new TreeMap<>();
        if (pages.size() <= limit) {
            theme.process(SITEMAP, Map.of("index", false, "entries", urls(site, pages, lastmod, latest, alternates)), diags)
                    .ifPresent(t -> out.put("sitemap.xml", t));
            return out;
        }
        List<SitemapEntry> index = new java.util.ArrayList<>();
        for (int start = 0, n = 1; start < pages.size(); start += limit, n++) {
            List<String> part = pages.subList(start, Math.min(pages.size(), start + limit));
            String path = "sitemaps/" + n + ".xml";
            theme.process(SITEMAP, Map.of("index", false, "entries", urls(site, part, lastmod, latest, alternates)), diags)
                    .ifPresent(t -> out.put(path, t));
            LocalDate newest = part.stream().map(p -> lastmod.getOrDefault(p, latest)).max(LocalDate::compareTo).orElse(latest);
            index.add(new SitemapEntry(abs(site, "/" + path), newest.toString(), List.of()));
        }
        theme.process(SITEMAP, Map.of("index", true, "entries", index), diags).ifPresent(t -> out.put("sitemap.xml", t));
        return out;
    }

    private static List<SitemapEntry> urls(ResolvedSite site, List<String> pages, Map<String, LocalDate> lastmod, LocalDate latest,
            Alternates alternates) {
        return pages.stream().map(p -> new SitemapEntry(abs(site, p), lastmod.getOrDefault(p, latest).toString(),
                sitemapAlternates(site, alternates.of(p)))).toList();
    }

    /**
     * A page's versions with x-default, as its own head lists them (layout.ftlh): each language it is in, and the default
     * language's version, or that language's home page where the page has none; none for a site in one language.
     */
    private static List<SitemapAlternate> sitemapAlternates(ResolvedSite site, List<Alternates.Version> versions) {
        List<SitemapAlternate> out = new java.util.ArrayList<>();
        for (Alternates.Version v : versions) if (v.translated()) out.add(new SitemapAlternate(v.language().code(), abs(site, v.path())));
        if (out.isEmpty()) return List.of();
        out.add(new SitemapAlternate("x-default", abs(site, Alternates.xDefault(versions))));
        return out;
    }

    private static LocalDate updated(Item i) {
        LocalDate u = i.fields().get(UPDATED);
        return u != null ? u : i.date();
    }

    private static LocalDate latest(Collection<Item> items, ResolvedSite site) {
        return items.stream().map(Feeds::updated).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(site.asOf());
    }

    /**
     * A day as the instant feeds need: its start in site.yaml's timezone, as the CAP alerts give it, so that a
     * reader's feed and an alert agree on when the day began; without a timezone, in UTC.
     */
    static String timestamp(LocalDate d, ResolvedSite site) {
        LocalDate day = d == null ? LocalDate.EPOCH : d;
        java.time.ZoneId zone = site.config().timeZone();
        if (zone == null) return day + "T00:00:00Z";
        // The day's first instant: 01:00 where the clocks skip midnight.
        java.time.ZonedDateTime start = day.atStartOfDay(zone);
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").format(start.toLocalDateTime())
                + start.getOffset().getId();
    }

    /** The output file of one of the site's files in the site's language: "/feeds/briefs.xml" → "es/feeds/briefs.xml". */
    private static String file(ResolvedSite site, String path) {
        return site.urls().local(path).substring(1);
    }

    static String abs(ResolvedSite site, String path) {
        return site.config().baseUrl() + path.substring(1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
