package dev.briefing.hostile;

import dev.briefing.testing.TestSites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real build process while it writes: the previous site survives (as the output,
 * or set aside mid-swap for the next build to restore), and the next build cleans up.
 */
class KilledBuildTest {
    static final int BRIEFS = 120;

    @TempDir
    Path dir;

    @Test
    void killDuringWritingLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        HostileSite site = new HostileSite(dir);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) body.append("A paragraph of text to make the page longer. ");
        for (int i = 0; i < BRIEFS; i++) {
            site.write("content/briefs/b" + i + ".md", HostileSite.BRIEF.replace("Alpha", "Brief " + i)
                    .replace("Body text", body));
        }
        HostileSite.Outcome big = site.build();
        assertEquals(Main.OK, big.exit(), big.stderr());
        Map<String, String> previous = TestSites.hashTree(site.output);
        site.write("content/briefs/zulu.md", HostileSite.BRIEF.replace("Alpha", "Zulu"));

        Path staging = site.root.resolve(".site.staging");
        Path setAside = site.root.resolve(".site.previous");
        boolean killedWhileWriting = false;
        for (int attempt = 0; attempt < 5 && !killedWhileWriting; attempt++) {
            Process build = startBuild(site.root);
            killedWhileWriting = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                while (build.isAlive() && !Files.exists(staging)) Thread.onSpinWait();
                boolean writing = build.isAlive();
                build.destroyForcibly().waitFor();
                return writing;
            });
            Map<String, String> now = TestSites.hashTree(site.output);
            if (killedWhileWriting) {
                // Killed before the swap: the old site; between the two renames: set aside, whole.
                assertTrue(now.equals(previous) || now.isEmpty() && TestSites.hashTree(setAside).equals(previous),
                        "the previous site must survive a kill: output has " + now.size() + " files");
            } else if (!now.equals(previous)) {
                // The build finished before it was seen writing; start again from the old site.
                assertTrue(now.containsKey("briefs/zulu/index.html"));
                Files.delete(site.root.resolve("content/briefs/zulu.md"));
                assertEquals(Main.OK, site.build().exit());
                site.write("content/briefs/zulu.md", HostileSite.BRIEF.replace("Alpha", "Zulu"));
            }
        }
        assertTrue(killedWhileWriting, "the build was killed while writing at least once");

        HostileSite.Outcome next = site.build();
        assertEquals(Main.OK, next.exit(), next.stderr());
        assertFalse(Files.exists(staging), "the next build removed the staging folder");
        assertTrue(Files.isDirectory(setAside), "the site the swap retired is kept beside, for the next build to update");
        Map<String, String> rebuilt = TestSites.hashTree(site.output);
        assertTrue(rebuilt.containsKey("briefs/zulu/index.html"));
        // New files: the brief's page and its share card, and search-index shards for its new words.
        assertEquals(java.util.Set.of("briefs/zulu/index.html", "briefs/zulu/card.png"), rebuilt.keySet().stream()
                .filter(k -> !previous.containsKey(k) && !k.startsWith("search/index/"))
                .collect(java.util.stream.Collectors.toSet()),
                "the next build published the new brief, and nothing was lost");
        assertTrue(rebuilt.keySet().containsAll(previous.keySet()));
    }

    /** The same build in a separate JVM, on this test's class path, so it can really be killed. */
    private static Process startBuild(Path source) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", source.toString(), "--as-of", HostileSite.AS_OF)
                .redirectErrorStream(true)
                .redirectOutput(new File(source.resolve("../build.log").toString()))
                .start();
    }
}
