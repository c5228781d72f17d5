package dev.briefing.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A translation's blocks are compared with its source's by {@link Untranslated#normalizedHash} before any is made a
 * String: the hash must be that of the String {@link Untranslated#normalized} makes, for every spacing and character,
 * or a copied paragraph would go unreported (BRF170); and its count of spaces must be the String's, or a long
 * paragraph would be taken for a short one.
 */
class UntranslatedHashTest {
    @Test
    void theHashIsThatOfTheNormalizedString() {
        String[] pieces = {"a", "Z", "é", "ñ", " ", "  ", "\t", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u001C", "\uD83D\uDE00",
                "911", ".", "Huya,", "escóndase"};
        Random random = new Random(170);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            String normalized = Untranslated.normalized(s);
            long found = Untranslated.normalizedHash(("x" + s + "y").toCharArray(), 1, s.length() + 1);
            if (normalized.isEmpty()) {
                assertEquals(Untranslated.BLANK, found, () -> "'" + s + "'");
                continue;
            }
            assertEquals(normalized.hashCode(), (int) found, () -> "the hash of '" + s + "'");
            assertEquals(normalized.chars().filter(c -> c == ' ').count(), found >>> 32, () -> "the spaces of '" + s + "'");
        }
    }
}
