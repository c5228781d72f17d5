package dev.briefing.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README is what a new maintainer reads first: it points only inside the repository and says what the launcher does. */
class ReadmeTest {
    private static final Path README = TestSites.PROJECT.resolve("README.md");

    @Test
    void itPointsOnlyAtFilesOfThisRepository() throws Exception {
        String readme = Files.readString(README);
        // Links in prose: code blocks and code spans show Markdown, they do not link.
        String prose = readme.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
        Matcher links = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(prose);
        while (links.find()) {
            String target = links.group(1);
            if (target.matches("^[a-z]+:.*")) continue;
            assertTrue(Files.exists(TestSites.PROJECT.resolve(target)), "README links " + target);
        }
        assertFalse(readme.contains("/work/"), "no path of the machine it was written on");
    }

    /** Each collector bin/briefing passes is named, and no other. */
    @Test
    void itNamesTheCollectorsTheLauncherPasses() throws Exception {
        String readme = Files.readString(README);
        String launcher = Files.readString(TestSites.PROJECT.resolve("bin/briefing"));
        Map<String, String> collectors = Map.of("-XX:+UseParallelGC", "parallel collector", "-XX:+UseSerialGC", "serial collector",
                "-XX:+UseG1GC", "G1", "-XX:+UseZGC", "ZGC");
        collectors.forEach((flag, name) -> assertTrue(launcher.contains(flag) == readme.contains(name),
                flag + (launcher.contains(flag) ? " is passed but the README does not name the " : " is not passed but the README names the ") + name));
    }
}
