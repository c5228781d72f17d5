package dev.briefing.markdown;

import java.util.regex.Pattern;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * A Markdown link whose address has a space, {@code [the guide](/docs/Poll Worker Guide.pdf)}: CommonMark
 * takes no such address, so it would be published as the text as written. It becomes a
 * {@link MalformedLink} whose hint writes each space as {@code %20}. Only what reads as an address
 * counts (a site path, a scheme, a file name), so "[1] (see page 4)" in prose stays prose.
 */
final class SpacedLinkProcessor implements LinkProcessor {
    private static final Pattern ADDRESS = Pattern.compile("(?:/|\\./|\\.\\./|[A-Za-z][A-Za-z0-9+.-]*:).*|.*\\.[A-Za-z0-9]{1,5}");

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null) return LinkResult.none();
        String text = info.text(scanner);
        scanner.setPosition(info.afterTextBracket());
        if (!scanner.next('(')) return LinkResult.none();
        StringBuilder address = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != ')' && scanner.peek() != '\n' && scanner.peek() != '(') {
            address.append(scanner.peek());
            scanner.next();
        }
        String written = address.toString().strip();
        if (!scanner.next(')') || written.indexOf(' ') < 0 || !ADDRESS.matcher(written).matches()) return LinkResult.none();
        String marker = info.marker() == null ? "" : info.marker().getLiteral();
        String link = marker + "[" + text + "](";
        LinkResult result = LinkResult.replaceWith(new MalformedLink(link + address + ")", "an address has no spaces:"
                + " write each one as %20, " + link + written.replace(" ", "%20") + ")", written), scanner.position());
        return marker.isEmpty() ? result : result.includeMarker();
    }
}
