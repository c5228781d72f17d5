package dev.briefing.util;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which URLs content may use. Browsers ignore whitespace and control characters inside a scheme
 * and compare it case-insensitively, so the scheme is read the way a browser would read it.
 */
public final class UrlPolicy {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Layers of HTML character references unwrapped when checking a URL (&amp;amp;#106; is two). */
    private static final int MAX_DECODES = 3;

    private UrlPolicy() {
    }

    /** The scheme a browser would see, lowercased, or null for a relative URL. */
    public static String scheme(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f) continue;
            if (c == ':') return sb.toString().toLowerCase(Locale.ROOT);
            if (c == '/' || c == '?' || c == '#') return null;
            sb.append(c);
        }
        return null;
    }

    /**
     * True when the URL is relative or uses http, https, mailto or tel (phone numbers a reader can tap), also once HTML character
     * references in it are decoded: a URL from YAML such as {@code &#106;avascript:} is harmless
     * as written, but is refused because it is plainly an attempt, and because any template
     * that printed it unescaped would turn it into a live script link.
     */
    public static boolean isSafe(String url) {
        String decoded = url;
        for (int i = 0; i < MAX_DECODES && decoded.indexOf('&') >= 0; i++) {
            String next = Parser.unescapeEntities(decoded, false);
            if (next.equals(decoded)) break;
            decoded = next;
            if (!isSafeAsIs(decoded)) return false;
        }
        return isSafeAsIs(url);
    }

    private static boolean isSafeAsIs(String url) {
        String scheme = scheme(url);
        return scheme == null ? !hasControl(url) : ALLOWED_SCHEMES.contains(scheme);
    }

    /** An absolute http(s) address with a host and no query or fragment: what a site's own address must be. */
    public static boolean isAbsoluteWebAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** True for URLs that leave the site: a scheme or a protocol-relative '//host'. */
    public static boolean isExternal(String url) {
        return hasScheme(url) || url.startsWith("//");
    }

    /** Whether {@link #scheme} is not null, without making it: the link gate asks of every link of every page. */
    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return true;
            if (c == '/' || c == '?' || c == '#') return false;
        }
        return false;
    }

    private static boolean hasControl(String url) {
        return url.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
