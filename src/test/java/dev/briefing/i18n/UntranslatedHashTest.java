package dev.briefing.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A translation's blocks are compared with its source's by {@link Untranslated#prefix} before any is made a String:
 * two blocks that normalize to the same String must have the same prefix, for every spacing and character, or a
 * copied paragraph would go unreported (BRF170). The prefix is the hash of the normalized String's first characters.
 */
class UntranslatedHashTest {
    @Test
    void thePrefixIsTheHashOfTheNormalizedStringsStart() {
        String[] pieces = {"a", "Z", "é", "ñ", " ", "  ", "\t", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u001C", "\uD83D\uDE00",
                "911", ".", "Huya,", "escóndase", "Run, hide, fight"};
        Random random = new Random(170);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(16);
            for (int k = 0; k < n; k++) text.append(pieces[random.nextInt(pieces.length)]);
            String s = text.toString();
            String normalized = Untranslated.normalized(s);
            int found = Untranslated.prefix("x\n" + s + "\ny", 2, s.length() + 2);
            if (normalized.isEmpty()) {
                assertEquals(Untranslated.BLANK, found, () -> "'" + s + "'");
                continue;
            }
            int hash = normalized.substring(0, Math.min(Untranslated.PREFIX, normalized.length())).hashCode();
            assertEquals(hash == Untranslated.BLANK ? 1 : hash, found, () -> "the prefix of '" + s + "'");
        }
    }
}
