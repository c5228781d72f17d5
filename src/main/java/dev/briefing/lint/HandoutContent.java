package dev.briefing.lint;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.HANDOUT;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.TextKey;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A brief's or page's handout prints, of its text, only the sections (## headings) listed under
 * 'advice:' (a resource's prints its whole body): one that lists none of them would be printed
 * with its title, summary and How to report block alone, which nothing said (walkthrough 8 of issue 26).
 */
final class HandoutContent {
    private HandoutContent() {
    }

    static void check(Item item, Diagnostics diags) {
        if (item.kind() != Kind.BRIEF && item.kind() != Kind.PAGE || !item.fields().get(HANDOUT)) return;
        MarkdownDoc body = item.markdown().get(TextKey.BODY);
        List<String> sections = body == null ? List.of() : body.sections();
        Set<String> advice = item.fields().get(ADVICE).stream().map(HandoutContent::normal).collect(Collectors.toSet());
        if (sections.stream().anyMatch(s -> advice.contains(normal(s)))) return;
        String hint = sections.isEmpty()
                ? "to print some of the text, give it a heading (## What to do) and list it: advice: [\"What to do\"]"
                : "list the headings of the sections to print under advice:, such as advice: [" + quoted(sections.get(0)) + "]";
        diags.warning(Code.BRF172, item.fields().posOf(HANDOUT), "the handout of '" + item.id() + "' will hold its title,"
                + " summary and How to report block, but none of its text: it prints only the sections listed under 'advice:'", hint);
    }

    private static String quoted(String heading) {
        return "\"" + heading.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String normal(String heading) {
        return dev.briefing.util.Spacing.folded(heading);
    }
}
