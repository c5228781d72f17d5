package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What init tells a user to run next names what they ran, as typed from the new site's folder. */
class InvocationTest {
    private static final Path SITE = Path.of("/home/ana/sites/county");

    @Test
    void aJarIsRunWithJavaFromTheSitesFolder() {
        assertEquals("java -jar ../briefing-1.0.0.jar", Invocation.command(null, Path.of("/home/ana/sites/briefing-1.0.0.jar"), SITE));
        assertEquals("java -jar briefing.jar", Invocation.command(null, SITE.resolve("briefing.jar"), SITE));
        assertEquals("java -jar /opt/tools/briefing.jar", Invocation.command(null, Path.of("/opt/tools/briefing.jar"), SITE),
                "absolute rather than climbing more than two folders");
        assertEquals("java -jar \"../My Downloads/briefing.jar\"",
                Invocation.command(null, Path.of("/home/ana/sites/My Downloads/briefing.jar"), SITE));
    }

    /** The site's README names the jar "Next:" runs when it sits beside the site, as the README asks (walkthrough 26). */
    @Test
    void aJarBesideTheSiteIsTheOneItsReadmeNames() {
        assertEquals("briefing.jar", Invocation.jarBeside(null, Path.of("/home/ana/sites/briefing.jar"), SITE));
        assertEquals(null, Invocation.jarBeside(null, Path.of("/opt/tools/briefing.jar"), SITE), "elsewhere: the release's name");
        assertEquals(null, Invocation.jarBeside("/home/ana/briefing/bin/briefing", Path.of("/home/ana/sites/briefing.jar"), SITE));
        assertEquals(null, Invocation.jarBeside(null, null, SITE));
    }

    @Test
    void theLauncherNamesItselfAndADevelopmentBuildIsPlainBriefing() {
        assertEquals("../../briefing/bin/briefing", Invocation.command("/home/ana/briefing/bin/briefing", null, SITE));
        assertEquals("./briefing", Invocation.command("/home/ana/sites/county/briefing", null, SITE));
        assertEquals("briefing", Invocation.command(null, null, SITE));
    }
}
