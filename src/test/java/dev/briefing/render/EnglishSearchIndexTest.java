package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An English site's search index is byte for byte what it was before search learnt other
 * languages. The golden file (src/test/resources/golden/search-en/index.txt: every index file of
 * sites/search-en, each after a "### path" line) was written by the code of main at 04435ed, the
 * last commit before search languages, with {@code briefing build}; it is never regenerated from
 * this code. The fixture has accents, other scripts, British spellings, plurals, synonyms, wiki
 * links, long words, ties in date and more than one chunk of documents.
 */
class EnglishSearchIndexTest {

    @Test
    void anEnglishSitesIndexIsTheOneMadeBeforeSearchLanguages() throws IOException {
        Pipeline.Result r = TestSites.check(TestSites.site("search-en"), LocalDate.of(2026, 12, 6));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(r.files()).entrySet()) {
            if (!f.getKey().startsWith("search/index/")) continue;
            index.append("### ").append(f.getKey()).append('\n').append(new String(f.getValue(), StandardCharsets.UTF_8));
        }
        String golden = Files.readString(TestSites.PROJECT.resolve("src/test/resources/golden/search-en/index.txt"));
        assertEquals(golden, index.toString());
    }
}
