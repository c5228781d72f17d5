package dev.briefing.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Code;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import dev.briefing.yaml.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookTest {

    @Test
    void everyCodeHasAnExampleOrSaysWhyNot() {
        Set<Code> covered = EnumSet.noneOf(Code.class);
        DiagnosticExamples.all().forEach(e -> covered.add(e.code()));
        covered.addAll(DiagnosticExamples.WITHOUT_EXAMPLE.keySet());
        assertEquals(EnumSet.allOf(Code.class), covered);
        DiagnosticExamples.all().forEach(e -> assertTrue(!DiagnosticExamples.WITHOUT_EXAMPLE.containsKey(e.code()),
                e.code() + " has an example, so it must not say it has none"));
    }

    /** Several causes of one code: each its own example, each one diagnostic in plain words. */
    @Test
    void eachYamlCauseIsOneDiagnosticWithoutParserWords(@TempDir Path work) {
        var causes = DiagnosticExamples.all().stream().filter(e -> e.cause() != null).toList();
        assertEquals(causes.size(), causes.stream().map(DiagnosticExamples.Example::folder).distinct().count(), "one folder each");
        for (var e : causes) {
            var outcome = DiagnosticExamples.run(e, work);
            assertEquals(1, outcome.diagnostics().size(), e.cause() + ": " + outcome.printed());
            for (String jargon : List.of("<block", "<document", "token", "scalar", "expected", "mapping values")) {
                assertFalse(outcome.printed().contains(jargon), e.cause() + ": " + outcome.printed());
            }
        }
    }

    @Test
    void examplesPrintTheRealMessageWithRelativePaths(@TempDir Path work) {
        var unknown = DiagnosticExamples.all().stream().filter(e -> e.code() == Code.BRF030).findFirst().orElseThrow();
        var outcome = DiagnosticExamples.run(unknown, work);
        assertEquals("""
                content/briefs/a.md:6:12: error: unknown target 'poling-places' (did you mean 'polling-places'?) [BRF030]
                  Advice for [[target:poling-places|polling places]].
                             ^
                """, outcome.printed());
        var output = DiagnosticExamples.all().stream().filter(e -> e.code() == Code.BRF064).findFirst().orElseThrow();
        assertTrue(DiagnosticExamples.run(output, work).printed().startsWith("content/site: error: output folder"),
                "no temporary path leaks into the handbook");
    }

    @Test
    void generatedPagesCoverEverySchemaFieldCodeAndTemplate(@TempDir Path dir) throws Exception {
        var pages = Handbook.generated(dir.resolve("work"));
        String reference = pages.get(Handbook.REFERENCE);
        for (Kind k : Kind.values()) {
            for (Field f : k.schema().fields()) {
                assertTrue(reference.contains("| `" + f.name() + "` | "), k + "." + f.name());
            }
        }
        assertTrue(reference.contains("| `level` | one of the allowed values: `bulletin`, `elevated`, `imminent` | yes |"));
        assertTrue(reference.contains("| Level (Bulletin, Elevated alert, Imminent alert) |"), "the label readers see, in the theme's English");
        assertTrue(reference.contains("| `targets` | list of ids of `target` entries | no | Venue types this threat is directed at. |"));
        SiteConfig.SCHEMA.fields().forEach(f -> assertTrue(reference.contains("| `" + f.name() + "` | "), f.name()));

        String diagnostics = pages.get(Handbook.DIAGNOSTICS);
        for (Code c : Code.values()) assertTrue(diagnostics.contains("\n## " + c + "\n"), c.name());
        assertTrue(diagnostics.contains("[BRF061]"), "the gate example really ran");
        assertTrue(diagnostics.contains("templates/brief.ftlh:3:7: error: The following has evaluated to null or missing:"
                + " item.headline (rendering /briefs/a/) (check the name against the handbook's template variables, or give a default: ${name!''}) [BRF050]"), "a template error names the missing expression");

        String variables = pages.get(Handbook.VARIABLES);
        Set<String> templates = Arrays.stream(new java.io.File("templates").list())
                .filter(n -> n.endsWith(".ftlh") && !n.equals("layout.ftlh") && !n.equals("macros.ftlh"))
                .collect(Collectors.toSet());
        for (String t : templates) assertTrue(variables.contains("## `" + t + "`"), t);
        assertTrue(variables.contains("| `items` | list of [ItemLink](#ItemLink), or list of [ItemView](#ItemView) |"));
        assertTrue(variables.contains("| `publisher` | [LinkView](#LinkView) |"), "the site view's fields are listed");
        assertTrue(variables.contains("| `msg(key, arguments…)` | function: the message `key` of the page's language"), "msg() is documented");
        assertTrue(variables.contains("| `pager.position` | Page {0} of {1} |"), "every theme string is listed with its English");
        assertTrue(variables.contains("| `label.advisory.level.elevated` | Elevated alert |"), "labels too");
    }
}
