package dev.briefing.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the ids and link attributes of one HTML page in a single forward scan, without building a
 * tree: a full parse of every page was most of the link gate's cost. It finds what the gate's jsoup
 * selection found ({@code [id]}, {@code a[name]}, {@code a[href]}, {@code link[href]},
 * {@code img[src]}, {@code script[src]}, {@code source[src]}, {@code form[action]}) in well-formed
 * HTML such as templates and the Markdown renderer write: it skips comments, doctypes and the text
 * of raw-text elements (script, style, title, textarea), and decodes character references in
 * attribute values as jsoup does. It does not repair broken markup.
 */
final class HtmlLinks {
    private static final String[] WANTED = {"href", "id", "src", "name", "action", "property", "content"};
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");

    /**
     * The ids on a page, its link values in document order (href, else src, else action), and the
     * absolute addresses of its share images (meta og:image and twitter:image), which must be
     * absolute and name the site's own files.
     */
    record Found(Set<String> ids, List<String> links, List<String> images) {
    }

    /** The page as UTF-8: every byte the scan looks for is ASCII, which UTF-8 never uses inside another character. */
    private final byte[] s;
    private int i;

    private HtmlLinks(byte[] utf8) {
        this.s = utf8;
    }

    /** Scans the bytes a build writes anyway: indexing an array is cheaper than reading a String a character at a time. */
    static Found scan(byte[] utf8) {
        return new HtmlLinks(utf8).run();
    }

    private Found run() {
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        List<String> images = new ArrayList<>();
        int n = s.length;
        while (true) {
            int lt = indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            i = lt + 1;
            char c = at(i);
            if (startsWith("!--", i)) {
                int end = indexOf("-->", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '!' || c == '?') {
                int end = indexOf('>', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/') {
                int end = indexOf('>', i);
                i = end < 0 ? n : end + 1;
            } else if (isAsciiLetter(c)) {
                String tag = name();
                String id = null;
                String name = null;
                String href = null;
                String src = null;
                String action = null;
                String property = null;
                String content = null;
                boolean hasId = false;
                while (true) {
                    skipSpaceAndSlash();
                    if (i >= n || at(i) == '>') break;
                    // Attribute names are compared in place: most attributes are not wanted, so
                    // neither their names nor their values are copied.
                    int nameStart = i;
                    int nameEnd = attrNameEnd();
                    String attr = wanted(nameStart, nameEnd);
                    String value = attrValue(attr != null);
                    if (attr == null) continue;
                    // The first of duplicate attributes wins, as in HTML.
                    switch (attr) {
                        case "id" -> {
                            if (!hasId) id = value;
                            hasId = true;
                        }
                        case "name" -> name = name == null ? value : name;
                        case "href" -> href = href == null ? value : href;
                        case "src" -> src = src == null ? value : src;
                        case "property" -> property = property == null ? value : property;
                        case "content" -> content = content == null ? value : content;
                        default -> action = action == null ? value : action;
                    }
                }
                if (i < n) i++;
                if (hasId) ids.add(id);
                if (tag.equals("a") && name != null) ids.add(name);
                boolean selected = switch (tag) {
                    case "a", "link" -> href != null;
                    case "img", "script", "source" -> src != null;
                    case "form" -> action != null;
                    default -> false;
                };
                if (selected) links.add(href != null ? href : src != null ? src : action);
                if (tag.equals("meta") && content != null && ("og:image".equals(property) || "twitter:image".equals(name))) {
                    images.add(content);
                }
                if (!tag.isEmpty() && RAW_TEXT.contains(tag)) skipRawText(tag);
            }
        }
        return new Found(ids, links, images);
    }

    /** The byte at {@code k} as a char: ASCII as itself, any byte of a multi-byte character above 0x7F. */
    private char at(int k) {
        return (char) (s[k] & 0xff);
    }

    private int indexOf(char c, int from) {
        for (int k = from; k < s.length; k++) if (s[k] == c) return k;
        return -1;
    }

    private int indexOf(String text, int from) {
        for (int k = indexOf(text.charAt(0), from); k >= 0; k = indexOf(text.charAt(0), k + 1)) {
            if (startsWith(text, k)) return k;
        }
        return -1;
    }

    private boolean startsWith(String text, int from) {
        if (from + text.length() > s.length) return false;
        for (int k = 0; k < text.length(); k++) if (s[from + k] != text.charAt(k)) return false;
        return true;
    }

    /** Whether the bytes at {@code from} are {@code text} (ASCII), ignoring ASCII case. */
    private boolean matchesIgnoreCase(int from, String text) {
        if (from + text.length() > s.length) return false;
        for (int k = 0; k < text.length(); k++) {
            char c = at(from + k);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != text.charAt(k)) return false;
        }
        return true;
    }

    /** Tag names the scan acts on: elements whose links it reads, and raw-text elements. */
    private static final String[] TAGS = {"a", "link", "img", "script", "source", "form", "meta", "style", "title",
            "textarea", "xmp", "iframe", "noembed", "noframes"};

    /**
     * Moves past a tag name; returns it (lowercase) if the scan acts on that element, else "".
     * Compared in place: a page has thousands of tags, and most are none of these.
     */
    private String name() {
        int start = i;
        while (i < s.length && !isSpace(at(i)) && at(i) != '>' && at(i) != '/') i++;
        return among(TAGS_BY_LENGTH, start, i, "");
    }

    /** Tags and wanted attribute names by their length: a name is compared only with those of its own. */
    private static final String[][] TAGS_BY_LENGTH = byLength(TAGS);
    private static final String[][] WANTED_BY_LENGTH = byLength(WANTED);

    private static String[][] byLength(String[] names) {
        String[][] out = new String[java.util.Arrays.stream(names).mapToInt(String::length).max().orElse(0) + 1][];
        for (int n = 0; n < out.length; n++) {
            int length = n;
            out[n] = java.util.Arrays.stream(names).filter(w -> w.length() == length).toArray(String[]::new);
        }
        return out;
    }

    /** The name of {@code names} that the bytes [start, end) are (any case), else {@code none}. */
    private String among(String[][] names, int start, int end, String none) {
        if (end - start >= names.length) return none;
        for (String name : names[end - start]) {
            if (matchesIgnoreCase(start, name)) return name;
        }
        return none;
    }

    /** Moves past an attribute name and returns where it ends. */
    private int attrNameEnd() {
        i++; // the first character belongs to the name even if it is '=' (as HTML tokenises it)
        while (i < s.length) {
            char c = at(i);
            if (isSpace(c) || c == '>' || c == '/' || c == '=') break;
            i++;
        }
        return i;
    }

    /** The attribute name in [start, end) if it is one the scan keeps (any case), else null. */
    private String wanted(int start, int end) {
        return among(WANTED_BY_LENGTH, start, end, null);
    }

    /** The value after '=', decoded when {@code keep}, else skipped; "" for an attribute without one. */
    private String attrValue(boolean keep) {
        int save = i;
        while (i < s.length && isSpace(at(i))) i++;
        if (i >= s.length || at(i) != '=') {
            i = save;
            return "";
        }
        i++;
        while (i < s.length && isSpace(at(i))) i++;
        if (i >= s.length) return "";
        char q = at(i);
        int start;
        int end;
        if (q == '"' || q == '\'') {
            start = i + 1;
            end = indexOf(q, start);
            if (end < 0) end = s.length;
            i = Math.min(end + 1, s.length);
        } else {
            start = i;
            while (i < s.length && !isSpace(at(i)) && at(i) != '>') i++;
            end = i;
        }
        if (!keep) return null;
        String raw = new String(s, start, end - start, StandardCharsets.UTF_8);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private void skipSpaceAndSlash() {
        while (i < s.length && (isSpace(at(i)) || at(i) == '/')) i++;
    }

    /** Moves past the text of a raw-text element, up to its end tag (matched case-insensitively). */
    private void skipRawText(String tag) {
        String end = "</" + tag;
        int from = i;
        while (true) {
            int at = indexOf("</", from);
            if (at < 0) {
                i = s.length;
                return;
            }
            if (matchesIgnoreCase(at, end)) {
                int after = at + end.length();
                if (after >= s.length || isSpace(at(after)) || at(after) == '>' || at(after) == '/') {
                    i = at;
                    return;
                }
            }
            from = at + 2;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
