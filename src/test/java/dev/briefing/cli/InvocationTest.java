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

    /**
     * Walkthrough 4 of issue 26: init run from a jar two folders up said "java -jar ../../briefing.jar
     * check", while the README it wrote runs ../briefing-0.1.0.jar throughout, and nothing said why.
     * "Next:" now names the README's jar when it differs; when it is the same, one command suffices.
     */
    @Test
    void nextSaysWhichJarTheReadmeRunsWhenItIsNotTheOneRunning() {
        java.util.List<String> elsewhere = InitCommand.next(SITE, "java -jar ../../briefing.jar", "briefing-0.1.0.jar");
        assertEquals("  java -jar ../../briefing.jar check    # lists what to write before the site can be published", elsewhere.get(2));
        assertEquals("The site's README runs java -jar ../briefing-0.1.0.jar, the release saved beside the site's folder"
                + " as it asks; with the jar where it is now, type the commands above.", elsewhere.get(elsewhere.size() - 1));
        java.util.List<String> beside = InitCommand.next(SITE, "java -jar ../briefing.jar", "briefing.jar");
        assertEquals(5, beside.size(), beside.toString());
        assertEquals(5, InitCommand.next(SITE, "../../briefing/bin/briefing", "briefing-0.1.0.jar").size(),
                "the launcher is not a jar the README could name");
    }

    @Test
    void theLauncherNamesItselfAndADevelopmentBuildIsPlainBriefing() {
        assertEquals("../../briefing/bin/briefing", Invocation.command("/home/ana/briefing/bin/briefing", null, SITE));
        assertEquals("./briefing", Invocation.command("/home/ana/sites/county/briefing", null, SITE));
        assertEquals("briefing", Invocation.command(null, null, SITE));
    }
}
