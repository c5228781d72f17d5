package dev.briefing.resolve;

import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Localization;

/**
 * Site paths and the relative hrefs between them. A site path starts with '/' and names a folder
 * ("/briefs/x/") or a file ("/feed.xml"), optionally with a '#fragment'. Links in the output are
 * always relative, so the site works from any folder of any host and opened from disk.
 */
public final class Urls {
    /**
     * Site paths every language shares, at the root: the theme's assets, the data, the files of the site
     * itself, and what other sites and alerting systems read (the embeddable notice and its page, the CAP
     * feed and the site's share card), made in the default language only.
     */
    private static final java.util.List<String> SHARED = java.util.List.of("/assets/", "/data/", "/404.html", "/sitemap",
            "/robots.txt", "/advisories/cap.atom", "/site-card.png");

    private final boolean pretty;
    private final Localization language;
    /** For a language other than the default: the items by the site path of their page, and the static files' paths. */
    private final java.util.Map<String, Key> pages;
    private final java.util.Set<String> statics;

    /** @param pretty true: folder links end in '/'; false: in 'index.html' (works from file://) */
    public Urls(boolean pretty) {
        this(pretty, null, java.util.Map.of(), java.util.Set.of());
    }

    /**
     * @param language the language of the pages that link (null: a site in one language): its pages
     *                 live under its folder ({@link Localization#prefix}), and link the default
     *                 language's page of an item not translated into it
     * @param pages    the site's items by the site path of their page (in the default language)
     * @param statics  the site paths of the static files (shared by every language)
     */
    public Urls(boolean pretty, Localization language, java.util.Map<String, Key> pages, java.util.Set<String> statics) {
        this.pretty = pretty;
        this.language = language;
        this.pages = pages;
        this.statics = statics;
    }

    /** The language of the pages these links are made for, or null for a site in one language. */
    public Localization language() {
        return language;
    }

    /**
     * The default language's code on another language's pages, else null: the language of what only the default
     * language has (change notes, the data page), for its lang or hreflang there.
     */
    public String defaultLanguageElsewhere() {
        return language == null || language.isDefault() ? null : language.defaultCode();
    }

    /**
     * A site path as this language's pages link it: a list or feed of the site in this language
     * ("/briefs/" → "/es/briefs/"), an item's page in this language where it is translated (else the
     * default language's), and the assets, the data and static files where they are, at the root.
     */
    public String local(String path) {
        if (language == null || language.isDefault() || !path.startsWith("/")) return path;
        String page = stripFragment(path);
        Key key = pages.get(page);
        if (key != null) return (language.has(key) ? language.prefix() : "") + path;
        if (statics.contains(page) || SHARED.stream().anyMatch(page::startsWith)) return path;
        return language.prefix() + path;
    }

    /**
     * The language of the page a site path leads to from this language's pages when it is not this
     * one (an item's page not translated: {@link #local} leads to the default language's), else null.
     */
    public String foreignPage(String path) {
        if (language == null || language.isDefault() || !path.startsWith("/")) return null;
        Key key = pages.get(stripFragment(path));
        return key == null ? null : foreign(key);
    }

    /** The site path of an item's page (or entry) as this language's pages link it: its own, or the default language's. */
    public String item(Key key) {
        return language == null || !language.has(key) ? of(key) : language.prefix() + of(key);
    }

    /** The page an item's content is rendered on in this language (see {@link #item}). */
    public String itemPage(Key key) {
        return stripFragment(item(key));
    }

    /**
     * The language of an item's page when it is not this one (an item not translated: its link leads to
     * the default language's page, marked with hreflang), or null.
     */
    public String foreign(Key key) {
        return language == null || language.has(key) ? null : language.defaultCode();
    }

    public static String of(Key key) {
        Kind k = key.kind();
        return switch (k) {
            case BRIEF -> "/briefs/" + key.id() + "/";
            case PAGE -> "/" + key.id() + "/";
            default -> k.anchored() ? "/" + k.plural() + "/#" + key.id() : "/" + k.plural() + "/" + key.id() + "/";
        };
    }

    /** The page an item's content is rendered on (its own page, or its kind's index). */
    public static String pageOf(Key key) {
        return stripFragment(of(key));
    }

    public static String tag(String slug) {
        return "/tags/" + slug + "/";
    }

    public static String stripFragment(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    /**
     * A file's site path as a link writes it, the inverse of {@link #decodePath}: each character a
     * Markdown link's address cannot hold as it is (a space, parentheses, angle brackets, quotes) or
     * that would change what it says ('#', '?') percent-escaped, so a hint's address works pasted:
     * {@code /docs/Poll Worker Guide.pdf} is written {@code /docs/Poll%20Worker%20Guide.pdf}.
     */
    public static String encodePath(String sitePath) {
        StringBuilder out = new StringBuilder(sitePath.length() + 16);
        for (char c : sitePath.toCharArray()) {
            if (c <= ' ' || "#?()<>\"\\`".indexOf(c) >= 0) out.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /**
     * A site path with the percent-escapes of its path decoded, as a web server reads it: a link
     * written {@code /docs/Poll%20Worker%20Guide.pdf} names the file {@code docs/Poll Worker Guide.pdf}.
     * Escapes of '/', '?', '#' and '%' stay as written (decoded, they would change what the path
     * says), and so does a path whose escapes are not UTF-8; the fragment is left as it is.
     */
    public static String decodePath(String sitePath) {
        String path = stripFragment(sitePath);
        if (path.indexOf('%') < 0) return sitePath;
        StringBuilder out = new StringBuilder(path.length());
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        for (int i = 0; i < path.length(); ) {
            // A run of escapes is one UTF-8 sequence or several: decoded together.
            java.nio.ByteBuffer run = java.nio.ByteBuffer.allocate(path.length());
            while (escapedByte(path, i) >= 0) {
                run.put((byte) escapedByte(path, i));
                i += 3;
            }
            if (run.position() > 0) {
                try {
                    out.append(utf8.decode(run.flip()));
                } catch (java.nio.charset.CharacterCodingException e) {
                    return sitePath;
                }
            } else {
                out.append(path.charAt(i++));
            }
        }
        return out + sitePath.substring(path.length());
    }

    /** The byte that the escape at {@code i} stands for, or -1: not an escape, or one of '/', '?', '#', '%'. */
    private static int escapedByte(String path, int i) {
        if (i + 2 >= path.length() || path.charAt(i) != '%') return -1;
        int hi = Character.digit(path.charAt(i + 1), 16);
        int lo = Character.digit(path.charAt(i + 2), 16);
        int b = hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
        return b == '/' || b == '?' || b == '#' || b == '%' ? -1 : b;
    }

    /** The output file of a site path: "/briefs/x/" → "briefs/x/index.html". */
    public static String outputFile(String sitePath) {
        String p = stripFragment(sitePath).substring(1);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    /** The site path of an output file, the reverse of {@link #outputFile}: "briefs/x/index.html" → "/briefs/x/". */
    public static String sitePath(String outputFile) {
        return outputFile.endsWith("index.html") && (outputFile.length() == 10 || outputFile.endsWith("/index.html"))
                ? "/" + outputFile.substring(0, outputFile.length() - 10) : "/" + outputFile;
    }

    /** The relative href from the page at {@code fromPage} to the site path {@code to}. */
    public String relative(String fromPage, String to) {
        String target = stripFragment(to);
        String fragment = to.substring(target.length());
        if (target.equals(fromPage) && !fragment.isEmpty()) return fragment;
        int fromDir = fromPage.lastIndexOf('/') + 1;
        // The longest common run of whole folders: up to the last '/' both paths share.
        int common = 0;
        for (int i = 0; i < fromDir && i < target.length() && fromPage.charAt(i) == target.charAt(i); i++) {
            if (target.charAt(i) == '/') common = i;
        }
        StringBuilder sb = new StringBuilder(fromDir - common + target.length() - common + 16);
        for (int i = common + 1; i < fromDir; i++) if (fromPage.charAt(i) == '/') sb.append("../");
        sb.append(target, common + 1, target.length());
        if (target.endsWith("/")) {
            if (!pretty) sb.append("index.html");
            else if (sb.length() == 0) sb.append("./");
        }
        return sb.append(fragment).toString();
    }

    /**
     * Resolves a relative href written on the page at {@code fromPage} to a site path, or null
     * when it climbs above the site root.
     */
    public static String resolve(String fromPage, String href) {
        String quick = climb(fromPage, href);
        if (quick != null) return quick;
        String base = fromPage.substring(0, fromPage.lastIndexOf('/') + 1);
        String path = href.startsWith("/") ? href : base + href;
        String fragment = "";
        int cut = queryOrFragment(path);
        if (cut >= 0) {
            fragment = path.substring(cut);
            path = path.substring(0, cut);
        }
        // The output keeps "/segment" runs; starts[] marks where each kept segment starts, so ".."
        // drops the last one by truncating (the gate resolves every link of every page).
        StringBuilder out = new StringBuilder(path.length());
        int[] starts = new int[8];
        int depth = 0;
        for (int from = 0; from <= path.length(); ) {
            int slash = path.indexOf('/', from);
            if (slash < 0) slash = path.length();
            boolean lastSeg = slash == path.length();
            int len = slash - from;
            boolean keep = len > 0 || lastSeg;
            if (len == 2 && path.charAt(from) == '.' && path.charAt(from + 1) == '.') {
                if (depth == 0) return null;
                out.setLength(starts[--depth]);
                keep = lastSeg;
                from = slash;
            } else if (len == 1 && path.charAt(from) == '.') {
                keep = lastSeg;
                from = slash;
            }
            if (keep) {
                if (depth == starts.length) starts = java.util.Arrays.copyOf(starts, depth * 2);
                starts[depth++] = out.length();
                out.append('/').append(path, from, slash);
            }
            from = slash + 1;
        }
        return (depth == 0 ? "/" : out.toString()) + fragment;
    }

    /**
     * The common case of {@link #resolve}, without its segment walk: "../" some number of times,
     * then a rest with no "." or ".." segment and no empty one, resolves (from a page whose folder
     * has none either) to that folder so many levels up followed by the rest. Null when the href
     * is not of that form (or climbs above the root), for the general walk to decide.
     */
    private static String climb(String fromPage, String href) {
        if (href.startsWith("/")) return null;
        int up = 0;
        while (href.startsWith("../", up * 3)) up++;
        // The path is href[start, end): read in place, as the gate resolves every link of every page.
        int start = up * 3;
        int end = queryOrFragment(href);
        if (end < 0) end = href.length();
        if (href.startsWith(".", start) || href.startsWith("/", start) || within(href, "//", start, end)
                || within(href, "/.", start, end)) {
            return null;
        }
        int cut = fromPage.lastIndexOf('/');
        // The page's own folder must be in normal form too (pages are; the general walk handles any).
        if (cut < 0 || fromPage.lastIndexOf("//", cut) >= 0 || fromPage.lastIndexOf("/.", cut) >= 0) return null;
        for (int i = 0; i < up; i++) {
            cut = cut <= 0 ? -1 : fromPage.lastIndexOf('/', cut - 1);
            if (cut < 0) return null;
        }
        return new StringBuilder(cut + 1 + href.length() - start).append(fromPage, 0, cut + 1).append(href, start, href.length())
                .toString();
    }

    /** Whether {@code s} occurs in text[start, end). */
    private static boolean within(String text, String s, int start, int end) {
        int at = text.indexOf(s, start);
        return at >= 0 && at + s.length() <= end;
    }

    /** Where the query or fragment of a URL starts, or -1. */
    private static int queryOrFragment(String url) {
        // Two searches, not a charAt per character, which the quick compiler makes a call.
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        return query < 0 || fragment < 0 ? Math.max(query, fragment) : Math.min(query, fragment);
    }
}
