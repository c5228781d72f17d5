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

    /**
     * Sorted runs (each file's diagnostics) and single diagnostics together give what adding
     * every one singly gives: in order or not, overlapping or not, with duplicates across them.
     */
    /**
     * One of six paths: mostly one string per file, as a file's diagnostics share their path's (the merge takes a
     * file's diagnostics whole by it), at times an equal string of its own.
     */
    private static String path(Random random) {
        String path = "content/briefs/" + (char) ('a' + random.nextInt(6)) + ".md";
        return random.nextInt(4) == 0 ? path : path.intern();
    }

    @Test
    void sortedRunsMergeWithSinglesAsIfAddedOneByOne() {
        Severity[] severities = Severity.values();
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<Diagnostic> pool = new ArrayList<>();
            // At times many, so that a few are merged into many by binary search.
            int size = 1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 40);
            for (int i = 0; i < size; i++) {
                pool.add(new Diagnostic(severities[random.nextInt(severities.length)], random.nextBoolean() ? Code.BRF030 : Code.BRF087,
                        new Pos(path(random), 1 + random.nextInt(4), 1 + random.nextInt(3)),
                        "m" + random.nextInt(2), random.nextBoolean() ? null : "h"));
            }
            Diagnostics runs = new Diagnostics();
            Diagnostics singly = new Diagnostics();
            // Runs of one file each, added in path order (as the loader does) or not.
            boolean inOrder = random.nextBoolean();
            List<String> paths = pool.stream().map(d -> d.pos().path()).distinct().sorted().collect(java.util.stream.Collectors.toList());
            if (!inOrder) Collections.shuffle(paths, random);
            for (String path : paths) {
                Diagnostics file = new Diagnostics();
                pool.stream().filter(d -> d.pos().path().equals(path) && random.nextInt(3) > 0).forEach(d -> {
                    file.add(d);
                    singly.add(d);
                });
                runs.addSorted(file.sorted(), file.hasErrors());
                // Asked for in between (the preview's early snapshot): what is added after is merged into that list.
                if (random.nextInt(4) == 0) runs.sorted();
            }
            // Runs that span files (as the page checks' warnings and the gate's findings do), at
            // times more of them than sorted() keeps chains for.
            int spanning = random.nextInt(4) == 0 ? 20 : random.nextInt(3);
            for (int k = 0; k < spanning; k++) {
                Diagnostics span = new Diagnostics();
                pool.stream().filter(d -> random.nextInt(4) == 0).forEach(d -> {
                    span.add(d);
                    singly.add(d);
                });
                runs.addSorted(span.sorted(), span.hasErrors());
                if (random.nextInt(4) == 0) runs.sorted();
            }
            for (int i = 0; i < random.nextInt(8); i++) {
                Diagnostic d = pool.get(random.nextInt(pool.size()));
                runs.add(d);
                singly.add(d);
                if (random.nextInt(4) == 0) runs.sorted();
            }
            assertEquals(singly.sorted(), runs.sorted(), "seed " + seed);
            // Asked again with nothing added: the same list, not merged again.
            org.junit.jupiter.api.Assertions.assertSame(runs.sorted(), runs.sorted(), "seed " + seed);
            // What is new since an earlier list: the same as asking the earlier list, one by one.
            List<Diagnostic> before = file(pool, random).sorted();
            List<Diagnostic> now = runs.sorted();
            assertEquals(now.stream().filter(d -> !before.contains(d)).toList(), Diagnostics.notIn(now, before), "seed " + seed);
            assertEquals(singly.hasErrors(), runs.hasErrors(), "seed " + seed);
        }
    }

    /** Some of the pool, as one collector holds them. */
    private static Diagnostics file(List<Diagnostic> pool, Random random) {
        Diagnostics some = new Diagnostics();
        pool.stream().filter(d -> random.nextBoolean()).forEach(some::add);
        return some;
    }
}
