package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Index and query fold and stem alike in Spanish: templates/search.js, run under Node, against the
 * build's side (SearchLanguage.spanish() and Lucene's Snowball stemmer), word by word, over (a) the
 * word list src/test/resources/search/spanish-words.txt and (b) every word of every {@code *.es.md}
 * and {@code *.es.yaml} under content/, so the shipped Spanish text is checked as it is added.
 * Without Node the tests are skipped, except on CI (CI=true), where they fail: .ci/run installs it.
 */
class SpanishSearchParityTest {
    static final Path SCRIPT = TestSites.PROJECT.resolve("templates/search.js");
    static final Path RUNNER = TestSites.PROJECT.resolve("src/test/resources/search/terms.cjs");
    static final Path WORDS = TestSites.PROJECT.resolve("src/test/resources/search/spanish-words.txt");

    /** The endings the Snowball Spanish algorithm names (snowballstem.org/algorithms/spanish), by step. */
    static final List<String> PRONOUNS = words("me se sela selo selas selos la le lo las les los nos");
    static final List<String> BEFORE_PRONOUNS = words("iéndo ándo ár ér ír ando iendo ar er ir yendo");
    static final List<String> ENDINGS = words("anza anzas ico ica icos icas ismo ismos able ables ible ibles ista"
            + " istas oso osa osos osas amiento amientos imiento imientos adora ador ación adoras adores aciones ante"
            + " antes ancia ancias logía logías ución uciones encia encias amente mente idad idades iva ivo ivas ivos"
            + " ya ye yan yen yeron yendo yo yó yas yes yais yamos"
            + " en es éis emos arían arías arán arás aríais aría aréis aríamos aremos ará aré erían erías erán erás"
            + " eríais ería eréis eríamos eremos erá eré irían irías irán irás iríais iría iréis iríamos iremos irá iré"
            + " aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido"
            + " ando iendo ió ar er ir as abas adas idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis"
            + " ieseis asteis isteis ados idos amos ábamos íamos imos áramos iéramos iésemos ásemos"
            + " os a o á í ó e é");

    /** The meta.json of a Spanish site's index, as search.js reads it. */
    private static String meta;

    @BeforeAll
    static void buildASpanishIndex() {
        Pipeline.Result site = TestSites.check(TestSites.site("search-es"), LocalDate.of(2026, 12, 6));
        assertTrue(site.ok(), () -> TestSites.headlines(site).toString());
        meta = new String(site.files().get("search/index/meta.json"), StandardCharsets.UTF_8);
    }

    private static List<String> words(String list) {
        return List.of(list.split(" "));
    }

    /** The word list's words, in file order. */
    static List<String> wordList() throws IOException {
        return Files.readAllLines(WORDS).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** The Spanish text under a content folder: its {@code *.es.md} and {@code *.es.yaml} files. */
    static List<Path> spanishContent(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString();
                return Files.isRegularFile(p) && (name.endsWith(".es.md") || name.endsWith(".es.yaml"));
            }).sorted().toList();
        }
    }

    /** Every word of the shipped Spanish text, split at white space as a reader might type it. */
    static Set<String> shippedSpanishWords() throws IOException {
        Set<String> out = new TreeSet<>();
        for (Path file : spanishContent(TestSites.PROJECT.resolve("content"))) {
            for (String w : Files.readString(file).split("\\s+")) {
                if (!w.isEmpty()) out.add(w);
            }
        }
        return out;
    }

    @Test
    void theWordListHasTwoThousandWordsAndEveryEndingOfTheStemmer() throws IOException {
        List<String> words = wordList();
        assertEquals(words.size(), new LinkedHashSet<>(words).size(), "each word once");
        assertTrue(words.size() >= 2_000, words.size() + " words");
        // What the index sees: the words as written and without their accents.
        Set<String> seen = new TreeSet<>(words);
        words.forEach(w -> seen.add(Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")));
        List<String> missing = new ArrayList<>();
        for (String ending : ENDINGS) {
            if (seen.stream().noneMatch(w -> w.endsWith(ending) && w.length() > ending.length())) missing.add(ending);
        }
        for (String pronoun : PRONOUNS) {
            if (BEFORE_PRONOUNS.stream().noneMatch(b -> seen.stream().anyMatch(w -> w.endsWith(b + pronoun)))) missing.add("-" + pronoun);
        }
        for (String before : BEFORE_PRONOUNS) {
            if (PRONOUNS.stream().noneMatch(p -> seen.stream().anyMatch(w -> w.endsWith(before + p)))) missing.add(before + "-");
        }
        assertEquals(List.of(), missing, "endings no word of the list has");
    }

    @Test
    void theScriptStemsEveryWordAsLucenesSnowballStemmerDoes() throws Exception {
        List<String> words = wordList();
        List<JsonNode> js = runScript(words);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String java = SearchStemmer.SPANISH.stem(words.get(i));
            String script = js.get(i).get(1).asString();
            if (!java.equals(script)) differ.add(words.get(i) + ": Lucene " + java + ", search.js " + script);
        }
        assertEquals(List.of(), first(differ), differ.size() + " of " + words.size() + " words stem differently");
    }

    @Test
    void theScriptMakesTheIndexsTermsOfEveryWordListedAndShipped() throws Exception {
        List<String> words = new ArrayList<>(wordList());
        words.addAll(shippedSpanishWords());
        List<JsonNode> js = runScript(words);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> java = SearchLanguage.spanish().terms(words.get(i)).stream().map(SearchLanguage.spanish()::fold).distinct().toList();
            List<String> script = new ArrayList<>();
            js.get(i).get(0).forEach(t -> script.add(t.asString()));
            if (!java.equals(script)) differ.add(words.get(i) + ": index " + java + ", search.js " + script);
        }
        assertEquals(List.of(), first(differ), differ.size() + " of " + words.size() + " words give other terms");
    }

    @Test
    void theShippedSpanishTextIsEverySpanishFileUnderContent(@TempDir Path dir) throws IOException {
        for (String file : List.of("briefs/a.md", "briefs/a.es.md", "briefs/b.en.md", "pages/report.es.md", "data/threats.yaml",
                "data/threats.es.yaml", "data/notes.es.txt", "site.yaml")) {
            TestSites.write(dir.resolve(file), "x");
        }
        assertEquals(List.of("briefs/a.es.md", "data/threats.es.yaml", "pages/report.es.md"),
                spanishContent(dir).stream().map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/')).toList());
    }

    private static List<String> first(List<String> differ) {
        return differ.subList(0, Math.min(30, differ.size()));
    }

    /** search.js's [terms, stem] of each word, under Node, with the meta.json of a Spanish site's index. */
    private static List<JsonNode> runScript(List<String> words) throws Exception {
        requireNode();
        ObjectMapper json = new ObjectMapper();
        ObjectNode input = json.createObjectNode();
        input.put("script", SCRIPT.toString());
        input.set("meta", json.readTree(meta));
        words.forEach(input.putArray("words")::add);
        Process node = new ProcessBuilder("node", RUNNER.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(json.writeValueAsBytes(input));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
        assertEquals(0, node.exitValue(), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) lines.add(json.readTree(line));
        assertEquals(words.size(), lines.size());
        return lines;
    }

    private static void requireNode() {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "node")));
        if (found) return;
        String why = "comparing search.js with the index needs Node.js: install the Debian package nodejs (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) throw new AssertionError(why);
        Assumptions.abort("skipped: " + why);
    }
}
