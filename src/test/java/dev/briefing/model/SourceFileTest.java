package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A released file's lines are those of its text as read again; a file that cannot be read again has none. */
class SourceFileTest {
    @Test
    void aReleasedFileReadsItsTextAgainWhenALineIsAsked() {
        SourceFile kept = new SourceFile("content/briefs/a.md", "---\ntitle: A\n---\nBody.\n");
        int[] reads = {0};
        SourceFile released = kept.released(() -> {
            reads[0]++;
            return kept.text();
        });
        assertEquals(0, reads[0], "released, nothing is read yet");
        assertEquals("title: A", released.line(2));
        assertEquals("Body.", released.line(4));
        assertEquals(2, reads[0]);
        assertEquals(kept.path(), released.path());
        SourceFile gone = kept.released(() -> null);
        assertNull(gone.line(2));
        assertEquals("", gone.text());
    }
}
