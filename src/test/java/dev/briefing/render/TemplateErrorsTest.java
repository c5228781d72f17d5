package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import dev.briefing.testing.TestSites.Run;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import dev.briefing.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistake in a template shared by many pages is reported once, with its line, caret and a hint. */
class TemplateErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenTemplateIsReportedOnceForAllItsPages() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nbase_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
        for (String id : List.of("a", "b", "c")) {
            TestSites.write(dir.resolve("content/briefs/" + id + ".md"), "---\ntitle: " + id + "\ndate: 2024-09-13\nsummary: One.\n---\nBody.\n");
        }
        TestSites.write(dir.resolve("templates/brief.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<h1>${item.headline}</h1>\n</@layout.shell>\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertEquals(List.of("templates/brief.ftlh:3:7: error: The following has evaluated to null or missing: item.headline"
                + " (rendering /briefs/a/ and 2 other pages) (check the name against the handbook's template variables, or give"
                + " a default: ${name!''}) [BRF050]"), TestSites.headlines(r).stream().filter(h -> h.contains("[BRF050]")).toList());
        Run run = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01");
        assertEquals(1, run.exit());
        assertEquals(1, run.err().split("\\[BRF050\\]", -1).length - 1, run.err());
        assertTrue(run.err().contains("  <h1>${item.headline}</h1>\n        ^\n"), run.err());
    }

    /**
     * Templates read typed view records: a name a view does not have, or a value used as what it is not,
     * is the theme author's mistake, reported at its template line with a hint (BRF050, exit 1), never as
     * an internal error (exit 3), and in words that name no Java class but the view's own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "${item.summery}|The following has evaluated to null or missing: item.summery|" + MISSING,
            "${item.tags[5].name}|The following has evaluated to null or missing: item.tags[5]|" + MISSING,
            "${item.summary.text}|For \".\" left-hand operand: Expected a hash, but this has evaluated to a string: item.summary|" + TYPE,
            "${item.title()}|For \"...(...)\" callee: Expected a method or function, but this has evaluated to a string: item.title|" + TYPE,
            "${item.date}|For \"${...}\" content: Expected a string or something automatically convertible to string (number, date"
                    + " or boolean), or \"template output\" , but this has evaluated to an extended_hash (a DateView): item.date|" + TYPE})
    void aTemplateMistakeIsATemplateErrorAtItsLine(String expression, String message, String hint) {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nbase_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A\ndate: 2024-09-13\nsummary: One.\n---\nBody.\n");
        TestSites.write(dir.resolve("templates/brief.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<p>" + expression + "</p>\n</@layout.shell>\n");
        Run run = TestSites.cli("build", "--source", dir.toString(), "--output", dir.resolve("out").toString(),
                "--as-of", "2024-10-01", "--format", "json");
        assertEquals(Main.CONTENT_ERRORS, run.exit(), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        // --format json prints the diagnostics on standard output, one object per line.
        List<String> errors = run.out().lines().filter(l -> l.contains("\"code\":\"BRF050\"")).toList();
        assertEquals(List.of("{\"code\":\"BRF050\",\"severity\":\"error\",\"file\":\"templates/brief.ftlh\",\"line\":3,\"column\":6,"
                + "\"message\":\"" + (message + " (rendering /briefs/a/)").replace("\"", "\\\"") + "\",\"hint\":\""
                + hint.replace("\"", "\\\"") + "\"}"), errors);
    }

    private static final String MISSING = "check the name against the handbook's template variables, or give a default: ${name!''}";
    private static final String TYPE = "the value has another type here than the template expects; see the handbook's template variables";
}
