package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants and plurals fold to one term; synonyms from site.yaml find what the content calls otherwise. */
class SearchFoldingTest {

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"behaviour, behavior", "behaviours, behavior", "behavioural, behavioral", "organised, organized",
            "organisation, organization", "analyse, analyze", "centre, center", "centres, centers", "defence, defense",
            "catalogue, catalog", "travelled, traveled", "programme, program", "threats, threat", "policies, policy",
            "neighbourhoods, neighborhood", "shootings, shooting"})
    void variantsFoldToOneTerm(String one, String other) {
        assertEquals(SearchLanguage.ENGLISH.fold(other), SearchLanguage.ENGLISH.fold(one));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hour", "four", "your", "detour", "contour", "bus", "class", "news", "gas", "crisis", "analysis", "basis",
            "diagnosis"})
    void shortWordsAndLookAlikesAreLeftAlone(String word) {
        assertEquals(word, SearchLanguage.ENGLISH.fold(word));
        assertFalse(SearchLanguage.ENGLISH.fold(word).isEmpty());
    }

    @Test
    void theIndexAndItsRulesTravelTogether(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS
                + "search:\n  synonyms:\n    shooting: [shooter, gunman]\n");
        TestSites.write(dir.resolve("content/briefs/a.md"), """
                ---
                title: Warning behaviours
                date: 2024-09-13
                summary: A gunman was stopped.
                ---
                Body.
                """);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, LocalDate.parse("2024-10-01"), false));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        String be = new String(r.files().get("search/index/t-be.json"), StandardCharsets.UTF_8);
        assertTrue(be.contains("\"behavior\":") && !be.contains("\"behaviour"), be);
        String sh = new String(r.files().get("search/index/t-sh.json"), StandardCharsets.UTF_8);
        assertTrue(sh.contains("\"shooting\":[0,"), "the synonym is indexed for the document that says gunman: " + sh);
        String meta = new String(r.files().get("search/index/meta.json"), StandardCharsets.UTF_8);
        assertTrue(meta.contains("\"fold\":[[\"^(.{3,}[^aeiou])ies$\",\"$1y\"]"), "search.js folds queries by the same rules: " + meta);
    }

    @Test
    void aSynonymScoresAsTheWordItStandsFor() {
        Map<String, List<String>> synonyms = SearchIndex.synonyms(SearchLanguage.ENGLISH, Map.of("shooting", List.of("Gunman")));
        assertEquals(Map.of("gunman", List.of("shooting")), synonyms);
        Item item = new Item(new Key(Kind.PAGE, "p"), null, "The gunman", null, null,
                dev.briefing.yaml.Fields.none(null), Map.of(), null);
        Map<String, int[]> scores = SearchIndex.scores(item, SearchLanguage.ENGLISH, synonyms, new java.util.HashMap<>());
        assertEquals(scores.get("gunman")[0], scores.get("shooting")[0]);
    }
}
