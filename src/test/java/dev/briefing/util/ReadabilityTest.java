package dev.briefing.util;

import static dev.briefing.util.Readability.Scale.FERNANDEZ_HUERTA;
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

    /** Fernández-Huerta ease from hand counts (1959), within 0–100. */
    private static double ease(int words, int sentences, int syllables) {
        return Math.max(0, Math.min(100, 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * words / sentences));
    }

    /** The Spanish text's counts are those given, and its ease the formula's on them. */
    private static void assertSpanish(String text, int words, int sentences, int syllables) {
        assertEquals(new Counts(words, sentences, syllables), FERNANDEZ_HUERTA.count(text));
        assertEquals(ease(words, sentences, syllables), FERNANDEZ_HUERTA.score(FERNANDEZ_HUERTA.count(text)), 1e-9);
    }

    @Test
    void spanishSyllables() {
        // la (1) in-for-ma-ción (4) del (1) dí-a (2) es (1) im-por-tan-te (4) pa-ra (2) la (1) co-mu-ni-dad (4):
        // 9 words, 1 sentence, 20 syllables; ease 206.84 − 0.60 × 222.2 − 1.02 × 9 = 64.3.
        assertSpanish("La información del día es importante para la comunidad.", 9, 1, 20);
        // Open vowels side by side are two syllables, a closed one joins its neighbour: el (1) po-e-ta (3) le-í-a (3)
        // que (1) el (1) rey (1) o-í-a (3) el (1) rui-do (2): 9 words, 1 sentence, 16 syllables.
        assertSpanish("El poeta leía que el rey oía el ruido.", 9, 1, 16);
        // Y is a vowel only at a word's end: hoy (1) y (1) ma-ña-na (3) a-yu-da (3) la (1) ciu-dad (2): 6 words, 11 syllables.
        assertSpanish("Hoy y mañana ayuda la ciudad.", 6, 1, 11);
        // Short words in a short sentence would score above 100: la (1) ca-sa (2) es (1) muy (1) bo-ni-ta (3):
        // 206.84 − 0.60 × 160 − 1.02 × 5 = 105.7, kept at 100.
        assertEquals(100, FERNANDEZ_HUERTA.score(FERNANDEZ_HUERTA.count("La casa es muy bonita.")));
        assertEquals(new Counts(5, 1, 8), FERNANDEZ_HUERTA.count("La casa es muy bonita."));
    }

    @Test
    void theScaleFollowsTheSiteLanguage() {
        assertEquals(Optional.of(FLESCH_KINCAID), Readability.forLanguage("en"));
        assertEquals(Optional.of(FLESCH_KINCAID), Readability.forLanguage("en-US"));
        assertEquals(Optional.of(FERNANDEZ_HUERTA), Readability.forLanguage("es"));
        assertEquals(Optional.of(FERNANDEZ_HUERTA), Readability.forLanguage("es-MX"));
        assertEquals(Optional.empty(), Readability.forLanguage("fr"), "no French scale: not measured");
        assertEquals(Optional.empty(), Readability.forLanguage(null));
    }
}
