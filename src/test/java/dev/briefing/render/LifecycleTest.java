package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry that no longer applies keeps its id, its page and its place in the data, and both say so. */
class LifecycleTest {
    @Test
    void deprecatedAndRevokedEntriesStayAndSaySo(@TempDir Path dir) throws Exception {
        TestSites.copy(TestSites.site("valid"), dir);
        Files.writeString(dir.resolve("content/data/threats.yaml"), """
                - id: old-threat
                  name: "An old threat"
                  summary: "No longer tracked."
                  status: deprecated
                - id: merged-threat
                  name: "A merged threat"
                  summary: "Now part of lone-offender violence."
                  status: revoked
                  replaced_by: lone-offenders
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Pipeline.Result r = TestSites.check(dir, LocalDate.of(2024, 10, 1));
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));

        String old = new String(r.files().get("threats/old-threat/index.html"), StandardCharsets.UTF_8);
        assertTrue(old.contains("This entry is deprecated.") && old.contains("It no longer applies."), old);
        String merged = new String(r.files().get("threats/merged-threat/index.html"), StandardCharsets.UTF_8);
        assertTrue(merged.contains("This entry is revoked.") && merged.contains("It has been replaced by <a href=\"../lone-offenders/"),
                merged);
        String active = new String(r.files().get("threats/lone-offenders/index.html"), StandardCharsets.UTF_8);
        assertFalse(active.contains("class=\"notice lifecycle\""), "an active entry has no notice");
        assertTrue(active.contains("href=\"../../data/threats.json\""), "an entity page links to its kind's data");

        String data = new String(r.files().get("data/threats.json"), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"id\": \"old-threat\"") && data.contains("\"status\": \"deprecated\""), data);
        assertTrue(data.contains("\"replaced_by\": \"lone-offenders\""), data);
        assertEquals(1, data.split("\"status\": \"active\"", -1).length - 1, "the other threat is active: " + data);
    }

    @Test
    void aReplacementMustBeOfTheSameKind(@TempDir Path dir) throws Exception {
        TestSites.copy(TestSites.site("valid"), dir);
        Files.writeString(dir.resolve("content/data/threats.yaml"), """
                - id: merged-threat
                  name: "A merged threat"
                  summary: "Now a target?"
                  status: revoked
                  replaced_by: polling-places
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Pipeline.Result r = TestSites.check(dir, LocalDate.of(2024, 10, 1));
        assertTrue(TestSites.headlines(r).stream().anyMatch(h -> h.contains("'polling-places' is a target, not a threat")
                && h.endsWith("[BRF031]")), () -> String.join("\n", TestSites.headlines(r)));
    }
}
