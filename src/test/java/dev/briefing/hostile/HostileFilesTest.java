package dev.briefing.hostile;

import dev.briefing.testing.TestSites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.briefing.cli.Main;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links, names, collisions and output folders: nothing read or written outside its folder. */
class HostileFilesTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    HostileSite site;

    @BeforeEach
    void buildOnce() throws IOException {
        site = new HostileSite(dir.resolve("src"));
    }

    @Test
    void symlinkToAFileOutsideTheSourceIsRefused() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), HostileSite.BRIEF.replace("Alpha", "Secret"));
        Files.createSymbolicLink(site.root.resolve("content/briefs/leak.md"), secret);
        site.assertRefused("content/briefs/leak.md", "BRF003", "symbolic link points outside the source folder");
    }

    @Test
    void symlinkToAFolderOutsideTheSourceIsRefused() throws IOException {
        Files.createDirectories(site.root.resolve("content/static"));
        Files.createSymbolicLink(site.root.resolve("content/static/etc"), Path.of("/etc"));
        site.assertRefused("content/static/etc", "BRF003");
    }

    @Test
    void symlinkInsideTheSourceIsFollowed() throws IOException {
        Files.createDirectories(site.root.resolve("content/static"));
        Files.writeString(site.root.resolve("notes.txt"), "shared\n");
        Files.createSymbolicLink(site.root.resolve("content/static/notes.txt"), Path.of("../../notes.txt"));
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        assertEquals("shared\n", Files.readString(site.output.resolve("notes.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "a/b", "a\\\\b", "%2e%2e", "a\\0b", "..", "UPPER"})
    void idsThatAreNotSlugsAreRefused(String id) throws IOException {
        site.write("content/data/sources.yaml", HostileSite.SOURCES_YAML.replace("id: src-a", "id: \"" + id + "\""));
        site.assertRefused("content/data/sources.yaml:1:7", "BRF021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e.md", "a..b.md", "a b.md", "Alpha.md"})
    void briefFileNamesThatAreNotSlugsAreRefused(String name) throws IOException {
        site.write("content/briefs/" + name, HostileSite.BRIEF);
        site.assertRefused("content/briefs/" + name, "BRF005");
    }

    @Test
    void backslashInAFileNameIsRefused() throws IOException {
        site.write("content/static/a\\..\\..\\..\\x.txt", "x\n");
        site.assertRefused("content/static/a/../../../x.txt", "BRF005", "file name contains a backslash");
    }

    @Test
    void tagsAreSlugifiedAndNeverLeaveTheOutput() throws IOException {
        site.write("content/briefs/alpha.md", HostileSite.BRIEF.replace("tags: [one]",
                "tags: [\"../../etc\", \"%2e%2e\", \"a/b\\\\c\", \"x\\0y\", \"/abs\"]"));
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        Map<String, String> files = TestSites.hashTree(site.output);
        assertTrue(files.keySet().stream().filter(f -> f.startsWith("tags/") && !f.equals("tags/index.html"))
                .allMatch(f -> f.matches("tags/[a-z0-9-]+/index.html")), files.keySet().toString());
        assertTrue(files.containsKey("tags/etc/index.html") && files.containsKey("tags/2e2e/index.html") == false
                && files.containsKey("tags/2e-2e/index.html") && files.containsKey("tags/a-b-c/index.html")
                && files.containsKey("tags/x-0-y/index.html") == false, files.keySet().toString());
        try (var all = Files.walk(dir)) {
            assertEquals(0, all.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> !p.startsWith(site.output) && !p.startsWith(site.output.resolveSibling("." + site.output.getFileName() + ".previous")))
                    .count(), "nothing written outside the output folder (and the retired site kept beside it)");
        }
    }

    @Test
    void tagWithoutLettersIsRefused() throws IOException {
        site.write("content/briefs/alpha.md", HostileSite.BRIEF.replace("tags: [one]", "tags: [\"../..\"]"));
        site.assertRefused("content/briefs/alpha.md:5:8", "BRF021", "'../..' needs at least one letter or digit");
    }

    @Test
    void staticFileOverAGeneratedPageIsAnErrorNamingBoth() throws IOException {
        site.write("content/static/briefs/alpha/index.html", "<p>replaced</p>\n");
        site.assertRefused("content/static/briefs/alpha/index.html", "BRF034",
                "static file would replace the generated briefs/alpha/index.html");
    }

    @Test
    void staticFileDifferingOnlyInCaseIsAnError() throws IOException {
        site.write("content/static/Index.HTML", "<p>replaced</p>\n");
        site.assertRefused("content/static/Index.HTML", "BRF034", "static file would replace the generated index.html");
    }

    @Test
    void staticFilesDifferingOnlyInCaseAreAnErrorNamingBoth() throws IOException {
        site.write("content/static/logo.png", "a");
        site.write("content/static/Logo.png", "b");
        site.assertRefused("content/static/logo.png", "BRF034", "static file would replace the static file content/static/Logo.png");
    }

    @Test
    void staticFileNamedLikeAGeneratedFolderIsAnError() throws IOException {
        site.write("content/static/feeds", "x");
        site.assertRefused("content/static/feeds", "BRF034", "static file takes the name of a folder");
    }

    /**
     * Walkthrough 26: the source added last was called "first" because threats are registered
     * before sources. Across files nothing says which entry is new, so each is reported, naming the other.
     */
    @Test
    void sameIdInTwoDataFilesIsAnErrorAtEach() throws IOException {
        site.write("content/data/threats.yaml", "- id: src-a\n  name: Threat\n  summary: A threat.\n");
        HostileSite.Outcome o = site.assertRefused("content/data/sources.yaml:1:7", "BRF032",
                "duplicate id 'src-a': the threat at content/data/threats.yaml:1:7 has it too");
        HostileSite.assertDiagnostic(o, "content/data/threats.yaml:1:7: error: duplicate id 'src-a': the source at"
                + " content/data/sources.yaml:1:7 has it too", "BRF032");
    }

    /** Walkthrough 26: an entry added at the end of a file with an id already used is the one reported, naming the earlier's line. */
    @Test
    void anIdUsedAgainLaterInAFileIsReportedAtTheLaterEntry() throws IOException {
        site.write("content/data/threats.yaml", "- id: arson\n  name: Arson\n  summary: Setting fires.\n\n"
                + "- id: vandalism\n  name: Vandalism\n  summary: Damage.\n\n- id: arson\n  name: Arson again\n  summary: Fires.\n");
        HostileSite.Outcome o = site.assertRefused("content/data/threats.yaml:9:7", "BRF032",
                "duplicate id 'arson': the threat on line 1 has it already (ids are unique across the site: choose another id for"
                        + " the entry you added; ids are never reused)");
        assertEquals(1, o.stderr().lines().filter(l -> l.endsWith("[BRF032]")).count(), o.stderr());
    }

    @Test
    void pageTakingAGeneratedUrlIsAnError() throws IOException {
        site.write("content/pages/tags.md", "---\ntitle: Tags\n---\nMine.\n");
        site.assertRefused("content/pages/tags.md:1:1", "BRF034", "page 'tags' would replace the generated page /tags/");
    }

    @Test
    void pageTakingThePartnersEmbedPageIsAnError() throws IOException {
        site.write("content/pages/embed.md", "---\ntitle: Embed\n---\nMine.\n");
        site.assertRefused("content/pages/embed.md:1:1", "BRF034", "page 'embed' would replace the generated page /embed/");
    }

    @Test
    void unreadableFileIsAClearError() throws IOException {
        Path brief = site.root.resolve("content/briefs/alpha.md");
        Files.setPosixFilePermissions(brief, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(brief), "running as root: permissions do not stop reads "
                + "(readFailureIsAClearError covers the diagnostic)");
        site.assertRefused("content/briefs/alpha.md", "BRF001", "cannot read file");
    }

    @Test
    void readFailureIsAClearError() {
        // A folder cannot be read as a file, even by root: the same path as an unreadable file.
        Diagnostics diags = new Diagnostics();
        assertTrue(SourceReader.read(site.root.resolve("content/briefs"), "content/briefs/x.md", diags).isEmpty());
        var d = diags.sorted().get(0);
        assertEquals(Code.BRF001, d.code());
        assertEquals("content/briefs/x.md", d.pos().toString());
        assertTrue(d.message().startsWith("cannot read file: "), d.message());
    }

    @Test
    void unwritableOutputFolderIsAClearError() throws IOException {
        Path blocker = Files.writeString(elsewhere.resolve("not-a-folder"), "x");
        HostileSite.Outcome o = site.build("--output", blocker.resolve("site").toString());
        assertEquals(Main.CONTENT_ERRORS, o.exit(), o.stderr());
        HostileSite.assertDiagnostic(o, blocker.resolve("site") + ": error: cannot write the site", "BRF060");
        assertEquals("x", Files.readString(blocker));
        site.assertOutputUnchanged();
    }

    @Test
    void outputEqualToTheSourceIsRefused() {
        assertOutputRefused(site.root.toString(), "output folder is the source folder");
        assertOutputRefused(site.root.resolve("content/..").toString(), "output folder is the source folder");
    }

    @Test
    void outputContainingTheSourceIsRefused() {
        assertOutputRefused(dir.toString(), "output folder contains the source folder");
    }

    @Test
    void outputInsideContentIsRefused() {
        assertOutputRefused(site.root.resolve("content/site").toString(), "output folder is inside content/ or templates/");
    }

    @Test
    void outputThroughALinkToTheSourceIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(elsewhere.resolve("link"), site.root);
        assertOutputRefused(link.resolve("content").toString(), "output folder is inside content/");
    }

    @Test
    void outputThatIsAFileIsRefusedAndKept() throws IOException {
        Path notes = Files.writeString(site.root.resolve("notes.txt"), "precious\n");
        assertOutputRefused(notes.toString(), "output folder is a file");
        assertEquals("precious\n", Files.readString(notes));
    }

    @Test
    void outputThatIsSomeoneElsesFolderIsRefusedAndKept() throws IOException {
        Path docs = Files.createDirectories(elsewhere.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "years of work\n");
        assertOutputRefused(docs.toString(), "output folder holds files but no index.html");
        assertEquals("years of work\n", Files.readString(docs.resolve("thesis.txt")));
    }

    @Test
    void defaultOutputHoldingOnlyTheHandbookIsReplaced() throws IOException {
        // What `mvn site` on a fresh clone leaves: site/ with the handbook only.
        TestSites.deleteTree(site.output);
        site.write("site/handbook/index.html", "<p>handbook</p>\n");
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        assertEquals(site.previousHash(), TestSites.hashTree(site.output));
    }

    private void assertOutputRefused(String output, String message) {
        HostileSite.Outcome o = site.build("--output", output);
        assertEquals(Main.CONTENT_ERRORS, o.exit(), o.stderr());
        HostileSite.assertDiagnostic(o, output + ": error: " + message, "BRF064");
        site.assertOutputUnchanged();
    }
}
