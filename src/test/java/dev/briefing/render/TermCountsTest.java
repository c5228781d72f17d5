package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A document's terms are counted from their characters ({@link SearchLanguage#count}): the counts must be those of
 * {@link SearchLanguage#terms}, weight for each occurrence, stop words left out, or the index would change.
 */
class TermCountsTest {
    @Test
    void countsAreThoseOfTheTermsListed() {
        String[] words = {"the", "The", "polling", "Polling", "place", "places", "x", "a1", "R2D2", "of", "de", "la",
                "escóndase", "École", "a".repeat(40), "b".repeat(33), "911", "-", ", ", ".", "  ", "\n", "NSSE", "y"};
        Random random = new Random(24);
        for (SearchLanguage language : new SearchLanguage[] {SearchLanguage.ENGLISH, SearchLanguage.spanish()}) {
            for (int round = 0; round < 5_000; round++) {
                TermCounts counts = new TermCounts(language.stopWords());
                Map<String, Integer> expected = new HashMap<>();
                for (int text = random.nextInt(4); text >= 0; text--) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = random.nextInt(30); k > 0; k--) sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                    int weight = 1 + random.nextInt(5);
                    language.count(sb.toString(), weight, counts);
                    for (String t : language.terms(sb.toString())) expected.merge(t, weight, Integer::sum);
                }
                Map<String, Integer> found = new HashMap<>();
                counts.forEach((term, score) -> assertEquals(null, found.put(term, score), "listed twice: " + term));
                assertEquals(expected, found);
            }
        }
    }
}
