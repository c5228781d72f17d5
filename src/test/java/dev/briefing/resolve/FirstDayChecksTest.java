package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.publish.TempSite;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new team meets on its first day (issue 26): checks that neither block nor stay silent wrongly. */
class FirstDayChecksTest {
    @TempDir
    Path dir;

    private Pipeline.Result build(Map<String, String> extra) {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.putAll(extra);
        return TempSite.build(TempSite.write(dir, files), null);
    }

    private static List<String> headlines(Pipeline.Result r, Code code) {
        return r.diagnostics().sorted().stream().filter(d -> d.code() == code).map(DiagnosticFormatter::headline).toList();
    }

    /**
     * An advisory is listed on /advisories/ and an incident that names its threat and target is
     * listed on their pages: readers reach both, so neither is "referred to by nothing" (BRF073),
     * which --strict would make an error that stops the publish. A target nothing links either way still is.
     */
    @Test
    void whatReadersReachFromTheSitesPagesIsReferredTo() {
        Pipeline.Result r = build(Map.of(
                "content/data/advisories.yaml", """
                        - id: bulletin
                          name: A bulletin
                          summary: What it says.
                          level: bulletin
                          issued: 2024-11-13
                          expires: 2025-03-13
                        """,
                "content/data/threats.yaml", "- id: harassment\n  name: Harassment\n  summary: Of officials.\n",
                "content/data/targets.yaml", "- id: polling-places\n  name: Polling places\n  summary: Where people vote.\n"
                        + "- id: parks\n  name: Parks\n  summary: Public parks.\n",
                "content/data/incidents.yaml", """
                        - id: attack
                          name: An attack
                          summary: What happened.
                          date: 2024-09-13
                          threats: [harassment]
                          targets: [polling-places]
                        """));
        assertEquals(List.of("content/data/targets.yaml:4:7: warning: target 'parks' is not referred to by anything"
                + " (link to it from a brief or a related entry) [BRF073]"), headlines(r, Code.BRF073));
    }

    /**
     * A draft and a brief dated after the as-of date are checked like any brief, so a wrong id
     * shows before the day they are published; but as notes, which neither the build nor --strict
     * refuses, since nothing of them is published.
     */
    @Test
    void draftsAndLaterBriefsAreCheckedWithoutStoppingThePublish() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/data/threats.yaml", "- id: harassment\n  name: Harassment\n  summary: Of officials.\n");
        files.put("content/briefs/draft.md", "---\ntitle: A draft\ndate: 2024-12-01\ndraft: true\nsummary: \"TODO: one plain sentence.\"\n"
                + "threats: [harasment, harassment]\n---\nSee [[target:nowhere]] and [our plan](/docs/plan.pdf).\n");
        files.put("content/briefs/later.md", "---\ntitle: Later\ndate: 2025-02-01\nsummary: Later.\nthreats: [harassment]\n"
                + "---\nSee [[threat:harasment]].\n");
        TempSite.write(dir, files);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, TempSite.AS_OF, false, Map.of(), true));
        assertEquals(List.of(
                "content/briefs/draft.md:6:11: note: unknown threat 'harasment' (in a draft: not published until 'draft: true'"
                        + " is removed) (did you mean 'harassment'?) [BRF030]",
                "content/briefs/draft.md:8:5: note: unknown target 'nowhere' (in a draft: not published until 'draft: true'"
                        + " is removed) (to add it, run: briefing new target nowhere) [BRF030]",
                "content/briefs/later.md:7:5: note: unknown threat 'harasment' (in a brief dated after 2025-01-01: not published"
                        + " until that day) (did you mean 'harassment'?) [BRF030]"),
                headlines(r, Code.BRF030));
        // The brief dated later stays a warning under --strict (published on its day), not an error.
        assertEquals(List.of("content/briefs/later.md:3:7: warning: brief is dated 2025-02-01, after the as-of date 2025-01-01,"
                + " and is not published yet (the first build on or after that day publishes it; set 'draft: true' while it is in progress) [BRF077]"),
                r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF077).map(d -> DiagnosticFormatter.headline(d.strict())).toList());
        // Their own problems too (a placeholder 'new' wrote, no source cited) are notes: nothing stops the publish.
        assertEquals(List.of(), r.diagnostics().sorted().stream().filter(d -> !d.pos().path().equals("content/briefs/a.md")
                && d.pos().path().startsWith("content/briefs/") && d.failsStrict()).toList());
        assertEquals(List.of("content/briefs/draft.md:5:10: note: 'summary' is still a placeholder (in a draft: not published"
                + " until 'draft: true' is removed) (replace the TODO text) [BRF078]"), headlines(r, Code.BRF078));
        // Walkthrough 4 of issue 26: a draft's link to a file that does not exist was not reported at all (nothing of a
        // draft is rendered, so the gate never saw it); now a note, as its wrong ids are.
        assertEquals(List.of("content/briefs/draft.md:8:28: note: links to /docs/plan.pdf, which the build does not produce"
                + " (on briefs/draft/index.html) (in a draft: not published until 'draft: true' is removed) (files to link are kept"
                + " in content/static/, the site's top folder: put it at content/static/docs/plan.pdf and link it as /docs/plan.pdf,"
                + " or correct the address) [BRF061]"), headlines(r, Code.BRF061));
        assertEquals("2 files were checked but will not be published: 1 draft, 1 brief dated after 2025-01-01",
                Unpublished.of(r.loaded(), TempSite.AS_OF, false).summary(TempSite.AS_OF));
    }

    /**
     * Walkthrough 4 of issue 26: "0 errors, 3 warnings", then "check passed with 2 warnings": the brief
     * dated later (a reminder --strict accepts) was left out of the second count without a word. The
     * two counts agree, and the line names the reminder.
     */
    @Test
    void aPassingChecksLineCountsTheWarningsItsSummaryCounted() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/briefs/later.md", "---\ntitle: Later\ndate: 2025-02-01\nsummary: Later.\n---\nText.\n");
        TempSite.write(dir, files);
        dev.briefing.testing.TestSites.Run run = dev.briefing.testing.TestSites.cli("check", "--source", dir.toString(), "--as-of",
                TempSite.AS_OF.toString());
        assertEquals(0, run.exit(), run.err());
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(?m)^0 errors, (\\d+) warnings?\\b").matcher(run.err());
        java.util.regex.Matcher passed = java.util.regex.Pattern.compile("(?m)^check passed with (\\d+) warnings?: .*$").matcher(run.err());
        org.junit.jupiter.api.Assertions.assertTrue(summary.find() && passed.find(), run.err());
        assertEquals(summary.group(1), passed.group(1), run.err());
        org.junit.jupiter.api.Assertions.assertTrue(passed.group().contains("BRF077"), passed.group());
    }

    /** An incident known only to the month is told how to say so: the day that stands for it and date_precision. */
    @Test
    void aMonthAloneIsToldAboutDatePrecision() {
        Pipeline.Result r = build(Map.of("content/data/incidents.yaml",
                "- id: attack\n  name: An attack\n  summary: What happened.\n  date: 2024-09\n"));
        assertEquals(List.of("content/data/incidents.yaml:4:9: error: '2024-09' is not a date in 'date': a date needs its day too"
                + " (when only the month is known, write 'date: 2024-09-01' and, on the next line, 'date_precision: month':"
                + " readers are shown the month only) [BRF018]"), headlines(r, Code.BRF018));
    }

    /** An entry with a bad date still takes its id: the duplicate and the date are told in one run. */
    @Test
    void aDuplicateIdIsToldBesideABadDate() {
        Pipeline.Result r = build(Map.of("content/data/incidents.yaml", """
                - id: attack
                  name: An attack
                  summary: What happened.
                  date: 2024-09-13
                - id: attack
                  name: Another
                  summary: What happened.
                  date: 2024-13-45
                """));
        assertEquals(List.of("content/data/incidents.yaml:5:7: error: duplicate id 'attack': the incident on line 1 has it"
                + " already (ids are unique across the site: choose another id for the entry you added; ids are never reused) [BRF032]"),
                headlines(r, Code.BRF032));
        assertEquals(1, headlines(r, Code.BRF018).size());
    }

    /** A list item indented past the one above it is folded into its text by YAML; it is told, at the dash. */
    @Test
    void aFoldedListItemIsTold() {
        Pipeline.Result r = build(Map.of("content/briefs/a.md", """
                ---
                title: A brief
                date: 2024-09-13
                summary: One plain sentence.
                tags:
                  - voting
                   - officials
                ---
                Body text.
                """));
        assertEquals(List.of("content/briefs/a.md:7:4: error: '- officials' is indented further than the line above it, so it is"
                + " read as more of that text, \"voting - officials\", not as a list item of its own (put its '-' straight under"
                + " the one above it, 2 spaces in: '  - officials') [BRF108]"), headlines(r, Code.BRF108));
        // In a list of ids, the folded text is not also called an invalid id: one mistake, one error.
        Pipeline.Result ids = build(Map.of("content/data/targets.yaml", "- id: polling-places\n  name: Polling places\n"
                + "  summary: Where people vote.\n", "content/data/threats.yaml", "- id: harassment\n  name: Harassment\n"
                + "  summary: Of officials.\n  targets:\n    - polling-places\n     - election-officials\n"));
        assertEquals(List.of("content/data/threats.yaml:6:6: error: '- election-officials' is indented further than the line"
                + " above it, so it is read as more of that text, \"polling-places - election-officials\", not as a list item"
                + " of its own (put its '-' straight under the one above it, 4 spaces in: '    - election-officials') [BRF108]"),
                ids.diagnostics().sorted().stream().filter(d -> d.isError()).map(DiagnosticFormatter::headline).toList());
    }
}
