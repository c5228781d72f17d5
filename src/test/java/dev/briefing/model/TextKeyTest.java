package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextKeyTest {
    @Test
    void namesAreTheOnesTranslationDigestsWereRecordedWith() {
        // A recorded `translates:` digest hashes these names: renaming them turns every translation stale.
        assertEquals("body", TextKey.BODY.name());
        assertEquals("not_concerning", TextKey.of(ItemFields.NOT_CONCERNING).name());
        assertEquals("sections.2", TextKey.section(2).name());
    }

    @Test
    void footnotesOfASectionAreNumberedFromOne() {
        assertEquals("section1", TextKey.section(0).footnotePrefix());
        assertEquals("body", TextKey.BODY.footnotePrefix());
    }

    @Test
    void aSectionIsTheSameKeyWhoeverMakesIt() {
        assertEquals(TextKey.section(3), TextKey.section(3));
        assertTrue(TextKey.section(0).isSection());
        assertFalse(TextKey.BODY.isSection());
        assertEquals(List.of(TextKey.BODY, TextKey.of(ItemFields.NOT_CONCERNING), TextKey.section(0)),
                List.copyOf(new TreeSet<>(List.of(TextKey.section(0), TextKey.of(ItemFields.NOT_CONCERNING), TextKey.BODY))));
    }
}
