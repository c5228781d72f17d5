package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date that records something done (reviewed, verified, accessed, a change note's…) after the as-of
 * date would be published as work done (BRF167); a brief's date, an event's and an advisory's are not such dates.
 */
class DatesOfWorkTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-12-07");

    @TempDir
    Path dir;

    /** The site with every date of work on {@code done}, and the dates that may lie ahead on {@code ahead}. */
    private List<String> datesOfWork(String done, String ahead) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SITE_YAML + "accessibility:\n  reviewed: " + done + "\n");
        TestSites.write(dir.resolve("content/pages/accessibility.md"), "---\ntitle: Accessibility\n---\nWhat we checked.\n");
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A brief\ndate: 2026-12-01\nsummary: One plain sentence.\n"
                + "updated: " + done + "\nreviewed: " + done + "\nchanges:\n  - {date: " + done + ", note: Shelter hours added.}\n"
                + "---\nThree shelters are open tonight across the county [[cite:src]] and [[incident:storm]].\n");
        TestSites.write(dir.resolve("content/briefs/later.md"), "---\ntitle: Later\ndate: " + ahead
                + "\nsummary: One plain sentence.\n---\nThree shelters will open next year across the county [[cite:src]].\n");
        TestSites.write(dir.resolve("content/data/sources.yaml"), "- id: src\n  title: A report\n  publisher: An agency\n"
                + "  type: official\n  url: https://agency.gov/report\n  date: " + done + "\n  accessed: " + done + "\n");
        TestSites.write(dir.resolve("content/data/channels.yaml"), "- id: tips\n  name: Tip line\n  summary: Report tips.\n"
                + "  when: tips\n  tel: \"911\"\n  jurisdiction: United States\n  verified: " + done + "\n  verified_at: src\n");
        TestSites.write(dir.resolve("content/data/incidents.yaml"), "- id: storm\n  name: The storm\n  summary: A storm.\n"
                + "  date: " + done + "\n");
        TestSites.write(dir.resolve("content/data/events.yaml"), "- id: fair\n  name: The fair\n  summary: A fair.\n"
                + "  start: " + ahead + "\n");
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        return r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF167).map(DiagnosticFormatter::headline).toList();
    }

    @Test
    void everyDateOfWorkAfterTheAsOfDateIsReportedAtItsField() {
        String after = ", after the as-of date 2026-12-07: the site would publish as done what is still to come (write ";
        assertEquals(List.of(
                "content/briefs/a.md:5:10: warning: brief 'a' records 'updated' as 2027-01-07" + after
                        + "the day of its last substantive update: is the year a typo?) [BRF167]",
                "content/briefs/a.md:6:11: warning: brief 'a' records 'reviewed' as 2027-01-07" + after
                        + "the day someone last checked it against its sources: is the year a typo?) [BRF167]",
                "content/briefs/a.md:8:12: warning: a change note of brief 'a' records 'date' as 2027-01-07" + after
                        + "the day of the change: is the year a typo?) [BRF167]",
                "content/data/channels.yaml:7:13: warning: channel 'tips' records 'verified' as 2027-01-07" + after
                        + "the day someone confirmed it on the official page: is the year a typo?) [BRF167]",
                "content/data/incidents.yaml:4:9: warning: incident 'storm' records 'date' as 2027-01-07" + after
                        + "the day it happened: is the year a typo?) [BRF167]",
                "content/data/sources.yaml:6:9: warning: source 'src' records 'date' as 2027-01-07" + after
                        + "the day it was published: is the year a typo?) [BRF167]",
                "content/data/sources.yaml:7:13: warning: source 'src' records 'accessed' as 2027-01-07" + after
                        + "the day it was last read for this site: is the year a typo?) [BRF167]",
                "content/site.yaml:8:13: warning: the accessibility statement records 'accessibility.reviewed' as 2027-01-07"
                        + after + "the day someone checked the site against WCAG 2.2 AA: is the year a typo?) [BRF167]"),
                datesOfWork("2027-01-07", "2027-06-01"));
    }

    @Test
    void datesOfWorkUpToTheAsOfDateAndDatesThatMayLieAheadAreNot() {
        assertEquals(List.of(), datesOfWork("2026-12-07", "2027-06-01"));
    }

    @Test
    void theNextDayIsTodaySomewhereButTheDayAfterIsNot() {
        // A date stamped in UTC, or by an editor east of the site's time zone, may run a day ahead of the build's today.
        assertEquals(List.of(), datesOfWork("2026-12-08", "2027-06-01"));
        List<String> twoDaysAhead = datesOfWork("2026-12-09", "2027-06-01");
        assertEquals(8, twoDaysAhead.size());
        // The year is right: the hint asks about the date.
        assertTrue(twoDaysAhead.stream().allMatch(h -> h.endsWith(": is the date a typo?) [BRF167]")), twoDaysAhead.toString());
    }
}
