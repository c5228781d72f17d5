package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.PUBLISHER;
import static dev.briefing.model.ItemFields.SOURCES;
import static dev.briefing.model.ItemFields.TYPE;
import static dev.briefing.model.ItemFields.URL;

import dev.briefing.diag.Pos;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Who issued an advisory this site republishes, and that authority's own page: the first source
 * of type official the advisory lists (DHS's page for that bulletin), else the official page
 * site.yaml's advisory_status names. Republished material always names its issuer, so that no
 * reader or alerting system takes this site for the issuing authority.
 *
 * @param name who issued it ("U.S. Department of Homeland Security"), or what its page is called
 * @param url  the issuer's own page for it
 * @param pos  where the advisory cites that page, or null when the issuer is site.yaml's page
 */
public record Issuer(String name, String url, Pos pos) {

    /** The issuer of {@code advisory}, or null when neither its sources nor site.yaml name one. */
    public static Issuer of(Item advisory, Map<Key, Item> items, SiteConfig config) {
        for (var ref : advisory.fields().get(SOURCES)) {
            Item s = items.get(new Key(Kind.SOURCE, ref.id()));
            if (s != null && "official".equals(s.fields().get(TYPE))) {
                return new Issuer(s.fields().get(PUBLISHER), s.fields().get(URL), ref.pos());
            }
        }
        SiteConfig.StatusCheck check = config.statusCheck();
        // The issuer site.yaml names, else the page's name: never the site's own publisher.
        return check == null ? null : new Issuer(check.issuer() != null ? check.issuer() : check.name(), check.url(), null);
    }

    /**
     * Whether this issuer's page is on the site of the official page site.yaml's advisory_status
     * names (the same host, with or without www.): an advisory's level and CAP mapping are that
     * system's, so an advisory from any other site is not one of its advisories.
     */
    public boolean onSiteOf(String statusUrl) {
        String mine = host(url);
        return mine != null && mine.equals(host(statusUrl));
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null; // not an address at all: no site to match
        }
    }
}
