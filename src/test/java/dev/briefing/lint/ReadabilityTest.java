package dev.briefing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadabilityTest {

    @Test
    void plainShortSentencesReadAtALowGrade() {
        assertTrue(Readability.grade("Call 911. Tell them what you saw.") < 4);
        assertTrue(Readability.grade("Multidisciplinary behavioural threat assessment methodologies "
                + "operationalise organisational interventions systematically.") > 16);
        assertEquals(0, Readability.grade("  —  "));
    }

    /** The word scan agrees with the definition written as regular expressions, on seeded random text. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4})
    void scanMatchesTheRegexDefinition(long seed) {
        Random random = new Random(seed);
        String alphabet = "abcdeEilLouyY  \t\n.!?,;-'é0123İ\u000b";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(definition(text.toString()), Readability.grade(text.toString()), text.toString());
        }
    }

    private static double definition(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\s.!?]", " ").trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return 0;
        long sentences = Math.max(1, text.chars().filter(c -> c == '.' || c == '!' || c == '?').count());
        int syllables = 0;
        for (String w : words) syllables += Readability.syllables(w.replaceAll("[^a-z]", ""));
        return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
    }
}
