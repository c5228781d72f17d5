package dev.briefing.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.testing.TestSites;
import dev.briefing.testing.TestSites.Run;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that reads differently from what it says (Trojan Source, CVE-2021-42574), and YAML whose
 * mistake is lines before where the parser gives up: each reported where the editor must look.
 */
class HiddenTextTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nbase_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
    }

    private List<String> check(String brief) {
        TestSites.write(dir.resolve("content/briefs/a.md"), brief);
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        return TestSites.headlines(r).stream().filter(h -> h.contains("error")).toList();
    }

    @Test
    void bidirectionalOverridesAndZeroWidthSpacesAreErrorsAtTheirPosition() {
        List<String> errors = check("---\ntitle: A\ndate: 2024-09-13\nsummary: One.\n---\nSafe \u202Eevil\u202C and a\u200Bgap.\n");
        assertEquals(List.of(
                "content/briefs/a.md:6:6: error: hidden character U+202E (right-to-left override) (delete it: it changes how the"
                        + " text displays without showing itself) [BRF007]",
                "content/briefs/a.md:6:11: error: hidden character U+202C (pop directional formatting) (delete it: it changes"
                        + " how the text displays without showing itself) [BRF007]",
                "content/briefs/a.md:6:18: error: hidden character U+200B (zero width space) (delete it: it changes how the"
                        + " text displays without showing itself) [BRF007]"), errors);
    }

    @Test
    void rightToLeftTextAndEmojiJoinersAreNotHidden() {
        assertEquals(List.of(), check("---\ntitle: A\ndate: 2024-09-13\nsummary: One.\n---\n"
                + "\u0645\u0631\u062D\u0628\u0627 and a family \uD83D\uDC69\u200D\uD83D\uDC67.\n"));
    }

    @Test
    void theTerminalShowsTheLineWithoutLettingItsControlsWork() {
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A\ndate: 2024-09-13\nsummary: One.\n---\nSafe \u202Eevil.\n");
        Run run = TestSites.cli("check", "--source", dir.toString(), "--as-of", AS_OF.toString());
        assertEquals(1, run.exit());
        assertFalse(run.err().contains("\u202E"), "the control character is not printed");
        assertTrue(run.err().contains("  Safe \uFFFDevil.\n       ^\n"), run.err());
        assertEquals("Safe \uFFFDevil.", DiagnosticFormatter.Excerpt.of("Safe \u202Eevil.", 6).text());
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpens() {
        assertEquals(List.of("content/briefs/a.md:5:7: error: the [ that opens this list is not closed"
                + " (close it with ] on the same line, as in [a, b]) [BRF011]"),
                check("---\ntitle: A\ndate: 2024-09-13\nsummary: One.\ntags: [election, polling\nsources: []\n---\nBody.\n"));
    }
}
