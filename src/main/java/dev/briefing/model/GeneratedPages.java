package dev.briefing.model;

import java.util.Set;

/**
 * The top-level pages the generator makes itself (/briefs/, /corrections/, each kind's list…): a page of
 * the site's own cannot take one of their names. Known here, below the stages, so `new page` refuses such a
 * name before the check does.
 */
public final class GeneratedPages {
    private static final Set<String> NAMES = Set.of("briefs", "tags", "matrix", "timeline", "search", "feeds", "data",
            "assets", "handbook", "404", "feed", "sitemap", "robots", "corrections", "translations", "embed");

    private GeneratedPages() {
    }

    /** Whether the generator makes a page at /{@code slug}/ of its own. */
    public static boolean taken(String slug) {
        return NAMES.contains(slug) || Kind.entities().stream().anyMatch(k -> k.plural().equals(slug));
    }
}
