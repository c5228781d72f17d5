package dev.briefing.markdown;

import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a GFM footnote reference, {@code [^label]}, against the definitions the footnotes
 * extension's block parser found. The extension's own link processor (0.30.0, the only release
 * served here) calls a {@code LinkInfo} method the 0.32.0 core no longer has, so this one takes
 * its place; the extension still parses the definitions and renders both.
 * A reference without a definition is a {@link MalformedLink}: GFM would show it as text, and
 * a typo would reach the page silently. Stateless and shared by all threads.
 */
final class FootnoteProcessor implements LinkProcessor {
    /** GFM footnote labels: a caret, then no whitespace and no brackets. */
    private static final Pattern LABEL = Pattern.compile("\\^[^\\s\\[\\]]+");

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.marker() != null) return LinkResult.none();
        String text = info.text(scanner);
        if (!LABEL.matcher(text).matches()) return LinkResult.none();
        // [^x][ref] with a defined [ref] is a link, as in GFM.
        if (info.label() != null && context.getDefinition(LinkReferenceDefinition.class, info.label()) != null) {
            return LinkResult.none();
        }
        FootnoteDefinition definition = context.getDefinition(FootnoteDefinition.class, text.substring(1));
        if (definition == null) {
            return LinkResult.replaceWith(new MalformedLink("[" + text + "]", "no footnote " + text.substring(1)
                    + " is defined: add a line '[" + text + "]: the note' below the paragraph"), info.afterTextBracket());
        }
        // The definition's own label, so that the engine can number references and definitions alike.
        return LinkResult.replaceWith(new FootnoteReference(definition.getLabel()), info.afterTextBracket());
    }
}
