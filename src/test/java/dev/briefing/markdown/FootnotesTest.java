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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** GFM footnotes: references, notes, ids that never collide, and the mistakes an editor can make. */
class FootnotesTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private record Parsed(MarkdownDoc doc, List<String> diagnostics) {
        Document html(MarkdownEngine engine) {
            return Jsoup.parseBodyFragment(engine.render(doc, LinkValues.NONE, ENGLISH_WORDS));
        }
    }

    private Parsed parse(String markdown, String scope) {
        Diagnostics diags = new Diagnostics();
        MarkdownDoc doc = engine.parse(new MarkdownText(markdown, new Pos("a.md", 1, 1), 0), scope, diags);
        return new Parsed(doc, diags.sorted().stream().map(DiagnosticFormatter::headline).toList());
    }

    @Test
    void referencesLinkToNumberedNotesAndBack() {
        Parsed p = parse("First claim[^a], second[^long label].\n\nAgain[^a].\n\n"
                + "[^a]: The *first* note.\n[^long label]: never matched: labels have no spaces\n[^long]: unused\n", "");
        Document html = p.html(engine);
        List<Element> refs = html.select("sup.footnote-ref > a[data-footnote-ref]");
        assertEquals(2, refs.size(), "[^long label] is not a GFM label, so it stays text: " + html.body().html());
        assertEquals(List.of("#fn-1", "#fn-1"), refs.stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("fnref-1", "fnref-1-2"), refs.stream().map(Element::id).toList());
        Element notes = html.selectFirst("section.footnotes");
        assertEquals("Footnotes", notes.attr("aria-label"));
        assertEquals(1, notes.select("li").size(), "only notes that are referred to are shown");
        Element note = notes.selectFirst("li#fn-1");
        assertEquals("first", note.selectFirst("em").text());
        assertEquals(List.of("#fnref-1", "#fnref-1-2"), note.select("a.footnote-backref").eachAttr("href"));
        assertTrue(html.body().text().contains("second[^long label]"));
        assertEquals(1, p.diagnostics().size(), p.diagnostics().toString());
        assertTrue(p.diagnostics().get(0).startsWith("a.md:7:1: warning: footnote [^long] is never referred to"), p.diagnostics().get(0));
    }

    @Test
    void aScopeKeepsTheIdsOfTextsOnOnePageApart() {
        Document html = parse("A claim[^1].\n\n[^1]: Note.\n", "bomb-threat-body-").html(engine);
        assertEquals("#fn-bomb-threat-body-1", html.selectFirst("sup a").attr("href"));
        assertEquals("fn-bomb-threat-body-1", html.selectFirst("section.footnotes li").id());
    }

    @Test
    void aReferenceWithoutANoteIsAnErrorNotSilentText() {
        Parsed p = parse("A claim[^missing] and a [link][^x] and [^x](https://agency.gov/).\n\n[^x]: https://agency.gov/\n", "");
        assertEquals("a.md:1:8: error: malformed link [^missing] (no footnote missing is defined:"
                + " add a line '[^missing]: the note' below the paragraph) [BRF043]", p.diagnostics().get(0));
        Document html = p.html(engine);
        assertTrue(html.body().text().contains("claim[^missing]"));
        assertEquals("^x", html.selectFirst("a[href=https://agency.gov/]").text(), "a link with a destination is a link");
    }

    @Test
    void notesAreUntrustedInputLikeTheRestOfTheText() {
        Parsed p = parse("Text[^1].\n\n[^1]: <b onclick=\"alert(1)\">x</b> [x](javascript:alert(1))\n", "");
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.contains("BRF040")), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.contains("BRF042")), p.diagnostics().toString());
        Document html = p.html(engine);
        assertTrue(html.select("b").isEmpty());
        assertFalse(html.html().contains("javascript:"));
    }

    @Test
    void aNoteThatCitesASourceCitesTheParagraphThatRefersToIt() {
        List<Claim> claims = parse("Officials named three kinds of place[^1].\n\nOfficials named four kinds of place here.\n\n"
                + "[^1]: As the report says [[cite:src]].\n", "").doc().claims();
        assertEquals(2, claims.size(), "the note itself is not a claim of the text");
        assertTrue(claims.get(0).cited());
        assertFalse(claims.get(1).cited());
    }
}
