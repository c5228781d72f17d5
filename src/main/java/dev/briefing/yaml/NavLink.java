package dev.briefing.yaml;

import dev.briefing.diag.Pos;

/**
 * A navigation link from site.yaml.
 *
 * @param pos where its url was written, so a link to a page the site does not make is reported there
 */
public record NavLink(String title, String url, Pos pos) {
    /** Whether it leads to one of the site's own pages (a site path such as /briefs/), not to another site. */
    public boolean sitePath() {
        return url.startsWith("/") && !dev.briefing.util.UrlPolicy.isExternal(url);
    }
}
