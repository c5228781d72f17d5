package dev.briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order diagnostics print in: position, then severity, code, message and hint (none first); duplicates once. */
class DiagnosticsOrderTest {
    @Test
    void sortedIsPositionThenSeverityCodeMessageHintWithDuplicatesDropped() {
        String path = "content/briefs/a.md";
        List<Diagnostic> want = List.of(
                new Diagnostic(Severity.ERROR, Code.BRF030, new Pos("content/a.md", 9, 1), "m", null),
                new Diagnostic(Severity.ERROR, Code.BRF030, new Pos(path, 2, 1), "m", null),
                new Diagnostic(Severity.ERROR, Code.BRF030, new Pos(path, 2, 5), "m", null),
                new Diagnostic(Severity.WARNING, Code.BRF030, new Pos(path, 2, 5), "m", null),
                new Diagnostic(Severity.WARNING, Code.BRF072, new Pos(path, 2, 5), "a", "z"),
                new Diagnostic(Severity.WARNING, Code.BRF072, new Pos(path, 2, 5), "b", null),
                new Diagnostic(Severity.WARNING, Code.BRF072, new Pos(path, 2, 5), "b", "a"),
                new Diagnostic(Severity.WARNING, Code.BRF072, new Pos(path, 2, 5), "b", "b"),
                new Diagnostic(Severity.WARNING, Code.BRF072, new Pos(path, 10, 1), "a", null));
        for (long seed = 1; seed <= 5; seed++) {
            List<Diagnostic> shuffled = new ArrayList<>(want);
            shuffled.addAll(want); // every one twice
            Collections.shuffle(shuffled, new Random(seed));
            Diagnostics diags = new Diagnostics();
            shuffled.forEach(diags::add);
            assertEquals(want, diags.sorted(), "seed " + seed);
        }
    }
}
