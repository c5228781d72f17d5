package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator run as a separate process, as CI and mvn package run it: same input, different
 * folder, time zone and locale give byte-identical trees; the environment's date is checked.
 */
class ReproducibleBuildTest {
    /** 2026-12-06T00:00:00Z: the newest shipped brief's date (on an earlier day, briefs that others link to are not published yet). */
    private static final String EPOCH = "1796515200";

    private record Run(int status, String stderr) {
    }

    private static Run briefing(Path dir, Map<String, String> env, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Path log = Files.createTempFile(dir, "briefing", ".log");
        Process p = pb.redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "briefing finished in time");
        return new Run(p.exitValue(), Files.readString(log));
    }

    @Test
    void twoBuildsInOtherFoldersTimeZonesAndLocalesAreByteIdentical(@TempDir Path dir) throws Exception {
        Path source = Path.of("").toAbsolutePath();
        Path a = dir.resolve("one/site");
        Path b = dir.resolve("two/deeper/out");
        Run first = briefing(dir, Map.of("SOURCE_DATE_EPOCH", EPOCH, "TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8",
                        "LC_ALL", "tr_TR.UTF-8"),
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"),
                "build", "--source", source.toString(), "--output", a.toString());
        Run second = briefing(dir, Map.of("SOURCE_DATE_EPOCH", EPOCH, "TZ", "America/Adak", "LANG", "ar_SA.UTF-8",
                        "LC_ALL", "ar_SA.UTF-8"),
                List.of("-Duser.timezone=America/Adak", "-Duser.language=ar", "-Duser.country=SA", "-Dfile.encoding=ISO-8859-1"),
                "build", "--source", source.toString(), "--output", b.toString());
        assertEquals(0, first.status(), first.stderr());
        assertEquals(0, second.status(), second.stderr());

        Map<String, String> one = TempSite.hashes(a);
        assertTrue(one.size() > 50 && one.containsKey("index.html") && one.containsKey("sitemap.xml"), one.keySet()::toString);
        Map<String, String> two = TempSite.hashes(b);
        assertEquals(one.keySet(), two.keySet());
        assertEquals(List.of(), one.keySet().stream().filter(k -> !one.get(k).equals(two.get(k))).toList(),
                "files that differ");
        assertTrue(Files.readString(a.resolve("index.html")).contains("<time datetime=\"2026-12-06\">6 December 2026</time>"),
                "the as-of date comes from SOURCE_DATE_EPOCH, in UTC and English whatever the locale");
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageErrorAndWritesNothing(@TempDir Path dir) throws Exception {
        TempSite.write(dir.resolve("src"), TempSite.MINIMAL);
        Path out = dir.resolve("out");
        Run run = briefing(dir, Map.of("SOURCE_DATE_EPOCH", "2024-10-01"), List.of(),
                "build", "--source", dir.resolve("src").toString(), "--output", out.toString());
        assertEquals(Main.USAGE, run.status(), run.stderr());
        assertTrue(run.stderr().contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '2024-10-01'"),
                run.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void onGitHubActionsDiagnosticsAlsoPrintAsAnnotations(@TempDir Path dir) throws Exception {
        TempSite.write(dir, Map.of("content/briefs/a.md", """
                ---
                title: A brief
                date: 2024-09-13
                summary: One plain sentence.
                ---
                See [[brief:nowhere]].
                """));
        Run run = briefing(dir, Map.of("GITHUB_ACTIONS", "true"), List.of(),
                "check", "--source", dir.toString(), "--as-of", "2024-10-01");
        assertEquals(Main.CONTENT_ERRORS, run.status(), run.stderr());
        assertTrue(run.stderr().lines().anyMatch(l -> l.startsWith("::error file=content/briefs/a.md,line=6,col=5::unknown brief 'nowhere'")),
                run.stderr());
    }
}
