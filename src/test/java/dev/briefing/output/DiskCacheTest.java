package dev.briefing.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    private static final byte[] MADE = "the bytes a slow renderer made".getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger calls = new AtomicInteger();
    private final Supplier<byte[]> make = () -> {
        calls.incrementAndGet();
        return MADE.clone();
    };

    @Test
    void anIntactEntryIsReusedWithoutMakingItAgain(@TempDir Path dir) {
        DiskCache cache = new DiskCache(dir);
        assertArrayEquals(MADE, cache.get("card-a.png", make));
        assertArrayEquals(MADE, new DiskCache(dir).get("card-a.png", make));
        assertEquals(1, calls.get());
    }

    @Test
    void aDamagedEntryIsMadeAgainAndReplaced(@TempDir Path dir) throws Exception {
        new DiskCache(dir).get("card-a.png", make);
        Path entry = dir.resolve("card-a.png");
        byte[] stored = Files.readAllBytes(entry);
        stored[3] ^= 0x20; // one flipped bit in the content
        Files.write(entry, stored);

        assertArrayEquals(MADE, new DiskCache(dir).get("card-a.png", make));
        assertEquals(2, calls.get(), "the damaged entry was not used");
        assertArrayEquals(MADE, new DiskCache(dir).get("card-a.png", make));
        assertEquals(2, calls.get(), "and the entry written in its place is used");
    }

    @Test
    void aCutOffEntryIsMadeAgain(@TempDir Path dir) throws Exception {
        new DiskCache(dir).get("card-a.png", make);
        Path entry = dir.resolve("card-a.png");
        byte[] stored = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(stored, stored.length - 5));
        assertArrayEquals(MADE, new DiskCache(dir).get("card-a.png", make));
        Files.write(entry, new byte[2]);
        assertArrayEquals(MADE, new DiskCache(dir).get("card-a.png", make));
        assertEquals(3, calls.get());
    }

    @Test
    void aSweepKeepsOnlyWhatWasAskedForSinceTheLastOne(@TempDir Path dir) throws Exception {
        DiskCache first = new DiskCache(dir);
        first.get("card-a.png", make);
        first.get("card-b.png", make);
        Files.writeString(dir.resolve(".entry-1.tmp"), "left by a build that was killed");
        DiskCache next = new DiskCache(dir);
        next.get("card-b.png", make);
        next.get("card-c.png", make);
        next.sweep();
        assertEquals(List.of("card-b.png", "card-c.png"), names(dir));
        // What is asked for after a sweep is what the next one keeps.
        next.get("card-c.png", make);
        next.sweep();
        assertEquals(List.of("card-c.png"), names(dir));
        assertEquals(3, calls.get(), "a, b and c each made once");
    }

    @Test
    void anEntryKeptWithoutReadingItOutlivesTheSweep(@TempDir Path dir) throws Exception {
        new DiskCache(dir).get("card-a.png", make);
        new DiskCache(dir).get("card-b.png", make);
        // The preview counts its cards as used without reading them: it draws one only when asked for.
        DiskCache preview = new DiskCache(dir);
        preview.keep("card-a.png");
        preview.sweep();
        assertEquals(List.of("card-a.png"), names(dir));
    }

    @Test
    void aSweepOfACacheThatKeptNothingYetDoesNothing(@TempDir Path dir) {
        Path none = dir.resolve("target/.briefing-cache");
        new DiskCache(none).sweep();
        assertFalse(Files.exists(none));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
