package dev.briefing.markdown;

import dev.briefing.diag.Pos;
import org.commonmark.node.CustomNode;

/**
 * A {@code [[kind:id]]} or {@code [[kind:id|text]]} link, or a {@code [[cite:id]]} citation.
 * The parser creates it ({@link WikiLinkProcessor}); a label's inline markup is kept as the
 * node's children. What it links to is the resolve stage's answer, kept in {@link LinkValues}
 * apart from the node, which never changes after the parse. Each node belongs to one document.
 */
public final class WikiLink extends CustomNode {
    private final String kind;
    private final String target;
    private final String label;
    private Pos pos;
    /** Its slot in the document's rendered HTML (see MarkdownEngine#render), and that slot's number. */
    String slot = "";
    int index;
    /** For a label with markup, the slot that closes the link after the label's nodes; else null. */
    String end;

    /**
     * What the link points to: an href and text, or a citation (its reference's number and
     * anchor in href, the source's title in text, and its own id on the page, which the
     * reference links back to), or nothing (broken).
     */
    /**
     * @param hreflang the language of the page it leads to when that is not the page's own (an item not yet
     *                 translated: the link leads to the default language's page), or null
     * @param textLang the language of the link's text when that is the target's untranslated title (rendering names
     *                 that language after the link, in the page's: {@link Words#untranslated}), or a cited source's
     *                 title in another language than the page's (marked as that language); else null
     */
    public record Resolution(String href, String text, int citation, String id, String hreflang, String textLang) {
        public static Resolution link(String href, String text) {
            return new Resolution(href, text, 0, null, null, null);
        }

        /** A link to a page in another language than the linking page's. */
        public static Resolution link(String href, String text, String hreflang, String textLang) {
            return new Resolution(href, text, 0, null, hreflang, textLang);
        }

        /** A citation; {@code titleLang} is the language of the source's title when it is not the page's, else null. */
        public static Resolution cite(String href, int number, String title, String id, String titleLang) {
            return new Resolution(href, title, number, id, null, titleLang);
        }
    }

    public WikiLink(String kind, String target, String label, Pos pos) {
        this.kind = kind;
        this.target = target;
        this.label = label;
        this.pos = pos;
    }

    /** As the parser makes it: the engine positions it once the parse is done. */
    WikiLink(String kind, String target, String label) {
        this(kind, target, label, null);
    }

    void at(Pos where) {
        this.pos = where;
    }

    public String kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    /** The link text the author gave after '|', or null. */
    public String label() {
        return label;
    }

    public Pos pos() {
        return pos;
    }

    public boolean isCitation() {
        return kind.equals("cite");
    }

    /** The original text, shown as-is when the link could not be resolved. */
    public String source() {
        return "[[" + kind + ":" + target + (label == null ? "" : "|" + label) + "]]";
    }
}
