package dev.briefing.resolve;

import static dev.briefing.model.SiteFields.ACCESSIBILITY;
import static dev.briefing.model.SiteFields.BASE_URL;
import static dev.briefing.model.SiteFields.CONTACT;
import static dev.briefing.model.SiteFields.DESCRIPTION;
import static dev.briefing.model.SiteFields.EMAIL;
import static dev.briefing.model.SiteFields.NAME;
import static dev.briefing.model.SiteFields.PUBLISHER;
import static dev.briefing.model.SiteFields.TESTED;
import static dev.briefing.model.SiteFields.TITLE;
import static dev.briefing.model.SiteFields.URL;

import dev.briefing.diag.Code;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.FieldKey;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Placeholders;
import dev.briefing.model.SiteConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * What a reader needs to trust the site as a whole: who publishes it, how to reach them, and an
 * address that is really the site's. Without a site.yaml (a folder of briefs tried out) that is
 * one warning; once a site.yaml exists, a missing publisher or contact is an error.
 */
final class TrustChecks {
    /** Reserved names (RFC 2606, RFC 6761): no real site lives there. */
    private static final List<String> RESERVED_DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> RESERVED_TLDS = List.of("example", "test", "invalid", "localhost");

    private final Diagnostics diags;

    TrustChecks(Diagnostics diags) {
        this.diags = diags;
    }

    void check(SiteConfig config) {
        if (config.unreadable()) return; // its own error is reported; what it says is not known
        if (!config.written()) {
            // One warning, not one per setting: a folder of briefs being tried out has no settings at all.
            diags.warning(Code.BRF080, config.posOf(PUBLISHER), "content/site.yaml is missing or empty: the site names no publisher"
                    + " and no contact, and its address is a placeholder",
                    "create content/site.yaml with base_url, publisher: {name, url} and contact: {email} or {url}");
            return;
        }
        if (config.publisher() == null) {
            diags.error(Code.BRF080, config.posOf(PUBLISHER), "site.yaml does not name the publisher",
                    "add publisher: {name: <who publishes the site>, url: <their website>}");
        }
        if (config.contact() == null) {
            diags.error(Code.BRF081, config.posOf(CONTACT), "site.yaml gives no contact for corrections and accessibility reports",
                    "add contact: {email: <address>} or contact: {url: <a form or issue tracker>}");
        }
        if (isPlaceholder(config.baseUrl())) {
            diags.warning(Code.BRF082, config.posOf(BASE_URL), "base_url " + config.baseUrl()
                    + " is a placeholder address: canonical links, feeds and the sitemap would point there",
                    "set the real address in site.yaml (on GitHub Pages, https://<owner>.github.io/<repository>/, which the"
                            + " publish workflow builds with), or build with --base-url URL or BRIEFING_BASE_URL");
        }
        if (config.publisher() != null && config.publisher().url() != null && isPlaceholder(config.publisher().url())) {
            placeholder(config, config.posOf(PUBLISHER, URL), SiteConfig.setting(PUBLISHER, URL), config.publisher().url());
        }
        if (config.contact() != null && config.contact().url() != null && isPlaceholder(config.contact().url())) {
            placeholder(config, config.posOf(CONTACT, URL), SiteConfig.setting(CONTACT, URL), config.contact().url());
        }
        String email = config.contact() == null ? null : config.contact().email();
        if (Placeholders.EMAIL.equals(email)) {
            diags.error(Code.BRF078, config.posOf(CONTACT, EMAIL), SiteConfig.setting(CONTACT, EMAIL) + " " + email + " is still the placeholder 'briefing init'"
                    + " wrote: readers' corrections and accessibility reports would go nowhere",
                    "write the address your editors read, e.g. editors@county.gov, or set " + SiteConfig.variable(SiteConfig.setting(CONTACT, EMAIL)));
        } else if (email != null && isPlaceholderHost(email.substring(email.indexOf('@') + 1))) {
            placeholder(config, config.posOf(CONTACT, EMAIL), SiteConfig.setting(CONTACT, EMAIL), email);
        }
        Map<List<FieldKey<?>>, String> texts = new java.util.LinkedHashMap<>();
        texts.put(List.of(TITLE), config.title());
        texts.put(List.of(DESCRIPTION), config.description());
        texts.put(List.of(PUBLISHER, NAME), config.publisher() == null ? null : config.publisher().name());
        texts.put(List.of(ACCESSIBILITY, TESTED), config.accessibility() == null ? null : config.accessibility().tested());
        texts.forEach((path, text) -> {
            FieldKey<?>[] keys = path.toArray(FieldKey<?>[]::new);
            if (Placeholders.isPlaceholder(text)) {
                diags.error(Code.BRF078, config.posOf(keys), SiteConfig.setting(keys) + " in site.yaml is still a placeholder",
                        Placeholders.hint(text));
            }
        });
    }

    private void placeholder(SiteConfig config, Pos pos, String setting, String value) {
        diags.warning(Code.BRF082, pos, setting + " " + value + " is a placeholder address: readers cannot reach it",
                "set the real one in site.yaml, or build with " + SiteConfig.variable(setting) + " set");
    }

    /** Whether a URL's host is a reserved example, test or local name. */
    static boolean isPlaceholder(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host != null && isPlaceholderHost(host);
    }

    static boolean isPlaceholderHost(String name) {
        String host = name.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.equals("127.0.0.1") || host.equals("[::1]")) return true;
        for (String d : RESERVED_DOMAINS) {
            if (host.equals(d) || host.endsWith("." + d)) return true;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return RESERVED_TLDS.contains(tld);
    }
}
