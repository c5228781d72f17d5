package dev.briefing.markdown;

import dev.briefing.diag.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Reads a parsed text's top-level blocks as {@link Claim}s, for the citation lints: whether each
 * cites a source, has words enough to make a claim, and quotes someone.
 */
final class Claims {
    /**
     * Fewer words than this outside links and images ("See [[brief:x]].", "Call 911.", a map with its alt text) make
     * no claim to cite.
     */
    static final int MIN_WORDS = 5;
    /** A quoted phrase: straight or curly double quotes around at least two characters. */
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”\\n]{2,}[\"”]");
    /**
     * Words that attribute a quotation to someone, looked for in the quotation's own sentence.
     * ("states", "describes" and "notes" are left out: "the United States", "the events it describes".)
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|say|called|calls|warned|warns|told|tells"
            + "|stated|wrote|writes|declared|urged|urges|asked|according to)\\b", Pattern.CASE_INSENSITIVE);

    private Claims() {
    }

    static List<Claim> of(Node root, Function<Node, Pos> pos) {
        // Each top-level block's nodes are a run of the document's, from it to the next top-level block: one walk of
        // the document, not two or three of every block (every text of every item is read here at each build).
        List<Node> all = MarkdownEngine.preorder(root);
        Map<Node, List<Node>> nodesOf = new IdentityHashMap<>();
        for (int start = 1, i = 2; start < all.size(); i++) {
            if (i == all.size() || all.get(i).getParent() == root) {
                nodesOf.put(all.get(start), all.subList(start, i));
                start = i;
            }
        }
        List<Claim> out = new ArrayList<>();
        List<Heading> open = new ArrayList<>();
        List<String> openTexts = new ArrayList<>();
        List<String> headings = List.of();
        Map<String, FootnoteDefinition> notes = new HashMap<>();
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition d) notes.putIfAbsent(d.getLabel(), d);
        }
        Node previous = null;
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).getLevel() >= h.getLevel()) {
                        open.remove(k);
                        openTexts.remove(k);
                    }
                }
                open.add(h);
                openTexts.add(MarkdownEngine.headingText(h).strip());
                headings = List.copyOf(openTexts);
            } else if (isClaim(block)) {
                List<Node> nodes = nodesOf.get(block);
                java.util.Set<String> sources = new java.util.LinkedHashSet<>();
                cites(nodes, notes, nodesOf, sources);
                if (block instanceof ListBlock && introduces(previous)) cites(nodesOf.get(previous), notes, nodesOf, sources);
                // The quick test (a quotation mark anywhere in the block) first.
                boolean quote = sources.isEmpty() && hasQuotationMark(nodes)
                        && nodes.stream().anyMatch(n -> n instanceof Paragraph && hasQuotationMark(MarkdownEngine.preorder(n))
                                && attributedQuote(text(n)));
                out.add(new Claim(pos.apply(block), headings, List.copyOf(sources), hasWords(block, nodes, MIN_WORDS), quote));
            }
            previous = block;
        }
        return out;
    }

    /** Whether a paragraph quotes someone: a quotation whose sentence, outside the quotes, names a speaker's verb. */
    static boolean attributedQuote(String paragraph) {
        Matcher m = QUOTED.matcher(paragraph);
        while (m.find()) {
            String before = paragraph.substring(sentenceStart(paragraph, m.start()), m.start());
            String after = paragraph.substring(m.end(), sentenceEnd(paragraph, m.end()));
            if (ATTRIBUTION.matcher(before).find() || ATTRIBUTION.matcher(after).find()) return true;
        }
        return false;
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 2; i >= 0; i--) {
            if (isEnd(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (isEnd(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        return text.length();
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** The top-level blocks that may make claims: paragraphs, lists, block quotes and tables. */
    static boolean isClaim(Node block) {
        return block instanceof Paragraph || block instanceof ListBlock || block instanceof BlockQuote || block instanceof TableBlock;
    }

    /** A paragraph ending in ':' introduces the list after it, and what it cites vouches for the list. */
    private static boolean introduces(Node previous) {
        return previous instanceof Paragraph && text(previous).strip().endsWith(":");
    }

    /**
     * Adds the sources a block cites itself (its nodes given), or through a footnote whose note does.
     *
     * @param nodesOf each top-level block's nodes, footnotes' among them
     */
    private static void cites(List<Node> nodes, Map<String, FootnoteDefinition> notes, Map<Node, List<Node>> nodesOf,
            java.util.Set<String> sources) {
        for (Node n : nodes) {
            if (n instanceof WikiLink w && w.isCitation()) sources.add(w.target());
            if (n instanceof FootnoteReference r && notes.containsKey(r.getLabel())) {
                cites(nodesOf.get(notes.get(r.getLabel())), Map.of(), nodesOf, sources);
            }
        }
    }

    /** The block's text, link text included. */
    private static String text(Node block) {
        StringBuilder sb = new StringBuilder();
        for (Node n : MarkdownEngine.preorder(block)) {
            if (n instanceof Text t) sb.append(t.getLiteral()).append(' ');
        }
        return sb.toString();
    }

    /** Whether a text is a link's (whose page makes the claim) or an image's alt text (which describes, not claims). */
    private static boolean insideLinkOrImage(Node n, Node stop) {
        for (Node p = n.getParent(); p != null && p != stop; p = p.getParent()) {
            if (p instanceof Link || p instanceof WikiLink || p instanceof Image) return true;
        }
        return false;
    }

    /** Whether the block (its nodes given) has at least {@code min} words of its own, outside links and images; stops counting there. */
    private static boolean hasWords(Node block, List<Node> nodes, int min) {
        int n = 0;
        for (Node node : nodes) {
            if (!(node instanceof Text t) || insideLinkOrImage(t, block)) continue;
            String text = t.getLiteral();
            boolean in = false;
            for (int i = 0; i < text.length(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !in && ++n >= min) return true;
                in = letter;
            }
        }
        return false;
    }

    private static boolean hasQuotationMark(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Text t && (t.getLiteral().indexOf('"') >= 0 || t.getLiteral().indexOf('“') >= 0)) return true;
        }
        return false;
    }
}
