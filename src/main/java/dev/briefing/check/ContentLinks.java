package dev.briefing.check;

import dev.briefing.diag.Pos;
import dev.briefing.markdown.LinkRef;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.UrlPolicy;
import dev.briefing.yaml.NavLink;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where in the content each internal Markdown link of a page was written, and where site.yaml
 * wrote each link of the navigation, so the gate can report a broken link at its source line and
 * column instead of at the generated page.
 */
public final class ContentLinks {
    /** Output file → (site path the link resolves to → where it was written). */
    private final Map<String, Map<String, Pos>> byPage = new HashMap<>();
    /** The output file a navigation link leads to → where site.yaml wrote it: the menu is on every page of its language. */
    private final Map<String, Pos> navigation = new HashMap<>();

    /** @param sites the site in each of its languages, the default first, whose navigation each language's pages show */
    public ContentLinks(java.util.List<ResolvedSite> sites) {
        ResolvedSite site = sites.get(0);
        for (ResolvedSite in : sites) {
            for (NavLink n : in.config().navigation()) {
                if (n.sitePath() && n.pos() != null) navigation.putIfAbsent(Urls.outputFile(in.urls().local(n.url())), n.pos());
            }
        }
        for (Item item : site.items().values()) {
            // Resolved against the page's file, as the gate reads the rendered hrefs.
            String file = Urls.outputFile(Urls.pageOf(item.key()));
            String page = "/" + file;
            Map<String, Pos> links = byPage.computeIfAbsent(file, k -> new HashMap<>());
            for (MarkdownDoc doc : item.markdown().values()) {
                var values = site.links(doc);
                for (LinkRef l : doc.links()) add(links, page, values.href(l), l.pos());
                for (LinkRef l : doc.images()) add(links, page, values.href(l), l.pos());
            }
        }
    }

    private static void add(Map<String, Pos> links, String page, String href, Pos pos) {
        if (href == null || href.isEmpty() || UrlPolicy.isExternal(href)) return;
        String target = href.startsWith("#") ? page + href : Urls.resolve(page, href);
        if (target != null) links.putIfAbsent(Urls.decodePath(target), pos);
    }

    /** Where the link from {@code outputFile} to {@code target} was written, if it came from content. */
    public Optional<Pos> find(String outputFile, String target) {
        return Optional.ofNullable(byPage.getOrDefault(outputFile, Map.of()).get(target));
    }

    /** Every link written in content: the output file it is on, the site path it leads to, and where it was written. */
    public void forEach(LinkConsumer each) {
        byPage.forEach((page, links) -> links.forEach((target, pos) -> each.accept(page, target, pos)));
    }

    /** What {@link #forEach} hands on. */
    @FunctionalInterface
    public interface LinkConsumer {
        void accept(String outputFile, String target, Pos written);
    }

    /** Where site.yaml's navigation wrote the link to {@code target}, if a navigation link leads there. */
    public Optional<Pos> navigation(String target) {
        return Optional.ofNullable(navigation.get(Urls.outputFile(target)));
    }

    /** No content links: every link is reported at its generated page. */
    public static ContentLinks none() {
        return new ContentLinks();
    }

    private ContentLinks() {
    }
}
