package dev.briefing.lint;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.HANDOUT;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.HandoutText;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.TextKey;
import java.util.List;

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
        if (HandoutText.printsAny(sections, item.fields().get(ADVICE))) return;
        String hint = sections.isEmpty()
                ? "to print some of the text, give it a heading (## What to do) and list it: advice: [\"What to do\"]"
                : "list the headings of the sections to print under advice:, such as " + HandoutText.adviceFor(sections.get(0));
        diags.warning(Code.BRF172, item.fields().posOf(HANDOUT), "the handout of '" + item.id() + "' will hold its title,"
                + " summary and How to report block, but none of its text: it prints only the sections listed under 'advice:'", hint);
    }
}
