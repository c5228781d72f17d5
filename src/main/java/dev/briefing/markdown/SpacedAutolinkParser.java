package dev.briefing.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * An autolink whose address has a space, {@code <https://example.org/a b>}: CommonMark takes no
 * such autolink, so it would be published as the text as written, angle brackets and all. It
 * becomes a {@link MalformedLink} whose hint writes each space as {@code %20}, as
 * {@link SpacedLinkProcessor} does for {@code [text](address)}. Only an address with a scheme links
 * may use counts, so a remark in angle brackets ({@code <note: see below>}) stays prose. Tried before
 * commonmark's own autolink parser, it leaves every other {@code <} to it.
 */
final class SpacedAutolinkParser implements InlineContentParser {
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|mailto:|tel:)\\S.*");

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
            return new SpacedAutolinkParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next('<');
        StringBuilder address = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != '>' && scanner.peek() != '<' && scanner.peek() != '\n') {
            address.append(scanner.peek());
            scanner.next();
        }
        String written = address.toString();
        if (!scanner.next('>') || written.indexOf(' ') < 0 || !ADDRESS.matcher(written).matches()) {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        String escaped = written.strip().replace(" ", "%20");
        return ParsedInline.of(new MalformedLink("<" + written + ">", "an address has no spaces: write each one as %20, <"
                + escaped + ">"), scanner.position());
    }
}
