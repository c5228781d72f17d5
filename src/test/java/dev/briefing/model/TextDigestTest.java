package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextDigestTest {
    private static String words(String text) {
        return TextDigest.words(text, new StringBuilder("x:")).toString();
    }

    @Test
    void eachRunOfWhiteSpaceCountsAsOneSpaceAndNoneAtTheEnds() {
        assertEquals("x:Run, hide, fight.", words("  Run,\n  hide,\t\tfight.\r\n"));
        assertEquals("x:one two", words("one\f\u000Btwo"));
        assertEquals("x:word", words("word"));
    }

    @Test
    void aTextOfOnlyWhiteSpaceAddsNothing() {
        assertEquals("x:", words(""));
        assertEquals("x:", words(" \n\t "));
    }

    @Test
    void otherSpacesAreWordCharacters() {
        // A no-break space is a translator's choice, kept as written.
        assertEquals("x:7\u00A0p. m. a", words("7\u00A0p. m.\n a"));
    }
}
