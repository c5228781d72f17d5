package dev.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the whole pipeline over generated input. Tries are kept modest: each is a real
 * build, and the hand-written cases in the other hostile tests cover the known traps.
 */
class PipelinePropertiesTest {
    static final LocalDate AS_OF = LocalDate.parse(HostileSite.AS_OF);

    /** Characters that mean something to YAML or Markdown, plus letters, so the fuzz hits the parsers' edges. */
    private static final String SYNTAX = "-:[]{}&*!|>'\"#%@`,?<>()=\\/_~^$ \t\n";

    @Provide
    Arbitrary<String> syntaxSoup() {
        return Arbitraries.strings().withChars(SYNTAX).withCharRange('a', 'e').withChars("é中\u00a0")
                .ofMaxLength(300);
    }

    @Property(tries = 60)
    void randomFrontMatterAndMarkdownOnlyEverGiveDiagnostics(@ForAll("syntaxSoup") String yaml,
            @ForAll("syntaxSoup") String markdown) {
        Path root = tempSite();
        try {
            write(root, "content/briefs/fuzz.md", "---\ntitle: Fuzz\ndate: 2024-01-02\nsummary: s\n" + yaml
                    + "\n---\n" + markdown);
            write(root, "content/data/threats.yaml", "- id: t\n  name: T\n  summary: s\n  body: |\n    "
                    + markdown.replace("\n", "\n    ") + "\n");
            // Any exception fails the property; content problems must come back as diagnostics.
            Pipeline.Result r = new Pipeline().run(new Pipeline.Options(root, null, AS_OF, false));
            for (Diagnostic d : r.diagnostics().sorted()) {
                assertTrue(d.pos().path().startsWith("content/"), "diagnostics name a source file: " + d);
                assertTrue(d.pos().line() >= 0 && d.pos().column() >= 0, d.toString());
            }
        } finally {
            delete(root);
        }
    }

    @Property(tries = 10)
    void outputDoesNotDependOnTheOrderFilesAreCreatedOrListedIn(@ForAll @IntRange(min = 2, max = 8) int briefs,
            @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", HostileSite.SITE_YAML);
        files.put("content/data/sources.yaml", HostileSite.SOURCES_YAML);
        for (int i = 0; i < briefs; i++) {
            String tags = String.join(", ", List.of("x", "y", "z").subList(0, random.nextInt(4)));
            files.put("content/briefs/b" + random.nextInt(1000) + "-" + i + ".md", HostileSite.BRIEF
                    .replace("Alpha brief", "Brief " + random.nextInt(3)) // equal titles: ties must sort stably
                    .replace("2024-01-02", "2024-01-0" + (1 + random.nextInt(3)))
                    .replace("tags: [one]", "tags: [" + tags + "]"));
        }
        List<String> forward = new ArrayList<>(files.keySet());
        List<String> shuffled = new ArrayList<>(forward);
        Collections.shuffle(shuffled, random);
        Path a = tempSite();
        Path b = tempSite();
        try {
            for (String f : forward) write(a, f, files.get(f));
            // The second copy is created in another order, each file first under another name, then renamed.
            for (String f : shuffled) {
                write(b, f + ".tmp~", files.get(f));
                Files.move(b.resolve(f + ".tmp~"), b.resolve(f));
            }
            Map<String, byte[]> one = new Pipeline().run(new Pipeline.Options(a, null, AS_OF, false)).files();
            Map<String, byte[]> two = new Pipeline().run(new Pipeline.Options(b, null, AS_OF, false)).files();
            assertTrue(one.size() > briefs, "the site was built");
            assertEquals(one.keySet(), two.keySet());
            for (String k : one.keySet()) {
                assertArrayEquals(one.get(k), two.get(k), k + " differs between the two file orders");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(a);
            delete(b);
        }
    }

    @Provide
    Arbitrary<String> hostileTitles() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("<>\"'&/\\;:=`${}#[]()!*_ -.")
                .withCharRange('a', 'z').withChars("é中").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> fragments = Arbitraries.of("</script>", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "]]>", "<!--", "-->", "&amp;", "&#x3C;", "${7*7}", "<#assign x=1>", "'\"", "</title>", "\\u003c");
        return Combinators.combine(chars, fragments, chars).as((x, f, y) -> x + f + y)
                .filter(t -> !t.isBlank());
    }

    @Property(tries = 15)
    void anyTitleIsEscapedInEveryOutputFormat(@ForAll("hostileTitles") String title) {
        Path root = tempSite();
        try {
            write(root, "content/site.yaml", HostileSite.SITE_YAML);
            write(root, "content/data/sources.yaml", HostileSite.SOURCES_YAML);
            write(root, "content/briefs/alpha.md", HostileSite.BRIEF.replace("title: Alpha brief",
                    "title: " + yamlQuoted(title)));
            Pipeline.Result r = new Pipeline().run(new Pipeline.Options(root, root.resolve("site"), AS_OF, false));
            assertTrue(r.ok(), r.diagnostics().sorted().toString());
            TitleEscaping.assertEscapedEverywhere(root.resolve("site"), title);
        } finally {
            delete(root);
        }
    }

    /** A YAML double-quoted scalar holding exactly {@code s}. */
    static String yamlQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static Path tempSite() {
        try {
            Path root = Files.createTempDirectory("briefing-prop");
            Files.createDirectories(root.resolve("content"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
