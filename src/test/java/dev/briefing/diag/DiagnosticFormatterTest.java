package dev.briefing.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                + "  Bad link [[target:schoolz]].\n"
                + "           ^\n"
                + "content/pages/x,y.md:2:1: warning: raw \"HTML\"\n<b> [BRF040]\n"
                + "1 error, 1 warning\n", s);
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
}
