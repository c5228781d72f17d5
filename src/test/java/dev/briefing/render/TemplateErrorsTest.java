package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import dev.briefing.testing.TestSites.Run;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        org.junit.jupiter.api.Assertions.assertTrue(run.err().contains("  <h1>${item.headline}</h1>\n        ^\n"), run.err());
    }
}
