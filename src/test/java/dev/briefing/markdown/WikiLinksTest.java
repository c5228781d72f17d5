package dev.briefing.markdown;

import static dev.briefing.testing.TestSites.ENGLISH_WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Pos;
import dev.briefing.model.Kind;
import dev.briefing.yaml.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Wiki links read by the parser (WikiLinkProcessor): what is a link, what is a near-miss, what is neither. */
class WikiLinksTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    private record Parsed(MarkdownDoc doc, List<String> diagnostics) {
    }

    private Parsed parse(String markdown) {
        Diagnostics diags = new Diagnostics();
        MarkdownDoc doc = engine.parse(new MarkdownText(markdown, new Pos("a.md", 1, 1), 0), diags);
        return new Parsed(doc, diags.sorted().stream().map(DiagnosticFormatter::headline).toList());
    }

    private static List<String> links(MarkdownDoc doc) {
        return doc.wikiLinks().stream().map(w -> w.kind() + ":" + w.target() + (w.label() == null ? "" : "|" + w.label())
                + "@" + w.pos().line() + ":" + w.pos().column()).toList();
    }

    @Test
    void theKindsTheParserKnowsAreTheModelsKinds() {
        List<String> kinds = new ArrayList<>(Kind.singulars());
        kinds.addAll(List.of("cite", "site"));
        assertEquals(Set.copyOf(kinds), WikiLinkProcessor.KINDS);
    }

    @Test
    void linksAreFoundWithTheirPositionsAndLabelsKeepTheirMarkup() {
        Parsed p = parse("See [[brief:a]] and\n[[target:polling-places|the *polling* places]] [[cite:src]].");
        assertEquals(List.of(), p.diagnostics());
        assertEquals(List.of("brief:a@1:5", "target:polling-places|the *polling* places@2:1", "cite:src@2:48"), links(p.doc()));
        LinkValues values = LinkValues.builder(p.doc())
                .set(p.doc().wikiLinks().get(1), WikiLink.Resolution.link("../t/", "unused"))
                .set(p.doc().wikiLinks().get(0), WikiLink.Resolution.link("../a/", "A"))
                .set(p.doc().wikiLinks().get(2), WikiLink.Resolution.cite("#ref-1", 1, "A report", "cite-1-1", null)).build();
        assertEquals("<p>See <a href=\"../a/\">A</a> and\n<a href=\"../t/\">the <em>polling</em> places</a>"
                + " <sup class=\"cite\"><a id=\"cite-1-1\" href=\"#ref-1\">[1]<span class=\"visually-hidden\">"
                + " source: A report</span></a></sup>.</p>\n", engine.render(p.doc(), values, ENGLISH_WORDS));
        assertEquals("<p>See [[brief:a]] and\nthe <em>polling</em> places [[cite:src]].</p>\n", engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS),
                "unresolved links show as written; the parsed text is unchanged by any resolution");
    }

    @Test
    void nearMissesAreErrorsWithTheLinkAsItShouldBe() {
        Parsed p = parse("[[Brief:a]] [[ brief:a ]] [[brief:a] [brief:a] [brief:a]]");
        assertEquals(List.of(
                "a.md:1:1: error: malformed link [[Brief:a]] (link kinds are written in lowercase: [[brief:a]]) [BRF043]",
                "a.md:1:13: error: malformed link [[ brief:a ]] (remove the spaces inside the brackets: [[brief:a]]) [BRF043]",
                "a.md:1:27: error: malformed link [[brief:a] (the link is missing its closing bracket: write [[brief:a]]) [BRF043]",
                "a.md:1:38: error: malformed link [brief:a] (a link needs double brackets: [[brief:a]]) [BRF043]",
                "a.md:1:48: error: malformed link [brief:a]] (the link is missing its opening bracket: write [[brief:a]]) [BRF043]"),
                p.diagnostics());
        assertTrue(engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS).contains("[[Brief:a]] [[ brief:a ]] [[brief:a] [brief:a] [brief:a]]"),
                "shown as written");
    }

    @Test
    void aKindWrittenWithAccentsIsALinkForTheResolverToCallUnknown() {
        // Walkthrough of issue 24: a translator's [[página:report]] was published as bracketed text, with no message.
        Parsed p = parse("Vea [[página:report]] y [[Término:urna|la urna]].");
        assertEquals(List.of(), p.diagnostics());
        assertEquals(List.of("página:report@1:5", "Término:urna|la urna@1:25"), links(p.doc()));
    }

    @Test
    void aLinkWhoseAddressHasSpacesIsAnErrorWithTheAddressEscaped() {
        // Walkthrough 26: this was published as the text "[the guide](/docs/Poll Worker Guide.pdf)", silently.
        Parsed p = parse("See [the guide](/docs/Poll Worker Guide.pdf) and ![a map](img/county map.png).\n\n"
                + "Prose stays prose: [1](see page 4), [a](/ok \"a title\") and [b](</docs/Poll Worker Guide.pdf>).");
        assertEquals(List.of(
                "a.md:1:5: error: malformed link [the guide](/docs/Poll Worker Guide.pdf) (an address has no spaces:"
                        + " write each one as %20, [the guide](/docs/Poll%20Worker%20Guide.pdf)) [BRF043]",
                "a.md:1:50: error: malformed link ![a map](img/county map.png) (an address has no spaces:"
                        + " write each one as %20, ![a map](img/county%20map.png)) [BRF043]"),
                p.diagnostics());
        String html = engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS);
        assertTrue(html.contains("See [the guide](/docs/Poll Worker Guide.pdf) and ![a map](img/county map.png)."), html);
        assertTrue(html.contains("<a href=\"/ok\" title=\"a title\">a</a>"), html);
    }

    /**
     * Walkthrough 26: CommonMark takes no autolink with a space, so {@code <https://example.org/a b>} was
     * published as that text, angle brackets and all. It is reported as [text](address) with a space is.
     */
    @Test
    void anAutolinkWhoseAddressHasSpacesIsAnErrorWithTheAddressEscaped() {
        Parsed p = parse("See <https://example.org/Poll Worker Guide.pdf> or <mailto:editors@county.gov?subject=a b>.\n\n"
                + "Left alone: <https://example.org/ok>, <note: see below>, a < b > c, <b>bold</b> and `<https://x.org/a b>`.");
        assertEquals(List.of(
                "a.md:1:5: error: malformed link <https://example.org/Poll Worker Guide.pdf> (an address has no spaces:"
                        + " write each one as %20, <https://example.org/Poll%20Worker%20Guide.pdf>) [BRF043]",
                "a.md:1:52: error: malformed link <mailto:editors@county.gov?subject=a b> (an address has no spaces:"
                        + " write each one as %20, <mailto:editors@county.gov?subject=a%20b>) [BRF043]",
                "a.md:3:69: warning: raw HTML <b> is shown as text, not passed through (for <b>, write **bold**) [BRF040]"),
                p.diagnostics());
        String html = engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS);
        assertTrue(html.contains("See &lt;https://example.org/Poll Worker Guide.pdf&gt; or"), html);
        assertTrue(html.contains("<a href=\"https://example.org/ok\">https://example.org/ok</a>, &lt;note: see below&gt;, a &lt; b &gt; c"), html);
        assertEquals(List.of("https://example.org/ok"), p.doc().links().stream().map(LinkRef::original).toList(),
                "no part of a spaced address is linked");
    }

    @Test
    void bracketsThatAreNotLinksAreLeftAlone() {
        Parsed p = parse("Code `[[brief:a]]`, \\[[brief:a]], [a note], [[no colon]], [time: 9:00] and [link][brief:a].\n\n"
                + "[brief:a]: https://example.org/defined");
        assertEquals(List.of(), p.diagnostics());
        assertEquals(List.of(), links(p.doc()));
        assertTrue(engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS).contains("<a href=\"https://example.org/defined\">link</a>"));
    }

    @Test
    void bareAddressesWithSchemesLinksMayNotUseStayText() {
        Parsed p = parse("Files at s3://my_bucket and ftp://ftp.example.org/pub; see https://www.dhs.gov/ntas.");
        assertEquals(List.of(), p.diagnostics());
        String html = engine.render(p.doc(), LinkValues.NONE, ENGLISH_WORDS);
        assertTrue(html.contains("Files at s3://my_bucket and ftp://ftp.example.org/pub;"), html);
        assertEquals(1, p.doc().links().size(), "only the https address is a link");
        Parsed explicit = parse("[Click](javascript:alert(1)) and [files](ftp://ftp.example.org/pub).");
        assertEquals(2, explicit.diagnostics().stream().filter(d -> d.endsWith("[BRF042]")).count(), explicit.diagnostics()::toString);
    }
}
