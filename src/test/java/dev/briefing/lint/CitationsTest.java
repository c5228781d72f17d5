package dev.briefing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation lints (BRF087, BRF088, BRF089), each with a case that must warn and one that must not. */
class CitationsTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final String HEAD = "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.writeCitableSite(dir);
    }

    private List<String> lint(String brief) {
        TestSites.write(dir.resolve("content/briefs/a.md"), brief);
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        return TestSites.headlines(r).stream().filter(h -> h.matches(".*\\[BRF08[789]\\]$")).toList();
    }

    @Test
    void anUncitedParagraphIsReportedAtItsPosition() {
        assertEquals(List.of("content/briefs/a.md:10:1: warning: a paragraph under 'What happened' has no citation"
                        + " (cite its source with [[cite:source-id]], or list its heading under 'advice:' if it gives advice) [BRF087]"),
                lint(HEAD + "---\n## What happened\n\nOfficials named lone offenders among the top threats [[cite:src]].\n\n"
                        + "Nobody said where the figure came from in this second paragraph.\n"));
    }

    /** Walkthrough of issue 24: a translation skeleton's first line, a placeholder (BRF078), was also an uncited paragraph. */
    @Test
    void aPlaceholderParagraphIsNotAlsoAnUncitedOne() {
        assertEquals(List.of("content/briefs/a.md:8:1: warning: a paragraph has no citation"
                        + " (cite its source with [[cite:source-id]], or list its heading under 'advice:' if it gives advice) [BRF087]"),
                lint(HEAD + "---\nTODO: translate: the text below, then delete this line.\n\n"
                        + "Nobody said where the figure came from in this second paragraph.\n"));
    }

    @Test
    void citedParagraphsShortLinesAndListsIntroducedByACitedSentencePass() {
        assertEquals(List.of(), lint(HEAD + "---\nOfficials named lone offenders among the top threats [[cite:src]].\n\n"
                + "See [[cite:src]].\n\nCall 911 now.\n\nThe report names these places [[cite:src]]:\n\n"
                + "- schools and college campuses across the country\n- houses of worship of every faith\n"));
    }

    @Test
    void anImageIsNoClaimButTextBesideItStillIs() {
        String map = "![Map of the three warming shelters in the county](/img/shelter-map.png)";
        assertEquals(List.of("content/briefs/a.md:13:1: warning: a paragraph under 'Bottom line' has no citation"
                        + " (cite its source with [[cite:source-id]], or list its heading under 'advice:' if it gives advice) [BRF087]"),
                lint(HEAD + "---\n## Bottom line\n\nThree shelters are open tonight [[cite:src]].\n\n" + map + "\n"
                        + map + "\n\n" + map + " All three shelters open at six tonight.\n"));
    }

    @Test
    void anUncitedListIsReported() {
        List<String> found = lint(HEAD + "---\nThe report names these places:\n\n"
                + "- schools and college campuses across the country\n- houses of worship of every faith\n");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(1).startsWith("content/briefs/a.md:8:1: warning: a paragraph has no citation"), found::toString);
    }

    @Test
    void sectionsListedAsAdviceNeedNoCitationButOthersStillDo() {
        String body = "## What you can do\n\nIf someone is in danger right now, call 911 before anything else.\n\n"
                + "### Before you go\n\nKnow two ways out of every building you visit often.\n\n"
                + "## What the study found\n\nMost attackers had worried someone before they attacked.\n";
        assertEquals(List.of("content/briefs/a.md:17:1: warning: a paragraph under 'What the study found' has no citation"
                        + " (cite its source with [[cite:source-id]], or list its heading under 'advice:' if it gives advice) [BRF087]"),
                lint(HEAD + "advice: [\"what you can do\"]\n---\n" + body));
    }

    @Test
    void anAdviceHeadingThatIsNotInTheTextIsReported() {
        assertEquals(List.of("content/briefs/a.md:5:9: warning: 'advice' names 'What to do', which is not a heading of the"
                        + " text (use the exact words of the heading that gives advice: 'What you can do', 'What we know') [BRF089]"),
                lint(HEAD + "advice: [What to do]\n---\n## What you can do\n\nCall 911.\n\n## What we know\n\nA fact [[cite:s]].\n"));
        // A slip names the one heading meant.
        assertEquals(List.of("content/briefs/a.md:5:9: warning: 'advice' names 'What yuo can do', which is not a heading of the"
                        + " text (use the heading's exact words: 'What you can do') [BRF089]"),
                lint(HEAD + "advice: [What yuo can do]\n---\n## What you can do\n\nCall 911.\n\n## What we know\n\nA fact [[cite:s]].\n"));
        assertEquals(List.of(), lint(HEAD + "advice: [What you can do]\n---\n## What you can do\n\nCall 911.\n"));
    }

    @Test
    void aQuotationAttributedToSomeoneNeedsACitationInItsParagraph() {
        assertEquals(List.of("content/briefs/a.md:9:1: warning: a quotation attributed to someone has no citation in its"
                        + " paragraph (add [[cite:source-id]] after the quotation, or paraphrase it if the source does not quote) [BRF088]"),
                lint(HEAD + "advice: [Advice]\n---\n## Advice\n\nThe director said the threats were “completely unacceptable”.\n")
                        .stream().filter(h -> h.endsWith("[BRF088]")).toList());
        assertEquals(List.of(), lint(HEAD + "---\nThe director said the threats were \"completely unacceptable\" [[cite:src]].\n"));
    }

    @Test
    void quotedTitlesAndWordsElsewhereInTheParagraphAreNotQuotations() {
        // "describes" and "States" are in other sentences or not speech verbs at all.
        assertEquals(List.of(), lint(HEAD + "advice: [Advice]\n---\n## Advice\n\n"
                + "Look for the campaign \"If You See Something, Say Something\" in the United States. "
                + "The page describes what to report.\n"));
    }

    @Test
    void coverageCountsCitedProseOutsideAdvice() {
        lint(HEAD + "advice: [Advice]\n---\nA first claim about the threats comes here [[cite:src]].\n\n"
                + "A second claim about the threats has no citation at all.\n\n## Advice\n\nCall 911 if anyone is in danger.\n");
        Item brief = TestSites.check(dir, AS_OF).resolved().ofKind(Kind.BRIEF).get(0);
        assertEquals(new Citations.Coverage(1, 2), Citations.coverage(brief));
        assertEquals(50, Citations.coverage(brief).percent());
    }
}
