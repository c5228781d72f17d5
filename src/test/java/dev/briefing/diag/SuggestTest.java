package dev.briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void suggestsTheClosestCandidate() {
        assertEquals("did you mean 'lone-offenders'?",
                Suggest.didYouMean("lone-ofenders", List.of("lone-wolf", "lone-offenders", "polling-places")));
        assertEquals("tags", Suggest.closest("tgas", List.of("title", "tags", "date", "summary")));
        assertEquals("polling-places", Suggest.closest("polling-place", List.of("polling-places", "schools")));
    }

    @Test
    void nothingWhenNothingIsClose() {
        assertNull(Suggest.didYouMean("schools", List.of("polling-places", "election-workers")));
        assertNull(Suggest.closest("x", List.of()));
        // Length alone rules out a candidate before any distance is computed.
        assertNull(Suggest.closest("abc", List.of("abcdefghij")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWhateverTheOrder() {
        assertEquals("bat", Suggest.closest("cat", List.of("hat", "bat")));
        assertEquals("bat", Suggest.closest("cat", List.of("bat", "hat")));
    }

    @Test
    void theLimitGrowsWithLength() {
        // 13 letters allow 4 edits; 4 letters allow only 2.
        assertEquals("election-works", Suggest.closest("electoin-wrks", List.of("election-works")));
        assertNull(Suggest.closest("abcd", List.of("wxyd")));
    }

    @Test
    void levenshteinDistanceWithEarlyExit() {
        assertEquals(3, Suggest.distance("kitten", "sitting", 10));
        assertEquals(0, Suggest.distance("same", "same", 2));
        assertEquals(1, Suggest.distance("", "a", 2));
        assertEquals(2, Suggest.distance("abcdef", "uvwxyz", 1), "gives up at limit + 1");
    }
}
