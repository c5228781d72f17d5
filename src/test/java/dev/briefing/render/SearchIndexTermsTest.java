package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index terms are what search.js computes for a query: the rule in SearchIndex's comment. */
class SearchIndexTermsTest {

    @Test
    void termsAreFoldedSplitAndFiltered() {
        assertEquals(List.of("polling", "places", "2024", "ecole", "r2d2"),
                SearchLanguage.ENGLISH.terms("Polling-places, in 2024: a x École & R2D2"));
        assertEquals(List.of("ecole", "naive"), SearchLanguage.ENGLISH.terms("École naïve"));
        assertEquals("a".repeat(SearchLanguage.MAX_TERM), SearchLanguage.ENGLISH.terms("a".repeat(40)).get(0));
    }

    /** The ASCII fast path gives what the general rule gives, on seeded random text. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void fastPathMatchesTheGeneralRule(long seed) {
        Random random = new Random(seed);
        String alphabet = "abcXYZ019 -_.,;:'\"!?/\\()[]{}|\t\n";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (random.nextInt(4) == 0) text.append(" the of to in ");
            assertEquals(rule(text.toString()), SearchLanguage.ENGLISH.terms(text.toString()), text.toString());
        }
    }

    /** Lowercase, fold accents, split at anything not a letter or digit, drop short and stop words. */
    private static List<String> rule(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
            if (t.codePointCount(0, t.length()) < 2 || SearchLanguage.ENGLISH.stopWords().contains(t)) continue;
            out.add(t.length() > SearchLanguage.MAX_TERM ? t.substring(0, SearchLanguage.MAX_TERM) : t);
        }
        return out;
    }
}
