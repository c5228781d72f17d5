package dev.briefing.hostile;

import dev.briefing.testing.TestSites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small valid site in a temporary folder, already built once, so each hostile case can break
 * one file, build again through the real command line and check that the build failed cleanly
 * and the previous output is exactly as it was.
 */
final class HostileSite {
    static final String AS_OF = "2024-06-01";
    /**
     * A hang guard only, not a performance bound: every case takes well under a second alone, but
     * CI shares two cores with browser tests and a coverage agent.
     */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    static final String SITE_YAML = "title: Test site\nbase_url: https://briefing-test.org/\n" + dev.briefing.testing.TestSites.SETTINGS;
    static final String SOURCES_YAML = """
            - id: src-a
              title: Source A
              publisher: Publisher
              type: official
              url: https://example.org/a
              accessed: 2024-05-20
            """;
    static final String BRIEF = """
            ---
            title: Alpha brief
            date: 2024-01-02
            summary: A short plain summary.
            tags: [one]
            sources: [src-a]
            ---
            Body text [[cite:src-a]].
            """;

    final Path root;
    final Path output;
    private final Map<String, String> builtHash;

    /** What one run of the command line did. */
    record Outcome(int exit, String stderr) {
    }

    HostileSite(Path root) throws IOException {
        this.root = root;
        this.output = root.resolve("site");
        write("content/site.yaml", SITE_YAML);
        write("content/data/sources.yaml", SOURCES_YAML);
        write("content/briefs/alpha.md", BRIEF);
        Outcome first = build();
        assertEquals(Main.OK, first.exit(), first.stderr());
        this.builtHash = TestSites.hashTree(output);
        assertTrue(builtHash.containsKey("briefs/alpha/index.html"), "the first build wrote the brief");
    }

    void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relative, byte[] bytes) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    Outcome build(String... extra) {
        return run("build", extra);
    }

    /** Runs the real command line in-process, capturing what it prints. */
    Outcome run(String command, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = command;
        args[1] = "--source";
        args[2] = root.toString();
        args[3] = "--as-of=" + AS_OF;
        System.arraycopy(extra, 0, args, 4, extra.length);
        return assertTimeoutPreemptively(HANG_GUARD, () -> runCli(args));
    }

    static synchronized Outcome runCli(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            int exit = Main.run(args);
            return new Outcome(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    /**
     * Builds and asserts the clean failure every hostile case must give: exit 1, the expected
     * diagnostic line (path:line:col: severity: … [CODE]), no stack trace, and the previous
     * output byte for byte as it was.
     */
    Outcome assertRefused(String expectedLocation, String code) {
        return assertRefused(expectedLocation, code, "");
    }

    /** As {@link #assertRefused(String, String)}, with the start of the expected message. */
    Outcome assertRefused(String expectedLocation, String code, String message) {
        Outcome o = build();
        assertEquals(Main.CONTENT_ERRORS, o.exit(), o.stderr());
        assertDiagnostic(o, expectedLocation + ": error: " + message, code);
        assertOutputUnchanged();
        return o;
    }

    /** Asserts a diagnostic line starting with {@code prefix} and ending with [code], and no stack trace. */
    static void assertDiagnostic(Outcome o, String prefix, String code) {
        assertNoStackTrace(o);
        boolean found = o.stderr().lines().anyMatch(l -> l.startsWith(prefix) && l.endsWith("[" + code + "]"));
        assertTrue(found, "expected a line '" + prefix + "… [" + code + "]' in:\n" + o.stderr());
    }

    static void assertNoStackTrace(Outcome o) {
        assertFalse(o.stderr().contains("\tat "), o.stderr());
        assertFalse(o.stderr().contains("Exception"), o.stderr());
        assertFalse(o.stderr().contains("internal error"), o.stderr());
    }

    void assertOutputUnchanged() {
        assertEquals(builtHash, TestSites.hashTree(output), "the previous output must be left exactly as it was");
        assertFalse(Files.exists(root.resolve(".site.staging")), "no staging folder is left behind");
    }

    Map<String, String> previousHash() {
        return builtHash;
    }

    static String frontMatter(String yaml, String body) {
        return "---\n" + yaml + "---\n" + body;
    }
}
