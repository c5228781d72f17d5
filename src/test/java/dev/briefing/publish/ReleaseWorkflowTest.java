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

/** The release workflow cannot run here, so its structure is checked: tag → tests → versioned jar + SHA-256 on the release. */
class ReleaseWorkflowTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @Test
    void aVersionTagTestsBuildsAndAttachesTheVersionedJarAndItsSha256() throws Exception {
        Map<String, Object> wf = map(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of(".github/workflows/release.yml"))));
        Map<String, Object> on = map(wf.containsKey("on") ? wf.get("on") : wf.get(true));
        assertEquals(List.of("v*"), map(on.get("push")).get("tags"));
        assertEquals(1, on.size(), "only tags release");

        Map<String, Object> job = map(map(wf.get("jobs")).get("release"));
        assertEquals("write", map(job.get("permissions")).get("contents"), "it may attach files to the release");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        List<String> runs = steps.stream().map(s -> s.get("run") == null ? "" : (String) s.get("run")).toList();
        int tagCheck = find(runs, "does not match the pom's version");
        int verify = find(runs, "mvn -B verify");
        int name = find(runs, "cp target/briefing.jar \"dist/briefing-$VERSION.jar\"");
        int upload = find(runs, "gh release upload");
        assertTrue(tagCheck < verify && verify < name && name < upload, runs.toString());
        assertTrue(runs.get(verify).contains("-Dbriefing.repository=\"$GITHUB_SERVER_URL/$GITHUB_REPOSITORY\""),
                "the jar records where its releases are, for briefing init");
        assertTrue(runs.get(name).contains("sha256sum \"briefing-$VERSION.jar\" > \"briefing-$VERSION.jar.sha256\""));
        assertTrue(runs.get(name).contains("--version | grep -Fx \"briefing $VERSION\""), "the jar names its own version");
        assertTrue(runs.get(upload).contains("\"dist/briefing-$VERSION.jar\" \"dist/briefing-$VERSION.jar.sha256\""));
    }

    @Test
    void theJarRecordsItsVersionAndRepositoryForInit() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<Implementation-Version>${project.version}</Implementation-Version>"));
        assertTrue(pom.contains("<Briefing-Repository>${briefing.repository}</Briefing-Repository>"));
        assertTrue(pom.contains("<finalName>briefing</finalName>"), "bin/briefing, the benches and CI run target/briefing.jar");
    }

    private static int find(List<String> runs, String needle) {
        for (int i = 0; i < runs.size(); i++) if (runs.get(i).contains(needle)) return i;
        throw new AssertionError("no step runs " + needle + " in " + runs);
    }
}
