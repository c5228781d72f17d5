package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/briefing, the launcher that runs the packaged jar with the JVM settings BENCHMARKS.md measured. */
class LauncherIT {
    private static final Path LAUNCHER = TestSites.PROJECT.resolve("bin/briefing");

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", launcher.toString())));
        pb.command().addAll(List.of(args));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void buildsASiteWithTheMeasuredJvmSettings(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Run run = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "build",
                "--source", TestSites.copyOf("valid", tmp.resolve("valid")).toString(), "--output", out.toString(), "--as-of", "2024-12-01");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(run.out().contains("-XX:TieredStopAtLevel=1"), run.out());
        assertTrue(run.out().contains("-XX:CompileThresholdScaling=0.25"), "methods compiled sooner: " + run.out());
        assertTrue(run.out().contains("-XX:+UseParallelGC") && run.out().contains("-XX:GCTimeRatio=4")
                && run.out().contains("-XX:MaxHeapFreeRatio=40"), "the parallel collector, with a heap kept small: " + run.out());
        assertTrue(run.out().contains("-XX:NewSize=25165824"), "a young generation of 24 MB: " + run.out());
        assertTrue(run.out().contains("-XX:MaxTenuringThreshold=1") && run.out().contains("-XX:MinHeapFreeRatio=10"),
                "what outlives two young collections is promoted; the heap grows in small steps: " + run.out());
        assertTrue(run.out().contains("-XX:MetaspaceSize=67108864"), "no full collection for class metadata: " + run.out());
        assertTrue(!run.err().contains("[cds"), "no class-data sharing warnings: " + run.err());
        // Huge pages where the kernel gives them on request; asked for nowhere else, where the JVM would only warn.
        Path hugePages = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(hugePages) && Files.readString(hugePages).contains("[madvise]");
        assertEquals(onRequest, run.out().contains("-XX:+UseTransparentHugePages"), run.out());
        assertTrue(!run.err().contains("TransparentHugePages") && !run.out().contains("UseTransparentHugePages disabled"), run.err());
    }

    @Test
    void keepsTheOptimisingCompilerForLargeSitesAndThePreview(@TempDir Path tmp) throws Exception {
        Map<String, String> env = Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "LARGE_SITE", "1");
        Path valid = TestSites.copyOf("valid", tmp.resolve("valid"));
        Run large = run(LAUNCHER, env, "build", "--source=" + valid,
                "--output", tmp.resolve("site").toString(), "--as-of", "2024-12-01");
        assertEquals(0, large.status(), large.err());
        assertTrue(!large.out().contains("TieredStopAtLevel") && !large.out().contains("CompileThresholdScaling"), large.out());
        assertTrue(large.out().contains("-XX:InitialRAMPercentage=12.5"), "a large site's heap starts big: " + large.out());
        assertTrue(large.out().contains("-XX:NewSize=268435456"), "with a young generation of 256 MB: " + large.out());
        assertTrue(!large.out().contains("MaxTenuringThreshold"), "a large site keeps the collector's tenuring (not measured): " + large.out());
        Run medium = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "MEDIUM_SITE", "1"), "check",
                "--source", valid.toString(), "--as-of", "2024-12-01");
        assertTrue(medium.out().contains("-XX:TieredStopAtLevel=1"), medium.out());
        assertTrue(medium.out().contains("-XX:NewSize=134217728"), "a medium site's young generation is 128 MB: " + medium.out());
        assertTrue(medium.out().contains("-XX:MaxTenuringThreshold=1") && medium.out().contains("-XX:MinHeapFreeRatio=20"),
                "a medium site's old generation grows in larger steps: " + medium.out());
        if (memoryKb() >= 4L * 544 * 1024) {
            assertTrue(medium.out().contains("-XX:InitialHeapSize=570425344"), "a medium site's heap starts at 544 MB: " + medium.out());
        }
        Run capped = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx300m", "MEDIUM_SITE", "1"), "check",
                "--source", valid.toString(), "--as-of", "2024-12-01");
        assertEquals(0, capped.status(), "a largest heap given in BRIEFING_JAVA_OPTS is not contradicted: " + capped.err());
        assertTrue(!capped.out().contains("-XX:InitialHeapSize=570425344") && capped.out().contains("-XX:MaxHeapSize=314572800"), capped.out());
        assertTrue(!medium.out().contains("InitialRAMPercentage"), medium.out());
        Run small = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "check",
                "--source", valid.toString(), "--as-of", "2024-12-01");
        assertTrue(small.out().contains("-XX:TieredStopAtLevel=1"), small.out());
        assertTrue(small.out().contains("-XX:NewSize=25165824"), "a small site's young generation is 24 MB: " + small.out());
        assertTrue(!small.out().contains("InitialRAMPercentage"), small.out());
    }

    /** The preview keeps the serial collector; from a medium site on, with a young generation of 128 MB (not at large ones). */
    @Test
    void givesThePreviewASmallYoungGenerationFromMediumSites(@TempDir Path tmp) throws Exception {
        Path valid = TestSites.copyOf("valid", tmp.resolve("valid"));
        String young = "-XX:NewSize=134217728";
        Run small = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "serve", "--help", "--source", valid.toString());
        assertEquals(0, small.status(), small.err());
        assertTrue(small.out().contains("-XX:+UseSerialGC") && !small.out().contains(young), small.out());
        assertTrue(!small.out().contains("UseTransparentHugePages"), "the preview's heap stays in small pages: " + small.out());
        assertTrue(!small.out().contains("TieredStopAtLevel"), "the preview keeps the optimising compiler: " + small.out());
        Run medium = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "MEDIUM_SITE", "1"), "serve", "--help",
                "--source", valid.toString());
        assertTrue(medium.out().contains("-XX:+UseSerialGC") && medium.out().contains(young), medium.out());
        Run large = run(LAUNCHER, Map.of("BRIEFING_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "MEDIUM_SITE", "1", "LARGE_SITE", "1"),
                "serve", "--help", "--source", valid.toString());
        assertTrue(large.out().contains("-XX:+UseSerialGC") && !large.out().contains(young), large.out());
    }

    /** init's "Next:" names the command the user has: this launcher, from the new site's folder. */
    @Test
    void initSaysToRunTheLauncherItWasRunWith(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("county");
        Run run = run(LAUNCHER, Map.of(), "init", site.toString(), "--title", "T", "--publisher", "P");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\n       cd " + site + "\n"), run.out());
        String launcher = run.out().lines().filter(l -> l.endsWith(" check")).findFirst().orElseThrow().strip();
        launcher = launcher.substring(0, launcher.length() - " check".length());
        // Absolute, or relative to the new site's folder (when that is shorter): either way, this launcher.
        assertEquals(LAUNCHER.toAbsolutePath().normalize(), site.resolve(launcher).normalize(), run.out());
    }

    @Test
    void saysWhatToDoWhenTheJarIsNotBuilt(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("bin/briefing");
        Files.createDirectories(copy.getParent());
        Files.copy(LAUNCHER, copy);
        Run run = run(copy, Map.of(), "--version");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("run 'mvn -B package'"), run.err());
    }

    /** This machine's memory, as the launcher reads it (0 where /proc/meminfo is missing). */
    private static long memoryKb() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) return 0;
        return Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }
}
