package dev.briefing.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.publish.TempSite;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site in English and Spanish: what each language's readers get, and what each mistake in a translation gets. */
class LanguagesTest {
    @TempDir
    Path dir;

    /** The advisory's issuer is the official page advisory_status names (BRF138); languages come last, for tests that add to them. */
    private static final String SITE = "title: Test\nbase_url: https://county.example.gov/\n" + TestSites.SETTINGS
            + "advisory_status:\n  url: https://www.dhs.gov/national-terrorism-advisory-system\n  name: DHS's NTAS page\n"
            + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español, required: true}\n";

    /** Two briefs, one translated; one advisory (critical by its kind), translated. */
    private Map<String, String> bilingual() {
        Map<String, String> files = new HashMap<>();
        files.put("content/site.yaml", SITE);
        files.put("content/briefs/run.md", """
                ---
                title: Run, hide, fight
                date: 2024-09-13
                summary: What to do in an attack.
                advice: [What to do]
                ---
                ## What to do

                Get away if you can. See [[brief:report]].
                """);
        files.put("content/briefs/report.md", """
                ---
                title: How to report
                date: 2024-09-14
                summary: Call 911 in an emergency.
                advice: [What to do]
                ---
                ## What to do

                Call 911.
                """);
        files.put("content/data/advisories.yaml", TestSites.ONE_BULLETIN);
        files.put("content/briefs/run.es.md", """
                ---
                title: Huya, escóndase, defiéndase
                summary: Qué hacer en un ataque.
                advice: [Qué hacer]
                translation: machine
                translates: %s
                source_updated: 2024-09-13
                ---
                ## Qué hacer

                Aléjese si puede. Vea [[brief:report]].
                """);
        files.put("content/data/advisories.es.yaml", """
                - id: bulletin
                  name: Un boletín
                  summary: Un resumen.
                  translates: %s
                  source_updated: 2024-01-01
                """);
        return files;
    }

    /** The bilingual site with the advisory's summary, critical by its kind, and its Spanish translation's as given. */
    private Map<String, String> withSummaries(String english, String spanish) {
        Map<String, String> files = bilingual();
        files.put("content/data/advisories.yaml", TestSites.ONE_BULLETIN.replace("summary: A summary.", "summary: " + english));
        files.put("content/data/advisories.es.yaml", files.get("content/data/advisories.es.yaml")
                .replace("summary: Un resumen.", "summary: " + spanish));
        return files;
    }

    /** The site with each translation recording the digest its source has now (read from a first build). */
    private Pipeline.Result buildCurrent(Map<String, String> files) {
        Map<String, String> first = new HashMap<>(files);
        first.replaceAll((k, v) -> v.replace("%s", "0"));
        TempSite.write(dir, first);
        Pipeline.Result r = TempSite.build(dir, null);
        Map<String, String> digests = new HashMap<>();
        r.loaded().items().forEach(i -> digests.put(i.key().id(), i.digest()));
        // Each translation of run.md and advisories.yaml, in whichever language its name gives.
        files.replaceAll((k, v) -> k.startsWith("content/briefs/run.") && !k.equals("content/briefs/run.md") ? v.replace("%s", digests.get("run"))
                : k.startsWith("content/data/advisories.") && !k.equals("content/data/advisories.yaml") ? v.replace("%s", digests.get("bulletin"))
                : k.startsWith("content/data/channels.") && !k.equals("content/data/channels.yaml") ? v.replace("%s", digests.get("county-tips"))
                : v);
        TempSite.write(dir, files);
        return TempSite.build(dir, null);
    }

    private static Document page(Pipeline.Result r, String path) {
        byte[] bytes = r.files().get(path);
        assertNotNull(bytes, path + " was not made; made: " + r.files().keySet().stream().filter(p -> p.endsWith(".html")).toList());
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<String> codes(Pipeline.Result r, Code code) {
        return r.diagnostics().sorted().stream().filter(d -> d.code() == code).map(DiagnosticFormatter::headline).toList();
    }

    @Test
    void aLinkKindInTheTranslatorsWordsIsAnErrorNotBracketedText() {
        // Walkthrough of issue 24: [[página:report]] was published to Spanish readers as it was written, with no message.
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("[[brief:report]]", "[[página:report]]"));
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/briefs/run.es.md:11:23: error: unknown link kind 'página' in [[página:report]] (link kinds are written"
                + " in English in every language: brief, page, threat, target, driver, indicator, event, incident, advisory, agency,"
                + " resource, channel, term, source, cite, site) [BRF033]"),
                codes(r, Code.BRF033));
        assertTrue(r.files().isEmpty(), "nothing is published");
        // The kind as English writes it, with its accent, is suggested.
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("[[página:report]]", "[[bríef:report]]"));
        r = buildCurrent(files);
        assertEquals("did you mean 'brief'?", r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF033).findFirst().orElseThrow().hint());
    }

    @Test
    void aTranslationFileThatCannotBeReadIsNotAlsoCalledMissing() {
        // Walkthrough of issue 24: a YAML slip in advisories.es.yaml was also reported as a missing translation, whose hint
        // (write it: briefing new --lang es advisory bulletin) led to a command that refuses.
        Map<String, String> files = bilingual();
        files.put("content/data/advisories.es.yaml", "- id: bulletin\n  name: [Un boletín\n");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(1, codes(r, Code.BRF011).size(), TestSites.headlines(r).toString());
        assertEquals(List.of(), codes(r, Code.BRF155));
        files.put("content/data/advisories.es.yaml", "[]\n");
        assertEquals(1, codes(buildCurrent(files), Code.BRF155).size(), "a file that says nothing of it: missing");
    }

    @Test
    void aTagTheLanguageDoesNotNameIsMarkedAsTheDefaultLanguages() {
        // Round 2 of the walkthrough of issue 24: "election day" was shown on Spanish pages unmarked.
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE + "labels:\n  es:\n    brief.tags.nsse: NSSE\n");
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("advice:", "tags: [election-day, nsse]\nadvice:"));
        Pipeline.Result r = buildCurrent(files);
        Function<Document, List<String>> tags = d -> d.select("ul.tags a").stream()
                .map(a -> a.text() + " " + (a.hasAttr("lang") ? a.attr("lang") : "-")).toList();
        assertEquals(List.of("election day en", "NSSE -"), tags.apply(page(r, "es/briefs/run/index.html")));
        assertEquals(List.of("election day -", "nsse -"), tags.apply(page(r, "briefs/run/index.html")));
        assertEquals(List.of("election day en", "NSSE -"), page(r, "es/tags/index.html").select("main li a").stream()
                .map(a -> a.text() + " " + (a.hasAttr("lang") ? a.attr("lang") : "-")).toList());
        // And on the tag's own page, whose heading names it.
        Element heading = page(r, "es/tags/election-day/index.html").selectFirst("h1");
        assertEquals("Etiqueta “election day”", heading.text());
        assertEquals(List.of("election day"), heading.select("span[lang=en]").stream().map(Element::text).toList());
        assertTrue(page(r, "es/tags/nsse/index.html").selectFirst("h1").select("[lang]").isEmpty());
        assertTrue(page(r, "tags/election-day/index.html").selectFirst("h1").select("[lang]").isEmpty());
        // A name site.yaml gives only in the default language is still that language's words (walkthrough of issue 24).
        files.put("content/site.yaml", files.get("content/site.yaml") + "  brief.tags.election-day: Election Day\n");
        r = buildCurrent(files);
        heading = page(r, "es/tags/election-day/index.html").selectFirst("h1");
        assertEquals(List.of("Election Day"), heading.select("span[lang=en]").stream().map(Element::text).toList(), heading.outerHtml());
        assertEquals(List.of("Election Day en", "NSSE -"), tags.apply(page(r, "es/briefs/run/index.html")));
    }

    @Test
    void aLinkByAnEntrysTranslatedNameIsToldItsId() {
        // Walkthrough of issue 24: [[term:buzón-de-boletas]] in a Spanish brief was an unknown term, with no suggestion.
        Map<String, String> files = bilingual();
        files.put("content/data/glossary.yaml", "- id: ballot-drop-box\n  name: Ballot drop box\n  summary: A locked box for ballots.\n");
        files.put("content/data/glossary.es.yaml", "- id: ballot-drop-box\n  name: Buzón de boletas\n"
                + "  summary: Una caja cerrada para las boletas.\n  translates: 0\n");
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("[[brief:report]]",
                "[[brief:report]] y [[term:buzón-de-boletas]]"));
        assertEquals(List.of("content/briefs/run.es.md:11:42: error: unknown term 'buzón-de-boletas' (did you mean 'ballot-drop-box'"
                + " (Buzón de boletas)? links name an entry by its id, which every language shares) [BRF030]"),
                codes(buildCurrent(files), Code.BRF030));
    }

    @Test
    void aTranslatedBriefHasItsOwnPageUnderTheLanguagesFolderWithReciprocalAlternates() {
        Pipeline.Result r = buildCurrent(bilingual());
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        Document es = page(r, "es/briefs/run/index.html");
        Document en = page(r, "briefs/run/index.html");
        assertEquals("es", es.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Huya, escóndase, defiéndase", es.selectFirst("h1").text());
        for (Document d : List.of(es, en)) {
            assertEquals("https://county.example.gov/briefs/run/", d.selectFirst("link[hreflang=en]").attr("href"));
            assertEquals("https://county.example.gov/es/briefs/run/", d.selectFirst("link[hreflang=es]").attr("href"));
            assertEquals("https://county.example.gov/briefs/run/", d.selectFirst("link[hreflang=x-default]").attr("href"));
        }
        // The switcher names each language in itself and leads to the same page.
        Element other = en.selectFirst("nav.languages a[hreflang=es]");
        assertEquals("Español", other.text());
        assertEquals("../../es/briefs/run/index.html", other.attr("href"));
        assertEquals("true", es.selectFirst("nav.languages [aria-current]").attr("aria-current"));
        // Marked as a machine translation, current with its source.
        assertNotNull(es.selectFirst(".translation-badge"));
        assertNull(es.selectFirst(".translation-stale"));
        assertNull(en.selectFirst(".translation-badge"));
    }

    /** An entity only a translation links to is reached by that language's readers: not "referred to by nothing" (BRF073). */
    @Test
    void anEntityLinkedOnlyFromATranslationIsReferredTo() {
        Map<String, String> files = bilingual();
        files.put("content/data/targets.yaml", "- id: malls\n  name: Shopping malls\n  summary: Large shopping centres.\n"
                + "- id: parks\n  name: Parks\n  summary: Public parks.\n");
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md") + "Los centros comerciales [[target:malls]].\n");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/data/targets.yaml:4:7: warning: target 'parks' is not referred to by anything"
                + " (link to it from a brief or a related entry) [BRF073]"),
                codes(r, Code.BRF073).stream().filter(h -> h.contains("target '")).toList(), "only the target nothing links to, in any language");
    }

    @Test
    void aReaderOfAStaleTranslationIsToldWhenTheSourceChangedAndLinkedToIt() {
        Map<String, String> files = bilingual();
        buildCurrent(files);
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("date: 2024-09-13",
                "date: 2024-09-13\nupdated: 2024-12-20\nchanges:\n  - {date: 2024-12-20, note: Advice rewritten.}")
                .replace("Get away if you can.", "Get away if you can, and help others away."));
        TempSite.write(dir, files);
        Pipeline.Result r = TempSite.build(dir, null);
        Element notice = page(r, "es/briefs/run/index.html").selectFirst(".translation-stale");
        assertNotNull(notice);
        assertEquals("2024-12-20", notice.selectFirst("time").attr("datetime"));
        assertEquals("../../../briefs/run/index.html", notice.selectFirst("a").attr("href"));
        assertEquals("en", notice.selectFirst("a").attr("hreflang"));
        // The day of a change dated after the source_updated the translation records.
        assertEquals("La página en inglés cambió el 20 de diciembre de 2024, después de que se hizo esta traducción.", notice.text());
        // A translation that does not record what it was made from gets no date: the change may be older than it.
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("source_updated: 2024-09-13\n", ""));
        TempSite.write(dir, files);
        assertNull(page(TempSite.build(dir, null), "es/briefs/run/index.html").selectFirst(".translation-stale time"));
    }

    /** Walkthrough of issue 24: the notice gave the source's last recorded date, which an undated edit makes false. */
    @Test
    void aSourceChangedWithoutADateIsSaidToHaveChangedWithNoDate() {
        Map<String, String> files = bilingual();
        buildCurrent(files);
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("Get away if you can.", "Get away if you can, fast."));
        files.put("content/data/advisories.yaml", files.get("content/data/advisories.yaml").replace("A summary.", "A new summary."));
        files.put("content/site.yaml", SITE + "translations:\n  max_stale_days: 1\n");
        TempSite.write(dir, files);
        Pipeline.Result r = TempSite.build(dir, null);
        Element notice = page(r, "es/briefs/run/index.html").selectFirst(".translation-stale");
        assertNotNull(notice);
        assertNull(notice.selectFirst("time"), "no date: the source's date (2024-09-13) is older than the change");
        assertEquals("La página en inglés cambió después de que se hizo esta traducción.", notice.text());
        // Nor does the page of translations, or check: how long it has been stale is not known, so it is not "too long".
        List<String> rows = page(r, "translations/index.html").select("tbody tr").stream().map(Element::text).toList();
        assertEquals(List.of("Run, hide, fight stale (machine)", "A bulletin critical stale"), rows);
        // And the table of `translations`: a stale machine translation was listed as stale only (walkthrough of issue 24).
        TestSites.Run table = TestSites.cli("translations", "--source", dir.toString());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("  stale +brief run +content/briefs/run.es.md +translates: [0-9a-f]{12}"
                + "  \\(machine translation\\)")), table.out());
        assertEquals(List.of(), codes(r, Code.BRF157));
        assertEquals(List.of("content/data/advisories.es.yaml:1:7: warning: the Español translation of critical advisory 'bulletin'"
                + " is stale: its source changed since it was translated, on a day the source does not record"),
                codes(r, Code.BRF175).stream().map(h -> h.substring(0, h.indexOf(" (update"))).toList());
        // An entry has no 'updated' date: the hint asks for a change note only (round 2 of the walkthrough: it asked for
        // 'updated', which a page or an entry refuses).
        assertTrue(codes(r, Code.BRF175).get(0).contains("date the source's change with a change note (changes: [{date: YYYY-MM-DD,"
                + " note: \"what changed\"}]), so readers"), codes(r, Code.BRF175).get(0));
        // Undated, it is not given the grace of max_stale_days under --strict; dated, it is (a reminder), until BRF157.
        assertTrue(r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF175).allMatch(d -> d.strict().isError()));
        // A change note dated the very day the translation records may be the change or the version translated: the hint
        // says so instead of asking for the note again (walkthrough of issue 24).
        files.put("content/data/advisories.yaml", files.get("content/data/advisories.yaml")
                + "  changes:\n    - {date: 2024-01-01, note: Summary rewritten.}\n");
        TempSite.write(dir, files);
        String hint = TempSite.build(dir, null).diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF175).findFirst()
                .orElseThrow().hint();
        assertTrue(hint.contains("the source's change note is dated 2024-01-01, the day the translation records (source_updated),"
                + " so whether it came after the translation is not known") && !hint.contains("date the source's change"), hint);
    }

    @Test
    void translationsMarkRecordsTheSourcesDigestInTheFile() throws Exception {
        Map<String, String> files = bilingual();
        files.replaceAll((k, v) -> v.replace("%s", "0"));
        files.put("content/data/advisories.es.yaml", "- id: bulletin\n  name: Un boletín\n");
        TempSite.write(dir, files);
        TestSites.Run run = TestSites.cli("translations", "--source", dir.toString(), "--mark",
                dir.resolve("content/data/advisories.es.yaml").toString(), "--mark", dir.resolve("content/briefs/run.es.md").toString());
        assertEquals(0, run.exit(), run.err());
        Pipeline.Result r = TempSite.build(dir, null);
        Map<String, String> digests = new HashMap<>();
        r.loaded().items().forEach(i -> digests.put(i.key().id(), i.digest()));
        assertEquals("- id: bulletin\n  translates: " + digests.get("bulletin") + "\n  source_updated: 2024-01-01\n  name: Un boletín\n",
                java.nio.file.Files.readString(dir.resolve("content/data/advisories.es.yaml")));
        assertTrue(java.nio.file.Files.readString(dir.resolve("content/briefs/run.es.md")).contains("translates: " + digests.get("run")
                + "\nsource_updated: 2024-09-13\n"));
        assertTrue(r.translations().stream().allMatch(s -> s.state() != TranslationStatus.State.STALE), r.translations().toString());
        TestSites.Run table = TestSites.cli("translations", "--source", dir.toString());
        assertTrue(table.out().startsWith("translations into es: 3 items: 1 current, 1 machine, 0 stale, 0 in progress, 0 untranslated, 1 missing"),
                table.out());
        // Walkthrough 26: which one is missing was not said (only critical ones were), and --format json printed this table.
        assertTrue(table.out().lines().anyMatch(l -> l.matches("  missing +brief report +\\(no translation\\) +translates: [0-9a-f]{12}")),
                table.out());
        TestSites.Run json = TestSites.cli("translations", "--source", dir.toString(), "--format", "json");
        assertEquals(3, json.out().lines().filter(l -> l.startsWith("{\"type\":\"translation\",\"language\":\"es\",")).count(), json.out());
        assertEquals(3, json.out().lines().count(), json.out());
        // Walkthrough of issue 24: --entry alone was ignored, and --strict accepted while it changed nothing.
        TestSites.Run entryAlone = TestSites.cli("translations", "--source", dir.toString(), "--entry", "bulletin");
        assertEquals(2, entryAlone.exit(), entryAlone.err());
        assertTrue(entryAlone.err().startsWith("--entry says which translations --mark marks: give the file too"), entryAlone.err());
        TestSites.Run strict = TestSites.cli("translations", "--source", dir.toString(), "--strict");
        assertEquals(2, strict.exit(), strict.err());
        assertTrue(strict.err().startsWith("'--strict' is not an option of briefing translations"), strict.err());
    }

    /** Walkthrough of issue 24: rewrapping a source's paragraph, or a space at a line's end, made its translations stale. */
    @Test
    void aChangeOfSpacesAndLineBreaksInASourceLeavesItsTranslationCurrentAndAChangedWordDoesNot() {
        Map<String, String> files = bilingual();
        buildCurrent(files);
        String run = files.get("content/briefs/run.md");
        files.put("content/briefs/run.md", run.replace("Get away if you can. See [[brief:report]].",
                "Get away  if\tyou\ncan.   See [[brief:report]].  \n\n").replace("title: Run, hide, fight", "title: Run,  hide, fight "));
        TempSite.write(dir, files);
        assertEquals(Map.of("run", TranslationStatus.State.MACHINE), states(TempSite.build(dir, null), dev.briefing.model.Kind.BRIEF));
        files.put("content/briefs/run.md", run.replace("Get away if you can.", "Get out if you can."));
        TempSite.write(dir, files);
        assertEquals(Map.of("run", TranslationStatus.State.STALE), states(TempSite.build(dir, null), dev.briefing.model.Kind.BRIEF));
    }

    /** The state of each translation of this kind that exists, by id. */
    private static Map<String, TranslationStatus.State> states(Pipeline.Result r, dev.briefing.model.Kind kind) {
        Map<String, TranslationStatus.State> out = new HashMap<>();
        r.translations().stream().filter(t -> t.key().kind() == kind && t.path() != null).forEach(t -> out.put(t.key().id(), t.state()));
        return out;
    }

    /** Walkthrough of issue 24: --mark on a data file marked every entry current, those nobody had brought up to date too. */
    @Test
    void translationsMarkOfADataFileWithSeveralChangedSourcesMarksOnlyTheEntriesNamed() throws Exception {
        Map<String, String> files = bilingual();
        files.replaceAll((k, v) -> v.replace("%s", "0"));
        files.put("content/data/threats.yaml", "- id: lone\n  name: Lone offenders\n  summary: People acting alone.\n"
                + "- id: crowd\n  name: Crowds\n  summary: Attacks on crowds.\n");
        files.put("content/data/threats.es.yaml", "- id: lone\n  translates: 0\n  name: Atacantes solitarios\n  summary: Personas solas.\n"
                + "- id: crowd\n  translates: 0\n  name: Multitudes\n  summary: Ataques a multitudes.\n");
        TempSite.write(dir, files);
        String threats = dir.resolve("content/data/threats.es.yaml").toString();
        TestSites.Run refused = TestSites.cli("translations", "--source", dir.toString(), "--mark", threats);
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("content/data/threats.es.yaml holds 2 translations whose source changed: lone, crowd."
                + " Mark the ones brought up to date with --entry ID (repeatable), or every one with --all"), refused.err());
        assertEquals(files.get("content/data/threats.es.yaml"), java.nio.file.Files.readString(dir.resolve("content/data/threats.es.yaml")));

        TestSites.Run one = TestSites.cli("translations", "--source", dir.toString(), "--mark", threats, "--entry", "lone");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.err().contains("1 translation now records the source as it is now\n  threat lone: stale, now current"), one.err());
        Pipeline.Result r = TempSite.build(dir, null);
        assertEquals(Map.of("lone", TranslationStatus.State.CURRENT, "crowd", TranslationStatus.State.STALE),
                states(r, dev.briefing.model.Kind.THREAT));

        TestSites.Run typo = TestSites.cli("translations", "--source", dir.toString(), "--mark", threats, "--entry", "crow");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("translates no crow (it translates lone, crowd)"), typo.err());
        TestSites.Run rest = TestSites.cli("translations", "--source", dir.toString(), "--mark", threats, "--all");
        assertEquals(0, rest.exit(), rest.err());
        assertTrue(rest.err().contains("  threat crowd: stale, now current") && !rest.err().contains("threat lone"), rest.err());
        assertTrue(TempSite.build(dir, null).translations().stream().filter(t -> t.key().kind() == dev.briefing.model.Kind.THREAT)
                .allMatch(t -> t.state() == TranslationStatus.State.CURRENT));
    }

    @Test
    void aPageNotYetTranslatedSaysSoInTheSwitcherAndLinksToItAreMarked() {
        Pipeline.Result r = buildCurrent(bilingual());
        assertFalse(r.files().containsKey("es/briefs/report/index.html"), "an untranslated brief has no Spanish page");
        Document en = page(r, "briefs/report/index.html");
        Element es = en.selectFirst("nav.languages a[hreflang=es]");
        assertEquals("../../es/index.html", es.attr("href"), "leads to the Spanish home page");
        assertNotNull(es.parent().selectFirst(".untranslated"));
        assertNull(en.selectFirst("link[hreflang=es]"), "no alternate for a page that does not exist");
        // In the Spanish brief, the wiki link to the untranslated one leads to the English page, marked.
        Element link = page(r, "es/briefs/run/index.html").selectFirst(".prose a[href*=report]");
        assertEquals("../../../briefs/report/index.html", link.attr("href"));
        assertEquals("en", link.attr("hreflang"));
        assertEquals("en", link.attr("lang"));
        assertTrue(link.parent().text().contains("How to report (en inglés)"), "the language named in the page's: "
                + link.parent().text());
        // And so does the Spanish list of briefs.
        Element listed = page(r, "es/briefs/index.html").selectFirst("a[href*=report]");
        assertEquals("en", listed.attr("hreflang"));
        assertEquals("(en inglés)", listed.nextElementSibling().text());
    }

    /** Walkthrough of issue 24: a Markdown link to an untranslated page was not marked as a wiki link is. */
    @Test
    void everyLinkFormToAnUntranslatedPageIsMarkedAndToATranslatedOneStaysInTheLanguage() {
        Map<String, String> files = bilingual();
        String links = "Vea [el informe](report.md), [el informe](/briefs/report/) y [el informe](../report/).\n";
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md") + links);
        files.put("content/briefs/run.md", files.get("content/briefs/run.md") + links.replace("el informe", "report"));
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        Elements es = page(r, "es/briefs/run/index.html").select(".prose a:contains(el informe)");
        assertEquals(List.of("../../../briefs/report/index.html en", "../../../briefs/report/index.html en",
                "../../../briefs/report/index.html en"), es.stream().map(a -> a.attr("href") + " " + a.attr("hreflang")).toList());
        assertTrue(es.parents().first().text().contains("Vea el informe (en inglés), el informe (en inglés) y el informe (en inglés)."),
                es.parents().first().text());
        assertTrue(es.stream().noneMatch(a -> a.hasAttr("lang")), "the text is the translation's own, in Spanish");
        // The English page's links are as they were.
        assertEquals(List.of("../report/index.html -", "../report/index.html -", "../report/index.html -"),
                page(r, "briefs/run/index.html").select(".prose a:matchesOwn(^report$)").stream()
                        .map(a -> a.attr("href") + " " + (a.hasAttr("hreflang") ? a.attr("hreflang") : "-")).toList());
        // Once the page is translated, every form leads to its Spanish page.
        files.put("content/briefs/report.es.md", "---\ntitle: Cómo reportar\nsummary: Llame al 911.\nadvice: [Qué hacer]\n"
                + "translates: 0\n---\n## Qué hacer\n\nLlame al 911.\n");
        TempSite.write(dir, files);
        Pipeline.Result both = TempSite.build(dir, null);
        assertTrue(both.ok(), TestSites.headlines(both).toString());
        Elements translated = page(both, "es/briefs/run/index.html").select(".prose a:contains(el informe)");
        assertEquals(List.of("../report/index.html -", "../report/index.html -", "../report/index.html -"),
                translated.stream().map(a -> a.attr("href") + " " + (a.hasAttr("hreflang") ? a.attr("hreflang") : "-")).toList());
    }

    /** Walkthrough of issue 24: a translation shows its source's change notes, which were not marked as English. */
    @Test
    void changeNotesOnSpanishPagesAreMarkedAsEnglish() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("advice: [What to do]\n",
                "advice: [What to do]\nchanges:\n  - {date: 2024-09-20, note: Fixed the number., correction: true}\n"));
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        Element note = page(r, "es/briefs/run/index.html").selectFirst("#updates + ul li span[lang]");
        assertNotNull(note, page(r, "es/briefs/run/index.html").select(".changes").outerHtml());
        assertEquals("en", note.attr("lang"));
        assertEquals("Fixed the number.", note.text());
        Element correction = page(r, "es/corrections/index.html").selectFirst(".corrections li");
        assertEquals("en", correction.selectFirst("p").attr("lang"));
        assertFalse(correction.selectFirst("a").hasAttr("lang"), "the brief is translated: its Spanish title, on its Spanish page");
        // Nor in the Spanish feed of corrections, whose note is in English.
        String feed = new String(r.files().get("es/feeds/corrections.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<summary xml:lang=\"en\">Fixed the number.</summary>"), feed);
        assertTrue(new String(r.files().get("feeds/corrections.xml"), StandardCharsets.UTF_8).contains("<summary>Fixed the number.</summary>"));
        // In English, nothing is marked.
        assertTrue(page(r, "briefs/run/index.html").select(".changes [lang]").isEmpty());
        assertFalse(page(r, "corrections/index.html").selectFirst(".corrections li p").hasAttr("lang"));
    }

    /** Walkthrough of issue 24: English text on a Spanish page was not marked as English (WCAG 3.1.2, language of parts). */
    @Test
    void englishTextOnASpanishPageIsMarkedAsEnglish() {
        Map<String, String> files = bilingual();
        files.put("content/data/glossary.yaml", "- id: nsse\n  name: National Special Security Event\n  summary: An event of national"
                + " significance.\n  body: The Secret Service leads.\n- id: ntas\n  name: NTAS\n  summary: The advisory system.\n");
        files.put("content/data/glossary.es.yaml", "- id: ntas\n  name: NTAS\n  summary: El sistema de avisos.\n  translates: 0\n");
        files.put("content/data/sources.yaml", "- id: ready\n  title: Public Spaces\n  publisher: Ready.gov\n  type: official\n"
                + "  url: https://www.ready.gov/public-spaces\n  summary: Advice.\n"
                + "- id: listo\n  title: Espacios públicos\n  publisher: Ready.gov\n  type: official\n  language: es\n"
                + "  url: https://www.ready.gov/es/public-spaces\n");
        files.put("content/briefs/run.md", files.get("content/briefs/run.md") + "Terms: [[term:nsse]], [[term:ntas]] [[cite:ready]] [[cite:listo]].\n");
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md") + "Vea [[term:nsse]] [[cite:ready]] [[cite:listo]].\n");
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        Document glossary = page(r, "es/glossary/index.html");
        assertEquals("en", glossary.getElementById("nsse").attr("lang"), "a term not translated is in English");
        assertEquals("en", glossary.getElementById("nsse").parent().selectFirst("p").attr("lang"));
        assertEquals("en", glossary.getElementById("nsse").parent().selectFirst(".prose").attr("lang"));
        assertFalse(glossary.getElementById("ntas").hasAttr("lang"), "a translated term is in the page's language");
        assertFalse(glossary.getElementById("ntas").parent().selectFirst("p").hasAttr("lang"));
        // A source's title is its publication's, in the language it is written in; its summary is the site's own words.
        Document sources = page(r, "es/sources/index.html");
        assertEquals("en", sources.getElementById("ready").attr("lang"));
        assertEquals("en", sources.getElementById("ready").parent().selectFirst("p:contains(Advice)").attr("lang"));
        assertFalse(sources.getElementById("listo").hasAttr("lang"));
        assertEquals("es", page(r, "sources/index.html").getElementById("listo").attr("lang"), "and in Spanish on an English page");
        assertFalse(page(r, "sources/index.html").getElementById("ready").hasAttr("lang"));
        // So do the references under a page.
        List<String> cited = page(r, "es/briefs/run/index.html").select(".references cite").stream()
                .map(c -> c.text() + " " + (c.hasAttr("lang") ? c.attr("lang") : "-")).toList();
        assertEquals(List.of("Public Spaces en", "Espacios públicos -"), cited);
        // And a citation's name for a screen reader: "fuente: Public Spaces", the title in its own language.
        List<String> said = page(r, "es/briefs/run/index.html").select("sup.cite .visually-hidden").stream()
                .map(c -> c.text() + " " + c.select("[lang]").eachAttr("lang")).toList();
        assertEquals(List.of("fuente: Public Spaces [en]", "fuente: Espacios públicos []"), said);
        // And the A–Z list of the search page, which links the source on the Spanish list of sources.
        var az = page(r, "es/search/index.html").select(".a-z a").stream().filter(a -> a.text().equals("Public Spaces")).findFirst().orElseThrow();
        assertEquals("en", az.attr("lang"), az.outerHtml());
        assertFalse(az.hasAttr("hreflang"), "it leads to a Spanish page");
        // A value that is not a language code would be an invalid lang attribute.
        files.put("content/data/sources.yaml", files.get("content/data/sources.yaml").replace("language: es", "language: Spanish"));
        TempSite.write(dir, files);
        assertEquals(List.of("content/data/sources.yaml:11:13: error: 'Spanish' is not a language code (write the code of the"
                + " language the source is written in, in lowercase: es, fr, zh-hant) [BRF019]"), codes(TempSite.build(dir, null), Code.BRF019));
    }

    @Test
    void eachLanguageHasItsListsFeedsAndSearchIndexAndTheSitemapCarriesTheAlternates() {
        Pipeline.Result r = buildCurrent(bilingual());
        for (String p : List.of("es/index.html", "es/briefs/index.html", "es/advisories/index.html", "es/timeline/index.html",
                "es/matrix/index.html", "es/glossary/index.html", "es/sources/index.html", "es/corrections/index.html",
                "es/feeds/briefs.xml", "es/feeds/briefs.json", "es/search/index/meta.json")) {
            assertTrue(r.files().containsKey(p), p);
        }
        assertFalse(r.files().containsKey("es/404.html"), "GitHub Pages serves only the root 404.html");
        assertFalse(r.files().containsKey("es/data/index.html"), "the data is the same in every language");
        String feed = new String(r.files().get("es/feeds/briefs.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("https://county.example.gov/es/briefs/run/"), feed);
        // An entry not translated is in English, and says so (walkthrough of issue 24); a translated one is the feed's language.
        Document atom = org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
        Map<String, String> entryLangs = new HashMap<>();
        atom.select("entry").forEach(e -> entryLangs.put(e.selectFirst("id").text(), e.attr("xml:lang")));
        assertEquals(Map.of("https://county.example.gov/es/briefs/run/", "", "https://county.example.gov/briefs/report/", "en"), entryLangs);
        // The JSON feed says the same with JSON Feed 1.1's item language.
        String json = new String(r.files().get("es/feeds/briefs.json"), StandardCharsets.UTF_8);
        Map<String, String> itemLangs = new HashMap<>();
        json.lines().filter(l -> l.contains("\"id\": ")).forEach(l -> itemLangs.put(l.replaceAll(".*\"id\": \"([^\"]*)\".*", "$1"),
                l.contains("\"language\": ") ? l.replaceAll(".*\"language\": \"([^\"]*)\".*", "$1") : ""));
        assertEquals(entryLangs, itemLangs, json);
        assertTrue(json.contains("\"language\": \"es\",\n"), "the feed's own language: " + json);
        String sitemap = new String(r.files().get("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>https://county.example.gov/es/briefs/run/</loc>"), sitemap);
        assertTrue(sitemap.contains("hreflang=\"es\" href=\"https://county.example.gov/es/briefs/run/\""), sitemap);
        assertTrue(sitemap.contains("hreflang=\"x-default\" href=\"https://county.example.gov/briefs/run/\""), sitemap);
        // A page in English only: the same alternates as its head gives (walkthrough of issue 24: the sitemap gave none).
        Document report = page(r, "briefs/report/index.html");
        List<String> head = report.select("link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
        assertEquals(List.of("en https://county.example.gov/briefs/report/", "x-default https://county.example.gov/briefs/report/"), head);
        String entry = sitemap.substring(sitemap.indexOf("<loc>https://county.example.gov/briefs/report/</loc>"));
        entry = entry.substring(0, entry.indexOf("</url>"));
        assertEquals(head, org.jsoup.Jsoup.parse(entry, "", org.jsoup.parser.Parser.xmlParser()).select("*|link").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href")).toList(), entry);
    }

    @Test
    void aTranslationInheritsDatesAndRelationsAndRefusesToSetThem() {
        Map<String, String> files = bilingual();
        files.put("content/data/advisories.es.yaml", "- id: bulletin\n  name: Un boletín\n  expires: 2030-01-01\n  translates: %s\n");
        Pipeline.Result r = buildCurrent(files);
        List<String> errors = codes(r, Code.BRF153);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/data/advisories.es.yaml:3:3: error: 'expires' cannot be set in a translation"),
                errors.get(0));
        assertTrue(errors.get(0).contains("content/data/advisories.yaml"), "names where to change it");
        assertFalse(errors.get(0).contains("labels"), errors.get(0));
        // A tag "translated" in a brief's translation: the way to name it in Spanish is the labels (walkthrough of issue 24).
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("translation: machine", "tags: [ataque]"));
        errors = codes(buildCurrent(files), Code.BRF153);
        assertTrue(errors.get(0).startsWith("content/briefs/run.es.md:5:1: error: 'tags' cannot be set in a translation"), errors.get(0));
        assertTrue(errors.get(0).endsWith("'tags' comes from content/briefs/run.md: change it there; to show a tag in this language under"
                + " a name of its own, name it in site.yaml: labels: {es: {brief.tags.TAG: \"…\"}}) [BRF153]"), errors.get(0));
    }

    @Test
    void aTranslationOnlyOfTranslatableFieldsIsAccepted() {
        Pipeline.Result r = buildCurrent(bilingual());
        assertEquals(List.of(), codes(r, Code.BRF153));
        assertEquals(List.of(), codes(r, Code.BRF151));
        assertEquals(List.of(), codes(r, Code.BRF152));
        // The Spanish advisory keeps the source's dates: a translation never moves the data horizon.
        Document es = page(r, "es/advisories/bulletin/index.html");
        assertTrue(es.text().contains("2024"), es.text());
        assertEquals("Un boletín", es.selectFirst("h1").text());
    }

    @Test
    void aPageNamedAfterAnotherLanguageIsRefusedAndOneNamedAfterTheDefaultIsNot() {
        Map<String, String> files = bilingual();
        files.put("content/pages/es.md", "---\ntitle: Spanish\nsummary: About Spanish.\n---\nText.\n");
        files.put("content/pages/en.md", "---\ntitle: English\nsummary: About English.\n---\nText.\n");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/pages/es.md:1:1: error: page 'es' would replace the Español pages at /es/"
                + " (rename the file; a translation of a page is written beside it, as content/pages/<name>.es.md) [BRF034]"),
                codes(r, Code.BRF034));
        assertFalse(r.ok());
    }

    @Test
    void aDeclaredCodeThatIsNoLanguageIsAnErrorAtItsLineWithTheCodeMeant() {
        Map<String, String> files = bilingual();
        // sp for Spanish: reported where it is written, not as every .es file being in an undeclared language.
        files.put("content/site.yaml", SITE.replace("{code: es, name: Español, required: true}", "{code: sp, name: Español}"));
        List<String> errors = codes(buildCurrent(files), Code.BRF150);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/site.yaml:12:12: error: 'sp' is not a language code (did you mean 'es' (Spanish)?) [BRF150]",
                errors.get(0));
        files.put("content/site.yaml", SITE.replace("languages:\n  - {code: en, name: English}\n  - {code: es, name: Español, required: true}\n",
                "language: jp\n"));
        errors = codes(buildCurrent(files), Code.BRF150);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("'jp' is not a language code (did you mean 'ja' (Japanese)?) [BRF150]"), errors.get(0));
        // Real languages' codes, with a region or a script, and three-letter ones, are taken as they are.
        for (String code : List.of("es-419", "es-us", "zh-hant", "haw", "vi")) {
            files.put("content/site.yaml", SITE.replace("{code: es, name: Español, required: true}", "{code: " + code + ", name: X}"));
            assertEquals(List.of(), codes(buildCurrent(files), Code.BRF150), code);
        }
    }

    /** Walkthrough of issue 24: es-us and es-419 asked for a message file of their own instead of taking Spanish's. */
    @Test
    void aRegionalSpanishTakesTheThemesSpanishMessages() {
        Map<String, String> files = new HashMap<>();
        bilingual().forEach((path, text) -> files.put(path.replace(".es.", ".es-419."), text));
        files.put("content/site.yaml", SITE.replace("{code: es, name: Español, required: true}", "{code: es-419, name: Español, required: true}"));
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of(), codes(r, Code.BRF160));
        Document es = page(r, "es-419/briefs/run/index.html");
        assertEquals("es-419", es.selectFirst("html").attr("lang"));
        assertEquals("Saltar al contenido", es.selectFirst(".skip-link").text());
        // A site's own file for the region goes over Spanish's, key by key.
        files.put("templates/messages/es-419.properties", "layout.skip=Ir al contenido\n");
        TempSite.write(dir, files);
        assertEquals("Ir al contenido", page(TempSite.build(dir, null), "es-419/briefs/run/index.html").selectFirst(".skip-link").text());
    }

    /** Walkthrough of issue 24: about.ES.md was told to become about-es.md, a page of its own, not a translation. */
    @Test
    void aTranslationNamedWithCapitalsIsToldItsNameInLowerCase() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.ES.md", "---\ntitle: X\n---\n");
        files.put("content/briefs/report.es-US.md", "---\ntitle: X\n---\n");
        files.put("content/briefs/Notes.md", "---\ntitle: X\n---\n");
        assertEquals(List.of("content/briefs/Notes.md: error: file name 'Notes.md' cannot be a URL (rename it to 'notes.md') [BRF005]",
                "content/briefs/report.es-US.md: error: file name 'report.es-US.md' cannot be a URL (a translation's name ends in its"
                        + " language code in lower case: rename it to 'report.es-us.md') [BRF005]",
                "content/briefs/run.ES.md: error: file name 'run.ES.md' cannot be a URL (a translation's name ends in its language code"
                        + " in lower case: rename it to 'run.es.md') [BRF005]"), codes(buildCurrent(files), Code.BRF005));
    }

    @Test
    void aTranslationNamedWithAnUnderscoreOrAHyphenIsToldItsName() throws java.io.IOException {
        // Walkthrough of issue 24: run_es.md was told to become run-es.md, which the build then published as an English brief.
        Map<String, String> files = bilingual();
        files.put("content/briefs/run_es.md", "---\ntitle: X\n---\n");
        files.put("content/briefs/notes_2024.md", "---\ntitle: X\n---\n");
        assertEquals(List.of("content/briefs/notes_2024.md: error: file name 'notes_2024.md' cannot be a URL (rename it to"
                + " 'notes-2024.md') [BRF005]", "content/briefs/run_es.md: error: file name 'run_es.md' cannot be a URL (if it translates"
                + " run.md, name it 'run.es.md'; else rename it to 'run-es.md') [BRF005]"), codes(buildCurrent(files), Code.BRF005));
        remove(files, "content/briefs/run_es.md", "content/briefs/notes_2024.md");
        files.put("content/briefs/run-es.md", files.get("content/briefs/report.md"));
        assertEquals(List.of("content/briefs/run-es.md: warning: run-es.md is published as a brief of its own, in English, beside run.md"
                + " (if it is the Español translation of run.md, rename it to content/briefs/run.es.md) [BRF173]"),
                codes(buildCurrent(files), Code.BRF173));
        // A translation's file copied under that name lacks the brief's date, so it does not bind: it is told its name too.
        files.put("content/briefs/run-es.md", files.get("content/briefs/run.es.md"));
        assertEquals(1, codes(buildCurrent(files), Code.BRF173).size());
        // Not without the page it would translate, nor in a site of one language.
        files.put("content/briefs/walk-es.md", files.get("content/briefs/run-es.md"));
        remove(files, "content/briefs/run-es.md");
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF173));
        files.put("content/briefs/run-es.md", files.get("content/briefs/walk-es.md"));
        files.put("content/site.yaml", SITE.substring(0, SITE.indexOf("languages:")));
        remove(files, "content/briefs/run.es.md", "content/data/advisories.es.yaml");
        TempSite.write(dir, files);
        assertEquals(List.of(), codes(TempSite.build(dir, null), Code.BRF173));
    }

    /** Takes files out of the site, on disk too. */
    private void remove(Map<String, String> files, String... paths) throws java.io.IOException {
        for (String p : paths) {
            files.remove(p);
            java.nio.file.Files.deleteIfExists(dir.resolve(p));
        }
    }

    @Test
    void aPagesTranslationAmongTheBriefsIsToldWhereItGoes() {
        Map<String, String> files = bilingual();
        files.put("content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are the county.\n");
        files.put("content/briefs/about.es.md", "---\ntitle: Acerca de\nsummary: Quiénes somos.\n---\nSomos el condado.\n");
        assertEquals(List.of("content/briefs/about.es.md:1:1: error: nothing to translate: content/briefs/about.md does not exist"
                + " (about is a page: move this file to content/pages/) [BRF152]"), codes(buildCurrent(files), Code.BRF152));
    }

    @Test
    void aFileInARealButUndeclaredLanguageIsNotGuessedToBeAnother() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.fr.md", "---\ntitle: X\n---\n");
        List<String> errors = codes(buildCurrent(files), Code.BRF151);
        assertEquals(List.of("content/briefs/run.fr.md: error: 'fr' in run.fr.md is not a language this site declares"
                + " (the site's other languages are es; or declare 'fr' in site.yaml's languages) [BRF151]"), errors);
    }

    @Test
    void aFileInAnUndeclaredLanguageNamesTheCodeWithDidYouMean() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.sp.md", "---\ntitle: X\n---\n");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/briefs/run.sp.md: error: 'sp' in run.sp.md is not a language this site declares"
                + " (did you mean 'es'?) [BRF151]"), codes(r, Code.BRF151));
    }

    @Test
    void aTranslationWithoutItsSourceNamesTheMissingSource() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/rnu.es.md", "---\ntitle: X\n---\n");
        files.put("content/data/advisories.es.yaml", "- id: bulletin\n  translates: %s\n- id: bulleten\n  name: Y\n");
        Pipeline.Result r = buildCurrent(files);
        List<String> errors = codes(r, Code.BRF152);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("content/briefs/rnu.md does not exist") && errors.get(0).contains("did you mean 'run'"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("content/data/advisories.es.yaml:3:7: error: nothing to translate: no advisory 'bulleten'"),
                errors.get(1));
    }

    @Test
    void twoTranslationsOfOneItemIntoOneLanguageNameBoth() {
        Map<String, String> files = bilingual();
        files.put("content/briefs/more/run.es.md", "---\ntitle: Otra\n---\n");
        files.put("content/briefs/more/run.md", files.get("content/briefs/run.md"));
        Pipeline.Result r = buildCurrent(files);
        List<String> errors = codes(r, Code.BRF154);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("content/briefs/run.es.md") && errors.get(0).contains("content/briefs/more/run.es.md"),
                errors.get(0));
    }

    @Test
    void aCriticalItemMissingInARequiredLanguageIsAnErrorAndInAnOptionalOneIsNot() {
        Map<String, String> files = bilingual();
        files.remove("content/data/advisories.es.yaml");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/data/advisories.yaml:1:7: error: critical advisory 'bulletin' has no Español translation,"
                + " and Español is required (write it: briefing new --lang es advisory bulletin) [BRF155]"), codes(r, Code.BRF155));
        assertEquals(List.of(), codes(r, Code.BRF168));
        // Walkthrough of issue 24: where Spanish is not required, the advisory was shown in English on /es/ and check said nothing.
        files.put("content/site.yaml", SITE.replace(", required: true", "") + "navigation:\n  - {title: Report, url: /briefs/report/}\n"
                + "report: /briefs/report/\n");
        Pipeline.Result optional = buildCurrent(files);
        assertEquals(List.of(), codes(optional, Code.BRF155));
        assertEquals(List.of("content/data/advisories.yaml:1:7: warning: critical advisory 'bulletin' has no Español translation,"
                + " so Español readers are shown it in English (write it: briefing new --lang es advisory bulletin (or declare Español"
                + " with required: true in site.yaml to make this an error)) [BRF168]"), codes(optional, Code.BRF168));
        assertTrue(optional.ok(), "a warning: " + TestSites.headlines(optional));
        // A Spanish reader is told, wherever the menu or a list leads to it in English.
        Document es = page(optional, "es/briefs/run/index.html");
        assertEquals("Report (en inglés)", es.selectFirst("nav.main-nav li:has(a[hreflang=en])").text());
        Element report = es.selectFirst("a.report");
        assertEquals("../../../briefs/report/index.html en", report.attr("href") + " " + report.attr("hreflang"));
        assertEquals("(en inglés)", report.nextElementSibling().text(), "the header's way to report says where it leads");
        Element listed = page(optional, "es/advisories/index.html").selectFirst("main a[href*=bulletin]");
        assertEquals("en", listed.attr("lang"));
        assertEquals("(en inglés)", listed.nextElementSibling().text());
    }

    @Test
    void aStaleCriticalTranslationWarnsThenFailsAfterMaxStaleDays() {
        Map<String, String> files = bilingual();
        Pipeline.Result current = buildCurrent(files);
        assertEquals(List.of(), codes(current, Code.BRF156));
        // The source's text changes after the translation recorded its digest.
        files.put("content/data/advisories.yaml", files.get("content/data/advisories.yaml")
                .replace("summary: A summary.", "summary: A new summary.\n  changes:\n    - {date: 2024-12-30, note: Summary rewritten.}")
                + "");
        TempSite.write(dir, files);
        Pipeline.Result stale = TempSite.build(dir, null); // as of 2025-01-01: changed 2 days ago
        assertEquals(1, codes(stale, Code.BRF156).size(), TestSites.headlines(stale).toString());
        // What changed, from the source's change notes since the translation's source_updated (walkthrough of issue 24).
        assertTrue(codes(stale, Code.BRF156).get(0).contains("(update the translation (the source's change notes since it was"
                + " translated: 2024-12-30: Summary rewritten.), then run: briefing translations --mark content/data/advisories.es.yaml"
                + " --entry bulletin)"), codes(stale, Code.BRF156).get(0));
        assertEquals(List.of(), codes(stale, Code.BRF157));
        // Within max_stale_days, --strict leaves it a warning: an urgent fix of the English is not held back by its translation.
        assertTrue(stale.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF156).noneMatch(d -> d.strict().isError()));
        files.put("content/site.yaml", SITE + "translations:\n  max_stale_days: 1\n");
        TempSite.write(dir, files);
        Pipeline.Result tooLong = TempSite.build(dir, null);
        List<String> errors = codes(tooLong, Code.BRF157);
        assertEquals(1, errors.size(), TestSites.headlines(tooLong).toString());
        assertTrue(errors.get(0).contains("stale for longer than 1 days (changed 2024-12-30, 2 days ago)"), errors.get(0));
    }

    @Test
    void anUnmarkedTranslationIsToldToBeComparedWithItsSourceBeforeItIsMarked() {
        // Walkthrough of issue 24: the hint said only "run: briefing translations --mark FILE", and a translator who ran it
        // marked an out-of-date Spanish page current, which took its stale notice away.
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("translates: %s\n", ""));
        Pipeline.Result r = buildCurrent(files);
        Diagnostic d = r.diagnostics().sorted().stream().filter(x -> x.code() == Code.BRF158).findFirst().orElseThrow();
        assertEquals("content/briefs/run.es.md", d.pos().path());
        assertTrue(d.hint().startsWith("compare it with the English brief 'run' as it is now and update what differs, then run:"
                + " briefing translations --mark content/briefs/run.es.md"), d.hint());
    }

    @Test
    void aCriticalTranslationWhoseNumbersAreNotItsSourcesIsWarnedAbout() {
        // Walkthrough of issue 24: a translator retyped the sheriff's number with two digits swapped, and nothing said so.
        Map<String, String> files = withSummaries("Report threats to (970) 244-3500 before 2025.",
                "Reporte las amenazas al (970) 244-3050 antes de 2025.");
        assertEquals(List.of("content/data/advisories.es.yaml:3:12: warning: the Español translation of critical advisory 'bulletin'"
                + " has 3050, which the English advisory does not, and lacks 3500, which the English advisory has (a phone number,"
                + " address, date, time or sum a reader acts on must be the source's: copy a number from content/data/advisories.yaml"
                + " in digits as it writes it; a time may be written as Español writes times (such as 19:00 for 7 p.m.)) [BRF174]"),
                codes(buildCurrent(files), Code.BRF174));
        // The same number written in another way is the same; a time or a day, which Spanish writes its own way, is not compared.
        files.put("content/data/advisories.es.yaml", files.get("content/data/advisories.es.yaml")
                .replace("(970) 244-3050", "970.244.3500, de 8:00 a 20:00,"));
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF174));
        // A brief that is not critical is not compared.
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("Aléjese si puede.", "Aléjese 500 metros."));
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF174));
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("advice:", "critical: true\nadvice:"));
        assertEquals(1, codes(buildCurrent(files), Code.BRF174).size());
    }

    @Test
    void aCriticalTranslationThatGivesAnotherTimeOfDayIsWarnedAbout() {
        // Left open by the walkthrough of issue 24: "the polls close at 7 p.m." translated as 9 p. m. was not noticed.
        Map<String, String> files = withSummaries("Polls close at 7 p.m. on election day.", "Las urnas cierran a las 9 p. m.");
        assertEquals(List.of("content/data/advisories.es.yaml:3:12: warning: the Español translation of critical advisory 'bulletin'"
                + " lacks 7 p.m., which the English advisory has (a phone number, address, date, time or sum a reader acts on must be"
                + " the source's: copy a number from content/data/advisories.yaml in digits as it writes it; a time may be written as"
                + " Español writes times (such as 19:00 for 7 p.m.)) [BRF174]"),
                codes(buildCurrent(files), Code.BRF174));
        // The same time as Spanish writes it, or written in words: nothing to say.
        for (String same : List.of("a las 19:00", "a las 7 de la tarde", "a las 7 p. m.", "a las siete de la tarde")) {
            assertEquals(List.of(), codes(buildCurrent(withSummaries("Polls close at 7 p.m. on election day.",
                    "Las urnas cierran " + same + " el día de las elecciones.")), Code.BRF174), same);
        }
    }

    @Test
    void bothLanguageAndLanguagesIsAnErrorAndSoIsABadOrRepeatedCode() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE + "language: en\n");
        assertEquals(1, codes(buildCurrent(files), Code.BRF150).size());
        files.put("content/site.yaml", SITE + "  - {code: ES, name: X}\n  - {code: es, name: Y}\n");
        List<String> errors = codes(buildCurrent(files), Code.BRF150);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("'ES' is not a language code"), errors.get(0));
        assertTrue(errors.get(1).contains("the language 'es' is declared twice"), errors.get(1));
        files.put("content/site.yaml", SITE);
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF150));
        // The default language's menu at the top and in its entry: one would silently win.
        files.put("content/site.yaml", SITE.replace("  - {code: en, name: English}\n",
                "  - code: en\n    name: English\n    navigation:\n      - {title: Run, url: /briefs/run/}\n")
                + "navigation:\n  - {title: Briefs, url: /briefs/}\n");
        errors = codes(buildCurrent(files), Code.BRF150);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("error: the default language's menu is given twice"), errors.get(0));
    }

    /** site.yaml with an English menu, and the Spanish entry of {@code languages} written as given. */
    private static String withMenus(String spanish) {
        return SITE.substring(0, SITE.indexOf("  - {code: es")) + spanish
                + "navigation:\n  - {title: Briefs, url: /briefs/}\n  - {title: Run, url: /briefs/run/}\n"
                + "  - {title: Report, url: /briefs/report/}\n  - {title: DHS, url: \"https://www.dhs.gov/\"}\n";
    }

    private static final String SPANISH_MENU = """
              - code: es
                name: Español
                required: true
                navigation:
                  - {title: Informes, url: /briefs/}
                  - {title: Huya, url: /briefs/run/}
                  - {title: Reportar, url: /briefs/report/}
                  - {title: DHS en español, url: "https://www.dhs.gov/es"}
            """;

    /** Each menu link's title, href and languages (lang, hreflang; "-" for none), the search link last. */
    private static List<String> menu(Document d) {
        return d.select("nav.main-nav a").stream().map(a -> a.text() + " " + a.attr("href") + " "
                + (a.hasAttr("lang") ? a.attr("lang") : "-") + " " + (a.hasAttr("hreflang") ? a.attr("hreflang") : "-")).toList();
    }

    @Test
    void aLanguagesOwnNavigationIsShownOnItsPagesInItsWordsAndLeadsToItsPages() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", withMenus(SPANISH_MENU));
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        // The untranslated brief is the English page, so marked; another site's page may be its own in Spanish.
        assertEquals(List.of("Informes ../index.html - -", "Huya index.html - -", "Reportar ../../../briefs/report/index.html - en",
                "DHS en español https://www.dhs.gov/es - -", "Buscar ../../search/index.html - -"),
                menu(page(r, "es/briefs/run/index.html")));
        assertEquals(List.of("Briefs ../index.html - -", "Run index.html - -", "Report ../report/index.html - -",
                "DHS https://www.dhs.gov/ - -", "Search ../../search/index.html - -"), menu(page(r, "briefs/run/index.html")));
        assertEquals("page", page(r, "es/briefs/run/index.html").selectFirst("nav.main-nav a[href=index.html]").attr("aria-current"));
    }

    @Test
    void aLanguageWithoutNavigationHasTheDefaultsMarkedAsItsLanguage() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", withMenus("  - {code: es, name: Español, required: true}\n"));
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        // Walkthrough 7 of issue 24: and the build says so, as it does of the site's title.
        // And, walkthrough 8 of issue 26, the advisory sentences' name of the official page.
        assertEquals(List.of("content/site.yaml:%d:12: warning: the language 'es' gives no title, navigation and advisory page's name"
                .formatted(SITE.lines().count()) + " of its own: its pages would show the site's title, menu and advisory page's name"
                + " in English (add to its entry title: \"…\" and navigation: […] (the default"
                + " language's links, in the same order) and advisory_status: {name: \"…\"}, written in Español) [BRF169]"),
                codes(r, Code.BRF169));
        assertEquals(List.of("Briefs ../index.html en -", "Run index.html en -", "Report ../../../briefs/report/index.html en en",
                "DHS https://www.dhs.gov/ en -", "Buscar ../../search/index.html - -"), menu(page(r, "es/briefs/run/index.html")));
        assertEquals(List.of("Briefs ../index.html - -", "Run index.html - -", "Report ../report/index.html - -",
                "DHS https://www.dhs.gov/ - -", "Search ../../search/index.html - -"), menu(page(r, "briefs/run/index.html")));
    }

    @Test
    void aSiteLabelInDefaultLanguageWordsIsAskedForInEachOtherLanguage() {
        // Walkthrough 7 of issue 24: a name site.yaml gives a tag is shown in every language until that language names it.
        Map<String, String> files = bilingual();
        String labels = "labels:\n  brief.tags.election-day: \"Election day\"\n  brief.tags.ntas: NTAS\n";
        files.put("content/site.yaml", SITE + labels);
        int line = (int) SITE.lines().count() + 2;
        assertEquals(List.of(("content/site.yaml:%d:3: warning: the label brief.tags.election-day: \"Election day\" has no name in"
                + " 'es': its pages would show it in English (add it under the language's code, written in that language: labels:"
                + " {es: {brief.tags.election-day: \"…\"}}) [BRF169]").formatted(line)), labelsAskedFor(buildCurrent(files)));
        // A name, such as NTAS, may be the same in every language; once Spanish names the phrase, nothing is asked.
        files.put("content/site.yaml", SITE + labels + "  es:\n    brief.tags.election-day: Día de elecciones\n");
        assertEquals(List.of(), labelsAskedFor(buildCurrent(files)));
    }

    private static List<String> labelsAskedFor(Pipeline.Result r) {
        return codes(r, Code.BRF169).stream().filter(h -> h.contains(": warning: the label ")).toList();
    }

    @Test
    void aLanguagesNavigationThatIsNotTheDefaultsEntryForEntryIsAnError() {
        Map<String, String> files = bilingual();
        // Another page in place of one of the default's: reported at its url.
        files.put("content/site.yaml", withMenus(SPANISH_MENU.replace("url: /briefs/run/", "url: /briefs/report/")));
        assertEquals(List.of("content/site.yaml:17:28: error: link 2 of the navigation of 'es' goes to /briefs/report/, but the"
                + " default language's link 2 goes to /briefs/run/ (list the default language's links in the same order, each with"
                + " its title in this language and its site path written as in the default language (the generator adds the"
                + " language's folder)) [BRF106]"), codes(buildCurrent(files), Code.BRF106));
        // One left out: reported at the list; one added: at its url.
        files.put("content/site.yaml", withMenus(SPANISH_MENU.replace("      - {title: DHS en español, url: \"https://www.dhs.gov/es\"}\n", "")));
        List<String> left = codes(buildCurrent(files), Code.BRF106);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).startsWith("content/site.yaml:16:7: error: the navigation of 'es' leaves out https://www.dhs.gov/,"
                + " link 4 of the default language's"), left.get(0));
        files.put("content/site.yaml", withMenus(SPANISH_MENU + "      - {title: Más, url: /timeline/}\n"));
        List<String> added = codes(buildCurrent(files), Code.BRF106);
        assertEquals(1, added.size(), added.toString());
        assertTrue(added.get(0).startsWith("content/site.yaml:20:27: error: the navigation of 'es' adds /timeline/, which the"
                + " default language's navigation does not list"), added.get(0));
        // The same pages with titles of its own, and an address on another site of its own, are not.
        files.put("content/site.yaml", withMenus(SPANISH_MENU));
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF106));
    }

    @Test
    void aNavigationLinkToAPageTheSiteDoesNotMakeIsReportedInSiteYamlAndAMisspeltKeyToo() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", withMenus(SPANISH_MENU).replace("/briefs/run/", "/briefs/rnu/"));
        List<String> broken = codes(buildCurrent(files), Code.BRF061);
        assertEquals(2, broken.size(), broken.toString());
        // Once for every page of the language (the menu is on each), at the link's line.
        assertTrue(broken.get(0).matches("content/site\\.yaml:17:28: error: the navigation links to /es/briefs/rnu/,"
                + " which the build does not produce \\(on [0-9]+ pages, such as es/advisories/bulletin/index\\.html\\).*"), broken.get(0));
        assertTrue(broken.get(1).matches("content/site\\.yaml:22:23: error: the navigation links to /briefs/rnu/, which the build"
                + " does not produce \\(on [0-9]+ pages, such as 404\\.html\\).*"), broken.get(1));
        files.put("content/site.yaml", withMenus(SPANISH_MENU.replace("url: /briefs/run/", "ulr: /briefs/run/")
                .replace("    navigation:", "    navigaton: x\n    navigation:")));
        List<String> unknown = codes(buildCurrent(files), Code.BRF015);
        assertEquals(2, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).startsWith("content/site.yaml:15:5: error: "), unknown.get(0));
        assertTrue(unknown.get(0).contains("navigaton"), unknown.get(0));
        assertTrue(unknown.get(1).startsWith("content/site.yaml:18:23: error: "), unknown.toString());
        assertTrue(unknown.get(1).contains("ulr"), unknown.get(1));
    }

    @Test
    void aSiteInOneLanguageHasNoSwitcherNoAlternatesAndNoLanguageFolder() {
        Map<String, String> files = new HashMap<>(TempSite.MINIMAL);
        files.put("content/site.yaml", "title: Test\n" + TestSites.SETTINGS + "language: en\n");
        TempSite.write(dir, files);
        Pipeline.Result r = TempSite.build(dir, null);
        Document d = page(r, "briefs/a/index.html");
        assertNull(d.selectFirst("nav.languages"));
        assertNull(d.selectFirst("link[hreflang]"));
        assertFalse(new String(r.files().get("sitemap.xml"), StandardCharsets.UTF_8).contains("xhtml"));
        List<Diagnostic> errors = r.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), TestSites.headlines(errors));
    }

    @Test
    void newWithLangWritesASkeletonThatCannotBePublishedUntilTranslated() throws Exception {
        Map<String, String> files = bilingual();
        files.remove("content/data/advisories.es.yaml");
        files.replaceAll((k, v) -> v.replace("%s", "0"));
        // An advisory's sections are text to translate too, each heading and body.
        files.put("content/data/advisories.yaml", files.get("content/data/advisories.yaml")
                + "  sections:\n    - heading: Summary\n      body: |\n        DHS issued it.\n\n        Read it.\n");
        TempSite.write(dir, files);
        TestSites.Run brief = TestSites.cli("new", "--source", dir.toString(), "--lang", "es", "brief", "report");
        assertEquals(0, brief.exit(), brief.err());
        TestSites.Run entry = TestSites.cli("new", "--source", dir.toString(), "--lang", "es", "advisory", "bulletin");
        assertEquals(0, entry.exit(), entry.err());
        Pipeline.Result r = TempSite.build(dir, null);
        Map<String, String> digests = new HashMap<>();
        r.loaded().items().forEach(i -> digests.put(i.key().id(), i.digest()));
        String skeleton = java.nio.file.Files.readString(dir.resolve("content/briefs/report.es.md"));
        assertTrue(skeleton.contains("title: \"TODO: translate: How to report\"\n"), skeleton);
        assertTrue(skeleton.contains("translates: " + digests.get("report") + "\nsource_updated: 2024-09-14\n"), skeleton);
        assertTrue(skeleton.endsWith("## What to do\n\nCall 911.\n"), "holds the source's text to translate: " + skeleton);
        String data = java.nio.file.Files.readString(dir.resolve("content/data/advisories.es.yaml"));
        assertEquals("- id: bulletin\n  translates: " + digests.get("bulletin") + "\n  source_updated: 2024-01-01\n"
                + "  name: \"TODO: translate: A bulletin\"\n"
                + "  summary: \"TODO: translate: A summary.\"\n  sections:\n    - heading: \"TODO: translate: Summary\"\n"
                + "      body: |\n        TODO: translate: the text below, then delete this line.\n        DHS issued it.\n\n"
                + "        Read it.\n", data);
        // Placeholders: errors in both files, so the build publishes neither.
        List<String> placeholders = codes(r, Code.BRF078);
        assertTrue(placeholders.stream().anyMatch(h -> h.startsWith("content/briefs/report.es.md:")), placeholders.toString());
        assertTrue(placeholders.stream().anyMatch(h -> h.startsWith("content/data/advisories.es.yaml:")), placeholders.toString());
        // Walkthrough of issue 24: a skeleton records the source's digest, but it is not a translation yet.
        assertEquals(List.of("brief report in-progress", "brief run stale", "advisory bulletin in-progress"), r.translations().stream()
                .map(s -> s.key().kind().singular() + " " + s.key().id() + " " + s.state().word()).toList());
        TestSites.Run table = TestSites.cli("translations", "--source", dir.toString());
        assertTrue(table.out().startsWith("translations into es: 3 items: 0 current, 0 machine, 1 stale, 2 in progress, 0 untranslated, 0 missing\n"),
                table.out());
        assertTrue(table.out().contains("\n  in-progress brief report  content/briefs/report.es.md  translates: "), table.out());
        assertEquals("3 pages and entries: 0 current, 0 machine-translated, 1 stale, 2 being translated, 0 copied without translating,"
                + " 0 not translated.",
                page(r, "translations/index.html").selectFirst("section p").text());
        // A second one is refused, and so is a language the site does not declare: usage mistakes (exit 2).
        assertEquals(2, TestSites.cli("new", "--source", dir.toString(), "--lang", "es", "brief", "report").exit());
        TestSites.Run fr = TestSites.cli("new", "--source", dir.toString(), "--lang", "fr", "brief", "run");
        assertEquals(2, fr.exit());
        assertTrue(fr.err().contains("'fr' is not one of this site's other languages (es)"), fr.err());
    }

    @Test
    void aSkeletonWithOnlyItsMarkersDeletedIsNotATranslation() throws Exception {
        // Walkthrough 7 of issue 24: the English text left in a Spanish file was reported current and published as Spanish.
        Map<String, String> files = bilingual();
        files.remove("content/briefs/run.es.md");
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("Get away if you can. See [[brief:report]].",
                "Get away if you can, and help others leave with you.\n\nThen call 911."));
        files.replaceAll((k, v) -> v.replace("%s", "0"));
        TempSite.write(dir, files);
        TestSites.Run made = TestSites.cli("new", "--source", dir.toString(), "--lang", "es", "brief", "run");
        assertEquals(0, made.exit(), made.err());
        Path es = dir.resolve("content/briefs/run.es.md");
        String skeleton = java.nio.file.Files.readString(es);
        java.nio.file.Files.writeString(es, skeleton.replace("TODO: translate: the text below, then delete this line.\n", "")
                .replace("TODO: translate: ", ""));
        Pipeline.Result r = TempSite.build(dir, null);
        // The title (three words, the Spanish page's heading: walkthrough 8 of issue 26), the summary and the long
        // paragraph; not the section heading or the short paragraph, which may be the same in both languages.
        assertEquals(List.of("content/briefs/run.es.md:2:8: warning: this Español translation of brief 'run' has 'title' in the"
                        + " same words as its source: it is not translated, yet would be published as Español (translate it into"
                        + " Español, or delete content/briefs/run.es.md to show readers the English page, marked as English) [BRF170]",
                "content/briefs/run.es.md:3:10: warning: this Español translation of brief 'run' has 'summary' in the"
                        + " same words as its source: it is not translated, yet would be published as Español (translate it into"
                        + " Español, or delete content/briefs/run.es.md to show readers the English page, marked as English) [BRF170]",
                "content/briefs/run.es.md:11:1: warning: this Español translation of brief 'run' has a paragraph in the same words"
                        + " as its source: it is not translated, yet would be published as Español (translate it into Español, or"
                        + " delete content/briefs/run.es.md to show readers the English page, marked as English) [BRF170]"),
                codes(r, Code.BRF170));
        assertEquals(List.of("brief run untranslated"), r.translations().stream().filter(s -> s.key().id().equals("run"))
                .map(s -> s.key().kind().singular() + " " + s.key().id() + " " + s.state().word()).toList());
        assertEquals("3 pages and entries: 0 current, 0 machine-translated, 1 stale, 0 being translated, 1 copied without translating,"
                + " 1 not translated.", page(r, "translations/index.html").selectFirst("section p").text());
        TestSites.Run table = TestSites.cli("translations", "--source", dir.toString());
        assertTrue(table.out().contains("\n  untranslated brief run  content/briefs/run.es.md  translates: "), table.out());
        // Critical in a required language: an error, as a missing translation is.
        java.nio.file.Files.writeString(dir.resolve("content/briefs/run.md"),
                files.get("content/briefs/run.md").replace("advice: [What to do]\n", "advice: [What to do]\ncritical: true\n"));
        r = TempSite.build(dir, null);
        List<String> errors = codes(r, Code.BRF170);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.contains(": error: this Español translation of critical brief 'run' has")), errors.toString());
        // Translated, it is current.
        java.nio.file.Files.writeString(es, java.nio.file.Files.readString(es).replaceFirst("title: .*",
                "title: Huya, escóndase, defiéndase").replace("What to do in an attack.",
                "Qué hacer en un ataque.").replace("Get away if you can, and help others leave with you.",
                "Aléjese si puede, y ayude a otros a salir con usted."));
        r = TempSite.build(dir, null);
        assertEquals(List.of(), codes(r, Code.BRF170));
        assertEquals(List.of("brief run current"), r.translations().stream().filter(s -> s.key().id().equals("run"))
                .map(s -> s.key().kind().singular() + " " + s.key().id() + " " + s.state().word()).toList());
    }

    @Test
    void ofBlocksThatStartAlikeOnlyTheOneCopiedWordForWordIsReported() {
        // Blocks are looked up by their first characters: several of the source's share them, and so do the translation's.
        String same = "Call 911 at once if someone has a weapon";
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("Get away if you can. See [[brief:report]].",
                same + " in a school.\n\n" + same + " in a stadium.\n\n" + same + "   or\nthreatens  to use one.\n\n"
                        + "Get away if you can. See [[brief:report]]."));
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("Aléjese si puede.",
                same + " in a park.\n\n" + same + " or threatens to use one.\n\nAléjese si puede."));
        Pipeline.Result r = buildCurrent(files);
        // The second block of the translation is the source's third but for its spacing; the first is none of them.
        assertEquals(List.of("content/briefs/run.es.md:13:1: warning: this Español translation of brief 'run' has a paragraph in"
                + " the same words as its source: it is not translated, yet would be published as Español (translate it into"
                + " Español, or delete content/briefs/run.es.md to show readers the English page, marked as English) [BRF170]"),
                codes(r, Code.BRF170));
    }

    @Test
    void aCopiedCriticalTranslationInARequiredLanguageIsToldToBeTranslatedNotDeleted() {
        // Round 2 of the walkthrough of issue 24: the hint offered deleting the file, which makes it missing, an error too.
        Map<String, String> files = withSummaries("Report threats to the county sheriff at once.",
                "Report threats to the county sheriff at once.");
        assertEquals(List.of("content/data/advisories.es.yaml:3:12: error: this Español translation of critical advisory 'bulletin' has"
                + " 'summary' in the same words as its source: it is not translated, yet would be published as Español (translate it"
                + " into Español: a critical advisory must be translated into each required language) [BRF170]"),
                codes(buildCurrent(files), Code.BRF170));
    }

    @Test
    void theTranslationsPageShowsEachLanguagesStatusAndIsLinkedFromEveryPage() {
        Map<String, String> files = bilingual();
        files.remove("content/data/advisories.es.yaml");
        files.put("content/site.yaml", SITE.replace(", required: true", ""));
        Pipeline.Result r = buildCurrent(files);
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        Document d = page(r, "translations/index.html");
        assertEquals("3 pages and entries: 0 current, 1 machine-translated, 0 stale, 0 being translated, 0 copied without translating,"
                + " 2 not translated.",
                d.selectFirst("section p").text());
        List<String> rows = d.select("tbody tr").stream().map(Element::text).toList();
        assertEquals(List.of("Run, hide, fight machine 13 September 2024", "A bulletin critical missing 1 January 2024"), rows);
        assertEquals("../es/briefs/run/index.html", d.selectFirst("tbody a").attr("href"), "leads to the translation");
        assertEquals("../translations/index.html", page(r, "briefs/index.html").selectFirst("footer a[href*=translations]").attr("href"));
        assertEquals("../translations/index.html", page(r, "es/briefs/index.html").selectFirst("footer a[href*=translations]").attr("href"),
                "a Spanish page links the page in Spanish");
        assertEquals("Páginas y entradas: 3. Al día: 0. Con traducción automática: 1. Desactualizadas: 0. En traducción: 0."
                + " Copiadas sin traducir: 0. Sin traducir: 2.",
                page(r, "es/translations/index.html").selectFirst("section p").text());
    }

    @Test
    void aTranslatedBriefIsLintedAsItsSourceIs() {
        Map<String, String> files = bilingual();
        // The advice heading left in English, an uncited paragraph and a summary too long for a card.
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("advice: [Qué hacer]", "advice: [What to do]")
                .replace("summary: Qué hacer en un ataque.", "summary: " + "Qué hacer en un ataque. ".repeat(14).strip())
                + "\n## Lo que pasó\n\nLos funcionarios nombraron a los atacantes solitarios entre las amenazas principales.\n");
        Pipeline.Result r = buildCurrent(files);
        assertEquals(List.of("content/briefs/run.es.md:4:9: warning: 'advice' names 'What to do', which is not a heading of the text"
                        + " (use the exact words of the heading that gives advice: 'Qué hacer', 'Lo que pasó') [BRF089]"), codes(r, Code.BRF089));
        assertEquals(List.of("content/briefs/run.es.md:3:10: warning: summary is 335 characters (keep it under 300 characters) [BRF074]"),
                codes(r, Code.BRF074));
        List<String> uncited = codes(r, Code.BRF087);
        assertEquals(List.of("content/briefs/run.es.md:15:1: warning: a paragraph under 'Lo que pasó' has no citation"),
                uncited.stream().map(h -> h.substring(0, h.indexOf(" (cite"))).toList());
    }

    @Test
    void channelsAndTheSiteTitleInEnglishAreMarkedAsEnglishOnSpanishPagesAndTheTitleIsAskedFor() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE.replace("title: Test\n", "title: County briefings\ndescription: Plain briefings.\n")
                + "report: /report/\n");
        files.put("content/data/sources.yaml", TestSites.ONE_SOURCE);
        files.put("content/pages/report.md", "---\ntitle: How to report\nsummary: Where to report.\n---\nBody.\n");
        files.put("content/data/channels.yaml", """
                - id: county-tips
                  name: County tip line
                  summary: Report suspicious activity to the sheriff.
                  when: suspicious activity
                  how: ask for the duty officer
                  tel: "+15550100100"
                  jurisdiction: Example County
                  verified: 2024-09-20
                  verified_at: src
                """);
        Pipeline.Result r = buildCurrent(files);
        // Walkthrough 7 of issue 24: a way to report is critical, as the How to report block it makes is on every critical page.
        assertEquals(List.of("content/data/channels.yaml:1:7: error: critical channel 'county-tips' has no Español translation, and"
                + " Español is required (write it: briefing new --lang es channel county-tips) [BRF155]"), codes(r, Code.BRF155));
        // Where Spanish is not required, a warning, and the Spanish pages show it in English, marked so.
        files.put("content/site.yaml", files.get("content/site.yaml").replace(", required: true", ""));
        r = buildCurrent(files);
        assertEquals(1, codes(r, Code.BRF168).stream().filter(h -> h.contains("critical channel 'county-tips'")).count(),
                codes(r, Code.BRF168).toString());
        assertEquals(List.of("content/site.yaml:%d:12: warning: the language 'es' gives no title, description and advisory page's name"
                .formatted(SITE.lines().count() + 1) + " of its own: its pages would show the site's title, description and advisory"
                + " page's name in English (add to its entry title: \"…\" and description: \"…\" and advisory_status: {name: \"…\"},"
                + " written in Español) [BRF169]"), codes(r, Code.BRF169));
        Document spanish = page(r, "es/index.html");
        assertEquals("en", spanish.selectFirst("h1").attr("lang"), "the English site title");
        assertEquals("en", spanish.selectFirst(".lede").attr("lang"));
        assertEquals("en", spanish.selectFirst(".brand span").attr("lang"));
        assertFalse(page(r, "index.html").selectFirst("h1").hasAttr("lang"));
        Element item = page(r, "es/advisories/bulletin/index.html").selectFirst("#how-to-report li");
        assertNotNull(item, "the Spanish page of an advisory has How to report");
        assertEquals("en", item.selectFirst("a[href*=channels]").attr("lang"), "the channel's English name");
        assertEquals(List.of("Suspicious activity", "ask for the duty officer"),
                item.select("span[lang=en]").stream().map(Element::text).toList(), "its English words; the theme's are Spanish");
        assertTrue(item.text().contains("Llame al"), item.text());
        Element english = page(r, "advisories/bulletin/index.html").selectFirst("#how-to-report li");
        assertTrue(english.select("[lang]").isEmpty(), english.outerHtml());
        // With a title and description of its own, nothing is marked and nothing is asked.
        files.put("content/site.yaml", files.get("content/site.yaml").replace("name: Español}",
                "name: Español, title: Informes del condado, description: Informes claros.,"
                        + " advisory_status: {name: la página del NTAS del DHS}}"));
        r = buildCurrent(files);
        assertEquals(List.of(), codes(r, Code.BRF169));
        assertFalse(page(r, "es/index.html").selectFirst("h1").hasAttr("lang"));
        assertEquals("Informes del condado", page(r, "es/index.html").selectFirst("h1").text());
        assertTrue(page(r, "es/advisories/bulletin/index.html").select("#how-to-report .translation-badge").isEmpty());
        // A machine translation of a way to report says so where readers act on it, in How to report, not only on /channels/
        // (walkthrough of issue 24); the status page says it of a stale one too.
        files.put("content/data/channels.es.yaml", """
                - id: county-tips
                  name: Línea de avisos del condado
                  summary: Reporte actividades sospechosas al alguacil.
                  when: actividad sospechosa
                  how: pida hablar con el oficial de guardia
                  translation: machine
                  translates: 0
                """);
        r = buildCurrent(files);
        Element spanishBlock = page(r, "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        // The one way to report listed is machine-made: said once, under the list.
        assertEquals(List.of("Traducción automática. Todavía no la ha revisado una persona que hable español con fluidez."),
                spanishBlock.select(".translation-badge").stream().map(Element::text).toList(), spanishBlock.outerHtml());
        assertTrue(spanishBlock.select("li .translation-badge").isEmpty());
        // With another way to report translated by a person, each machine-made one says so on its own line.
        files.put("content/data/channels.yaml", files.get("content/data/channels.yaml") + """
                - id: state-line
                  name: State tip line
                  summary: Report threats to the state police.
                  when: threats
                  tel: "+15550100200"
                  jurisdiction: Example State
                  verified: 2024-09-20
                  verified_at: src
                """);
        files.put("content/data/channels.es.yaml", files.get("content/data/channels.es.yaml") + """
                - id: state-line
                  name: Línea de avisos del estado
                  summary: Reporte las amenazas a la policía estatal.
                  when: amenazas
                  translates: 0
                """);
        spanishBlock = page(buildCurrent(files), "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        assertEquals(List.of("Traducción automática."), spanishBlock.select("li .translation-badge").stream().map(Element::text).toList(),
                spanishBlock.outerHtml());
        assertTrue(spanishBlock.select("li").get(0).text().startsWith("Actividad sospechosa"), spanishBlock.outerHtml());
        assertEquals(1, spanishBlock.select("li").get(0).select(".translation-badge").size(), "on the machine-made one");
        assertEquals(1, spanishBlock.select(".translation-badge").size());
        assertTrue(page(r, "advisories/bulletin/index.html").select("#how-to-report .translation-badge").isEmpty());
        List<String> rows = page(r, "es/translations/index.html").select("tbody tr").stream().map(Element::text).toList();
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("Línea de avisos del condado") && row.contains("desactualizada (automática)")),
                rows.toString());
    }

    @Test
    void howToReportSaysWhichWayToReportIsStaleAndThatTheEnglishPrevailsWhereTheSiteAsks() {
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE.replace(", required: true", "") + "report: /report/\ntranslations: {machine_notice: true}\n");
        files.put("content/data/sources.yaml", TestSites.ONE_SOURCE);
        files.put("content/pages/report.md", "---\ntitle: How to report\nsummary: Where to report.\n---\nBody.\n");
        String county = """
                - id: county-tips
                  name: County tip line
                  summary: Report suspicious activity to the sheriff.
                  when: suspicious activity
                  tel: "+15550100100"
                  jurisdiction: Example County
                  verified: 2024-09-20
                  verified_at: src
                """;
        files.put("content/data/channels.yaml", county);
        files.put("content/data/channels.es.yaml", """
                - id: county-tips
                  name: Línea de avisos del condado
                  summary: Reporte actividades sospechosas al alguacil.
                  when: actividad sospechosa
                  translation: machine
                  translates: %s
                """);
        // Every way to report is machine-made and current: said once under the list, with the page that prevails.
        Element block = page(buildCurrent(files), "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        assertEquals(List.of("Traducción automática. Todavía no la ha revisado una persona que hable español con fluidez."
                + " Si hay diferencias, prevalece la página en inglés."),
                block.select(".translation-badge").stream().map(Element::text).toList(), block.outerHtml());
        assertEquals("../../../channels/index.html", block.selectFirst(".translation-badge a[hreflang=en]").attr("href"), "the English list");
        assertTrue(block.select(".translation-stale, .translation-note").isEmpty(), block.outerHtml());
        // Its English source changes: the line says so, and links the English entry.
        files.put("content/data/channels.yaml", county.replace("to the sheriff", "to the county sheriff"));
        block = page(buildCurrent(files), "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        Element stale = block.selectFirst("li .translation-stale");
        assertNotNull(stale, block.outerHtml());
        assertEquals("La página en inglés cambió después de que se hizo esta traducción.", stale.text());
        assertEquals("../../../channels/index.html#county-tips", stale.selectFirst("a[hreflang=en]").attr("href"));
        // A second way to report, translated by a person from other English: the machine-made one says so on its line, which
        // page prevails is said once under the list, and only the second is stale.
        files.put("content/data/channels.yaml", county + county.replace("county-tips", "state-line").replace("County", "State"));
        files.put("content/data/channels.es.yaml", files.get("content/data/channels.es.yaml") + """
                - id: state-line
                  name: Línea de avisos del estado
                  summary: Reporte actividades sospechosas al alguacil.
                  when: actividad sospechosa
                  translates: 0
                """);
        Pipeline.Result r = buildCurrent(files);
        block = page(r, "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        assertEquals(List.of("Traducción automática."), block.select("li .translation-badge").stream().map(Element::text).toList());
        assertEquals("Si hay diferencias, prevalece la página en inglés.", block.selectFirst("p.translation-note").text());
        assertEquals(List.of("state-line"), block.select("li:has(.translation-stale) > a[href*=#]").stream()
                .map(a -> a.attr("href").substring(a.attr("href").indexOf('#') + 1)).toList(), block.outerHtml());
        assertTrue(page(r, "advisories/bulletin/index.html").select("#how-to-report .translation-badge, #how-to-report"
                + " .translation-stale, #how-to-report .translation-note").isEmpty(), "the English block");
        // Where the site does not ask, nothing is said of which page prevails.
        files.put("content/site.yaml", files.get("content/site.yaml").replace("translations: {machine_notice: true}\n", ""));
        block = page(buildCurrent(files), "es/advisories/bulletin/index.html").selectFirst("#how-to-report");
        assertTrue(block.select(".translation-note").isEmpty() && !block.text().contains("prevalece"), block.outerHtml());
    }

    @Test
    void aTranslationWhoseHandoutWouldPrintNoneOfItsTextIsWarnedAbout() {
        // Walkthrough of issue 24: advice added to the English after the translation left the Spanish handout with its title
        // and How to report only, and nothing said so.
        Map<String, String> files = bilingual();
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("advice:", "handout: true\nadvice:"));
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF172), "the translation lists its own heading");
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("advice: [Qué hacer]\n", ""));
        assertEquals(List.of("content/briefs/run.es.md:1:1: warning: the Español handout of 'run' will hold its title, summary and"
                + " How to report block, but none of its text: it prints only the sections listed under 'advice:', and this"
                + " translation lists none of its own headings (list the translated headings of the sections to print under advice:"
                + " in content/briefs/run.es.md, such as advice: [\"Qué hacer\"]) [BRF172]"), codes(buildCurrent(files), Code.BRF172));
        // The heading suggested is the one in the place of the source's printed section, not the first (round 2).
        files.put("content/briefs/run.md", files.get("content/briefs/run.md").replace("## What to do", "## Summary\n\nA summary.\n\n## What to do"));
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("## Qué hacer", "## Resumen\n\nUn resumen.\n\n## Qué hacer"));
        assertTrue(codes(buildCurrent(files), Code.BRF172).get(0).contains("such as advice: [\"Qué hacer\"]"), codes(buildCurrent(files), Code.BRF172).toString());
    }

    @Test
    void theDefaultLanguagesEntryDoesNotGiveWhatSiteYamlGivesAgain() {
        // Walkthrough of issue 24: a publisher in the English entry silently renamed the site's in English pages and CAP alerts.
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE.replace("{code: en, name: English}", "{code: en, name: English, publisher: {name: Harbor}}"));
        assertEquals(List.of("content/site.yaml:%d:42: error: the default language's publisher is given twice: in site.yaml's"
                .formatted(SITE.lines().count() - 1) + " 'publisher' and in its entry under 'languages' (keep the top-level 'publisher':"
                + " each other language's entry gives it in its own words) [BRF150]"), codes(buildCurrent(files), Code.BRF150));
        files.put("content/site.yaml", SITE.replace("{code: en, name: English}", "{code: en, name: English, title: Other}"));
        assertEquals(1, codes(buildCurrent(files), Code.BRF150).size());
        files.put("content/site.yaml", SITE.replace("{code: en, name: English}", "{code: en, name: English, advisory_status: {name: X}}"));
        assertEquals(1, codes(buildCurrent(files), Code.BRF150).size(), "site.yaml names the advisory page too");
        // Another language's entry gives them in its own words.
        files.put("content/site.yaml", SITE.replace("name: Español", "name: Español, title: Informes, publisher: {name: Oficina}"));
        assertEquals(List.of(), codes(buildCurrent(files), Code.BRF150));
    }

    @Test
    void aLanguageNamesThePublisherInItsOwnWordsOrThePagesMarkTheNameAsTheDefaultLanguages() {
        // Walkthrough of issue 24: a county office's Spanish pages gave its name only in English, and a Spanish body's
        // [[site:publisher]] was not marked as English.
        Map<String, String> files = bilingual();
        files.put("content/site.yaml", SITE.replace("publisher:\n  name: Test Publisher\n",
                "publisher:\n  name: County Elections Office\n  url: https://county.example.gov/elections/\n"));
        files.put("content/briefs/run.es.md", files.get("content/briefs/run.es.md").replace("Aléjese si puede.",
                "Aléjese si puede. Publica [[site:publisher]]."));
        Pipeline.Result r = buildCurrent(files);
        Document spanish = page(r, "es/briefs/run/index.html");
        Element inBody = spanish.selectFirst(".prose a[href^=https://county]");
        assertEquals("County Elections Office", inBody.text());
        assertEquals("en", inBody.attr("lang"), inBody.outerHtml());
        assertEquals(List.of("County Elections Office"), spanish.select(".publisher span[lang=en]").stream().map(Element::text).toList());
        assertTrue(page(r, "briefs/run/index.html").select(".publisher [lang]").isEmpty());
        // The language gives the name as the office writes it in Spanish: every Spanish page, feed and body uses it, unmarked.
        files.put("content/site.yaml", files.get("content/site.yaml").replace("name: Español,",
                "name: Español, publisher: {name: Oficina Electoral del Condado},"));
        r = buildCurrent(files);
        spanish = page(r, "es/briefs/run/index.html");
        inBody = spanish.selectFirst(".prose a[href^=https://county]");
        assertEquals("Oficina Electoral del Condado", inBody.text());
        assertFalse(inBody.hasAttr("lang"), inBody.outerHtml());
        assertEquals("Oficina Electoral del Condado", spanish.selectFirst(".publisher a[href^=https://county]").text());
        assertTrue(spanish.select(".publisher [lang]").isEmpty(), spanish.selectFirst(".publisher").outerHtml());
        assertEquals("Oficina Electoral del Condado", spanish.selectFirst("meta[name=author]").attr("content"));
        String feed = new String(r.files().get("es/feeds/briefs.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<name>Oficina Electoral del Condado</name>") && !feed.contains("County Elections Office"), feed);
        assertEquals("County Elections Office", page(r, "briefs/run/index.html").selectFirst(".publisher a[href^=https://county]").text());
        // A name left as a placeholder is refused, as a language's title is.
        files.put("content/site.yaml", files.get("content/site.yaml").replace("{name: Oficina Electoral del Condado}",
                "{name: \"TODO: translate: County Elections Office\"}"));
        TempSite.write(dir, files);
        assertEquals(1, codes(TempSite.build(dir, null), Code.BRF078).stream()
                .filter(h -> h.contains("the publisher's name of the language 'es' in site.yaml is still a placeholder")).count());
    }
}
