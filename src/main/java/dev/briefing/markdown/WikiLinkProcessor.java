package dev.briefing.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code [[kind:id]]} and {@code [[kind:id|label]]} as the parser meets each bracket, the
 * way commonmark-java's footnotes extension reads {@code [^1]}: the label keeps its inline markup,
 * and code spans or escaped brackets are never links. Near-misses an editor would not notice on
 * the page (a capitalised kind, spaces inside the brackets, a missing bracket, single brackets
 * around a known kind) become {@link MalformedLink}s, which the engine reports with a hint.
 * Stateless, so one instance serves every parse on every thread.
 */
final class WikiLinkProcessor implements LinkProcessor {
    /** Every kind a wiki link may name (model.Kind's singulars, cite and site; a test keeps them equal). */
    static final Set<String> KINDS = Set.of("brief", "page", "threat", "target", "driver", "indicator", "event",
            "incident", "advisory", "agency", "resource", "channel", "term", "source", "cite", "site");
    /**
     * kind:target, then |label; the label may span lines and hold markup. A kind of any letters, so that one written
     * in a translator's words ([[página:…]]) is reported as an unknown kind, not published as bracketed text.
     */
    private static final Pattern LINK = Pattern.compile("(\\p{L}+)\\s*:\\s*([^\\[\\]|\\n]*?)\\s*(?:\\|(.*))?",
            Pattern.DOTALL);

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null || info.marker() != null) return LinkResult.none();
        String text = info.text(scanner);
        String stripped = text.strip();
        Matcher m = LINK.matcher(stripped);
        if (!m.matches() || m.group(2).isEmpty()) return LinkResult.none();
        String kind = m.group(1);
        String target = m.group(2);
        String label = m.group(3);
        Text opener = info.openingBracket();
        // The outer bracket of "[[" is a text node of its own, one character of source; "\\[[" is
        // an escaped bracket, written so that the link shows as text.
        int before = opener.getPrevious() instanceof Text t && t.getLiteral().equals("[")
                ? t.getSourceSpans().stream().mapToInt(org.commonmark.node.SourceSpan::getLength).sum() : 0;
        if (before == 2) return LinkResult.none();
        boolean outer = before == 1;
        scanner.setPosition(info.afterTextBracket());
        boolean closed = scanner.peek() == ']';
        boolean known = KINDS.contains(kind.toLowerCase(Locale.ROOT));
        if (!outer && !closed) {
            // [brief:x]: a reference link if the text defines one, else double brackets were meant.
            if (!known || context.getDefinition(LinkReferenceDefinition.class, text) != null) return LinkResult.none();
            return malformed("[" + text + "]", "a link needs double brackets: [[" + clean(kind, target, label) + "]]",
                    info, scanner);
        }
        if (!outer) {
            if (!known) return LinkResult.none();
            scanner.next();
            return malformed("[" + text + "]]", "the link is missing its opening bracket: write [[" + clean(kind, target, label) + "]]",
                    info, scanner);
        }
        ((Text) opener.getPrevious()).setLiteral("");
        if (!closed) {
            return malformed("[[" + text + "]", "the link is missing its closing bracket: write [[" + clean(kind, target, label) + "]]",
                    info, scanner);
        }
        scanner.next();
        if (!kind.equals(kind.toLowerCase(Locale.ROOT)) && known) {
            return malformed("[[" + text + "]]", "link kinds are written in lowercase: [[" + clean(kind, target, label) + "]]",
                    info, scanner);
        }
        if (!text.equals(stripped) || !stripped.startsWith(kind + ":" + target)) {
            return malformed("[[" + text + "]]", "remove the spaces inside the brackets: [[" + clean(kind, target, label) + "]]",
                    info, scanner);
        }
        WikiLink link = new WikiLink(kind, target, label == null ? null : label.strip());
        if (label == null || kind.equals("cite")) return LinkResult.replaceWith(link, scanner.position());
        // The label's nodes become the link's children, without the "kind:target|" that starts them.
        Node first = opener.getNext();
        if (!(first instanceof Text t) || !t.getLiteral().startsWith(kind + ":" + target + "|")) {
            return LinkResult.replaceWith(link, scanner.position());
        }
        t.setLiteral(t.getLiteral().substring(kind.length() + target.length() + 2));
        return LinkResult.wrapTextIn(link, scanner.position());
    }

    private static LinkResult malformed(String source, String hint, LinkInfo info, Scanner scanner) {
        return LinkResult.replaceWith(new MalformedLink(source, hint), scanner.position());
    }

    /** The link as it should have been written. */
    private static String clean(String kind, String target, String label) {
        return kind.toLowerCase(Locale.ROOT) + ":" + target.strip() + (label == null ? "" : "|" + label.strip());
    }
}
