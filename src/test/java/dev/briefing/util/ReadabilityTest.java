package dev.briefing.util;

import static dev.briefing.util.Readability.Scale.FLESCH_KINCAID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.util.Readability.Counts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reading level against counts made by hand: each expected word, sentence and syllable count
 * is written out below, so the oracle shares nothing with the counter but the published formula.
 */
class ReadabilityTest {
    /** Flesch–Kincaid grade from hand counts (Kincaid et al., 1975). */
    private static double grade(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** The text's counts are those given, and its grade the formula's on them. */
    private static void assertCounted(String text, int words, int sentences, int syllables) {
        assertEquals(new Counts(words, sentences, syllables), FLESCH_KINCAID.count(text));
        assertEquals(grade(words, sentences, syllables), Readability.grade(text), 1e-9);
    }

    @Test
    void oneSyllableWordsInShortSentences() {
        // The cat sat on the mat. | It was warm.  → 6 + 3 words, 2 sentences, one syllable each.
        assertCounted("The cat sat on the mat. It was warm.", 9, 2, 9);
    }

    @Test
    void longerWords() {
        // e-mer-gen-cy (4) ser-vi-ces (3) an-swer (2) quick-ly (2): 4 words, 1 sentence, 11 syllables.
        assertCounted("Emergency services answer quickly.", 4, 1, 11);
    }

    @Test
    void lettersWithAccentsAreLetters() {
        // Jo-sé (2) ate (1) a (1) pi-ña-ta (3) at (1) the (1) ca-fé (2): 7 words, 1 sentence, 11 syllables.
        // Counted as ASCII only, "piñata" would be two words and "José" one syllable.
        assertCounted("José ate a piñata at the café.", 7, 1, 11);
    }

    @Test
    void whereSentencesEnd() {
        // Initials and abbreviations of single letters do not end a sentence; a line (a list item) does.
        assertEquals(3, FLESCH_KINCAID.count("U.S. officials met in D.C. today. Did they agree? Yes!").sentences());
        assertEquals(3, FLESCH_KINCAID.count("Run\nHide\nFight").sentences());
        assertEquals(2, FLESCH_KINCAID.count("He said \"stop.\" Then he left.").sentences());
        assertEquals(3, FLESCH_KINCAID.count("Wait... what?! Fine.").sentences());
        assertEquals(1, FLESCH_KINCAID.count("Version 3.5 is out").sentences(), "the text's end ends it");
        // "911" and "—": a word without letters has one syllable; a dash is no word.
        assertEquals(new Counts(2, 1, 2), FLESCH_KINCAID.count("Call — 911."));
        assertEquals(new Counts(0, 0, 0), FLESCH_KINCAID.count("  —  "));
        assertEquals(0, Readability.grade("  —  "));
    }

    @Test
    void textGivenInPiecesCountsAsOneText() {
        Readability.Counter counter = FLESCH_KINCAID.counter();
        String text = "Emergency services answer quickly. The cat sat.";
        counter.add(text, 0, 5);
        counter.add(text, 5, 36);
        counter.add(text, 36, text.length());
        // e-mer-gen-cy (4) ser-vi-ces (3) an-swer (2) quick-ly (2) | the cat sat (3): 7 words, 2 sentences.
        assertEquals(new Counts(7, 2, 14), counter.counts());
    }

    @Test
    void theScaleFollowsTheSiteLanguage() {
        assertEquals(Optional.of(FLESCH_KINCAID), Readability.forLanguage("en"));
        assertEquals(Optional.of(FLESCH_KINCAID), Readability.forLanguage("en-US"));
        assertEquals(Optional.empty(), Readability.forLanguage("es"), "no Spanish scale yet: not measured");
        assertEquals(Optional.empty(), Readability.forLanguage(null));
    }
}
