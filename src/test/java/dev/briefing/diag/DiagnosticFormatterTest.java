package dev.briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {
    private final Diagnostic unknown = new Diagnostic(Severity.ERROR, Code.BRF030,
            new Pos("content/briefs/a.md", 7, 10), "unknown target 'schoolz'", "did you mean 'schools'?");
    private final Diagnostic quoted = new Diagnostic(Severity.WARNING, Code.BRF040,
            new Pos("content/pages/x,y.md", 2, 1), "raw \"HTML\"\n<b>", null);

    private String print(DiagnosticFormatter f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.print(List.of(unknown, quoted), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textShowsTheLineAndACaretUnderTheColumn() {
        String s = print(new DiagnosticFormatter(DiagnosticFormatter.Format.TEXT, true, false,
                p -> p.line() == 7 ? "Bad\tlink [[target:schoolz]]." : null));
        assertEquals("content/briefs/a.md:7:10: error: unknown target 'schoolz' (did you mean 'schools'?) [BRF030]\n"
                + "  Bad→link [[target:schoolz]].\n"
                + "           ^\n"
                + "content/pages/x,y.md:2:1: warning: raw \"HTML\"\n<b> [BRF040]\n"
                + "1 error, 1 warning\n", s);
    }

    /**
     * Walkthrough of issue 26: hints said "run: briefing new page …" to a team that has only the jar. The terminal
     * gives the command as the user runs it; the word "briefing" elsewhere, and JSON, are left as written.
     */
    @Test
    void aHintsCommandIsPrintedAsTheUserRunsTheGenerator() {
        Diagnostic noPage = new Diagnostic(Severity.WARNING, Code.BRF115, new Pos("content/site.yaml", 9, 1),
                "site.yaml describes an accessibility statement, but no page content/pages/accessibility.md shows it",
                "run: briefing new page \"Accessibility\", then briefing check; the briefing site's handbook says how");
        List<String> commands = List.of("init", "new", "check");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiagnosticFormatter(DiagnosticFormatter.Format.TEXT, false, false, p -> null, "java -jar briefing.jar", commands)
                .print(List.of(noPage), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals("content/site.yaml:9:1: warning: site.yaml describes an accessibility statement, but no page"
                + " content/pages/accessibility.md shows it (run: java -jar briefing.jar new page \"Accessibility\", then"
                + " java -jar briefing.jar check; the briefing site's handbook says how) [BRF115]", out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new DiagnosticFormatter(DiagnosticFormatter.Format.JSON, false, false, p -> null, "java -jar briefing.jar", commands)
                .print(List.of(noPage), new PrintStream(json, true, StandardCharsets.UTF_8));
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"hint\":\"run: briefing new page"), json.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsOneObjectPerLine() {
        String s = print(new DiagnosticFormatter(DiagnosticFormatter.Format.JSON, true, false, p -> null));
        assertEquals("{\"code\":\"BRF030\",\"severity\":\"error\",\"file\":\"content/briefs/a.md\",\"line\":7,"
                + "\"column\":10,\"message\":\"unknown target 'schoolz'\",\"hint\":\"did you mean 'schools'?\"}\n"
                + "{\"code\":\"BRF040\",\"severity\":\"warning\",\"file\":\"content/pages/x,y.md\",\"line\":2,"
                + "\"column\":1,\"message\":\"raw \\\"HTML\\\"\\n\\u003cb\\u003e\",\"hint\":null}\n", s);
    }

    @Test
    void githubAnnotationsEscapeTheirProperties() {
        String s = print(new DiagnosticFormatter(DiagnosticFormatter.Format.JSON, false, true, p -> null));
        String[] lines = s.split("\n");
        assertEquals("::error file=content/briefs/a.md,line=7,col=10::unknown target 'schoolz' "
                + "(did you mean 'schools'?) [BRF030]", lines[1]);
        assertEquals("::warning file=content/pages/x%2Cy.md,line=2,col=1::raw \"HTML\"%0A<b> [BRF040]", lines[3]);
    }

    @Test
    void textShowsErrorsAndTheFirstWarningsThenCountsTheRestByCode() {
        Diagnostic e = new Diagnostic(Severity.ERROR, Code.BRF030, new Pos("z.md", 9, 1), "late error", null);
        List<Diagnostic> all = List.of(
                warning(Code.BRF072, "a.md"), warning(Code.BRF075, "b.md"), warning(Code.BRF072, "c.md"),
                warning(Code.BRF075, "d.md"), warning(Code.BRF072, "e.md"), e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiagnosticFormatter(DiagnosticFormatter.Format.TEXT, false, false, p -> null)
                .print(all, new PrintStream(out, true, StandardCharsets.UTF_8), 2);
        assertEquals("a.md:1:1: warning: w [BRF072]\n"
                + "b.md:1:1: warning: w [BRF075]\n"
                + "z.md:9:1: error: late error [BRF030]\n"
                + "3 more warnings not shown: 2 BRF072, 1 BRF075 (--show-warnings all shows them)\n"
                + "1 error, 5 warnings\n", out.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new DiagnosticFormatter(DiagnosticFormatter.Format.JSON, false, false, p -> null)
                .print(all, new PrintStream(json, true, StandardCharsets.UTF_8), 2);
        assertEquals(6, json.toString(StandardCharsets.UTF_8).split("\n").length, "JSON keeps every diagnostic");
    }

    private static Diagnostic warning(Code code, String path) {
        return new Diagnostic(Severity.WARNING, code, new Pos(path, 1, 1), "w", null);
    }

    /** Walkthrough 5: notes were counted "in what is not published", though an expired advisory's note is about a published one. */
    @Test
    void theSummaryCountsNotesApartAndSaysTheyStopNothing() {
        assertEquals("1 error, 1 warning, 1 note (notes stop nothing)", DiagnosticFormatter.summary(List.of(unknown, quoted,
                quoted.withSeverity(Severity.NOTE))));
        assertEquals("1 error, 1 warning", DiagnosticFormatter.summary(List.of(unknown, quoted)));
    }
}
