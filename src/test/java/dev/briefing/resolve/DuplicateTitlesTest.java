package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.publish.TempSite;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two briefs or two pages that readers cannot tell apart in a list (walkthrough of issue 26): BRF109. */
class DuplicateTitlesTest {
    @TempDir
    Path dir;

    private static String brief(String title, String date) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nsummary: One plain sentence.\n---\nBody text.\n";
    }

    private List<String> duplicates(Map<String, String> files) {
        Pipeline.Result r = TempSite.build(TempSite.write(dir, files), null);
        return r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF109).map(DiagnosticFormatter::headline).toList();
    }

    @Test
    void theSecondOfTwoBriefsWithOneTitleIsWarnedAtItsTitleNamingTheFirst() {
        assertEquals(List.of("content/briefs/b.md:2:8: warning: two briefs have the same title: 'Polling places on Election Day'"
                        + " is also the title of content/briefs/a.md (make the titles distinct, so that readers can tell the two"
                        + " apart in lists and search: say in this one what sets it apart, such as its place or its subject) [BRF109]"),
                duplicates(Map.of("content/briefs/a.md", brief("Polling places on election day", "2024-09-13"),
                        "content/briefs/b.md", brief("Polling  places on Election Day", "2024-09-20"),
                        "content/briefs/c.md", brief("Polling places on the day after", "2024-09-21"))));
    }

    @Test
    void twoPagesAreComparedWithEachOtherButNotWithBriefsOrEntries() {
        assertEquals(List.of("content/pages/contact.md:2:8: warning: two pages have the same title: 'About us' is also the title of"
                        + " content/pages/about.md (make the titles distinct, so that readers can tell the two apart in lists and"
                        + " search: say in this one what sets it apart, such as its place or its subject) [BRF109]"),
                duplicates(Map.of("content/briefs/a.md", brief("About us", "2024-09-13"),
                        "content/pages/about.md", "---\ntitle: About us\n---\nWho we are.\n",
                        "content/pages/contact.md", "---\ntitle: About us\n---\nHow to reach us.\n",
                        "content/data/targets.yaml", "- id: about\n  name: About us\n  summary: A target named alike.\n")));
    }

    /**
     * A title is folded without a pattern unless it needs one (every title is folded at every edit of the preview):
     * as {@code strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)} folds it, which spaces other than the
     * six it names (a non-breaking space, an em space) do not join.
     */
    @Test
    void aTitleFoldsAsThePatternFoldsIt() {
        for (String title : List.of("Polling places", "  Polling places  ", "Polling  places", "Polling\tplaces", "Polling\nplaces",
                "Polling \r\n places", "Polling\u000Bplaces", "Polling\fplaces", "Polling\u00A0places", "Polling\u2003places",
                "\u2003Polling places\u2003", "ÉLECTION Día", "a b  c   d", "", " ", "\t")) {
            assertEquals(title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT), DuplicateTitles.fold(title),
                    () -> title.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }

    /** Each language compares the titles its readers see: two translations given one title are warned in theirs. */
    @Test
    void translationsAreComparedWithinTheirLanguage() {
        String site = "title: Test\nbase_url: https://county.example.gov/\n" + TestSites.SETTINGS
                + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n";
        String translation = "---\ntitle: Qué hacer\nsummary: Una frase.\ntranslates: 0\nsource_updated: 2024-09-13\n---\nTexto.\n";
        assertEquals(List.of("content/briefs/run.es.md:2:8: warning: two briefs have the same title: 'Qué hacer' is also the title"
                        + " of content/briefs/hide.es.md (make the titles distinct, so that readers can tell the two apart in lists"
                        + " and search: say in this one what sets it apart, such as its place or its subject) [BRF109]"),
                duplicates(Map.of("content/site.yaml", site,
                        "content/briefs/run.md", brief("Run", "2024-09-13"),
                        "content/briefs/hide.md", brief("Hide", "2024-09-13"),
                        "content/briefs/run.es.md", translation, "content/briefs/hide.es.md", translation)));
    }
}
