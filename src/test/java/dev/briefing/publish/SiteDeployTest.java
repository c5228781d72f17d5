package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mvn site:deploy, as configured in pom.xml, publishes the whole published tree (public site and
 * handbook) to a file: URL. Runs the real Maven goal on a small built site; skipped where no
 * mvn is on the PATH, except on CI (CI=true), where that fails.
 */
class SiteDeployTest {

    @Test
    void siteDeployCopiesTheWholeSiteFolderToAFileUrl(@TempDir Path dir) throws Exception {
        Path mvn = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "mvn")).filter(Files::isExecutable).findFirst().orElse(null);
        // Skipped on a developer's machine without Maven; on CI (CI=true) a missing tool is a failure.
        if (mvn == null && "true".equals(System.getenv("CI"))) fail("mvn is not on the PATH, and CI=true");
        assumeTrue(mvn != null, "mvn is not on the PATH");

        Path site = dir.resolve("site");
        assertTrue(TempSite.build(TempSite.write(dir.resolve("src"), TempSite.MINIMAL), site).ok());
        TempSite.write(site, Map.of("handbook/index.html", "<p>handbook</p>"));
        Path target = dir.resolve("deployed");

        Path log = dir.resolve("mvn.log");
        Process p = new ProcessBuilder(List.of(mvn.toString(), "-B", "-q", "site:deploy",
                "-Dbriefing.siteDir=" + site, "-Dsite.deploy.url=" + target.toUri()))
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn site:deploy finished in time");
        assertEquals(0, p.exitValue(), () -> readQuietly(log));

        Map<String, String> deployed = TempSite.hashes(target);
        assertEquals(TempSite.hashes(site), deployed);
        assertTrue(deployed.containsKey("handbook/index.html") && deployed.containsKey("briefs/a/index.html"));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
