package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Placeholders#mayHold} is the load stage's quick test before the searches for placeholders: it must be true
 * of every text in which a search finds one, and false of ordinary prose, or it saves nothing.
 */
class PlaceholdersMayHoldTest {
    /** What the searches the quick test stands before find, as the lint runs them. */
    private static boolean found(String t) {
        return !Placeholders.occurrences(t, Placeholders.BODY).isEmpty() || !Placeholders.occurrences(t, Placeholders.MARK).isEmpty()
                || !Placeholders.editorsMarks(t).isEmpty() || !Placeholders.instructions(t, t.toLowerCase(Locale.ROOT)).isEmpty();
    }

    @Test
    void everyTextTheSearchesFindAPlaceholderInMayHoldOne() {
        List<String> pieces = new ArrayList<>(Placeholders.sentences());
        pieces.addAll(List.of("TODO: who published it", "TODO", "TBD", "FIXME", "XXX", "todo: confirm", "lorem ipsum", "Lorem Ipsum"));
        String[] around = {"", " ", "x", "é", "_", "1", "(", "\n", "\u212A", "\u017F", "İ", "ı", ":", ". ", "abc", "TODO"};
        Random random = new Random(24);
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            String piece = pieces.get(random.nextInt(pieces.size()));
            piece = switch (random.nextInt(5)) {
                case 0 -> piece.toUpperCase(Locale.ROOT);
                case 1 -> piece.toLowerCase(Locale.ROOT);
                case 2 -> piece.replace(" ", random.nextBoolean() ? "\n  " : "\t");
                // A letter of it in another case form that a case-insensitive pattern still takes for it.
                case 3 -> piece.replace("k", "\u212A").replace("s", "\u017F").replace("i", "ı");
                default -> piece;
            };
            String text = around[random.nextInt(around.length)] + piece + around[random.nextInt(around.length)];
            if (found(text)) {
                checked++;
                assertTrue(Placeholders.mayHold(text), () -> "a placeholder is found in '" + text + "' but mayHold says none");
            }
        }
        assertTrue(checked > 10_000, "most texts made hold a placeholder: " + checked);
    }

    @Test
    void proseWithoutPlaceholdersHoldsNone() {
        for (String prose : List.of("Say what you saw, where and when: call 911 in an emergency.",
                "Todo el mundo puede llamar al 911. Ante todo: mantenga la calma.", "Say the most important thing: get out.",
                "Who you are matters less than what you saw.", "Lorenzo ipsa, todos, TODOS, FIXMEs")) {
            assertFalse(found(prose), prose);
            assertFalse(Placeholders.mayHold(prose), prose);
        }
    }

    @Test
    void foldsEachLetterToTheAsciiLetterItIsInSomeCase() {
        assertEquals('k', Placeholders.fold('\u212A'));
        assertEquals('s', Placeholders.fold('\u017F'));
        assertEquals('i', Placeholders.fold('İ'));
        assertEquals('a', Placeholders.fold('A'));
        assertEquals(0, Placeholders.fold('é'));
        assertEquals(0, Placeholders.fold('_'));
        assertEquals(0, Placeholders.fold('7'));
    }
}
