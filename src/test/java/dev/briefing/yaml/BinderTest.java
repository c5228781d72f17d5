package dev.briefing.yaml;

import static dev.briefing.model.ItemFields.BODY;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.SUMMARY;
import static dev.briefing.model.ItemFields.TAGS;
import static dev.briefing.model.ItemFields.TARGETS;
import static dev.briefing.model.ItemFields.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.Kind;
import dev.briefing.source.FrontMatter;
import dev.briefing.model.SourceFile;
import dev.briefing.testing.TestSites;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Positions of bound values are file positions: front matter starts on line 2 of its file. */
class BinderTest {
    private static final String PATH = "content/briefs/x.md";

    private record Bound(Optional<Fields> fields, List<String> diagnostics) {
    }

    private static Bound bindBrief(String file) {
        Diagnostics diags = new Diagnostics();
        FrontMatter fm = FrontMatter.split(new SourceFile(PATH, file), diags).orElseThrow();
        Optional<Fields> fields = YamlLoader.compose(fm.yaml(), PATH, fm.yamlFirstLine(), diags)
                .flatMap(node -> new Binder(PATH, fm.yamlFirstLine(), fm.yaml(), diags).bind(node, Kind.BRIEF.schema()));
        return new Bound(fields, TestSites.headlines(diags.sorted()));
    }

    @Test
    void validFieldsKeepTheirFilePositions() {
        Bound b = bindBrief("---\ntitle: \"A title\"\ndate: 2024-09-13\nsummary:   S.\ntargets: [polling-places, schools]\n---\nBody\n");
        assertEquals(List.of(), b.diagnostics());
        Fields f = b.fields().orElseThrow();
        assertEquals(new Pos(PATH, 2, 1), f.pos());
        assertEquals(new Pos(PATH, 2, 8), f.posOf(TITLE));
        assertEquals(new Pos(PATH, 4, 12), f.posOf(SUMMARY));
        assertEquals(LocalDate.of(2024, 9, 13), f.get(DATE));
        assertEquals(List.of(new Ref("polling-places", new Pos(PATH, 5, 11)), new Ref("schools", new Pos(PATH, 5, 27))),
                f.get(TARGETS));
        assertEquals(f.pos(), f.posOf(TAGS), "an absent field is placed at its mapping");
    }

    @Test
    void everyBadValueIsReportedAtItsFileLineAndColumn() {
        Bound b = bindBrief("---\ntitle: [not, text]\ndate: 2024-02-30\nsummary: S.\ntags:\n  - ok\n  - \"!!\"\n"
                + "targets: [Bad_Id]\ndraft: yes\n---\n");
        assertEquals(List.of(
                "content/briefs/x.md:2:8: error: 'title' must be text, not a list [BRF017]",
                "content/briefs/x.md:3:7: error: '2024-02-30' is not a real date in 'date' (check the month and day) [BRF018]",
                "content/briefs/x.md:7:5: error: '!!' needs at least one letter or digit [BRF021]",
                "content/briefs/x.md:8:11: error: 'Bad_Id' is not a valid id (use lowercase letters, digits and hyphens,"
                        + " e.g. 'bad-id') [BRF021]",
                "content/briefs/x.md:9:8: error: 'draft' must be true or false, not 'yes' [BRF017]"),
                b.diagnostics());
    }

    @Test
    void unknownAndDuplicateKeysAreReportedAtTheKey() {
        Bound b = bindBrief("---\ntitle: A\ndate: 2024-09-13\nsummary: S.\nsumary: S.\nzzzzzz: 1\ntitle: B\n---\n");
        assertEquals(List.of(
                "content/briefs/x.md:5:1: error: unknown field 'sumary' in brief (did you mean 'summary'?) [BRF015]",
                "content/briefs/x.md:6:1: error: unknown field 'zzzzzz' in brief (allowed fields: title, date, summary,"
                        + " tags, draft, updated, reviewed, threats, targets, drivers, indicators, events, incidents,"
                        + " advisories, agencies, resources, sources, advice, critical, handout, changes) [BRF015]",
                "content/briefs/x.md:7:1: error: 'title' is given twice, first on line 2 (keep one of them and delete the other) [BRF014]"),
                b.diagnostics());
    }

    /** Walkthrough 9 of issue 26: an event's 'date' was asked whether it meant 'name'; the one field still missing is meant. */
    @Test
    void aFieldNamedOtherwiseIsPointedAtTheOneRequiredFieldMissing() {
        Bound b = bindBrief("---\ntitle: A\nwhen: 2024-09-13\nsummary: S.\n---\n");
        assertEquals(List.of("content/briefs/x.md:3:1: error: unknown field 'when' in brief (did you mean 'date'? Every brief needs one.)"
                + " [BRF015]"), b.diagnostics());
    }

    /** "title:" with nothing after it is there, only empty: saying it is missing sends the editor looking for nothing. */
    @Test
    void anEmptyRequiredFieldIsCalledEmptyNotMissing() {
        Bound b = bindBrief("---\ntitle:\ndate: 2024-09-13\nsummary: \"\"\n---\n");
        assertEquals(List.of(
                "content/briefs/x.md:2:1: error: 'title' is empty (write its text after 'title:') [BRF016]",
                "content/briefs/x.md:4:10: error: 'summary' is empty (write its text after 'summary:') [BRF016]"),
                b.diagnostics());
    }

    @Test
    void yamlSyntaxErrorsAreFilePositions() {
        Bound b = bindBrief("---\ntitle: A\ndate: 2024-09-13\nsummary: \"never closed\n---\n");
        assertEquals(1, b.diagnostics().size(), b.diagnostics()::toString);
        // An unclosed quote is reported where it opens, not at the end of the text where it was noticed.
        assertTrue(b.diagnostics().get(0).startsWith("content/briefs/x.md:4:10: error: the double quote that opens this text is not closed"), b.diagnostics()::toString);
    }

    @Test
    void dataFilesStartOnLineOne() {
        Diagnostics diags = new Diagnostics();
        String yaml = "- id: schools\n  name: Schools\n  summary: S.\n  reviewed: 2024-13-01\n";
        var seq = (org.yaml.snakeyaml.nodes.SequenceNode) YamlLoader.compose(yaml, "content/data/targets.yaml", 1, diags)
                .orElseThrow();
        new Binder("content/data/targets.yaml", 1, yaml, diags).bind(seq.getValue().get(0), Kind.TARGET.schema());
        assertEquals(List.of("content/data/targets.yaml:4:13: error: '2024-13-01' is not a real date in 'reviewed'"
                + " (check the month and day) [BRF018]"), TestSites.headlines(diags.sorted()));
    }

    @Test
    void blockScalarMarkdownStartsOnTheNextLineWithItsIndent() {
        Diagnostics diags = new Diagnostics();
        String yaml = "- id: schools\n  name: Schools\n  summary: S.\n  body: |\n    First line.\n    Second.\n";
        var seq = (org.yaml.snakeyaml.nodes.SequenceNode) YamlLoader.compose(yaml, "content/data/targets.yaml", 1, diags)
                .orElseThrow();
        Fields f = new Binder("content/data/targets.yaml", 1, yaml, diags)
                .bind(seq.getValue().get(0), Kind.TARGET.schema()).orElseThrow();
        MarkdownText body = f.get(BODY);
        assertEquals("First line.\nSecond.\n", body.text());
        // Where "First" is: a position in its first line is as indented as one in the others.
        assertEquals(new Pos("content/data/targets.yaml", 5, 5), body.start());
        assertEquals(new Pos("content/data/targets.yaml", 6, 5), body.posOf(body.text().indexOf("Second")));
        assertEquals(4, body.indent());
        assertEquals(List.of(), TestSites.headlines(diags.sorted()));
    }
}
