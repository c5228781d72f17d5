package dev.briefing.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.internal.FootnoteBlockParser;
import org.commonmark.ext.footnotes.internal.FootnoteHtmlNodeRenderer;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * GFM footnotes: {@code [^label]} in the text, {@code [^label]: note} below it. The footnotes
 * extension parses the definitions and renders the notes; {@link FootnoteProcessor} reads the
 * references (see there why). Immutable.
 */
final class Footnotes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new FootnoteBlockParser.Factory());
        parser.linkProcessor(new FootnoteProcessor());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(FootnoteHtmlNodeRenderer::new);
        // The notes' section gets a name, so that it is a landmark a screen reader can announce. It
        // and each note's way back are named in the language of the page that shows the text: slots
        // here, filled in when the text is rendered (see Words).
        renderer.attributeProviderFactory(context -> (node, tag, attributes) -> {
            if (tag.equals("section")) attributes.put("aria-label", MarkdownEngine.word(MarkdownEngine.FOOTNOTES, ""));
            String back = attributes.get("aria-label");
            if (tag.equals("a") && "footnote-backref".equals(attributes.get("class")) && back != null) {
                // The extension's "Back to reference 1": its number, for the page's own words.
                attributes.put("aria-label", MarkdownEngine.word(MarkdownEngine.BACK_TO_REFERENCE, back.substring(back.lastIndexOf(' ') + 1)));
            }
        });
    }

    /**
     * Renames every footnote to {@code scope} + its number, in the order of the definitions, and
     * returns the definitions nothing refers to. The renderer makes ids from labels ("fn-" +
     * label): numbers give valid ids whatever the label, and the scope keeps them apart when a
     * page shows several texts (the entries of a glossary, an entry's sections).
     */
    static List<FootnoteDefinition> number(List<Node> nodes, String scope) {
        Map<String, String> numbers = new HashMap<>();
        List<FootnoteDefinition> definitions = new ArrayList<>();
        List<FootnoteReference> references = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof FootnoteDefinition d) {
                definitions.add(d);
                numbers.putIfAbsent(d.getLabel(), scope + (numbers.size() + 1));
            } else if (n instanceof FootnoteReference r) {
                references.add(r);
            }
        }
        if (definitions.isEmpty()) return List.of();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (FootnoteReference r : references) {
            used.add(r.getLabel());
            FootnoteReference renamed = new FootnoteReference(numbers.get(r.getLabel()));
            renamed.setSourceSpans(r.getSourceSpans());
            r.insertBefore(renamed);
            r.unlink();
        }
        List<FootnoteDefinition> unused = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FootnoteDefinition d : definitions) {
            // A second definition of a label is never shown: the first one wins, as for links.
            if (!used.contains(d.getLabel()) || !seen.add(d.getLabel())) {
                unused.add(d);
                continue;
            }
            FootnoteDefinition renamed = new FootnoteDefinition(numbers.get(d.getLabel()));
            renamed.setSourceSpans(d.getSourceSpans());
            for (Node child = d.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                renamed.appendChild(child);
                child = next;
            }
            d.insertBefore(renamed);
            d.unlink();
        }
        return unused;
    }
}
