package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("       java -jar ../../briefing.jar check", elsewhere.get(4));
        assertEquals("The site's README runs java -jar ../briefing-0.1.0.jar, the release saved beside the site's folder"
                + " as it asks; with the jar where it is now, type the commands above.", String.join(" ",
                elsewhere.subList(9, elsewhere.size()).stream().map(String::strip).toList()));
        java.util.List<String> beside = InitCommand.next(SITE, "java -jar ../briefing.jar", "briefing.jar");
        assertEquals(9, beside.size(), beside.toString());
        assertEquals(9, InitCommand.next(SITE, "../../briefing/bin/briefing", "briefing-0.1.0.jar").size(),
                "the launcher is not a jar the README could name");
    }

    /**
     * Walkthrough of issue 26: a jar user's "Next:" had a line of over 150 columns, the README's jar in one sentence,
     * and each command shared its line with a comment. Short numbered steps now, each command alone on its line, whole.
     */
    @Test
    void nextIsShortNumberedStepsEachCommandOnItsOwnLine() {
        java.util.List<String> next = InitCommand.next(Path.of("county"), "java -jar ../../downloads/briefing-0.1.0.jar",
                "briefing-0.1.0.jar");
        for (String line : next) assertTrue(line.length() <= 90, line.length() + " columns: " + line);
        assertEquals(java.util.List.of("cd county", "java -jar ../../downloads/briefing-0.1.0.jar check",
                        "java -jar ../../downloads/briefing-0.1.0.jar serve", "java -jar ../../downloads/briefing-0.1.0.jar handbook"),
                next.stream().filter(l -> l.startsWith("       ")).map(String::strip).toList(), "each command whole, on its own line");
        assertEquals(java.util.List.of("1.", "2.", "3.", "4."), next.stream().filter(l -> l.matches("  \\d\\. .*"))
                .map(l -> l.strip().substring(0, 2)).toList());
    }

    @Test
    void theLauncherNamesItselfAndADevelopmentBuildIsPlainBriefing() {
        assertEquals("../../briefing/bin/briefing", Invocation.command("/home/ana/briefing/bin/briefing", null, SITE));
        assertEquals("./briefing", Invocation.command("/home/ana/sites/county/briefing", null, SITE));
        assertEquals("briefing", Invocation.command(null, null, SITE));
    }
}
