package dev.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part-way (a full disk) and the leftovers of a killed build. */
class SiteWriterFailureTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> site(String version, int pages) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", ("home " + version).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pages; i++) files.put("p/" + i + "/index.html", (version + i).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void diskFullPartWayLeavesThePreviousSite() throws IOException {
        Path out = dir.resolve("site");
        assertTrue(new SiteWriter(out).write(site("old", 20), List.of(), new Diagnostics()));
        AtomicInteger written = new AtomicInteger();
        SiteWriter.FileSink fillsUp = (target, bytes) -> {
            if (written.incrementAndGet() > 5) throw new FileSystemException(target.toString(), null, "No space left on device");
            Files.write(target, bytes);
        };
        Diagnostics diags = new Diagnostics();
        assertFalse(new SiteWriter(out, fillsUp).write(site("new", 20), List.of(), diags));

        Diagnostic d = diags.sorted().get(0);
        assertEquals(Code.BRF060, d.code());
        assertEquals(out.toString(), d.pos().path());
        assertTrue(d.message().startsWith("cannot write the site: FileSystem: ") && d.message().endsWith("No space left on device"),
                d.message());
        assertEquals("home old", Files.readString(out.resolve("index.html")));
        assertEquals("old19", Files.readString(out.resolve("p/19/index.html")));
        assertFalse(Files.exists(dir.resolve(".site.staging")), "the half-written staging folder is put aside");
        assertTrue(new SiteWriter(out).write(site("new", 20), List.of(), new Diagnostics()), "and the next build can update it");
        assertEquals("new19", Files.readString(out.resolve("p/19/index.html")));
    }

    @Test
    void setAsideSiteFromAKillMidSwapIsRestoredThenReplaced() throws IOException {
        Path out = dir.resolve("site");
        assertTrue(new SiteWriter(out).write(site("old", 2), List.of(), new Diagnostics()));
        // What a kill between the two renames leaves: no output, the old site set aside, a staging folder.
        Files.move(out, dir.resolve(".site.previous"));
        Files.createDirectories(dir.resolve(".site.staging/p"));
        Files.writeString(dir.resolve(".site.staging/p/stale.html"), "stale");

        new SiteWriter(out).recover();
        assertEquals("home old", Files.readString(out.resolve("index.html")), "the old site is back");
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertTrue(Files.exists(dir.resolve(".site.previous/p/stale.html")), "the staging folder is kept, to be updated");

        assertTrue(new SiteWriter(out).write(site("new", 2), List.of(), new Diagnostics()));
        assertEquals("home new", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("p/stale.html")));
    }

    @Test
    void aPathClimbingOutOfTheOutputIsNeverWritten() throws IOException {
        Path out = dir.resolve("site");
        Map<String, byte[]> files = site("new", 1);
        files.put("../escaped.html", new byte[] {1});
        Diagnostics diags = new Diagnostics();
        assertFalse(new SiteWriter(out).write(files, List.of(), diags));
        assertEquals(Code.BRF060, diags.sorted().get(0).code());
        assertFalse(Files.exists(dir.resolve("escaped.html")));
        assertFalse(Files.exists(out));
    }
}
