package dev.briefing.render;

import dev.briefing.model.Kind;
import dev.briefing.model.Messages;
import dev.briefing.model.SiteConfig;
import dev.briefing.resolve.ResolvedSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The /data/ page: what {@link LandscapeData} publishes, its format, its license and how to cite
 * it. Every figure on it comes from the same site the files are made from.
 */
public final class DataPage {
    public static final String PATH = "/data/";
    static final String TEMPLATE = "data.ftlh";

    private DataPage() {
    }

    /** One published file: a kind's entries (or the whole landscape), with its schema. */
    public record FileView(String label, String name, int count, String href, String schemaHref) {
    }

    /** What the page shows; {@code citation} is plain text readers can paste. */
    public record DataView(FileView landscape, List<FileView> kinds, String license, String version, Views.DateView generated,
            String citation, String landscapeUrl) {
    }

    static PageJob job(ResolvedSite site, Messages messages) {
        return PageJob.of(PATH, TEMPLATE, messages.text("page.data"), "data", Map.of("data", (PageRenderer.ViewFunction) v -> view(site, v)));
    }

    private static DataView view(ResolvedSite site, Views v) {
        List<FileView> kinds = new ArrayList<>();
        int total = 0;
        for (Kind k : Kind.entities()) {
            int n = site.ofKind(k).size();
            total += n;
            kinds.add(file(v, v.labels().kind(k), k.plural(), n));
        }
        SiteConfig c = site.config();
        String landscapeUrl = LandscapeData.absolute(site, LandscapeData.landscapePath());
        // The date as ISO 8601, as a citation gives it in any language.
        String citation = c.license() == null
                ? v.messages().text("data.citation", c.publisher() == null ? c.title() : c.publisher().name(), c.title(),
                        LandscapeData.FORMAT_VERSION, site.asOf().toString(), landscapeUrl)
                : v.messages().text("data.citation_license", c.publisher() == null ? c.title() : c.publisher().name(), c.title(),
                        LandscapeData.FORMAT_VERSION, site.asOf().toString(), landscapeUrl, c.license());
        return new DataView(file(v, v.messages().text("data.whole"), LandscapeData.LANDSCAPE, total), kinds, c.license(),
                LandscapeData.FORMAT_VERSION, v.date(site.asOf()), citation, landscapeUrl);
    }

    private static FileView file(Views v, String label, String name, int count) {
        return new FileView(label, name, count, v.href(LandscapeData.DIR + name + ".json"), v.href(LandscapeData.schemaPath(name)));
    }
}
