package dev.briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.MarkdownText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a parsed text's blocks are read for the citation lints. */
class ClaimsTest {
    private static List<Claim> claims(String markdown) {
        return new MarkdownEngine().parse(new MarkdownText(markdown, new Pos("a.md", 1, 1), 0), new Diagnostics()).claims();
    }

    @Test
    void aQuotationIsAttributedOnlyByASpeechVerbInItsOwnSentence() {
        assertTrue(Claims.attributedQuote("She warned: \"leave now\"."));
        assertTrue(Claims.attributedQuote("“Leave now,” the officer told the crowd."));
        assertTrue(Claims.attributedQuote("According to the bulletin, the threat was \"heightened\"."));
        assertFalse(Claims.attributedQuote("Briefs are written as of a date: \"In September 2024, ...\". It describes events."));
        assertFalse(Claims.attributedQuote("People said it was fine. The campaign is called nothing here."), "no quotation");
        assertFalse(Claims.attributedQuote("The \"Power of Hello\" guide helps staff. Officials said so in 2023."));
    }

    @Test
    void blocksKnowTheirHeadingsCitationsAndWhetherTheyMakeAClaim() {
        List<Claim> c = claims("## Facts\n\nOfficials named three kinds of place [[cite:src]].\n\n### Detail\n\n"
                + "See [the page](https://agency.gov/a-very-long-link-text-of-many-words).\n\n## Other\n\n> A quoted block that makes a claim.\n");
        assertEquals(3, c.size());
        assertEquals(List.of("Facts"), c.get(0).headings());
        assertTrue(c.get(0).cited() && c.get(0).prose());
        assertEquals(List.of("Facts", "Detail"), c.get(1).headings());
        assertFalse(c.get(1).prose(), "words inside a link are not the paragraph's own claim");
        assertEquals(List.of("Other"), c.get(2).headings());
        assertEquals(new Pos("a.md", 11, 1), c.get(2).pos());
        assertFalse(c.get(2).cited());
    }
}
