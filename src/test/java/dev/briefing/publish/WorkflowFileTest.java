package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub workflow cannot run here, so its structure is checked instead. */
class WorkflowFileTest {
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
                .load(Files.readString(Path.of(".github/workflows/publish.yml"))));

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
}
