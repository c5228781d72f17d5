package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.resolve.AccessibilityStatement;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Tag;
import dev.briefing.resolve.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Decides which pages the site has and what each shows. Pure: no rendering, no I/O. */
public final class SitePlan {
    static final int HOME_BRIEFS = 8;
    /** Every template the pages below use. */
    public static final List<String> TEMPLATES = List.of("index.ftlh", "briefs.ftlh", "brief.ftlh", "page.ftlh",
            "entity.ftlh", "kind.ftlh", "tags.ftlh", "tag.ftlh", "matrix.ftlh", "timeline.ftlh", "search.ftlh", "corrections.ftlh",
            "feeds.ftlh", "404.ftlh", DataPage.TEMPLATE, "translations.ftlh", "channels.ftlh", "embed.ftlh");
    /** The page of translation status, in the default language, on a site in several languages. */
    public static final String TRANSLATIONS = "/translations/";
    /** Index pages every site has, because the theme's footer and home page link to them. */
    static final java.util.Set<Kind> ALWAYS_INDEXED = java.util.EnumSet.of(Kind.ADVISORY, Kind.GLOSSARY, Kind.SOURCE);

    private SitePlan() {
    }

    /** @param messages the theme's words in the site's language: page titles are made here */
    public static List<PageJob> pages(ResolvedSite site, Messages messages) {
        Labels labels = Labels.of(site.config(), messages);
        List<PageJob> jobs = new ArrayList<>();
        List<Item> briefs = site.briefsNewestFirst();
        Urls u = site.urls();
        // A language other than the default has pages for the items translated into it; its lists show every item.
        dev.briefing.model.Localization language = u.language();
        boolean root = language == null || language.isDefault();
        jobs.add(PageJob.of(u.local("/"), "index.ftlh", site.config().title(), "home", Map.of(
                "briefs", (PageRenderer.ViewFunction) v -> v.links(briefs.subList(0, Math.min(HOME_BRIEFS, briefs.size()))),
                "sections", (PageRenderer.ViewFunction) v -> sections(site, v))));
        int size = site.config().pageSize();
        paged(jobs, messages, size, u.local("/briefs/"), "briefs.ftlh", messages.text("page.briefs"), "briefs", briefs,
                page -> Map.of("years", (PageRenderer.ViewFunction) v -> byYear(page, v)));
        for (Item item : site.items().values()) {
            Key key = item.key();
            if (!root && !language.has(key)) continue;
            Map<String, Object> model = Map.of("item", (PageRenderer.ViewFunction) v -> v.item(item));
            switch (key.kind()) {
                case BRIEF -> jobs.add(PageJob.of(u.item(key), "brief.ftlh", item.title(), "brief", model));
                case PAGE -> jobs.add(PageJob.of(u.item(key), "page.ftlh", item.title(), "page",
                        key.equals(AccessibilityStatement.PAGE) && site.config().accessibility() != null
                                ? Map.of("item", model.get("item"), "statement", (PageRenderer.ViewFunction) Views::statement) : model));
                default -> {
                    if (!key.kind().anchored()) {
                        jobs.add(PageJob.of(u.item(key), "entity.ftlh", item.title(), "entity", Map.of("item", model.get("item"),
                                "dataHref", (PageRenderer.ViewFunction) v -> v.href(LandscapeData.dataPath(key.kind())))));
                    }
                }
            }
        }
        for (Kind kind : Kind.entities()) {
            List<Item> items = sortedForIndex(site, kind);
            if (items.isEmpty() && !ALWAYS_INDEXED.contains(kind)) continue;
            String path = u.local("/" + kind.plural() + "/");
            if (kind.anchored()) {
                // Links point at entries' anchors on this one page, so it is never split.
                Map<String, Object> model = new HashMap<>(Map.of("kind", kind.singular(), "label", labels.kind(kind),
                        "anchored", true, "items", (PageRenderer.ViewFunction) v -> items.stream().map(v::item).toList(),
                        "dataHref", (PageRenderer.ViewFunction) v -> v.href(LandscapeData.dataPath(kind))));
                // What the site rests on, at a glance: its sources by type.
                if (kind == Kind.SOURCE) model.put("groups", (PageRenderer.ViewFunction) v -> v.sourceGroups(items));
                // The ways to report, confirmed or not, with how to reach each (channels.ftlh).
                if (kind == Kind.CHANNEL) model.put("entries", (PageRenderer.ViewFunction) v -> Reporting.all(site, v));
                jobs.add(new PageJob(path, kind == Kind.CHANNEL ? "channels.ftlh" : "kind.ftlh", labels.kind(kind), "kind", Map.copyOf(model),
                        new PageJob.ListPage(keys(items), 1)));
            } else {
                paged(jobs, messages, size, path, "kind.ftlh", labels.kind(kind), "kind", items, page -> Map.of("kind", kind.singular(),
                        "label", labels.kind(kind), "anchored", false, "items", (PageRenderer.ViewFunction) v -> v.links(page),
                        "dataHref", (PageRenderer.ViewFunction) v -> v.href(LandscapeData.dataPath(kind))));
            }
        }
        jobs.add(PageJob.of(u.local("/tags/"), "tags.ftlh", messages.text("page.tags"), "tags", Map.of(
                "tags", (PageRenderer.ViewFunction) v -> site.tags().stream()
                        .map(t -> new TagView(labels.tag(t.name()), v.localHref(Urls.tag(t.slug())), t.briefs().size(), v.tagLang(t.name())))
                        .toList())));
        for (Tag tag : site.tags()) {
            String name = labels.tag(tag.name());
            paged(jobs, messages, size, u.local(Urls.tag(tag.slug())), "tag.ftlh", messages.text("page.tagged", name), "tag",
                    tag.briefs(),
                    page -> Map.of("tag", name, "briefs", (PageRenderer.ViewFunction) v -> v.links(page),
                            // Empty where the language names the tag: the model holds no nulls.
                            "tagLang", (PageRenderer.ViewFunction) v -> java.util.Objects.requireNonNullElse(v.tagLang(tag.name()), "")));
        }
        jobs.add(PageJob.of(u.local("/matrix/"), "matrix.ftlh", messages.text("page.matrix"), "matrix", Map.of(
                "matrix", (PageRenderer.ViewFunction) v -> Matrix.of(site, v))));
        paged(jobs, messages, size, u.local("/timeline/"), "timeline.ftlh", messages.text("page.timeline"), "timeline", timeline(site),
                page -> Map.of("years", (PageRenderer.ViewFunction) v -> byYear(page, v)));
        paged(jobs, messages, size, u.local("/search/"), "search.ftlh", messages.text("page.search"), "search", byTitle(site.items().values()),
                page -> Map.of("all", (PageRenderer.ViewFunction) v -> v.links(page)));
        jobs.add(PageJob.of(u.local("/corrections/"), "corrections.ftlh", messages.text("page.corrections"), "corrections", Map.of(
                "corrections", (PageRenderer.ViewFunction) Views::corrections)));
        // For partner sites, in each language: the snippet of that language's notice, which shows its advisory in its words.
        jobs.add(PageJob.of(u.local(Embed.PAGE), "embed.ftlh", messages.text("page.embed"), "embed", Map.of(
                "script", (PageRenderer.ViewFunction) v -> v.absolute(v.local(Embed.SCRIPT)),
                "preview", (PageRenderer.ViewFunction) v -> v.localHref(Embed.SCRIPT),
                "advisoriesUrl", (PageRenderer.ViewFunction) v -> v.absolute(v.local("/advisories/")),
                "capFeed", (PageRenderer.ViewFunction) v -> v.href(Cap.FEED))));
        jobs.add(PageJob.of(u.local(FEEDS), "feeds.ftlh", messages.text("page.feeds"), "feeds", Map.of(
                "feeds", (PageRenderer.ViewFunction) v -> feeds(v))));
        if (root) {
            // One data page and one 404 page for the whole site: GitHub Pages serves only the root 404.html.
            jobs.add(DataPage.job(site, messages));
            jobs.add(PageJob.of(Views.NOT_FOUND, "404.ftlh", messages.text("page.not_found"), "404", Map.of()));
        }
        return jobs;
    }

    /**
     * Adds the pages of one list, {@code size} items each: the first at {@code path}, the others
     * at path + "page/N/" ({@link Pager#path}), each with its {@code pager}. An empty list still
     * gets its first page.
     */
    private static void paged(List<PageJob> jobs, Messages messages, int size, String path, String template, String title, String type,
            List<Item> items, Function<List<Item>, Map<String, Object>> model) {
        int count = Math.max(1, (items.size() + size - 1) / size);
        for (int n = 1; n <= count; n++) {
            List<Item> page = items.subList(Math.min(items.size(), (n - 1) * size), Math.min(items.size(), n * size));
            Map<String, Object> m = new HashMap<>(model.apply(page));
            m.put("pager", Pager.of(path, n, count));
            jobs.add(new PageJob(Pager.path(path, n), template, n == 1 ? title : messages.text("page.numbered", title, n, count),
                    type, Map.copyOf(m), new PageJob.ListPage(keys(page), count)));
        }
    }

    private static List<Key> keys(List<Item> items) {
        return items.stream().map(Item::key).toList();
    }

    /** A tag on the list of tags: its name, page and number of briefs, and its name's language when it is not the page's. */
    public record TagView(String name, String href, int count, String lang) {
    }

    /**
     * One language on the translations page.
     *
     * @param name       the language named in itself (Español), from site.yaml
     * @param sourceName the default language, named in the page's language
     * @param rows       the translations that are not current, and the critical items not translated
     */
    public record LanguageStatusView(String code, String name, boolean required, String sourceName, int total, int current,
            int machine, int stale, int missing, int inProgress, int untranslated, List<StatusRow> rows) {
    }

    /**
     * One item's translation on the translations page.
     *
     * @param title     the item's title: the translation's on that language's own page, else the source's
     * @param titleLang the title's language when it is not the page's, else null
     * @param href      the translation's page, or the default language's page when there is none
     * @param hreflang  the language of the page it links when it is not the page's, else null
     * @param status    the translation's status in words: current, stale, missing, in progress, copied without translating, machine
     */
    public record StatusRow(String title, String titleLang, String href, String hreflang, boolean critical, String status,
            Views.DateView changed) {
    }

    /**
     * A translation's row on the translations page of the page's language: a translation links its own page (an
     * anchored entry, its list's in that language), else the default language's page; each marked with its language
     * where it is not the page's.
     */
    private static StatusRow row(dev.briefing.i18n.TranslationStatus s, dev.briefing.model.Language l, Views v) {
        var page = v.language();
        String here = page == null ? l.code() : page.language().code();
        String defaultCode = page == null ? l.code() : page.defaultCode();
        boolean translated = s.path() != null;
        String linked = translated ? l.code() : defaultCode;
        // On the translated language's own page, the translation's own title (Views.link, in that language); else the source's.
        boolean own = translated && here.equals(l.code());
        String titleLang = own || here.equals(defaultCode) ? null : defaultCode;
        return new StatusRow(own ? s.translatedTitle() : s.title(), titleLang,
                v.href(translated ? "/" + l.code() + Urls.of(s.key()) : Urls.of(s.key())), linked.equals(here) ? null : linked,
                s.critical(), s.machine() && s.state() != dev.briefing.i18n.TranslationStatus.State.MACHINE
                        ? v.messages().text("translations.state.and_machine", state(s.state(), v.messages())) : state(s.state(), v.messages()),
                v.date(s.changed()));
    }

    /**
     * The page of translation status in one language ({@code site}'s, in {@code messages}): per language but the
     * default, counts, and what is stale, machine-translated or missing where critical.
     */
    public static PageJob translations(ResolvedSite site, List<dev.briefing.i18n.TranslationStatus> statuses, Messages messages) {
        var config = site.config();
        return PageJob.of(site.urls().local(TRANSLATIONS), "translations.ftlh", messages.text("page.translations"), "translations", Map.of("languages",
                (PageRenderer.ViewFunction) v -> config.languages().stream().skip(1).map(l -> {
                    List<dev.briefing.i18n.TranslationStatus> in = statuses.stream().filter(s -> s.lang().equals(l.code())).toList();
                    Map<dev.briefing.i18n.TranslationStatus.State, Long> counts = in.stream().collect(java.util.stream.Collectors
                            .groupingBy(dev.briefing.i18n.TranslationStatus::state, java.util.stream.Collectors.counting()));
                    List<StatusRow> rows = in.stream()
                            .filter(s -> s.state() == dev.briefing.i18n.TranslationStatus.State.STALE
                                    || s.state() == dev.briefing.i18n.TranslationStatus.State.MACHINE
                                    || s.state() == dev.briefing.i18n.TranslationStatus.State.IN_PROGRESS
                                    || s.state() == dev.briefing.i18n.TranslationStatus.State.UNTRANSLATED
                                    || s.state() == dev.briefing.i18n.TranslationStatus.State.MISSING && s.critical())
                            .map(s -> row(s, l, v))
                            .toList();
                    return new LanguageStatusView(l.code(), l.name(), l.required(), Views.languageName(v.messages(), config.defaultLanguage().code()),
                            in.size(),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.CURRENT),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.MACHINE),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.STALE),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.MISSING),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.IN_PROGRESS),
                            count(counts, dev.briefing.i18n.TranslationStatus.State.UNTRANSLATED), rows);
                }).toList()));
    }

    /**
     * Whether the translations page made from {@code a} shows what the one made from {@code b} shows (both of
     * one site, in key order): it shows each item's title, state, whether it is translated, whether it is critical
     * and the day it changed, never a digest, so an edit of a text that leaves every status as it was leaves the page.
     */
    public static boolean sameTranslationsPage(List<dev.briefing.i18n.TranslationStatus> a, List<dev.briefing.i18n.TranslationStatus> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            dev.briefing.i18n.TranslationStatus x = a.get(i);
            dev.briefing.i18n.TranslationStatus y = b.get(i);
            if (!x.lang().equals(y.lang()) || !x.key().equals(y.key()) || !java.util.Objects.equals(x.title(), y.title())
                    || !java.util.Objects.equals(x.translatedTitle(), y.translatedTitle())
                    || x.state() != y.state() || (x.path() == null) != (y.path() == null) || x.critical() != y.critical()
                    || !java.util.Objects.equals(x.changed(), y.changed())) {
                return false;
            }
        }
        return true;
    }

    /** A translation's status as readers read it. */
    private static String state(dev.briefing.i18n.TranslationStatus.State state, Messages messages) {
        return messages.text(switch (state) {
            case CURRENT -> "translations.state.current";
            case STALE -> "translations.state.stale";
            case MISSING -> "translations.state.missing";
            case IN_PROGRESS -> "translations.state.in_progress";
            case UNTRANSLATED -> "translations.state.untranslated";
            case MACHINE -> "translations.state.machine";
        });
    }

    private static int count(Map<dev.briefing.i18n.TranslationStatus.State, Long> counts, dev.briefing.i18n.TranslationStatus.State s) {
        return counts.getOrDefault(s, 0L).intValue();
    }

    /** The page that explains the feeds; the footer's "Feeds" link leads here, not to raw XML. */
    static final String FEEDS = "/feeds/";

    /** One feed on /feeds/: what it brings, its Atom and JSON links (json null when there is none) and Atom address. */
    public record FeedView(String name, String title, String about, String atom, String json, String atomUrl) {
    }

    private static List<FeedView> feeds(Views v) {
        List<FeedView> out = new ArrayList<>();
        Messages m = v.messages();
        for (Feeds.Feed f : Feeds.FEEDS) {
            out.add(new FeedView(f.name(), m.text(f.title()), m.text(f.about()), v.localHref(f.atomPath()), v.localHref(f.jsonPath()),
                    v.absolute(v.local(f.atomPath()))));
        }
        out.add(new FeedView("corrections", m.text("feed.corrections"), m.text("feed.corrections.about"),
                v.localHref(Feeds.CORRECTIONS), null, v.absolute(v.local(Feeds.CORRECTIONS))));
        // One CAP feed for the site, in its default language (alerting systems pick the language from each alert).
        out.add(new FeedView("cap", m.text("feed.cap"), m.text("feed.cap.about"), v.href(Cap.FEED), null, v.absolute(Cap.FEED)));
        return out;
    }

    public record Year(int year, List<Views.ItemLink> items) {
    }

    public record SectionLink(String label, String href, int count) {
    }

    private static List<SectionLink> sections(ResolvedSite site, Views v) {
        List<SectionLink> out = new ArrayList<>();
        for (Kind k : Kind.entities()) {
            int n = site.ofKind(k).size();
            if (n > 0) out.add(new SectionLink(v.labels().kind(k), v.localHref("/" + k.plural() + "/"), n));
        }
        return out;
    }

    private static List<Item> sortedForIndex(ResolvedSite site, Kind kind) {
        return switch (kind) {
            case EVENT, INCIDENT, ADVISORY -> site.ofKind(kind).stream().sorted(ResolvedSite.NEWEST_FIRST).toList();
            // In the order the editors chose (the emergency line first), as the How to report block lists them.
            case CHANNEL -> Reporting.inFileOrder(site);
            default -> byTitle(site.ofKind(kind));
        };
    }

    /** A to Z by title, ignoring case, ties by key; each title is lower-cased once, not once per comparison. */
    static List<Item> byTitle(Collection<Item> items) {
        record Entry(String sortKey, Item item) {
        }
        return items.stream().map(i -> new Entry(i.title().toLowerCase(Locale.ROOT), i))
                .sorted(Comparator.comparing(Entry::sortKey).thenComparing(e -> e.item().key()))
                .map(Entry::item).toList();
    }

    static List<Year> byYear(List<Item> newestFirst, Views v) {
        Map<Integer, List<Views.ItemLink>> years = new LinkedHashMap<>();
        for (Item i : newestFirst) {
            years.computeIfAbsent(i.date() == null ? 0 : i.date().getYear(), y -> new ArrayList<>()).add(v.link(i.key()));
        }
        return years.entrySet().stream().map(e -> new Year(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Events, incidents, advisories and briefs by date, newest first (shown grouped by year). */
    static List<Item> timeline(ResolvedSite site) {
        // The briefs are sorted already and usually most of the list: merge the few others in.
        Comparator<Item> order = ResolvedSite.NEWEST_FIRST.thenComparing(Item::key);
        List<Item> briefs = site.briefsNewestFirst().stream().filter(i -> i.date() != null).toList();
        List<Item> others = java.util.stream.Stream.of(Kind.EVENT, Kind.INCIDENT, Kind.ADVISORY)
                .flatMap(k -> site.ofKind(k).stream()).filter(i -> i.date() != null).sorted(order).toList();
        List<Item> out = new ArrayList<>(briefs.size() + others.size());
        int b = 0;
        int o = 0;
        while (b < briefs.size() || o < others.size()) {
            boolean brief = o == others.size() || b < briefs.size() && order.compare(briefs.get(b), others.get(o)) <= 0;
            out.add(brief ? briefs.get(b++) : others.get(o++));
        }
        return out;
    }


}
