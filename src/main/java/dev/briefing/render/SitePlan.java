package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Tag;
import dev.briefing.resolve.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides which pages the site has and what each shows. Pure: no rendering, no I/O. */
public final class SitePlan {
    static final int HOME_BRIEFS = 8;
    /** Every template the pages below use. */
    public static final List<String> TEMPLATES = List.of("index.ftlh", "briefs.ftlh", "brief.ftlh", "page.ftlh",
            "entity.ftlh", "kind.ftlh", "tags.ftlh", "tag.ftlh", "matrix.ftlh", "timeline.ftlh", "search.ftlh", "404.ftlh");
    /** Index pages every site has, because the theme's footer and home page link to them. */
    static final java.util.Set<Kind> ALWAYS_INDEXED = java.util.EnumSet.of(Kind.ADVISORY, Kind.GLOSSARY, Kind.SOURCE);

    private SitePlan() {
    }

    public static List<PageJob> pages(ResolvedSite site) {
        List<PageJob> jobs = new ArrayList<>();
        List<Item> briefs = site.briefsNewestFirst();
        jobs.add(PageJob.of("/", "index.ftlh", site.config().title(), "home", Map.of(
                "briefs", (PageRenderer.ViewFunction) v -> v.links(briefs.subList(0, Math.min(HOME_BRIEFS, briefs.size()))),
                "sections", (PageRenderer.ViewFunction) v -> sections(site, v))));
        jobs.add(PageJob.of("/briefs/", "briefs.ftlh", "Briefs", "briefs", Map.of(
                "years", (PageRenderer.ViewFunction) v -> byYear(briefs, v))));
        for (Item item : site.items().values()) {
            Key key = item.key();
            Map<String, Object> model = Map.of("item", (PageRenderer.ViewFunction) v -> v.item(item));
            switch (key.kind()) {
                case BRIEF -> jobs.add(PageJob.of(Urls.of(key), "brief.ftlh", item.title(), "brief", model));
                case PAGE -> jobs.add(PageJob.of(Urls.of(key), "page.ftlh", item.title(), "page", model));
                default -> {
                    if (!key.kind().anchored()) {
                        jobs.add(PageJob.of(Urls.of(key), "entity.ftlh", item.title(), "entity", model));
                    }
                }
            }
        }
        for (Kind kind : Kind.entities()) {
            List<Item> items = sortedForIndex(site, kind);
            if (items.isEmpty() && !ALWAYS_INDEXED.contains(kind)) continue;
            jobs.add(PageJob.of("/" + kind.plural() + "/", "kind.ftlh", kind.label(), "kind", Map.of(
                    "kind", kind.singular(),
                    "anchored", kind.anchored(),
                    "items", (PageRenderer.ViewFunction) v -> kind.anchored()
                            ? items.stream().map(v::item).toList() : v.links(items))));
        }
        jobs.add(PageJob.of("/tags/", "tags.ftlh", "Tags", "tags", Map.of(
                "tags", (PageRenderer.ViewFunction) v -> site.tags().stream()
                        .map(t -> new TagView(t.name(), v.href(Urls.tag(t.slug())), t.briefs().size())).toList())));
        for (Tag tag : site.tags()) {
            jobs.add(PageJob.of(Urls.tag(tag.slug()), "tag.ftlh", "Tagged “" + tag.name() + "”", "tag", Map.of(
                    "tag", tag.name(),
                    "briefs", (PageRenderer.ViewFunction) v -> tag.briefs().stream().map(v::link).toList())));
        }
        jobs.add(PageJob.of("/matrix/", "matrix.ftlh", "Threats and targets", "matrix", Map.of(
                "matrix", (PageRenderer.ViewFunction) v -> Matrix.of(site, v))));
        jobs.add(PageJob.of("/timeline/", "timeline.ftlh", "Timeline", "timeline", Map.of(
                "years", (PageRenderer.ViewFunction) v -> timeline(site, v))));
        jobs.add(PageJob.of("/search/", "search.ftlh", "Search", "search", Map.of(
                "all", (PageRenderer.ViewFunction) v -> site.items().values().stream()
                        .sorted(Comparator.comparing((Item i) -> i.title().toLowerCase(java.util.Locale.ROOT))
                                .thenComparing(Item::key))
                        .map(i -> v.link(i.key())).toList())));
        jobs.add(PageJob.of(Views.NOT_FOUND, "404.ftlh", "Page not found", "404", Map.of()));
        return jobs;
    }

    public record TagView(String name, String href, int count) {
    }

    public record Year(int year, List<Views.ItemLink> items) {
    }

    public record SectionLink(String label, String href, int count) {
    }

    private static List<SectionLink> sections(ResolvedSite site, Views v) {
        List<SectionLink> out = new ArrayList<>();
        for (Kind k : Kind.entities()) {
            int n = site.ofKind(k).size();
            if (n > 0) out.add(new SectionLink(k.label(), v.href("/" + k.plural() + "/"), n));
        }
        return out;
    }

    private static List<Item> sortedForIndex(ResolvedSite site, Kind kind) {
        Comparator<Item> order = switch (kind) {
            case EVENT, INCIDENT, ADVISORY -> ResolvedSite.NEWEST_FIRST;
            default -> Comparator.comparing((Item i) -> i.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Item::id);
        };
        return site.ofKind(kind).stream().sorted(order).toList();
    }

    static List<Year> byYear(List<Item> newestFirst, Views v) {
        Map<Integer, List<Views.ItemLink>> years = new LinkedHashMap<>();
        for (Item i : newestFirst) {
            years.computeIfAbsent(i.date() == null ? 0 : i.date().getYear(), y -> new ArrayList<>()).add(v.link(i.key()));
        }
        return years.entrySet().stream().map(e -> new Year(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Events, incidents, advisories and briefs by date, newest first, grouped by year. */
    static List<Year> timeline(ResolvedSite site, Views v) {
        List<Item> dated = site.items().values().stream()
                .filter(i -> i.date() != null && (i.kind() == Kind.BRIEF || i.kind() == Kind.EVENT
                        || i.kind() == Kind.INCIDENT || i.kind() == Kind.ADVISORY))
                .sorted(ResolvedSite.NEWEST_FIRST).toList();
        return byYear(dated, v);
    }


}
