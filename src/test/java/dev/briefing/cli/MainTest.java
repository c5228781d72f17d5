package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import dev.briefing.testing.TestSites.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract: exit codes, help and version, reporting, atomic and reproducible builds. */
class MainTest {
    static final String AS_OF = "2024-12-01";

    @TempDir
    Path tmp;
    /** A copy of the valid fixture (the command line keeps its cache in the source folder), apart from {@link #tmp}. */
    @TempDir
    Path fixture;
    private Path valid;

    @BeforeEach
    void copyFixture() {
        valid = TestSites.copyOf("valid", fixture.resolve("valid"));
    }

    @Test
    void checkPrintsEachBriefsCitationCoverage() {
        Run run = TestSites.cli("check", "--source", valid.toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("citation coverage (cited / prose paragraphs, advice sections excepted):\n"), run.out());
        assertTrue(run.out().contains("  100%  1/1  content/briefs/alpha.md\n"), run.out());
        assertTrue(run.out().matches("(?s).*  \\d+%  \\d+/\\d+  all briefs\n.*"), run.out());
    }

    @Test
    void theBaseUrlCanBeGivenOnTheCommandLineAndABadOneIsAUsageError() throws IOException {
        Path out = tmp.resolve("out");
        Run run = TestSites.cli("build", "--source", valid.toString(), "--output", out.toString(), "--as-of", AS_OF,
                "--base-url", "https://team.github.io/briefing");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("[BRF082]"), "the real address is not a placeholder: " + run.err());
        assertEquals("https://team.github.io/briefing/briefs/alpha/", Jsoup.parse(Files.readString(
                out.resolve("briefs/alpha/index.html"))).selectFirst("link[rel=canonical]").attr("href"));
        Run bad = TestSites.cli("check", "--source", valid.toString(), "--base-url", "ftp://team.github.io/");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--base-url must be an absolute web address"), bad.err());
    }

    @Test
    void exitZeroForAValidSiteEvenWithWarnings() {
        Run run = TestSites.cli("check", "--source", valid.toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("0 errors, 1 warning\n"), run.err());
    }

    @Test
    void exitOneForContentErrors() {
        Run run = TestSites.cli("check", "--source", TestSites.copyOf("invalid/unknown-brief-link", fixture.resolve("invalid")).toString(),
                "--as-of", AS_OF);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("content/briefs/a.md:6:33: error: unknown brief 'lone-ofenders'"
                + " (did you mean 'lone-offenders'?) [BRF030]\n"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace for a content problem");
    }

    /**
     * The fixture with one warning that --strict refuses: raw HTML in a brief. (Its brief dated
     * later is a reminder, which --strict leaves a warning: it is published on its day.)
     */
    private static Path withOneWarning(Path site) throws IOException {
        Path alpha = site.resolve("content/briefs/alpha.md");
        Files.writeString(alpha, Files.readString(alpha).replace("Officials warned", "Officials <b>warned</b>"));
        return site;
    }

    @Test
    void strictMakesWarningsFail() throws IOException {
        Run run = TestSites.cli("check", "--strict", "--source", withOneWarning(valid).toString(), "--as-of", AS_OF);
        assertEquals(1, run.exit());
        // The brief dated later stays a warning: a reminder, published on its day.
        assertTrue(run.err().contains("1 error, 1 warning\n"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build --bogus", "check --as-of 2024-9-13", "", "check --format yaml"})
    void exitTwoForBadUsage(String args) {
        Run run = TestSites.cli(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("Usage: briefing"), run.err());
    }

    /** A mistyped command: plain words, the nearest command when one is near, and every command with what it does. */
    @Test
    void anUnknownCommandIsNamedWithTheNearestAndTheListOfCommands() {
        Run typo = TestSites.cli("buidl");
        assertEquals(2, typo.exit(), typo.err());
        assertTrue(typo.err().startsWith("'buidl' is not a briefing command. Did you mean 'build'?\nThe commands are:\n"), typo.err());
        for (String command : List.of("init", "build", "check", "serve", "new", "translations", "handbook", "help")) {
            assertTrue(typo.err().contains("\n  " + command + " "), command + " listed: " + typo.err());
        }
        assertTrue(typo.err().contains("  build         Builds the site."), typo.err());
        assertTrue(typo.err().endsWith("For what one does and its options: briefing help COMMAND\n"), typo.err());
        assertFalse(typo.err().contains("Unmatched argument") || typo.err().contains("Usage:"), typo.err());

        Run far = TestSites.cli("frobnicate");
        assertEquals(2, far.exit(), far.err());
        assertTrue(far.err().startsWith("'frobnicate' is not a briefing command.\nThe commands are:\n"), "no far-off guess: " + far.err());

        Run option = TestSites.cli("build", "--sorce", "x");
        assertEquals(2, option.exit(), option.err());
        assertTrue(option.err().startsWith("'--sorce' is not an option of briefing build. Did you mean '--source'?\nUsage: briefing build "),
                option.err());
    }

    /**
     * Every command's help fits a terminal of 80 columns and wraps only where it must: no sentence is
     * broken across lines by hand, each example is one line, and no address is cut.
     */
    @Test
    void helpFitsEightyColumnsAndWrapsOnlyWhereItMust() {
        picocli.CommandLine all = Main.commandLine(null);
        List<picocli.CommandLine> commands = new ArrayList<>(List.of(all));
        commands.addAll(all.getSubcommands().values());
        for (picocli.CommandLine command : commands) {
            String name = command.getCommandName();
            Run run = TestSites.cli(command == all ? new String[] {"--help"}
                    : name.equals("help") ? new String[] {"help", "help"} : new String[] {name, "--help"});
            assertEquals(0, run.exit(), run.err());
            List<String> lines = run.out().lines().toList();
            for (String line : lines) {
                assertTrue(line.codePointCount(0, line.length()) <= Main.HELP_WIDTH, name + ": " + line.length() + " columns: " + line);
            }
            picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            for (String paragraph : spec.usageMessage().description()) {
                if (paragraph.startsWith("  ")) {
                    assertTrue(lines.contains(paragraph), name + ": the example is one line: " + paragraph + "\n" + run.out());
                } else {
                    assertTrue(paragraph.replaceFirst("%n$", "").matches("(?s).*[.:?]"), name + ": a paragraph ends its sentence: " + paragraph);
                }
            }
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> texts.addAll(List.of(o.description())));
            spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
            java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?://[^\\s)]*[^\\s.,;)]").matcher(String.join(" ", texts));
            while (url.find()) assertTrue(run.out().contains(url.group()), name + ": " + url.group() + " is cut in\n" + run.out());
        }
    }

    /** The command list of --help gives each command's first sentence whole, never cut mid-sentence. */
    @Test
    void helpListsEveryCommandWithAWholeSentence() {
        Run run = TestSites.cli("--help");
        assertEquals(0, run.exit(), run.err());
        String commands = run.out().substring(run.out().indexOf("Commands:") + "Commands:".length());
        // Each command starts a line at two spaces; its summary may wrap onto lines indented further.
        Map<String, String> summaries = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : commands.lines().filter(l -> !l.isBlank()).toList()) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                String[] parts = line.strip().split("\\s+", 2);
                current = parts[0];
                summaries.put(current, parts[1]);
            } else if (current != null) {
                summaries.put(current, summaries.get(current) + " " + line.strip());
            }
        }
        assertEquals(List.of("init", "build", "check", "serve", "new", "translations", "handbook", "help"), List.copyOf(summaries.keySet()), run.out());
        summaries.forEach((command, summary) -> assertTrue(summary.endsWith("."), command + ": " + summary));
        assertEquals("Creates a new site, ready to write in, in a new or empty folder.", summaries.get("init"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check"})
    void helpOnEveryCommand(String command) {
        Run run = TestSites.cli(args(command, "--help"));
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: briefing" + (command.isEmpty() ? "" : " " + command) + " "), run.out());
    }

    /**
     * Tests run from classes, not from a jar, so every command says it is a development build, in these
     * words; what a jar says (its version, read from pom.xml there) is ReleaseArtifactsIT's to check.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check", "serve", "new", "init", "translations", "handbook"})
    void versionOnEveryCommand(String command) {
        Run run = TestSites.cli(args(command, "--version"));
        assertEquals(0, run.exit());
        assertEquals(String.join(System.lineSeparator(), "briefing (development build)",
                "commit and SBOM: recorded only in the jar that mvn -B package builds", ""), run.out());
    }

    private static String[] args(String command, String option) {
        return command.isEmpty() ? new String[] {option} : new String[] {command, option};
    }

    @Test
    void reportsEveryProblemWithASummary() {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("content/briefs/a.md"),
                "---\ntitle: A\ndate: 2024-9-13\nsummary: A has a bad date.\n---\nText.\n");
        TestSites.write(site.resolve("content/briefs/b.md"),
                "---\ntitle: B\ndate: 2024-09-13\nsumary: B misspells a field.\n---\nText.\n");
        TestSites.write(site.resolve("content/briefs/c.md"),
                "---\ntitle: C\ndate: 2024-09-13\nsummary: C has raw HTML.\n---\nSome <b>bold</b> text.\n");
        TestSites.write(site.resolve("content/site.yaml"), "title: T\nbase_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
        Run run = TestSites.cli("check", "--source", site.toString(), "--as-of", AS_OF);
        assertEquals(1, run.exit());
        assertEquals("""
                content/briefs/a.md:3:7: error: '2024-9-13' is not a date in 'date' (write dates as YYYY-MM-DD, for example 2024-09-13) [BRF018]
                  date: 2024-9-13
                        ^
                content/briefs/b.md:4:1: error: unknown field 'sumary' in brief (did you mean 'summary'? Every brief needs one.) [BRF015]
                  sumary: B misspells a field.
                  ^
                content/briefs/c.md:1:1: warning: brief 'c' cites no source (add [[cite:source-id]] after its claims or list 'sources:') [BRF072]
                  ---
                  ^
                content/briefs/c.md:6:6: warning: raw HTML <b> is shown as text, not passed through (for <b>, write **bold**) [BRF040]
                  Some <b>bold</b> text.
                       ^
                2 errors, 2 warnings
                """, run.err());
    }

    @Test
    void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path source = tmp.resolve("source");
        TestSites.copy(TestSites.site("valid"), source);
        Path out = tmp.resolve("out");
        Run first = TestSites.cli("build", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(0, first.exit(), first.err());
        Map<String, String> before = TestSites.hashTree(out);
        assertTrue(before.containsKey("briefs/alpha/index.html") && before.containsKey("notes.txt"), before.keySet()::toString);

        Path alpha = source.resolve("content/briefs/alpha.md");
        Files.writeString(alpha, Files.readString(alpha).replace("[[brief:beta]]", "[[brief:betta]]"));
        Run second = TestSites.cli("build", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(1, second.exit());
        assertTrue(second.err().contains("unknown brief 'betta' (did you mean 'beta'?) [BRF030]"), second.err());
        assertEquals(before, TestSites.hashTree(out));
        try (var siblings = Files.list(tmp)) {
            // Beside the output only the record of which cached card each of its cards is (output.KeptKeys).
            assertEquals(List.of("out", "source"), siblings.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".out.keys-")).sorted().toList(), "no staging or set-aside folder is left behind");
        }
    }

    /** build --strict refuses to publish a site with warnings, as check --strict says it would. */
    /** Walkthrough 26: a first build that fails said "./site was left unchanged", of a site that was never built. */
    @Test
    void aFirstBuildThatFailsSaysNothingWasWritten() throws IOException {
        Path source = tmp.resolve("source");
        TestSites.copy(TestSites.site("valid"), source);
        withOneWarning(source);
        Path out = tmp.resolve("out");
        Run none = TestSites.cli("build", "--strict", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(1, none.exit(), none.err());
        assertTrue(none.err().endsWith("build failed; " + out + " was not written\n"), none.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void strictBuildLeavesThePreviousSiteWhenThereAreWarnings() throws IOException {
        Path source = tmp.resolve("source");
        TestSites.copy(TestSites.site("valid"), source);
        withOneWarning(source);
        Path out = tmp.resolve("out");
        // Walkthrough 26: a first build that fails has no site to leave unchanged.
        Run none = TestSites.cli("build", "--strict", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertTrue(none.err().endsWith("build failed; " + out + " was not written\n"), none.err());
        Run first = TestSites.cli("build", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(0, first.exit(), first.err());
        Map<String, String> before = TestSites.hashTree(out);
        Path alpha = source.resolve("content/briefs/alpha.md");
        Files.writeString(alpha, Files.readString(alpha).replace("title: ", "title: Edited "));
        Run strict = TestSites.cli("build", "--strict", "--source", source.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().contains("was left unchanged"), strict.err());
        assertEquals(before, TestSites.hashTree(out), "the site with warnings was not published");
        // Off a terminal (here, a captured stream), a build prints no progress line.
        assertFalse(strict.err().contains("\r") || first.err().contains("\r"), "no progress on a non-terminal: " + first.err());
    }

    @Test
    void sameInputAndDateGiveIdenticalTrees() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, TestSites.cli("build", "--source", valid.toString(), "--output", a.toString(), "--as-of", AS_OF).exit());
        assertEquals(0, TestSites.cli("build", "--source", valid.toString(), "--output", b.toString(), "--as-of", AS_OF).exit());
        Map<String, String> treeA = TestSites.hashTree(a);
        assertTrue(treeA.size() > 20, treeA.keySet()::toString);
        assertEquals(treeA, TestSites.hashTree(b));
    }

    @Test
    void briefsAloneBuildWithTheBuiltInTheme() throws IOException {
        Path site = tmp.resolve("site");
        TestSites.write(site.resolve("content/briefs/first-brief.md"),
                "---\ntitle: First brief\ndate: 2024-09-13\nsummary: The first brief.\ntags: [schools, Election Day]\n---\n"
                        + "Links to [[brief:second-brief]].\n");
        TestSites.write(site.resolve("content/briefs/second-brief.md"),
                "---\ntitle: Second brief\ndate: 2024-09-14\nsummary: The second brief.\ntags: [schools]\n---\nText.\n");
        Path out = tmp.resolve("out");
        Run run = TestSites.cli("build", "--source", site.toString(), "--output", out.toString(), "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        var page = Jsoup.parse(Files.readString(out.resolve("briefs/first-brief/index.html")));
        assertEquals("First brief", page.selectFirst("main h1").text());
        assertEquals("../second-brief/index.html", page.selectFirst("main .prose a").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("tags/election-day/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("tags/schools/index.html")));
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        try (InputStream builtIn = Main.class.getResourceAsStream("/dev/briefing/theme/style.css")) {
            assertEquals(TestSites.sha256(builtIn.readAllBytes()),
                    TestSites.sha256(Files.readAllBytes(out.resolve("briefs/first-brief").resolve(css).normalize())),
                    "the page uses the built-in stylesheet");
        }
    }

    /** SOURCE_DATE_EPOCH is read from the environment, so this runs the command line in a new JVM. */
    @Test
    void sourceDateEpochIsTheAsOfDateWhenNoneIsGiven() throws Exception {
        Path out = tmp.resolve("out");
        LocalDate date = LocalDate.of(2030, 6, 1);
        long epoch = date.atTime(13, 30).toEpochSecond(ZoneOffset.UTC);
        Run run = java(Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)),
                "build", "--source", valid.toString(), "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        String home = Files.readString(out.resolve("index.html"));
        assertEquals("2030-06-01", Jsoup.parse(home).selectFirst("footer time").attr("datetime"));
        assertTrue(Files.isRegularFile(out.resolve("briefs/epsilon-future/index.html")),
                "the brief dated 2030-01-01 is published as of 2030-06-01");

        Run bad = java(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "check", "--source", valid.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not 'yesterday'"),
                bad.err());
    }

    /** Runs the command line in a new JVM with the test class path; standard output is discarded. */
    private Run java(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(tmp, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command line did not finish");
        return new Run(p.exitValue(), "", Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void aCheckWithWarningsSaysThePublishWorkflowWouldStillRefuseIt() {
        assertEquals("check passed: 12 files would be written", CheckCommand.passed(0, List.of(), 12));
        assertEquals("check passed with 2 warnings: `build` would write 12 files, but `build --strict`, which the publish"
                + " workflow runs, refuses until they are fixed", CheckCommand.passed(2, List.of(), 12));
    }

    /**
     * Walkthrough 4 of issue 26: "0 errors, 3 warnings", then "check passed with 2 warnings", the
     * brief dated later (a reminder --strict accepts) left out without a word. Every warning the
     * summary counts is accounted for, and the reminders are named.
     */
    @org.junit.jupiter.api.Test
    void aPassingCheckAccountsForEveryWarningTheSummaryCounted() {
        assertEquals("check passed with 3 warnings: `build` would write 12 files, but `build --strict`, which the publish"
                + " workflow runs, refuses until 2 of them are fixed (the other 1 is a reminder, which `build --strict` accepts,"
                + " of what only time or an advisory's issuer can change: BRF077)",
                CheckCommand.passed(2, List.of(dev.briefing.diag.Code.BRF077), 12));
        assertEquals("check passed with 2 warnings: each is a reminder, which `build --strict` accepts, of what only time or an"
                + " advisory's issuer can change: BRF037, BRF077; 12 files would be written",
                CheckCommand.passed(0, List.of(dev.briefing.diag.Code.BRF077, dev.briefing.diag.Code.BRF037), 12));
        assertTrue(CheckCommand.passed(1, List.of(dev.briefing.diag.Code.BRF077, dev.briefing.diag.Code.BRF077), 12)
                .endsWith("refuses until 1 of them is fixed (the other 2 are reminders, which `build --strict` accepts, of what only"
                        + " time or an advisory's issuer can change: BRF077)"));
    }

    @org.junit.jupiter.api.Test
    void newTakesTheHandbooksWordForAKindAsWellAsItsOwn() {
        assertEquals(java.util.List.of("warning-behaviors", "warning-behavior"), NewCommand.labelWords(dev.briefing.model.Kind.INDICATOR));
        assertEquals(java.util.List.of("threats", "threat"), NewCommand.labelWords(dev.briefing.model.Kind.THREAT));
    }
}
