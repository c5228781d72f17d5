package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.publish.TempSite;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check of the advisories dated after the build's as-of date would be a check nobody made: reported (strict publishing refuses it). */
class AdvisoryCheckDateTest {
    @TempDir
    Path dir;

    private List<String> checkedOn(String date) {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/site.yaml", TestSites.SETTINGS + "advisory_status:\n  checked: " + date
                + "\n  url: https://www.dhs.gov/ntas\n  name: DHS's NTAS page\n");
        TempSite.write(dir, files);
        Pipeline.Result r = TempSite.build(dir, null); // as of 2025-01-01
        return r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF101).map(DiagnosticFormatter::headline).toList();
    }

    @Test
    void aCheckDatedAfterTheAsOfDateIsReported() {
        assertEquals(List.of("content/site.yaml:6:12: warning: advisories recorded as checked on 2026-01-01, after the as-of date"
                + " 2025-01-01 (write the day someone compared content/data/advisories.yaml with https://www.dhs.gov/ntas"
                + ": is the year a typo?) [BRF101]"), checkedOn("2026-01-01"));
    }

    @Test
    void aCheckOnOrBeforeTheAsOfDateIsNot() {
        assertEquals(List.of(), checkedOn("2025-01-01"));
        // The next day is today somewhere east of the site's zone (or in UTC, where init stamps its dates).
        assertEquals(List.of(), checkedOn("2025-01-02"));
        assertEquals(List.of(), checkedOn("2024-12-30"));
    }
}
