package dev.briefing.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code briefing init}: a new site builds at once, says what to fill in, and never overwrites a folder. */
class InitTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aNewSiteBuildsAndWarnsOnlyAboutWhatItsEditorsMustFillIn(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("my-site");
        TestSites.Run init = TestSites.cli("init", site.toString(), "--title", "County \"briefings\"", "--publisher",
                "County elections office", "--base-url", "https://briefings.county-elections.org/");
        assertEquals(0, init.exit(), init.err());
        for (String file : NewSite.FILES.keySet()) assertTrue(Files.isRegularFile(site.resolve(file)), file);
        List<String> ignored = Files.readAllLines(site.resolve(".gitignore"));
        assertTrue(ignored.containsAll(List.of("/site/", "/.site.staging/", "/.site.previous/")),
                "the output and the folders a build keeps beside it are never committed: " + ignored);

        Path out = tmp.resolve("out");
        Pipeline.Result built = new Pipeline().run(new Pipeline.Options(site, out, TODAY, false));
        assertTrue(built.ok(), () -> String.join("\n", TestSites.headlines(built)));
        for (String page : List.of("index.html", "briefs/example-brief/index.html", "about/index.html", "report/index.html",
                "accessibility/index.html", "privacy/index.html", "data/landscape.json", "data/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("href=\"tel:911\""));
        assertTrue(Files.readString(out.resolve("index.html")).contains("County &quot;briefings&quot;"), "the title as given");

        // Only placeholders, each a warning at its file, line and column.
        List<Diagnostic> diags = built.diagnostics().sorted();
        assertTrue(diags.stream().noneMatch(Diagnostic::isError));
        assertEquals(Set.of(Code.BRF078, Code.BRF082), diags.stream().map(Diagnostic::code).collect(Collectors.toSet()),
                () -> String.join("\n", TestSites.headlines(diags)));
        Set<String> where = diags.stream().map(d -> d.pos().path() + ":" + d.pos().line() + ":" + d.code())
                .collect(Collectors.toCollection(TreeSet::new));
        String yaml = Files.readString(site.resolve("content/site.yaml"));
        assertTrue(where.contains("content/site.yaml:" + lineOf(yaml, "description:") + ":BRF078"), where.toString());
        assertTrue(where.contains("content/site.yaml:" + lineOf(yaml, "editors@example.org") + ":BRF082"), where.toString());
        String brief = Files.readString(site.resolve("content/briefs/example-brief.md"));
        assertTrue(where.contains("content/briefs/example-brief.md:" + lineOf(brief, "summary:") + ":BRF078"), where.toString());
        assertTrue(where.contains("content/data/sources.yaml:" + lineOf(Files.readString(site.resolve("content/data/sources.yaml")),
                "url:") + ":BRF078"), where.toString());
        assertTrue(where.contains("content/pages/about.md:" + lineOf(Files.readString(site.resolve("content/pages/about.md")),
                "summary:") + ":BRF078"), where.toString());
        assertTrue(diags.stream().allMatch(d -> d.pos().line() > 0 && d.pos().column() > 0), "every warning has its position");
    }

    @Test
    void newForEveryKindOnANewSiteKeepsItBuilding(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("county");
        assertEquals(0, TestSites.cli("init", site.toString(), "--title", "T", "--publisher", "P").exit());
        for (Kind kind : Kind.entities()) {
            TestSites.Run added = TestSites.cli("new", "--source", site.toString(), kind.singular(), "first-" + kind.singular());
            assertEquals(0, added.exit(), kind + ": " + added.err());
            // A second entry goes after the first, in the same list.
            TestSites.Run second = TestSites.cli("new", "--source", site.toString(), kind.plural(), "second-" + kind.singular());
            assertEquals(0, second.exit(), kind + ": " + second.err());
        }
        Pipeline.Result checked = TestSites.check(site, TODAY);
        assertTrue(checked.diagnostics().sorted().stream().noneMatch(d -> d.isError() && d.code() != Code.BRF078),
                () -> String.join("\n", TestSites.headlines(checked)));
        for (Kind kind : Kind.entities()) {
            String data = Files.readString(site.resolve("content/data/" + kind.plural() + ".yaml"));
            assertFalse(data.lines().anyMatch(l -> l.strip().equals("[]")), kind + ": the empty list is gone\n" + data);
            assertTrue(data.contains("\n- id: first-" + kind.singular() + "\n") && data.contains("\n- id: second-" + kind.singular() + "\n"), data);
            assertTrue(data.startsWith("#"), "the comments init wrote stay: " + data);
        }
    }

    @Test
    void newRefusesADataFileItCannotAddToAndLeavesItAsItWas(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("county");
        assertEquals(0, TestSites.cli("init", site.toString(), "--title", "T", "--publisher", "P").exit());
        Path targets = site.resolve("content/data/targets.yaml");
        for (String text : List.of("[{id: schools, name: Schools, summary: S}]\n", "- id: schools\n\tname: Schools\n",
                "id: schools\n")) {
            Files.writeString(targets, text);
            TestSites.Run added = TestSites.cli("new", "--source", site.toString(), "target", "hospitals");
            assertEquals(1, added.exit(), text);
            assertTrue(added.err().contains("content/data/targets.yaml"), added.err());
            assertEquals(text, Files.readString(targets), "unchanged");
        }
    }

    @Test
    void initRefusesAFolderThatIsNotEmptyAndWritesNothingThere(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, TestSites.cli("init", site.toString(), "--title", "T", "--publisher", "P").exit());
        Map<String, String> before = TestSites.hashTree(site);
        TestSites.Run again = TestSites.cli("init", site.toString(), "--title", "Other", "--publisher", "Other");
        assertEquals(2, again.exit(), "a usage error");
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals(before, TestSites.hashTree(site), "nothing was written");

        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        assertEquals(2, TestSites.cli("init", other.toString()).exit());
        try (Stream<Path> files = Files.list(other)) {
            assertEquals(List.of(other.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void theWorkflowPinsTheReleaseAndVerifiesItsSha256BeforeRunningIt(@TempDir Path tmp) throws Exception {
        String sha = "ab".repeat(32);
        new NewSite().create(tmp.resolve("s"), new NewSite.Settings("T", "P", "https://x.org/", TODAY,
                new NewSite.Release("1.2.3", sha, "https://github.com/owner/briefing")));
        Map<String, Object> wf = map(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(tmp.resolve("s/.github/workflows/publish.yml"), StandardCharsets.UTF_8)));
        Map<String, Object> env = map(wf.get("env"));
        assertEquals("1.2.3", env.get("BRIEFING_VERSION"));
        assertEquals(sha, env.get("BRIEFING_SHA256"));
        assertEquals("https://github.com/owner/briefing/releases/download", env.get("BRIEFING_RELEASES"));
        List<String> runs = steps(map(map(wf.get("jobs")).get("build")));
        int download = indexOf(runs, "curl ");
        int verify = indexOf(runs, "sha256sum --check");
        int build = indexOf(runs, "briefing.jar\" build");
        assertTrue(download >= 0 && download <= verify && verify < build, runs.toString());
        assertTrue(runs.get(download).contains("$BRIEFING_RELEASES/v$BRIEFING_VERSION/briefing-$BRIEFING_VERSION.jar"), runs.get(download));
        assertTrue(map(map(wf.get("jobs")).get("deploy")).toString().contains("actions/deploy-pages"));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError("no line with " + needle);
    }

    private static int indexOf(List<String> runs, String needle) {
        for (int i = 0; i < runs.size(); i++) if (runs.get(i).contains(needle)) return i;
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> steps(Map<String, Object> job) {
        return ((List<Map<String, Object>>) job.get("steps")).stream().map(s -> (String) s.get("run")).map(r -> r == null ? "" : r).toList();
    }
}
