package dev.briefing.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void latinTextIsFoldedAndTransliterated() {
        assertEquals("polling-places", Slugs.slugify("Polling places"));
        assertEquals("election", Slugs.slugify("Élection"));
        assertEquals("orsted-aebleo", Slugs.slugify("Ørsted & Æbleø"));
        assertEquals("unicode", Slugs.slugify("Ünïcødé"));
    }

    @Test
    void otherScriptsGetAStableSafeSlugInsteadOfNone() {
        String a = Slugs.slugify("選挙");
        assertTrue(a.matches("u[0-9a-f]+"), a);
        assertEquals(a, Slugs.slugify("選挙"), "stable");
        assertNotEquals(a, Slugs.slugify("Выборы и угрозы"));
        assertTrue(Slugs.isValid(Slugs.slugify("Выборы и угрозы")));
    }

    @Test
    void nothingButLettersAndDigitsSurvives() {
        assertEquals("", Slugs.slugify(".."));
        assertEquals("", Slugs.slugify("/\\\u0000"));
        assertEquals("a-b", Slugs.slugify("a/../b"));
        assertEquals("2e-2e", Slugs.slugify("%2e%2e"));
    }
}
