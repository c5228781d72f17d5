package dev.briefing.model;

import static dev.briefing.yaml.Field.optional;

import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.NavLink;
import dev.briefing.yaml.Schema;
import java.util.List;

/** content/site.yaml, with defaults for everything so a folder of briefs alone builds. */
public record SiteConfig(String title, String description, String baseUrl, String language,
        int reviewPeriodDays, List<NavLink> navigation, boolean prettyUrls, boolean handbook, int pageSize) {

    /** Items per page of a long list: a list of 10,000 briefs on one page would weigh megabytes. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    public static final Schema SCHEMA = new Schema("site.yaml", List.of(
            optional("title", FieldType.LINE, "The site's name."),
            optional("description", FieldType.LINE, "One sentence describing the site."),
            optional("base_url", FieldType.URL, "The public address, e.g. https://example.org/; used for canonical URLs and feeds."),
            optional("language", FieldType.LINE, "The language of the content, e.g. en."),
            optional("review_period_days", FieldType.INT, "Entries not reviewed within this many days are flagged (default 180)."),
            optional("navigation", FieldType.LINKS, "The main menu: a list of {title, url}."),
            optional("pretty_urls", FieldType.BOOL,
                    "false (default): links end in index.html so the site also works opened from disk; true: links end in '/'."),
            optional("handbook", FieldType.BOOL,
                    "true: the maintainers' handbook (mvn site) is published at /handbook/ beside the site; the footer links to it."),
            optional("page_size", FieldType.INT, "Items per page of a long list (briefs, timeline, a tag, a kind's index, the A–Z list);"
                    + " longer lists continue on /…/page/2/ and so on (default " + DEFAULT_PAGE_SIZE + ").")));

    public static final List<NavLink> DEFAULT_NAV = List.of(new NavLink("Briefs", "/briefs/"));

    /** Where the handbook is mounted when {@link #handbook()} is set; the build does not write it. */
    public static final String HANDBOOK_PATH = "/handbook/";

    public static SiteConfig defaults() {
        return new SiteConfig("Briefing", "Threat-awareness briefs.", "https://example.org/", "en", 180,
                DEFAULT_NAV, false, false, DEFAULT_PAGE_SIZE);
    }

    public static SiteConfig from(Fields f) {
        SiteConfig d = defaults();
        String base = f.has("base_url") ? f.text("base_url") : d.baseUrl();
        if (!base.endsWith("/")) base = base + "/";
        return new SiteConfig(
                f.has("title") ? f.text("title") : d.title(),
                f.has("description") ? f.text("description") : d.description(),
                base,
                f.has("language") ? f.text("language") : d.language(),
                f.has("review_period_days") ? f.integer("review_period_days") : d.reviewPeriodDays(),
                f.has("navigation") ? f.links("navigation") : d.navigation(),
                f.bool("pretty_urls"),
                f.bool("handbook"),
                f.has("page_size") ? f.integer("page_size") : d.pageSize());
    }

}
