package dev.briefing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.model.Kind;
import dev.briefing.model.Placeholders;
import dev.briefing.scaffold.Scaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'briefing new' leaves to fill in is an error in every text field, each where the placeholder is written. */
class PlaceholdersTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @TempDir
    Path dir;

    /** "path:line:col" of the first occurrence of {@code text} in a file, counted from its text. */
    private String at(String path, String text) throws IOException {
        String file = Files.readString(dir.resolve(path));
        int i = file.indexOf(text);
        int line = (int) file.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        return path + ":" + line + ":" + (i - file.lastIndexOf('\n', i - 1));
    }

    private List<String> placeholders() {
        return new Pipeline().run(new Pipeline.Options(dir, null, TODAY, false)).diagnostics().sorted().stream()
                .filter(d -> d.code() == Code.BRF078).map(DiagnosticFormatter::headline).toList();
    }

    /** content/data/targets.yaml with one entry, 'schools', whose body is {@code body} (lines indented four spaces). */
    private void schoolsBody(String body) throws IOException {
        Path data = dir.resolve("content/data/targets.yaml");
        Files.createDirectories(data.getParent());
        Files.writeString(data, "- id: schools\n  name: Schools\n  summary: Where children learn.\n  body: |\n" + body);
    }

    @Test
    void eachPlaceholderIsReportedWhereItIsWrittenIncludingASourcesPublisher() throws IOException {
        Scaffold scaffold = new Scaffold(dir, TODAY);
        String brief = scaffold.brief("Polling places").message();
        scaffold.entity(Kind.SOURCE, "a-report");
        String sources = "content/data/sources.yaml";
        assertEquals(List.of(
                at(brief, "\"TODO: one plain sentence") + ": error: 'summary' is still a placeholder (replace the TODO text) [BRF078]",
                // The body's placeholder, not the front matter's first line.
                at(brief, Placeholders.BODY) + ": error: the placeholder '" + Placeholders.BODY
                        + "' is still in the text (write the bottom line in its place) [BRF078]",
                at(sources, "\"TODO: title") + ": error: 'title' is still a placeholder (replace the TODO text) [BRF078]",
                at(sources, "\"TODO: who published") + ": error: 'publisher' is still a placeholder (replace the TODO text) [BRF078]",
                at(sources, "\"https://example.org/todo") + ": error: 'url' is still a placeholder (replace"
                        + " https://example.org/todo with the real address) [BRF078]",
                at(sources, "\"TODO: what it is") + ": error: 'summary' is still a placeholder (replace the TODO text) [BRF078]"),
                placeholders());
    }

    @Test
    void aPlaceholderInABlockOfMarkdownIsReportedOnItsOwnLine() throws IOException {
        schoolsBody("    TODO: what makes schools a target.\n");
        assertEquals(List.of("content/data/targets.yaml:5:5: error: 'body' is still a placeholder (replace the TODO text) [BRF078]"),
                placeholders());
    }

    /**
     * What editors write themselves for text still to come is a placeholder too (walkthrough of
     * issue 26: TBD, XXX and lorem ipsum were published), each where it is; lower-case "todo" is
     * Spanish for "all" and words that only contain the letters are not.
     */
    @Test
    void placeholdersEditorsWriteThemselvesAreReportedEachWhereItIs() throws IOException {
        schoolsBody("    Call the desk at TBD. Hours: XXX. TODO add the address.\n"
                + "    Lorem ipsum dolor sit amet. Sobre todo, TBDs and XXXL are words.\n");
        assertEquals(List.of(
                "content/data/targets.yaml:5:22: error: the text still has a placeholder ('TBD'), which would be published as it is"
                        + " (write what is still to come in its place, or remove it) [BRF078]",
                "content/data/targets.yaml:5:34: error: the text still has a placeholder ('XXX'), which would be published as it is"
                        + " (write what is still to come in its place, or remove it) [BRF078]",
                "content/data/targets.yaml:5:39: error: the text still has a placeholder ('TODO'), which would be published as it is"
                        + " (write what is still to come in its place, or remove it) [BRF078]",
                "content/data/targets.yaml:6:5: error: the text still has a placeholder ('Lorem ipsum'), which would be published as it is"
                        + " (write what is still to come in its place, or remove it) [BRF078]"),
                placeholders());
    }

    /**
     * Walkthrough 7 of issue 26: a placeholder in a title, a summary or a name was published unless written
     * exactly "TODO:" at its start; each is reported at its field, in a brief's front matter and a data entry alike.
     */
    @Test
    void placeholdersInOneLineFieldsAreReportedAtTheirField() throws IOException {
        String brief = "content/briefs/shelters.md";
        dev.briefing.testing.TestSites.write(dir.resolve(brief), """
                ---
                title: "TODO Shelter locations for the cold snap"
                date: 2026-11-20
                summary: "Warm places (TODO)."
                changes:
                  - {date: 2026-11-21, note: "Hours: TBD"}
                  - {date: 2026-11-22, note: Today's hours added for all shelters.}
                ---
                Three shelters are open tonight.
                """);
        String channels = "content/data/channels.yaml";
        dev.briefing.testing.TestSites.write(dir.resolve(channels), """
                - id: sheriff
                  name: "Harbor County Sheriff (TODO confirm name)"
                  summary: The sheriff's tip line.
                  when: tips
                  tel: "911"
                  jurisdiction: Harbor County
                """);
        String targets = "content/data/targets.yaml";
        dev.briefing.testing.TestSites.write(dir.resolve(targets), """
                - id: shelters
                  name: Warming shelters
                  summary: "TBD"
                - id: todos
                  name: Todos los refugios
                  summary: Sobre todo, Today and XXXL are words.
                """);
        String still = "'), which would be published as it is (write what is still to come in its place, or remove it) [BRF078]";
        assertEquals(List.of(
                at(brief, "\"TODO Shelter") + ": error: 'title' still has a placeholder ('TODO" + still,
                at(brief, "\"Warm places") + ": error: 'summary' still has a placeholder ('TODO" + still,
                at(brief, "\"Hours: TBD") + ": error: 'changes.0.note' still has a placeholder ('TBD" + still,
                at(channels, "\"Harbor County") + ": error: 'name' still has a placeholder ('TODO" + still,
                at(targets, "\"TBD") + ": error: 'summary' still has a placeholder ('TBD" + still),
                placeholders());
    }

    /**
     * Walkthrough 7 of issue 26: a brief whose date did not bind had its links checked but not its placeholders,
     * which showed only once the date was mended. One run names them all.
     */
    @Test
    void aFrontMatterErrorHidesNoPlaceholderOfTheText() {
        dev.briefing.testing.TestSites.write(dir.resolve("content/briefs/shelters.md"), """
                ---
                title: Shelters
                date: 12/07/2026
                summary: "Warm places (TBD)."
                ---
                Three shelters are open. TODO check address. See [[page:shelter]].
                """);
        List<String> found = new Pipeline().run(new Pipeline.Options(dir, null, TODAY, false)).diagnostics().sorted().stream()
                .filter(d -> d.pos().path().equals("content/briefs/shelters.md"))
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code()).toList();
        assertEquals(List.of("3:7 BRF018", "4:10 BRF078", "6:26 BRF078", "6:50 BRF030"), found);
    }

    /** A lower-case "todo:" that follows no other word is a placeholder; Spanish writes "todo:" after a word, even across a line break. */
    @Test
    void aLowerCaseTodoWithItsColonIsAPlaceholderWhereItFollowsNoWord() throws IOException {
        schoolsBody("    todo: confirm the address.\n    Open at six (todo: check).\n"
                + "    Ante todo: llame al 911. Todos los días, today, todo el día. Lo primero de\n    todo: el agua.\n");
        String still = "'), which would be published as it is (write what is still to come in its place, or remove it) [BRF078]";
        assertEquals(List.of(
                "content/data/targets.yaml:5:5: error: the text still has a placeholder ('todo:" + still,
                "content/data/targets.yaml:6:18: error: the text still has a placeholder ('todo:" + still),
                placeholders());
    }

    /**
     * Walkthrough 26: "Who publishes this site and why." was taken for init's instructions, which
     * were matched by their first words. An editor's own sentence is never a placeholder; the
     * instructions, left whole when only the mark is deleted, still are, in any spacing.
     */
    @Test
    void anEditorsOwnSentenceIsNeverTakenForInitsInstructions() throws IOException {
        dev.briefing.testing.TestSites.write(dir.resolve("content/pages/about.md"), """
                ---
                title: About
                summary: Who publishes this site and why.
                ---
                An example brief of ours. Call the local numbers and the official hotline. Tell us who you are, whom the site is
                for.
                """);
        dev.briefing.testing.TestSites.write(dir.resolve("content/data/sources.yaml"), """
                - id: a-report
                  title: The title of the document you cite, in full
                  publisher: Who published it first
                  type: official
                  url: https://agency.gov/report
                """);
        assertEquals(List.of(), placeholders());
        dev.briefing.testing.TestSites.write(dir.resolve("content/pages/about.md"), """
                ---
                title: About
                summary: "who publishes this site, why, and how it is checked."
                ---
                Call us. The local numbers and the official
                   reporting pages that apply to your readers.
                """);
        assertEquals(List.of(
                "content/pages/about.md:3:10: error: 'summary' is still a placeholder (write your own words in place of these"
                        + " instructions) [BRF078]",
                "content/pages/about.md:5:10: error: the text still has the instructions 'briefing init' or 'briefing new' wrote"
                        + " (write what they ask for in their place) [BRF078]"), placeholders());
    }
}
