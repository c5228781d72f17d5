package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.DiagnosticFormatter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** This repository's own site, built in memory the way `briefing build` builds it. */
final class ShippedSite {
    /** Every brief is published; no advisory is in force (the last checked bulletin expired in 2023). */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);
    /** The 2022 NTAS bulletin is in force, so pages carry the advisory banner (built with drafts, so
     *  the later briefs that entries link to are there too). */
    static final LocalDate AS_OF_ADVISORY = LocalDate.of(2023, 1, 15);
    /**
     * The day the advisory records were last checked (site.yaml): the Bulletin of May 24, 2023 is in force
     * and checked that very day, so the embedded notice and the CAP alerts have a current advisory with
     * its horizon (built with drafts, as for {@link #AS_OF_ADVISORY}).
     */
    static final LocalDate AS_OF_CHECK = LocalDate.of(2023, 5, 24);
    /** The day of the newest shipped content: every brief is published (BrowserIT checks that none is left out). */
    static final LocalDate AS_OF_ALL = LocalDate.of(2026, 12, 6);

    private ShippedSite() {
    }

    /** Output path ('/'-separated, no leading slash) → bytes; fails the test if the build fails. */
    static Map<String, byte[]> build(LocalDate asOf) {
        return build(Path.of("").toAbsolutePath(), asOf);
    }

    /** The same, for a copy of the shipped site at {@code source}. */
    static Map<String, byte[]> build(Path source, LocalDate asOf) {
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(source, null, asOf, asOf.equals(AS_OF_ADVISORY) || asOf.equals(AS_OF_CHECK)));
        assertTrue(r.ok(), () -> "the shipped site does not build:\n" + r.diagnostics().sorted().stream()
                .map(DiagnosticFormatter::headline).collect(java.util.stream.Collectors.joining("\n")));
        return r.files();
    }
}
