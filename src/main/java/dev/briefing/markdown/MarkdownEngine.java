package dev.briefing.markdown;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.util.UrlPolicy;
import dev.briefing.yaml.MarkdownText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The site's Markdown dialect: CommonMark + GFM tables, strikethrough, autolinks and heading ids,
 * GFM footnotes, plus wiki links and [[cite:…]] citations. Built once per build; parser and renderer are immutable and
 * shared by all threads. Raw HTML is never passed through, unsafe URLs never rendered, and
 * input size and nesting are capped so any input parses and renders in bounded time and stack.
 */
public final class MarkdownEngine {
    public static final int MAX_CHARS = 1_000_000;
    public static final String HEADING_ID_PREFIX = "section-";
    public static final int MAX_DEPTH = 64;
    /** Links, images and wiki links per text: each is resolved and may be reported, so bound them. */
    public static final int MAX_LINKS = 10_000;

    private final Parser parser;
    /** The same parser without autolinking, for texts in which it can find nothing (see {@link #mayAutolink}). */
    private final Parser plainParser;
    private final HtmlRenderer renderer;

    public MarkdownEngine() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), new Footnotes());
        WikiLinkProcessor wikiLinks = new WikiLinkProcessor();
        SpacedLinkProcessor spacedLinks = new SpacedLinkProcessor();
        SpacedAutolinkParser.Factory spacedAutolinks = new SpacedAutolinkParser.Factory();
        parser = Parser.builder().extensions(extensions).linkProcessor(wikiLinks).linkProcessor(spacedLinks)
                .customInlineContentParserFactory(spacedAutolinks).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        plainParser = Parser.builder().extensions(extensions.stream().filter(e -> !(e instanceof AutolinkExtension)).toList())
                .linkProcessor(wikiLinks).linkProcessor(spacedLinks).customInlineContentParserFactory(spacedAutolinks)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .attributeProviderFactory(context -> new SafeUrls())
                .nodeRendererFactory(LinkRenderer::new)
                .nodeRendererFactory(MalformedLinkRenderer::new)
                .nodeRendererFactory(TextRenderer::new)
                .nodeRendererFactory(IdHeading.Renderer::new)
                .build();
    }

    /** Parses one Markdown text, reporting raw HTML, unsafe URLs and caps at their positions. */
    public MarkdownDoc parse(MarkdownText source, Diagnostics diags) {
        return parse(source, "", diags);
    }

    /**
     * Parses one Markdown text whose footnote ids start with {@code scope} (fn-{scope}1…), so
     * that texts shown on one page never share an id.
     */
    public MarkdownDoc parse(MarkdownText source, String scope, Diagnostics diags) {
        String text = source.text();
        if (text.length() > MAX_CHARS) {
            diags.error(Code.BRF041, source.start(), "Markdown text is " + text.length()
                    + " characters; the limit is " + MAX_CHARS, "split it into several briefs");
            return empty();
        }
        Node root = (mayAutolink(text) ? parser : plainParser).parse(text);
        Positions positions = new Positions(source);
        int depth = maxDepth(root);
        if (depth > MAX_DEPTH) {
            diags.error(Code.BRF041, source.start(), "Markdown nests " + depth + " levels deep; the limit is "
                    + MAX_DEPTH, "flatten the nested quotes or lists");
            return empty();
        }
        List<Object> slots = new ArrayList<>();
        List<WikiLink> wikiLinks = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<LinkRef> images = new ArrayList<>();
        List<LinkRef> spaced = new ArrayList<>();
        PlainText.Builder plain = new PlainText.Builder();
        Map<Node, Integer> claimIndex = claimIndex(root);
        int lastHeading = 1;
        // The heading ids, in document order: the heading-anchor extension's, given here to the renderer (IdHeading)
        // rather than worked out again by the extension, whose id generator compiles a pattern for each text.
        IdGenerator ids = IdGenerator.builder().build();
        java.util.Set<String> headingIds = new java.util.HashSet<>();
        List<String> headings = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        // Raw HTML by the block it is in: one warning for a block, not one per tag.
        java.util.Map<Node, List<Node>> rawHtml = new java.util.LinkedHashMap<>();
        List<Node> nodes = preorder(root);
        for (Node n : nodes) {
            if (n instanceof Text t) {
                addRun(plain, t, t.getLiteral(), positions.of(t, 0), verbatim(t, text), claimIndex);
            } else if (n instanceof WikiLink w) {
                w.at(firstBracket(w, true, positions));
                w.index = slots.size();
                w.slot = slot(slots, w);
                wikiLinks.add(w);
                if (w.getFirstChild() != null) w.end = slot(slots, new LinkEnd(w));
            } else if (n instanceof MalformedLink m) {
                Pos at = firstBracket(m, m.source.startsWith("[["), positions);
                diags.error(Code.BRF043, at, "malformed link " + m.source, m.hint);
                if (m.spaced != null) spaced.add(new LinkRef(m.spaced, at, -1));
                addRun(plain, m, m.source, at, false, claimIndex);
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                rawHtml.computeIfAbsent(blockOf(n), b -> new ArrayList<>()).add(n);
            } else if (n instanceof Link l && bareAutolink(l, source) && !UrlPolicy.isSafe(l.getDestination())) {
                // A bare address in prose whose scheme links may not use (s3://, ftp://) stays text.
                unwrap(l);
            } else if (n instanceof Link l) {
                checkUrl(l.getDestination(), positions.of(n, 0), diags);
                LinkRef ref = new LinkRef(l.getDestination(), positions.of(n, 0), slots.size());
                links.add(ref);
                l.setDestination(slot(slots, new LinkOpen(ref, l.getTitle())));
            } else if (n instanceof Image i) {
                checkUrl(i.getDestination(), positions.of(n, 0), diags);
                if (i.getFirstChild() == null) {
                    diags.warning(Code.BRF070, positions.of(n, 0), "image has no alt text",
                            "describe the image: ![what it shows](" + i.getDestination() + ")");
                }
                checkImageSite(i.getDestination(), positions.of(n, 0), diags);
                LinkRef ref = new LinkRef(i.getDestination(), positions.of(n, 0), slots.size());
                images.add(ref);
                i.setDestination(slot(slots, ref));
            } else if (n instanceof Heading h) {
                if (h.getLevel() > lastHeading + 1) {
                    diags.warning(Code.BRF071, positions.of(n, 0), "heading level " + h.getLevel()
                            + " follows level " + lastHeading, "use level " + (lastHeading + 1) + " here");
                }
                lastHeading = h.getLevel();
                String heading = headingText(h);
                headings.add(heading.strip());
                if (h.getLevel() == 2) sections.add(heading.strip());
                String id = ids.generateId(heading.trim().toLowerCase(Locale.ROOT));
                headingIds.add(id);
                IdHeading.replace(h, HEADING_ID_PREFIX + id);
            }
        }
        for (List<Node> html : rawHtml.values()) {
            List<String> tags = RawHtml.tags(html.stream().map(h -> h instanceof HtmlBlock b ? b.getLiteral()
                    : ((HtmlInline) h).getLiteral()).toList());
            diags.warning(Code.BRF040, positions.of(html.get(0), 0), RawHtml.message(tags), RawHtml.hint(tags));
        }
        for (FootnoteDefinition d : Footnotes.number(nodes, scope)) {
            diags.warning(Code.BRF044, positions.of(d, 0), "footnote [^" + d.getLabel() + "] is never referred to, so it is not shown",
                    "refer to it with [^" + d.getLabel() + "] in the text, or remove it (a label defined twice is shown once)");
        }
        int linkCount = wikiLinks.size() + links.size() + images.size();
        if (linkCount > MAX_LINKS) {
            diags.error(Code.BRF041, source.start(), "Markdown has " + linkCount + " links; the limit is "
                    + MAX_LINKS, "split it into several briefs");
            return empty();
        }
        List<Claim> claims = Claims.of(root, n -> positions.of(n, 0));
        // Rendered now, with a slot for each link: the tree is dropped, and rendering the page
        // later only fills the slots with what the resolve stage decided.
        String html = renderer.render(root);
        for (WikiLink w : wikiLinks) w.unlink();
        return new MarkdownDoc(html, slots, wikiLinks, links, images, plain.build(), headingIds,
                headings, sections, claims, spaced);
    }

    /**
     * Whether a text node's literal stands as it is in the source where the node starts (not so
     * after an escape or an entity), so that an offset in it is a column.
     */
    private static boolean verbatim(Text t, String source) {
        List<SourceSpan> spans = t.getSourceSpans();
        return !spans.isEmpty() && spans.get(0).getInputIndex() >= 0 && source.startsWith(t.getLiteral(), spans.get(0).getInputIndex());
    }

    /** The top-level blocks that are claims, by their index in the claims {@link Claims#of} reads. */
    private static Map<Node, Integer> claimIndex(Node root) {
        Map<Node, Integer> out = new java.util.IdentityHashMap<>();
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (Claims.isClaim(block)) out.put(block, out.size());
        }
        return out;
    }

    /** Adds a run of text with what it is part of: read from its ancestors, a few levels at most. */
    private static void addRun(PlainText.Builder plain, Node n, String literal, Pos at, boolean exact, Map<Node, Integer> claimIndex) {
        PlainText.Role role = PlainText.Role.PROSE;
        boolean inLink = false;
        Node block = null;
        Node top = n;
        for (Node p = n.getParent(); p != null && p.getParent() != null; top = p, p = p.getParent()) {
            if (p instanceof Link || p instanceof WikiLink || p instanceof Image) inLink = true;
            if (role == PlainText.Role.PROSE) {
                if (p instanceof Heading) role = PlainText.Role.HEADING;
                else if (p instanceof TableBlock) role = PlainText.Role.TABLE;
                else if (p instanceof FootnoteDefinition) role = PlainText.Role.NOTE;
            }
            if (block == null && (p instanceof Paragraph || p instanceof Heading || p instanceof TableCell)) block = p;
        }
        plain.add(literal, at, exact, role, inLink, claimIndex.getOrDefault(top, -1), block != null ? block : top);
    }

    /**
     * Whether the autolink extension could find a link in the text: it links only "scheme://…",
     * "www.…" and e-mail addresses, so a text without "://", "www." (in any case) and '@' parses
     * the same without it. Its scan of every text node was an eighth of all Markdown parsing.
     */
    static boolean mayAutolink(String text) {
        if (text.indexOf('@') >= 0 || text.contains("://")) return true;
        for (int i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) return true;
        }
        return false;
    }

    /**
     * Marks a slot in the HTML: NUL, its number, NUL. The parser turns every NUL of the text into
     * U+FFFD (as CommonMark requires), so no text can fake one.
     */
    private static final char SLOT = '\u0000';

    private static String slot(List<Object> slots, Object link) {
        slots.add(link);
        return SLOT + Integer.toString(slots.size() - 1) + SLOT;
    }

    /** The slot of one of the rendered text's own words ({@link Words}): NUL, a letter and what it needs, NUL. */
    static String word(char which, String argument) {
        return SLOT + (which + argument) + SLOT;
    }

    static final char FOOTNOTES = 'f';
    static final char BACK_TO_REFERENCE = 'b';
    /** The end of a Markdown link, with its opening slot's number. */
    static final char LINK_END = 'e';

    /**
     * Renders a document to HTML: its HTML with each slot filled in from what the resolve stage
     * decided, and its own words from {@code words}, in the page's language. Thread-safe.
     */
    public String render(MarkdownDoc doc, LinkValues values, Words words) {
        String template = doc.html();
        int at = template.indexOf(SLOT);
        if (at < 0) return template;
        StringBuilder sb = new StringBuilder(template.length() + 256);
        HtmlWriter html = new HtmlWriter(sb);
        int from = 0;
        while (at >= 0) {
            sb.append(template, from, at);
            int end = template.indexOf(SLOT, at + 1);
            char kind = template.charAt(at + 1);
            Object slot = kind == FOOTNOTES || kind == BACK_TO_REFERENCE ? null
                    : doc.slots().get(Integer.parseInt(template, kind == LINK_END ? at + 2 : at + 1, end, 10));
            if (kind == LINK_END) {
                html.tag("/a");
                String lang = values.hreflang(((LinkOpen) slot).ref());
                if (lang != null) html.text(" " + words.untranslated(lang));
            } else if (slot instanceof LinkOpen open) {
                // Its href escaped as the renderer escapes attribute values; unsafe URLs are dropped as SafeUrls did.
                String href = values.href(open.ref());
                java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
                attributes.put("href", UrlPolicy.isSafe(href) ? href : "");
                // A link to a page not translated into the page's language says so, as a wiki link does.
                String lang = values.hreflang(open.ref());
                if (lang != null) attributes.put("hreflang", lang);
                if (open.title() != null) attributes.put("title", open.title());
                html.tag("a", attributes);
            } else if (kind == FOOTNOTES) {
                html.text(words.footnotes());
            } else if (kind == BACK_TO_REFERENCE) {
                html.text(words.backToReference(template.substring(at + 2, end)));
            } else if (slot instanceof LinkRef ref) {
                // Escaped as the renderer escapes attribute values; unsafe URLs are dropped as SafeUrls did.
                String href = values.href(ref);
                html.text(UrlPolicy.isSafe(href) ? href : "");
            } else if (slot instanceof LinkEnd e) {
                if (values.of(e.link()) != null) {
                    html.tag("/a");
                    stamp(html, e.link(), words);
                }
            } else {
                WikiLink link = (WikiLink) slot;
                write(html, link, values.of(link), words);
            }
            from = end + 1;
            at = template.indexOf(SLOT, from);
        }
        return sb.append(template, from, template.length()).toString();
    }

    /** The end of a wiki link whose label has markup: its children are rendered between the two slots. */
    private record LinkEnd(WikiLink link) {
    }

    /**
     * A Markdown link's opening tag, filled in when rendered (its href, and its language when it leads to a page in
     * another); its text is rendered between it and its end ({@link #LINK_END}), which names the other language.
     */
    private record LinkOpen(LinkRef ref, String title) {
    }

    /** Where a citation's words put the source's title: a character no title holds. */
    private static final String TITLE_SLOT = "\uFFFF";

    private static void write(HtmlWriter html, WikiLink link, WikiLink.Resolution r, Words words) {
        if (link.end != null) {
            // A label with markup: only the opening tag goes here, the label and LinkEnd follow.
            if (r != null) html.tag("a", anchor(r));
        } else if (r == null) {
            html.text(link.source());
        } else if (link.isCitation()) {
            // Its name says which source it cites, not only "[1]"; its id is where the reference links back to.
            html.tag("sup", java.util.Map.of("class", "cite"));
            java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
            attributes.put("id", r.id());
            attributes.put("href", r.href());
            html.tag("a", attributes);
            html.text("[" + r.citation() + "]");
            html.tag("span", java.util.Map.of("class", "visually-hidden"));
            // The source's title keeps its own language (WCAG 3.1.2): "fuente: <span lang=en>Public Spaces</span>".
            String said = words.citation(TITLE_SLOT);
            int slot = said.indexOf(TITLE_SLOT);
            html.text(" " + said.substring(0, slot));
            if (r.textLang() != null) html.tag("span", java.util.Map.of("lang", r.textLang()));
            html.text(r.text());
            if (r.textLang() != null) html.tag("/span");
            html.text(said.substring(slot + TITLE_SLOT.length()));
            html.tag("/span");
            html.tag("/a");
            html.tag("/sup");
        } else {
            html.tag("a", anchor(r));
            html.text(r.text());
            html.tag("/a");
            if (r.hreflang() != null) html.text(" " + words.untranslated(r.hreflang()));
            stamp(html, link, words);
        }
    }

    /** After a link to an item that is no longer (or not yet) current, its stamp, as the theme's lists show it. */
    private static void stamp(HtmlWriter html, WikiLink link, Words words) {
        Words.Stamp stamp = words.stamp(link.kind(), link.target());
        if (stamp == null) return;
        html.text(" ");
        html.tag("strong", java.util.Map.of("class", "stamp stamp-" + stamp.status()));
        html.text(stamp.text());
        html.tag("/strong");
    }

    /** A link's attributes: a link to a page in another language says which (hreflang), and so does its text (lang). */
    private static java.util.Map<String, String> anchor(WikiLink.Resolution r) {
        if (r.hreflang() == null && r.textLang() == null) return java.util.Map.of("href", r.href());
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("href", r.href());
        if (r.hreflang() != null) attributes.put("hreflang", r.hreflang());
        // The words are another language's, the page linked this one's: [[site:publisher]] named as site.yaml writes it.
        if (r.textLang() != null) attributes.put("lang", r.textLang());
        return attributes;
    }

    private static MarkdownDoc empty() {
        return new MarkdownDoc("", List.of(), List.of(), List.of(), List.of(), PlainText.EMPTY, java.util.Set.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static void checkUrl(String url, Pos pos, Diagnostics diags) {
        if (url != null && "http".equals(UrlPolicy.scheme(url))) {
            diags.warning(Code.BRF076, pos, "insecure link " + url, "use https:// if the site offers it");
        }
        if (url != null && "tel".equals(UrlPolicy.scheme(url)) && !dev.briefing.util.Phones.isTelUrl(url)) {
            diags.error(Code.BRF131, pos, "malformed phone link '" + url + "'", dev.briefing.util.Phones.TEL_HINT);
        }
        if (url != null && !UrlPolicy.isSafe(url)) {
            diags.error(Code.BRF042, pos, "unsafe link URL with scheme '" + UrlPolicy.scheme(url) + ":'",
                    "links may use https:, http:, mailto: or tel:, or a site path");
        }
    }

    /**
     * An image given by a full address is fetched by every reader's browser from that address's site, which
     * then sees each visit: the site promises readers it loads nothing from other sites, so the image is
     * saved into content/static/ and linked by its site path (which the build also checks). An error, not a warning: a
     * build without --strict would otherwise publish a tracker on a site whose privacy page says it has none. The site's own
     * base_url is not known here, so a full address on it is reported too, with the same remedy.
     */
    private static void checkImageSite(String url, Pos pos, Diagnostics diags) {
        if (url == null || !loadsFromElsewhere(url)) return;
        String name = fileName(url);
        diags.error(Code.BRF171, pos, "image loaded by its full address: " + url,
                "every reader's browser would fetch it from that site, which would see the visit, and the build cannot check it;"
                        + " save the image as content/static/img/" + name + " and write ![…](/img/" + name + ")");
    }

    /** Whether a browser would fetch the address from another host: a scheme with a host, or '//host' (also written with '\\'). */
    static boolean loadsFromElsewhere(String url) {
        String s = url.strip();
        String scheme = UrlPolicy.scheme(s);
        if (scheme != null) return scheme.equals("http") || scheme.equals("https");
        return s.length() > 1 && (s.charAt(0) == '/' || s.charAt(0) == '\\') && (s.charAt(1) == '/' || s.charAt(1) == '\\');
    }

    /** The last segment of an address's path, for the name to save the file under ("image.png" when it has none). */
    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches("[A-Za-z0-9._-]+\\.[A-Za-z0-9]+") ? last : "image.png";
    }

    /**
     * Where a wiki link (or a near-miss) was written: at its first bracket. The parser's node
     * starts at the inner bracket of "[[", one column after the outer one.
     */
    private static Pos firstBracket(Node link, boolean doubled, Positions positions) {
        Pos inner = positions.of(link, 0);
        return doubled && inner.column() > 1 ? new Pos(inner.path(), inner.line(), inner.column() - 1) : inner;
    }

    /**
     * Whether the autolink extension made this link from a bare address in the text, not from
     * [text](url) or &lt;url&gt;: its source does not start with a bracket.
     */
    private static boolean bareAutolink(Link l, MarkdownText source) {
        List<SourceSpan> spans = l.getSourceSpans();
        if (spans.isEmpty()) return false;
        int at = spans.get(0).getInputIndex();
        String text = source.text();
        return at >= 0 && at < text.length() && text.charAt(at) != '[' && text.charAt(at) != '<';
    }

    /** Replaces a link by its text. */
    private static void unwrap(Link l) {
        Node child = l.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            l.insertBefore(child);
            child = next;
        }
        l.unlink();
    }

    /** The block a node is in (itself, for a block). */
    private static Node blockOf(Node n) {
        Node b = n;
        while (!(b instanceof org.commonmark.node.Block) && b.getParent() != null) b = b.getParent();
        return b;
    }

    static String headingText(Heading h) {
        StringBuilder sb = new StringBuilder();
        for (Node n : preorder(h)) {
            if (n instanceof Text t) sb.append(t.getLiteral());
            else if (n instanceof org.commonmark.node.Code c) sb.append(c.getLiteral());
        }
        return sb.toString();
    }

    /** All nodes in document order, without recursion (trees may be deep). */
    static List<Node> preorder(Node root) {
        List<Node> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n);
            // Pushed last to first, so the first child is popped next.
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        return out;
    }

    static int maxDepth(Node root) {
        int max = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            if (d > MAX_DEPTH) return d;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return max;
    }

    /** Maps source spans of the parsed text back to file positions. */
    private record Positions(MarkdownText source) {
        Pos of(Node node, int offset) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) return source.start();
            SourceSpan span = spans.get(0);
            int line = source.start().line() + span.getLineIndex();
            int column = span.getColumnIndex() + offset + 1
                    + (span.getLineIndex() == 0 ? source.start().column() - 1 : source.indent());
            return new Pos(source.start().path(), line, column);
        }
    }

    /**
     * Drops any href or src that is not safe (slots are checked when filled). The parse already
     * reported it as an error, so this only matters if a caller renders despite errors: nothing
     * unsafe is ever written.
     */
    private static final class SafeUrls implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
            attributes.computeIfPresent("href", (k, v) -> isSlot(v) || UrlPolicy.isSafe(v) ? v : "");
            attributes.computeIfPresent("src", (k, v) -> isSlot(v) || UrlPolicy.isSafe(v) ? v : "");
        }

        private static boolean isSlot(String v) {
            return !v.isEmpty() && v.charAt(0) == SLOT;
        }
    }

    /** Wiki links and Markdown links: each written as slots, which rendering a page fills with what the resolve stage decided. */
    private static final class LinkRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final HtmlNodeRendererContext context;

        LinkRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLink.class, Link.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link markdown) {
                // Two slots around its text, its opening tag and its end, filled in when the page is rendered (in place
                // of commonmark's own rendering, which could not add the language of the page it leads to).
                String open = markdown.getDestination();
                html.raw(open);
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
                html.raw(word(LINK_END, open.substring(1, open.length() - 1)));
                return;
            }
            WikiLink link = (WikiLink) node;
            html.raw(link.slot);
            if (link.end == null) return;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
            html.raw(link.end);
        }
    }

    /** Near-miss link syntax is shown as written (it is reported as an error too). */
    private static final class MalformedLinkRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MalformedLinkRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MalformedLink.class);
        }

        @Override
        public void render(Node node) {
            html.text(((MalformedLink) node).source);
        }
    }

    /**
     * Text as commonmark's own renderer writes it (HtmlWriter.text: '&', '<', '>' and '"' escaped), but tested for
     * them with indexOf before any is looked for a character at a time: its loop makes each String.charAt a call under
     * the quick compiler, and nearly no text has one of them.
     */
    private static final class TextRenderer implements NodeRenderer {
        private final HtmlWriter html;

        TextRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(org.commonmark.node.Text.class);
        }

        @Override
        public void render(Node node) {
            String text = ((org.commonmark.node.Text) node).getLiteral();
            if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('"') < 0) html.raw(text);
            else html.text(text);
        }
    }
}
