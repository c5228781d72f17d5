package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The index of a site whose language is Spanish: Spanish terms, and the Spanish rules in its meta.json. */
class SpanishSearchIndexTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);

    private static Map<String, byte[]> index(Path site) {
        Pipeline.Result r = TestSites.check(site, AS_OF);
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        return r.files();
    }

    private static JsonNode json(Map<String, byte[]> files, String name) {
        return new ObjectMapper().readTree(new String(files.get("search/index/" + name), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void aSpanishSitesIndexHoldsStemsWithoutAccentsAndNoStopWords() {
        Map<String, byte[]> files = index(TestSites.site("search-es"));
        // "escóndete" and "pelea" as the Snowball stemmer leaves them (snowballstem.org's own
        // vocabulary: pelea → pele), accents removed first.
        assertEquals(Set.of("escondet"), fields(json(files, "t-es.json")), "escóndete, stemmed, no accent");
        assertTrue(fields(json(files, "t-pe.json")).contains("pele"), "pelea");
        assertTrue(fields(json(files, "t-el.json")).contains("eleccion"), "elecciones");
        // "para", "los", "que" and "si" are in every brief, and stop words.
        for (String shard : List.of("t-pa.json", "t-lo.json", "t-qu.json", "t-si.json")) {
            if (!files.containsKey("search/index/" + shard)) continue;
            Set<String> terms = fields(json(files, shard));
            assertFalse(terms.contains("para") || terms.contains("los") || terms.contains("que") || terms.contains("si"),
                    shard + ": " + terms);
        }
    }

    private static Set<String> fields(JsonNode object) {
        return new TreeSet<>(object.propertyNames());
    }

    @Test
    void aSpanishSitesMetaCarriesTheSpanishRules() {
        JsonNode meta = json(index(TestSites.site("search-es")), "meta.json");
        assertEquals("snowball-spanish", meta.path("stem").asString());
        assertEquals(List.of(), strings(meta.path("fold")), "Spanish has no spelling folds; the stemmer does that work");
        List<String> stop = strings(meta.path("stop"));
        assertTrue(stop.containsAll(List.of("para", "los", "que", "el", "mas", "tambien")), "without accents (él, más, también): " + stop);
        assertFalse(stop.contains("the") || stop.contains("and"), "no English stop words: " + stop);
        assertFalse(stop.contains("estado") || stop.contains("estados"), "the state is searched for: " + stop);
    }

    @Test
    void anEnglishSitesMetaCarriesTheEnglishRulesAndNoStemmer() {
        JsonNode meta = json(index(TestSites.site("search-en")), "meta.json");
        assertTrue(meta.path("stem").isMissingNode(), meta.toString());
        assertTrue(strings(meta.path("stop")).containsAll(List.of("the", "and", "of")), meta.toString());
        assertEquals(List.of("^programme$", "program"), strings(meta.path("fold").get(meta.path("fold").size() - 1)));
    }

    /** A language search has no rules for: accents and case folded, nothing dropped or stemmed. */
    @Test
    void anotherLanguageIsSearchedAsWrittenLessItsAccents(@TempDir Path dir) throws java.io.IOException {
        TestSites.copy(TestSites.site("search-es"), dir);
        Path config = dir.resolve("content/site.yaml");
        TestSites.write(config, java.nio.file.Files.readString(config).replace("language: es", "language: fr"));
        // A language the theme ships no words for needs a message file of the site's own (BRF160); any words do here.
        TestSites.write(dir.resolve("templates/messages/fr.properties"),
                java.nio.file.Files.readString(TestSites.PROJECT.resolve("templates/messages/en.properties")));
        Map<String, byte[]> files = index(dir);
        JsonNode meta = json(files, "meta.json");
        assertEquals(List.of(), strings(meta.path("stop")));
        assertEquals(List.of(), strings(meta.path("fold")));
        assertTrue(meta.path("stem").isMissingNode(), meta.toString());
        assertEquals(Set.of("es", "escondete"), fields(json(files, "t-es.json")), "escóndete unstemmed; es kept");
        assertTrue(fields(json(files, "t-pa.json")).contains("para"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es, SPANISH", "es-MX, SPANISH", "ES_419, SPANISH", "en, ENGLISH", "en-GB, ENGLISH"})
    void theLanguageIsChosenByItsPrimarySubtag(String code, String language) {
        assertEquals(language.equals("SPANISH") ? SearchLanguage.spanish() : SearchLanguage.ENGLISH, SearchLanguage.of(code));
    }

    /** Our Spanish stop words are SpanishAnalyzer's default set, without accents, less the two kept on purpose. */
    @Test
    void theSpanishStopWordsAreLucenesLessEstadoAndEstados() {
        Set<String> lucene = new TreeSet<>();
        for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
            lucene.add(Normalizer.normalize(new String((char[]) word), Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""));
        }
        assertTrue(lucene.size() > 200 && lucene.contains("estado") && lucene.contains("mas"), lucene.toString());
        lucene.removeAll(Set.of("estado", "estados"));
        assertEquals(lucene, new TreeSet<>(SearchLanguage.spanish().stopWords()));
    }
}
