package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version option's lines, from the manifest entries pom.xml gives the jar (ReleaseArtifactsIT checks the real jar). */
class BuildInfoTest {
    @TempDir
    Path tmp;

    private Path jar(Map<String, String> entries) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        entries.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Path jar = Files.createTempFile(tmp, "briefing", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    @Test
    void aReleaseJarNamesItsVersionFirstThenItsCommitAndWhereItsSbomIs() throws Exception {
        Path jar = jar(Map.of("Implementation-Version", "1.2.3", "Briefing-Commit", "0123456789abcdef0123456789abcdef01234567",
                "Briefing-Repository", "https://github.com/county/briefing", "Sbom-Location", "META-INF/sbom/briefing.cdx.json"));
        assertEquals(List.of("briefing 1.2.3",
                "commit 0123456789abcdef0123456789abcdef01234567 of https://github.com/county/briefing",
                "SBOM (CycloneDX): META-INF/sbom/briefing.cdx.json inside this jar; published as"
                        + " https://github.com/county/briefing/releases/download/v1.2.3/briefing-1.2.3.cdx.json"),
                BuildInfo.of(jar).orElseThrow().lines());
    }

    @Test
    void aJarBuiltOutsideAGitCheckoutSaysTheCommitIsUnknown() throws Exception {
        Path jar = jar(Map.of("Implementation-Version", "1.2.3", "Briefing-Commit", "unknown"));
        List<String> lines = BuildInfo.of(jar).orElseThrow().lines();
        assertEquals("briefing 1.2.3", lines.get(0));
        assertEquals("commit unknown (built outside a git checkout)", lines.get(1));
        assertEquals("SBOM: none in this jar", lines.get(2));
    }

    @Test
    void aJarWithoutAVersionIsNotABriefingBuild() throws Exception {
        assertTrue(BuildInfo.of(jar(Map.of("Briefing-Commit", "abc"))).isEmpty());
    }
}
