package dev.briefing.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {
    @TempDir
    Path dir;

    private final LocalDate today = LocalDate.parse("2026-11-28");

    private List<Diagnostic> check() {
        return new Pipeline().run(new Pipeline.Options(dir, null, today, false)).diagnostics().sorted();
    }

    @Test
    void newBriefIsValidFlagsItsPlaceholderAndIsNeverOverwritten() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        Scaffold.Result r = s.brief("Polling places: what \"safe\" means");
        assertTrue(r.ok());
        assertEquals("content/briefs/polling-places-what-safe-means.md", r.message());
        String text = Files.readString(dir.resolve(r.message()));
        assertTrue(text.contains("title: \"Polling places: what \\\"safe\\\" means\"\n"), text);
        assertTrue(text.contains("date: 2026-11-28\n"), text);

        List<Diagnostic> diags = check();
        assertTrue(diags.stream().noneMatch(Diagnostic::blocksRendering), diags::toString);
        assertTrue(diags.stream().anyMatch(d -> d.code() == Code.BRF078 && d.isError() && d.pos().line() == 4), diags::toString);

        Files.writeString(dir.resolve(r.message()), "edited");
        assertFalse(s.brief("Polling places: what \"safe\" means").ok());
        assertEquals("edited", Files.readString(dir.resolve(r.message())), "refuses to overwrite");
    }

    /**
     * A review date is a claim that someone checked the text: nothing 'new' writes makes it. The
     * line is there to uncomment, and once it is, with the day of the check, the page shows it.
     */
    @Test
    void nothingNewClaimsAReviewUntilSomeoneMakesIt() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        List<String> files = new java.util.ArrayList<>(List.of(s.brief("A brief").message(), s.page("A page").message()));
        for (Kind kind : Kind.entities()) {
            assertTrue(s.entity(kind, "new-" + kind.singular()).ok(), kind.toString());
            files.add("content/data/" + kind.plural() + ".yaml");
        }
        for (String file : files) {
            String text = Files.readString(dir.resolve(file));
            assertTrue(text.lines().noneMatch(l -> l.strip().replaceFirst("^- ", "").startsWith("reviewed:")), file + ":\n" + text);
            assertTrue(text.contains("# reviewed: YYYY-MM-DD   # once someone has checked it"), file + ":\n" + text);
        }
        Path brief = dir.resolve("content/briefs/a-brief.md");
        Files.writeString(brief, Files.readString(brief).replace("# reviewed: YYYY-MM-DD", "reviewed: 2026-11-27"));
        // A new advisory names no issuer yet (BRF138, an error that stops the build); this is about the brief.
        Files.delete(dir.resolve("content/data/advisories.yaml"));
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, today, false));
        assertTrue(r.files().containsKey("briefs/a-brief/index.html"), () -> dev.briefing.testing.TestSites.headlines(r).toString());
        String page = new String(r.files().get("briefs/a-brief/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(org.jsoup.Jsoup.parse(page).selectFirst(".dates").text().contains("Reviewed 27 November 2026."), page);
    }

    @Test
    void newEntityIsAppendedWithoutDisturbingTheFile() throws Exception {
        Path data = dir.resolve("content/data/targets.yaml");
        Files.createDirectories(data.getParent());
        String original = "# Venue types.\n- id: schools   # keep this comment\n  name: Schools\n  summary: Schools.\n";
        Files.writeString(data, original);
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.TARGET, "hospitals").ok());
        String after = Files.readString(data);
        assertTrue(after.startsWith(original), after);
        assertTrue(after.contains("\n- id: hospitals\n"), after);
        assertFalse(s.entity(Kind.TARGET, "schools").ok(), "an id in use is refused");
        assertFalse(s.entity(Kind.THREAT, "Bad Id").ok());

        assertTrue(s.entity(Kind.ADVISORY, "new-advisory").ok());
        assertTrue(s.entity(Kind.SOURCE, "new-source").ok());
        assertTrue(s.entity(Kind.INDICATOR, "new-indicator").ok());
        // An advisory names who issued it (BRF138): here, the official page site.yaml records.
        Files.writeString(dir.resolve("content/site.yaml"), "publisher:\n  name: P\ncontact:\n  email: e@county.gov\nadvisory_status:\n  checked: 2026-11-28\n"
                + "  url: https://www.dhs.gov/national-terrorism-advisory-system\n  name: DHS's NTAS page\n");
        List<Diagnostic> diags = check();
        assertTrue(diags.stream().noneMatch(Diagnostic::blocksRendering), diags::toString);
        assertTrue(diags.stream().filter(Diagnostic::isPlaceholder).allMatch(Diagnostic::isError), diags::toString);
    }

    /**
     * A new advisory expires on the day it is issued: never in force, so no banner with its TODO
     * name on every page, and its dates are a placeholder (an error) until copied from the bulletin.
     */
    @Test
    void aNewAdvisoryIsNeverInForceUntilItsDatesAreGivenAndANewPageIsFlaggedUntilWritten() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.ADVISORY, "ntas-bulletin-draft").ok());
        Path data = dir.resolve("content/data/advisories.yaml");
        String advisory = Files.readString(data);
        assertTrue(advisory.contains("issued: 2026-11-28\n") && advisory.contains("expires: 2026-11-28\n"), advisory);
        assertTrue(s.page("Accessibility").ok());
        // As in a site made by init: the official page is named (the advisory's issuer, BRF138), no check recorded yet.
        Files.writeString(dir.resolve("content/site.yaml"), "publisher:\n  name: P\ncontact:\n  email: e@county.gov\nadvisory_status:\n  checked:\n"
                + "  url: https://www.dhs.gov/national-terrorism-advisory-system\n  name: DHS's NTAS page\n");
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, today, false));
        List<Diagnostic> diags = r.diagnostics().sorted();
        assertTrue(diags.stream().anyMatch(d -> d.code() == Code.BRF078 && d.isError() && d.pos().equals(
                new dev.briefing.diag.Pos("content/data/advisories.yaml", 8, 12))
                && d.message().equals("advisory 'ntas-bulletin-draft' expires on the day it is issued, so it is never in force:"
                        + " its dates are still placeholders")), diags::toString);
        assertTrue(diags.stream().anyMatch(d -> d.code() == Code.BRF078 && d.pos().path().equals("content/pages/accessibility.md")
                && d.message().contains("Say the most important thing first.")), diags::toString);
        String home = new String(r.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(home.contains("advisory-banner") || home.contains("in force by its dates"), "not in force: " + home);

        Files.writeString(data, advisory.replace("expires: 2026-11-28", "expires: 2027-05-28"));
        assertTrue(check().stream().noneMatch(d -> d.message().contains("its dates are still placeholders")));
    }

    /**
     * Walkthrough 26: 'new incident' and 'new event' wrote today as the day it happened or starts;
     * with only the name and summary written, the site said so as a fact.
     */
    @Test
    void theDayOfANewIncidentOrEventIsAPlaceholderUntilTheEditorWritesIt() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.INCIDENT, "letter").ok());
        assertTrue(s.entity(Kind.EVENT, "count").ok());
        for (String kind : List.of("incidents", "events")) {
            Path data = dir.resolve("content/data/" + kind + ".yaml");
            Files.writeString(data, Files.readString(data).replace("\"TODO: the name shown as its title.\"", "Named")
                    .replace("\"TODO: one plain sentence.\"", "Said."));
        }
        assertTrue(Files.readString(dir.resolve("content/data/incidents.yaml")).contains("  date: \"TODO: 2026-11-28\"\n"));
        List<String> dates = check().stream().filter(d -> d.code() == Code.BRF078 && d.isError())
                .map(d -> d.pos().path() + ": " + d.message() + " (" + d.hint() + ")").toList();
        assertEquals(List.of(
                "content/data/events.yaml: 'start' is still a placeholder (write the real date, YYYY-MM-DD, in place of \"TODO: 2026-11-28\")",
                "content/data/incidents.yaml: 'date' is still a placeholder (write the real date, YYYY-MM-DD, in place of \"TODO: 2026-11-28\")"),
                dates);
        Path incidents = dir.resolve("content/data/incidents.yaml");
        Files.writeString(incidents, Files.readString(incidents).replace("\"TODO: 2026-11-28\"", "2024-10-02"));
        assertTrue(check().stream().noneMatch(d -> d.pos().path().endsWith("incidents.yaml") && d.code() == Code.BRF078));
    }

    /** Walkthrough 26: "'letter' is a incident, not a target", "already used by a incident". */
    @Test
    void messagesNameAKindWithItsArticle() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.INCIDENT, "letter").ok());
        assertEquals("id 'letter' is already used by an incident at content/data/incidents.yaml:1:7",
                s.entity(Kind.ADVISORY, "letter").message());
        Files.createDirectories(dir.resolve("content/briefs"));
        Files.writeString(dir.resolve("content/briefs/b.md"), "---\ntitle: B\ndate: 2026-11-28\nsummary: S.\n---\nSee [[advisory:letter]].\n");
        assertTrue(check().stream().anyMatch(d -> d.code() == Code.BRF031
                && (d.message() + " (" + d.hint() + ")").equals("'letter' is an incident, not an advisory"
                        + " (use [[incident:letter]] or an advisory id)")), () -> check().toString());
    }

    @Test
    void aPlaceholderAddressIsFlaggedAndARealOneIsNot() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.SOURCE, "a-report").ok());
        List<Diagnostic> diags = check();
        assertTrue(diags.stream().anyMatch(d -> d.code() == Code.BRF078 && d.isError() && d.message().equals("'url' is still a placeholder")),
                diags::toString);
        Path data = dir.resolve("content/data/sources.yaml");
        Files.writeString(data, Files.readString(data).replace("https://example.org/todo", "https://agency.gov/report"));
        assertTrue(check().stream().noneMatch(d -> d.message().equals("'url' is still a placeholder")));
    }

    @Test
    void aNewSourceAsksWhatKindItIsAndIsWarnedUntilItSays() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.SOURCE, "a-report").ok());
        Path data = dir.resolve("content/data/sources.yaml");
        String text = Files.readString(data);
        assertTrue(text.contains("  # type: official, document, news, secondary"), text);
        assertTrue(check().stream().anyMatch(d -> d.code() == Code.BRF110 && d.message().contains("'a-report'")));
        Files.writeString(data, text.replaceFirst("  # type: [^\n]*", "  type: document"));
        assertTrue(check().stream().noneMatch(d -> d.code() == Code.BRF110 && d.message().contains("'a-report'")));
    }

    @Test
    void aNewChannelAsksWhenAndWhereItWasConfirmed() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        assertTrue(s.entity(Kind.CHANNEL, "county-line").ok());
        String text = Files.readString(dir.resolve("content/data/channels.yaml"));
        assertTrue(text.contains("\n  # verified: YYYY-MM-DD ") && text.contains("\n  # verified_at: source-id "), text);
        assertTrue(check().stream().anyMatch(d -> d.code() == Code.BRF132 && d.message().contains("county-line")),
                () -> check().toString());
    }

    /**
     * A source's title, publisher and address are the publication's own, shared by all languages
     * (its title translated would name a document nobody published); only its summary, the site's
     * sentence about it, is translated. new --lang refuses a source without one as a usage mistake,
     * and the translation status does not count it as missing for ever.
     */
    @Test
    void aSourceIsTranslatedOnlyInItsSummary() throws Exception {
        Path site = bilingualSite();
        TestSites.Run refused = newSpanish(site, "source", "example-source");
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("briefing: source 'example-source' has nothing to translate: a source's title, publisher and address are the"
                + " publication's own, shared by all languages, and only its summary (this site's sentence about it) is translated,"
                + " and it has none: readers in every language see it as content/data/sources.yaml gives it\n", refused.err());
        Path translations = site.resolve("content/data/sources.es.yaml");
        assertFalse(Files.exists(translations), "no empty skeleton");
        TestSites.Run status = TestSites.cli("translations", "--source", site.toString());
        assertTrue(status.out().contains("missing  brief example-brief") && !status.out().contains("example-source"), status.out());

        assertEquals(0, TestSites.cli("new", "--source", site.toString(), "source", "described").exit());
        TestSites.Run skeleton = newSpanish(site, "source", "described");
        assertEquals(0, skeleton.exit(), skeleton.err());
        List<String> lines = Files.readAllLines(translations);
        assertEquals(List.of("- id: described", "summary: \"TODO: translate: TODO: what it is, in one sentence.\""),
                List.of(lines.get(0), lines.get(3).strip()), lines::toString);
        // A source without a date of its own records the day it was translated, so its first dated change is known to be later.
        assertTrue(lines.get(2).strip().matches("source_updated: \\d{4}-\\d{2}-\\d{2}"), lines::toString);
        assertEquals(4, lines.size(), "the summary only, no title or publisher: " + lines);
    }

    /** A site init made in English and Spanish. */
    private Path bilingualSite() {
        Path site = dir.resolve("county");
        assertEquals(0, TestSites.cli("init", site.toString(), "--title", "T", "--publisher", "P", "--languages", "en,es").exit());
        return site;
    }

    /** briefing new --lang es with these arguments, in {@code site}. */
    private static TestSites.Run newSpanish(Path site, String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"new", "--source", site.toString(), "--lang", "es"}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        return TestSites.cli(all);
    }

    /** Walkthrough of issue 24: a translator gave a brief's title, or a near id, and was told only "there is no …". */
    @Test
    void aTranslationOfWhatDoesNotExistNamesTheOneMeantAndAnExistingOneHowToStartAgain() throws Exception {
        Path site = bilingualSite();
        TestSites.Run title = newSpanish(site, "brief", "Example brief");
        assertEquals(2, title.exit(), title.err());
        assertEquals("briefing: there is no brief 'Example brief' to translate; did you mean 'example-brief'?\n", title.err());
        // A part of the one id that holds it, and a language code slip.
        TestSites.Run part = newSpanish(site, "brief", "example");
        assertEquals("briefing: there is no brief 'example' to translate; did you mean 'example-brief'?\n", part.err());
        TestSites.Run sp = TestSites.cli("new", "--source", site.toString(), "--lang", "sp", "page", "report");
        assertEquals("briefing: 'sp' is not one of this site's other languages; did you mean 'es'?\n", sp.err());
        // The source's file given to --mark instead of its translation's.
        TestSites.Run source = TestSites.cli("translations", "--source", site.toString(), "--mark", site.resolve("content/pages/report.md").toString());
        assertEquals(2, source.exit());
        assertEquals("content/pages/report.md is the source; mark its translation: content/pages/report.es.md\n", source.err());
        TestSites.Run none = newSpanish(site, "term", "buzon-de-boletas");
        assertEquals("briefing: there is no term 'buzon-de-boletas' to translate (an entry is named by its id in"
                + " content/data/glossary.yaml)\n", none.err());
        TestSites.Run again = newSpanish(site, "page", "report");
        assertEquals(2, again.exit(), again.err());
        assertEquals("briefing: content/pages/report.es.md already exists; edit it (to start again from the English text as it is"
                + " now, delete it first, then run this again)\n", again.err());
        // Once the English is written, the skeleton of the starter text is said to be out of date (round 2 of the walkthrough).
        Path english = site.resolve("content/pages/report.md");
        Files.writeString(english, Files.readString(english).replace("In an emergency, call 911 first.", "Call 911 in an emergency."));
        TestSites.Run table = TestSites.cli("translations", "--source", site.toString());
        assertTrue(table.out().lines().anyMatch(l -> l.contains("critical page report  content/pages/report.es.md")
                && l.endsWith("(the source changed since this skeleton was written: delete it, then run new --lang again)")), table.out());
        // Marking a skeleton records the version; it says the text is still to translate.
        TestSites.Run mark = TestSites.cli("translations", "--source", site.toString(), "--mark",
                site.resolve("content/pages/report.es.md").toString());
        assertEquals(0, mark.exit(), mark.err());
        assertTrue(mark.err().contains("page report: still being translated: its TODO: translate: parts must be translated"
                + " before it is published"), mark.err());
    }

    /** Walkthrough 5: `new page "Corrections"` wrote a file the next check refused (BRF034: the site makes /corrections/). */
    @Test
    void aPageNamedAfterOneTheSiteMakesItselfIsRefused() throws Exception {
        Scaffold s = new Scaffold(dir, today);
        var refused = s.page("Corrections");
        assertFalse(refused.ok());
        assertEquals("the site already makes a page at /corrections/ itself; choose another title, such as 'Corrections policy'",
                refused.message());
        assertFalse(Files.exists(dir.resolve("content/pages/corrections.md")));
        assertFalse(s.page("Threats").ok(), "each kind's list too");
        assertFalse(s.page("Data").ok(), "and /data/, which a page of the site's replaced without a word (walkthrough 6)");
        assertTrue(s.page("Corrections policy").ok());
    }
}
