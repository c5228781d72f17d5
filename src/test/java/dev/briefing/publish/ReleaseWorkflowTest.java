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

/**
 * The release workflow cannot run here, so its structure is checked: tag → tests → the same jar
 * built again elsewhere → versioned jar, SHA-256 and SBOM, attested, on the release.
 */
class ReleaseWorkflowTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @Test
    void aVersionTagTestsBuildsTwiceAttestsAndAttachesTheJarItsSha256AndItsSbom() throws Exception {
        Map<String, Object> wf = map(new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of(".github/workflows/release.yml"))));
        Map<String, Object> on = map(wf.containsKey("on") ? wf.get("on") : wf.get(true));
        assertEquals(List.of("v*"), map(on.get("push")).get("tags"));
        assertEquals(1, on.size(), "only tags release");

        Map<String, Object> job = map(map(wf.get("jobs")).get("release"));
        assertEquals(Map.of("contents", "write", "id-token", "write", "attestations", "write"), job.get("permissions"),
                "it may attach files to the release, and sign and store attestations; nothing more");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        List<String> runs = steps.stream().map(s -> s.get("run") == null ? "" : (String) s.get("run")).toList();
        List<String> uses = steps.stream().map(s -> String.valueOf(s.get("uses")).replaceAll("@.*", "")).toList();
        int tagCheck = find(runs, "does not match the pom's version");
        int verify = find(runs, "mvn -B verify");
        int secondClone = uses.lastIndexOf("actions/checkout");
        int rebuild = find(runs, "cmp ../target/briefing.jar target/briefing.jar");
        int name = find(runs, "cp target/briefing.jar \"dist/briefing-$VERSION.jar\"");
        int provenance = uses.indexOf("actions/attest-build-provenance");
        int sbom = uses.indexOf("actions/attest-sbom");
        int upload = find(runs, "gh release upload");
        assertTrue(tagCheck < verify && verify < secondClone && secondClone < rebuild && rebuild < name && name < provenance
                && provenance < upload && name < sbom && sbom < upload, runs + " " + uses);
        assertTrue(runs.get(verify).contains("-Dbriefing.repository=\"$GITHUB_SERVER_URL/$GITHUB_REPOSITORY\""),
                "the jar records where its releases are, for briefing init");

        assertEquals("second-clone", map(steps.get(secondClone).get("with")).get("path"), "the second build is in another folder");
        Map<String, Object> again = steps.get(rebuild);
        assertEquals("second-clone", again.get("working-directory"));
        assertTrue(runs.get(rebuild).contains("mvn -B -q package -DskipTests -Dbriefing.skipSite=true"
                + " -Dbriefing.repository=\"$GITHUB_SERVER_URL/$GITHUB_REPOSITORY\""), "built as the first, but for tests and site");
        Map<String, Object> env = map(again.get("env"));
        assertTrue(env.get("TZ") != null && env.get("LANG") != null && String.valueOf(env.get("MAVEN_OPTS")).contains("-Duser.timezone="),
                "another time zone and locale: " + env);

        assertTrue(runs.get(name).contains("unzip -p target/briefing.jar META-INF/sbom/briefing.cdx.json > \"dist/briefing-$VERSION.cdx.json\""),
                "the SBOM published is the one in the jar");
        assertTrue(runs.get(name).contains("sha256sum \"briefing-$VERSION.jar\" > \"briefing-$VERSION.jar.sha256\""));
        assertTrue(runs.get(name).contains("head -n 1 version.txt | grep -Fx \"briefing $VERSION\""), "the jar names its own version first");
        assertTrue(runs.get(name).contains("grep -Fq \"commit $GITHUB_SHA \" version.txt"), "and the commit it was built from");
        String jar = "dist/briefing-${{ env.VERSION }}.jar";
        assertEquals(jar, map(steps.get(provenance).get("with")).get("subject-path"));
        assertEquals(Map.of("subject-path", jar, "sbom-path", "dist/briefing-${{ env.VERSION }}.cdx.json"),
                steps.get(sbom).get("with"));
        assertTrue(runs.get(upload).contains("\"dist/briefing-$VERSION.jar\" \"dist/briefing-$VERSION.jar.sha256\"")
                && runs.get(upload).contains("\"dist/briefing-$VERSION.cdx.json\""), runs.get(upload));
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
