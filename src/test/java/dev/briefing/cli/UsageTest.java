package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import dev.briefing.testing.TestSites.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage mistakes are told as such: exit status 2, a plain message, never a stack trace or "a bug". */
class UsageTest {
    @TempDir
    Path tmp;

    private static void assertUsage(Run run, String expected) {
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aSourceFolderThatDoesNotExist() {
        String missing = tmp.resolve("nope").toString();
        assertUsage(TestSites.cli("serve", "--source", missing, "--port", "0"), "is not a folder");
        assertUsage(TestSites.cli("build", "--source", missing, "--output", tmp.resolve("out").toString()), "is not a folder");
        assertUsage(TestSites.cli("check", "--source", missing), "is not a folder");
    }

    @Test
    void serveNeedsASiteAndAPortThatExists() {
        assertUsage(TestSites.cli("serve", "--source", tmp.toString(), "--port", "0"), "no content/ folder");
        assertUsage(TestSites.cli("serve", "--source", TestSites.site("valid").toString(), "--port", "99999"),
                "--port must be between 0 and 65535");
    }

    /** Walkthrough 26: check and build here said "error … [BRF004]" and warned of a missing site.yaml, exit 1. */
    @Test
    void everyCommandOutsideASiteIsAUsageMistakeAndInsideContentSaysGoUp() throws Exception {
        for (String command : new String[] {"build", "check", "translations", "serve"}) {
            Run run = TestSites.cli(command, "--source", tmp.toString());
            assertUsage(run, "no content/ folder in " + tmp.toAbsolutePath().normalize()
                    + ": run the command in a site's folder (the one 'briefing init' made), or pass --source DIR");
            assertFalse(run.err().contains("BRF"), run.err());
        }
        Path content = Files.createDirectories(tmp.resolve("site/content"));
        Files.writeString(content.resolve("site.yaml"), "title: T\n");
        for (String[] args : new String[][] {{"check", "--source", content.toString()}, {"new", "brief", "X", "--source", content.toString()}}) {
            assertUsage(TestSites.cli(args), ": this is the site's content/ folder; run the command in the folder above it (cd ..)");
        }
        assertFalse(Files.exists(content.resolve("content")), "nothing written");
    }

    @Test
    void newOutsideASiteWritesNothing() throws Exception {
        assertUsage(TestSites.cli("new", "brief", "Hello", "--source", tmp.toString()), "no content/ folder");
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void newTakesPluralKindsAndPages() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Run plural = TestSites.cli("new", "targets", "polling-places", "--source", tmp.toString());
        assertEquals(Main.OK, plural.exit(), plural.err());
        assertTrue(Files.readString(tmp.resolve("content/data/targets.yaml")).contains("- id: polling-places\n"));
        Run page = TestSites.cli("new", "page", "Accessibility", "--source", tmp.toString());
        assertEquals(Main.OK, page.exit(), page.err());
        assertTrue(Files.isRegularFile(tmp.resolve("content/pages/accessibility.md")));
        // A misspelt kind gets its did-you-mean, as ids and links do, from every word that names a kind.
        assertUsage(TestSites.cli("new", "thret", "x", "--source", tmp.toString()),
                "unknown kind 'thret' (did you mean 'threat'?); use one of brief, page, threat, target,");
        assertUsage(TestSites.cli("new", "warning-behaviour", "x", "--source", tmp.toString()),
                "unknown kind 'warning-behaviour' (did you mean 'warning-behavior'?)");
        Run far = TestSites.cli("new", "frobnicate", "x", "--source", tmp.toString());
        assertUsage(far, "unknown kind 'frobnicate'; use one of brief, page");
    }

    /** Walkthrough 26: new --help listed three kinds and "…"; it lists every kind new takes, each by the name it takes. */
    @Test
    void newsHelpListsEveryKind() throws Exception {
        Run help = TestSites.cli("new", "--help");
        assertEquals(Main.OK, help.exit());
        String text = help.out().replaceAll("\\s+", " ");
        String kinds = String.join(", ", java.util.Arrays.stream(dev.briefing.model.Kind.values()).map(dev.briefing.model.Kind::singular).toList());
        assertTrue(text.contains("What to create: one of " + kinds + " (plurals too"), text);
        // Each one it lists, it takes.
        Files.createDirectories(tmp.resolve("content"));
        for (dev.briefing.model.Kind k : dev.briefing.model.Kind.values()) {
            assertEquals(Main.OK, TestSites.cli("new", k.singular(), k == dev.briefing.model.Kind.BRIEF || k == dev.briefing.model.Kind.PAGE
                    ? "A " + k.singular() : "an-" + k.singular(), "--source", tmp.toString()).exit(), k::singular);
        }
    }

    /**
     * A title or id that new cannot use is a usage mistake (exit 2), like a misspelt kind; a data
     * file with an error to fix first is a problem in content (exit 1).
     */
    @Test
    void aNameNewCannotUseIsAUsageMistake() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        assertUsage(TestSites.cli("new", "threat", "Bad Id!", "--source", tmp.toString()),
                "briefing: 'Bad Id!' is not a valid id; use lowercase letters, digits and hyphens, e.g. 'bad-id'");
        assertUsage(TestSites.cli("new", "brief", "!!!", "--source", tmp.toString()), "the title needs at least one letter or digit");
        assertEquals(Main.OK, TestSites.cli("new", "target", "polling-places", "--source", tmp.toString()).exit());
        assertUsage(TestSites.cli("new", "threat", "polling-places", "--source", tmp.toString()),
                "id 'polling-places' is already used by a target at content/data/targets.yaml");
        assertFalse(Files.exists(tmp.resolve("content/data/threats.yaml")), "nothing written");
        Files.writeString(tmp.resolve("content/data/drivers.yaml"), "- id: a\n  name: \"unclosed\n");
        Run broken = TestSites.cli("new", "driver", "b", "--source", tmp.toString());
        assertEquals(Main.CONTENT_ERRORS, broken.exit(), broken.err());
        assertTrue(broken.err().contains("content/data/drivers.yaml has an error to fix first"), broken.err());
    }

    @Test
    void jsonDiagnosticsGoToStandardOutputAndNothingElseDoes() {
        Run run = TestSites.cli("check", "--source", TestSites.copyOf("valid", tmp.resolve("valid")).toString(), "--as-of", "2024-12-01",
                "--format", "json");
        assertEquals(Main.OK, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines.length >= 1 && !lines[0].isEmpty(), run.out());
        // Diagnostics, then each page's reading level.
        for (String line : lines) {
            assertTrue(line.matches("\\{\"code\":\"BRF\\d{3}\",\"severity\":\"(error|warning)\",.*\\}")
                    || line.matches("\\{\"type\":\"reading_level\",.*\\}"), line);
        }
        assertFalse(run.err().contains("\"code\""), "no JSON on standard error: " + run.err());
    }
}
