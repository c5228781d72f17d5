package dev.briefing.markdown;

import static dev.briefing.testing.TestSites.ENGLISH_WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.MarkdownText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw HTML is never published; the editor hears of it once per block, with the Markdown to write instead. */
class RawHtmlTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    @Test
    void oneWarningPerBlockWithTheMarkdownForEachCommonTag() {
        Diagnostics diags = new Diagnostics();
        MarkdownDoc doc = engine.parse(new MarkdownText("""
                Some <b>bold</b>, <em>stressed</em> and <a href="https://county.gov/">linked</a> words.

                <ul>
                <li>One</li>
                </ul>

                Line one<br>line two, <span>plain</span>.

                <!-- a note to the other editors -->

                <h2>Heading</h2>

                Some <u>underlined</u> text.
                """, new Pos("a.md", 6, 1), 0), diags);
        assertEquals(List.of(
                "a.md:6:6: warning: raw HTML <b>, <em>, <a> is shown as text, not passed through (for <b>, write **bold**;"
                        + " for <em>, write *italic*; for <a>, write [the text](https://…)) [BRF040]",
                "a.md:8:1: warning: raw HTML <ul>, <li> is shown as text, not passed through (for <ul>, <li>, start each item"
                        + " with '- ' on its own line) [BRF040]",
                "a.md:12:9: warning: raw HTML <br>, <span> is shown as text, not passed through (for <br>, end the line with"
                        + " two spaces, or leave a blank line for a new paragraph) [BRF040]",
                "a.md:14:1: warning: raw HTML <!-- --> is shown as text, not passed through (for <!-- -->, delete it: readers"
                        + " would see it) [BRF040]",
                "a.md:16:1: warning: raw HTML <h2> is shown as text, not passed through (for <h2>, start the line with '## ')"
                        + " [BRF040]",
                "a.md:18:6: warning: raw HTML <u> is shown as text, not passed through (remove the HTML: Markdown writes"
                        + " **bold**, *italic*, [links](https://…), '- ' lists and '## ' headings) [BRF040]"),
                diags.sorted().stream().map(DiagnosticFormatter::headline).toList());
        String html = engine.render(doc, LinkValues.NONE, ENGLISH_WORDS);
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>") || html.contains("<ul>") || html.contains("<a href=\"https://county.gov/\""), html);
    }
}
