package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date a build is as of, when nothing gives it: today where the site is (walkthrough of issue 26). */
class SourceOptionsTest {
    /** 20:00 in New York on 6 December, already 7 December in UTC. */
    private static final Clock EVENING_IN_NEW_YORK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    private static SourceOptions options(Path site, String yaml) throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/site.yaml"), yaml);
        SourceOptions options = new SourceOptions();
        options.source = site;
        return options;
    }

    @Test
    void aSiteWithATimeZoneIsBuiltAsOfTodayThere(@TempDir Path tmp) throws Exception {
        SourceOptions options = options(tmp, "title: County briefings\ntimezone: America/New_York\n");
        assertEquals(LocalDate.parse("2026-12-06"), options.asOfDate(null, Map.of(), EVENING_IN_NEW_YORK));
    }

    @Test
    void withoutATimeZoneTodayIsUtcs(@TempDir Path tmp) throws Exception {
        assertEquals(LocalDate.parse("2026-12-07"), options(tmp, "title: County briefings\n").asOfDate(null, Map.of(), EVENING_IN_NEW_YORK));
        assertEquals(LocalDate.parse("2026-12-07"), options(tmp, "title: County briefings\ntimezone: EST\n")
                .asOfDate(null, Map.of(), EVENING_IN_NEW_YORK), "not a zone name: the build reports it, and UTC stands");
    }

    @Test
    void asOfAndSourceDateEpochStillWin(@TempDir Path tmp) throws Exception {
        SourceOptions options = options(tmp, "title: County briefings\ntimezone: America/New_York\n");
        // 2026-12-07T01:00:00Z, as reproducible builds give it.
        assertEquals(LocalDate.parse("2026-12-07"), options.asOfDate(null, Map.of("SOURCE_DATE_EPOCH", "1796605200"),
                EVENING_IN_NEW_YORK));
        options.asOf = "2026-11-30";
        assertEquals(LocalDate.parse("2026-11-30"), options.asOfDate(null, Map.of("SOURCE_DATE_EPOCH", "1796605200"),
                EVENING_IN_NEW_YORK));
    }
}
