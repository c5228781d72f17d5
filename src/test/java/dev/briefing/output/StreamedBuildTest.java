package dev.briefing.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build streams pages to the staging folder; what it writes, and when it may replace the site. */
class StreamedBuildTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("content/briefs"));
        for (String id : new String[] {"first", "second"}) {
            Files.writeString(source.resolve("content/briefs/" + id + ".md"), "---\ntitle: \"Brief " + id
                    + "\"\ndate: 2024-05-0" + (id.equals("first") ? 1 : 2) + "\nsummary: \"A short plain summary.\"\n"
                    + "tags: [polling]\n---\n## Bottom line\n\nSee [[brief:" + (id.equals("first") ? "second" : "first")
                    + "]].\n");
        }
        return source;
    }

    private static Pipeline.Result run(Path source, Path output) {
        return new Pipeline().run(new Pipeline.Options(source, output, AS_OF, false));
    }

    @Test
    void writesExactlyWhatTheInMemoryRenderMakes() throws IOException {
        Path source = site();
        Path out = dir.resolve("out");
        Pipeline.Result built = run(source, out);
        assertTrue(built.ok(), () -> built.diagnostics().sorted().toString());
        Map<String, byte[]> inMemory = run(source, null).files();
        assertEquals(inMemory.keySet(), built.files().keySet());
        inMemory.forEach((path, bytes) -> {
            assertArrayEquals(bytes, built.files().get(path), path);
            try {
                assertArrayEquals(bytes, Files.readAllBytes(out.resolve(path)), path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(inMemory.containsKey("briefs/first/index.html"));
    }

    @Test
    void aBrokenLinkFoundAfterStreamingLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        Path source = site();
        Path out = dir.resolve("out");
        assertTrue(run(source, out).ok());
        byte[] home = Files.readAllBytes(out.resolve("index.html"));
        Files.createDirectories(source.resolve("templates"));
        Files.writeString(source.resolve("templates/404.ftlh"), "<!DOCTYPE html><title>x</title><a href=\"missing/\">x</a>\n");
        Files.writeString(source.resolve("content/briefs/third.md"),
                "---\ntitle: \"Third\"\ndate: 2024-05-03\nsummary: \"Another plain summary.\"\n---\nBody.\n");

        Pipeline.Result failed = run(source, out);

        assertFalse(failed.ok());
        assertTrue(failed.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.BRF061
                && d.pos().path().equals("404.html")), () -> failed.diagnostics().sorted().toString());
        assertArrayEquals(home, Files.readAllBytes(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("briefs/third/index.html")), "the failed build's pages must not appear");
        assertFalse(Files.exists(dir.resolve(".out.staging")), "staging folder left behind");
        assertTrue(failed.files().isEmpty());
    }
}
