package dev.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds sites/valid as of a fixed date and compares whole pages byte for byte with the files in
 * src/test/resources/golden/valid/.
 *
 * <p>The fixture overrides layout.ftlh, brief.ftlh, briefs.ftlh, tag.ftlh and style.css with a
 * small theme, so the goldens show what the generator decides (hrefs, escaping, dates, numbered
 * references, what is published) and do not change each time the built-in theme is restyled.
 *
 * <p>To regenerate after an intended change, run
 * {@code mvn -B -o test -Dtest=GoldenSiteTest -Dbriefing.updateGolden=true}, then read every
 * changed golden file (git diff) and check it by hand before committing it.
 */
class GoldenSiteTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 1);
    static final Path GOLDEN = TestSites.PROJECT.resolve("src/test/resources/golden/valid");

    static Pipeline.Result result;

    @BeforeAll
    static void build() {
        result = TestSites.check(TestSites.site("valid"), AS_OF);
    }

    @Test
    void onlyTheFutureBriefIsReported() {
        assertEquals(List.of("content/briefs/epsilon-future.md:3:7: warning: brief is dated 2030-01-01, after the"
                + " as-of date 2024-12-01, and is not published yet (the first build on or after that day publishes it;"
                + " set 'draft: true' while it is in progress) [BRF077]"), TestSites.headlines(result));
        assertTrue(result.ok());
    }

    @ParameterizedTest
    @ValueSource(strings = {"briefs/alpha/index.html", "briefs/index.html", "tags/election/index.html",
            "feeds/briefs.xml"})
    void pageMatchesGolden(String page) throws IOException {
        byte[] actual = result.files().get(page);
        assertTrue(actual != null, page + " was not generated");
        Path golden = GOLDEN.resolve(page);
        if (Boolean.getBoolean("briefing.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                page + " differs from its golden file; see GoldenSiteTest's comment to regenerate");
    }

    @Test
    void draftsAndFutureBriefsAreNotPublished() {
        Map<String, byte[]> files = result.files();
        for (String path : List.of("briefs/delta-draft/index.html", "briefs/epsilon-future/index.html",
                "tags/drafts-only/index.html", "tags/future-only/index.html")) {
            assertFalse(files.containsKey(path), path + " must not be published");
        }
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("Delta draft") || text.contains("delta-draft"), path + " mentions the draft");
            assertFalse(text.contains("Epsilon") || text.contains("epsilon-future"), path + " mentions the future brief");
        });
    }

    @Test
    void draftsArePublishedWithTheDraftsOption() {
        Pipeline.Result withDrafts = new Pipeline().run(new Pipeline.Options(TestSites.site("valid"), null, AS_OF, true));
        assertTrue(withDrafts.ok(), () -> String.join("\n", TestSites.headlines(withDrafts)));
        assertTrue(withDrafts.files().containsKey("briefs/delta-draft/index.html"));
        assertTrue(withDrafts.files().containsKey("briefs/epsilon-future/index.html"));
        assertTrue(withDrafts.files().containsKey("tags/drafts-only/index.html"));
    }
}
