package dev.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.publish.TempSite;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of a site in two languages: an edit in one re-renders what it changes, and the result is a full build's. */
class IncrementalLanguagesTest {
    @TempDir
    Path dir;
    private PreviewHarness preview;

    @BeforeEach
    void site() {
        TempSite.write(dir, Map.of(
                "content/site.yaml", TestSites.SETTINGS + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n",
                "content/briefs/run.md", "---\ntitle: Run\ndate: 2024-09-13\nsummary: Get away.\n---\nGet away. See [[brief:report]].\n",
                "content/briefs/report.md", "---\ntitle: Report\ndate: 2024-09-14\nsummary: Call 911.\n---\nCall 911.\n",
                "content/briefs/run.es.md", "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese. Vea [[brief:report]].\n"));
        preview = new PreviewHarness(dir, TempSite.AS_OF);
        assertTrue(preview.buildAll().ok(), () -> preview.diagnostics().toString());
    }

    private String page(String path) {
        return new String(preview.page(path), StandardCharsets.UTF_8);
    }

    /** What a build from scratch makes of the site as it is now (its HTML pages). */
    private Map<String, String> fromScratch() {
        Engine.Build full = new PreviewHarness(dir, TempSite.AS_OF).buildAll();
        Map<String, String> out = new TreeMap<>();
        full.snapshot().files().forEach((p, b) -> {
            if (p.endsWith(".html")) out.put(p, new String(b, StandardCharsets.UTF_8));
        });
        return out;
    }

    private Map<String, String> served() {
        Map<String, String> out = new TreeMap<>();
        preview.snapshot().forEach((p, b) -> {
            if (p.endsWith(".html")) out.put(p, new String(b, StandardCharsets.UTF_8));
        });
        return out;
    }

    @Test
    void aSpanishBodyEditRerendersTheSpanishPageAndNotTheEnglishOnes() throws IOException {
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese ya. Vea [[brief:report]].\n");
        Engine.Build r = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertTrue(r.rendered().contains("/es/briefs/run/"), r.rendered()::toString);
        assertFalse(r.rendered().contains("/briefs/report/"), r.rendered()::toString);
        assertFalse(r.rendered().contains("/es/briefs/"), "the Spanish list shows no body: " + r.rendered());
        assertTrue(page("es/briefs/run/index.html").contains("Aléjese ya."));
        assertEquals(fromScratch(), served());
    }

    /**
     * A Spanish edit changes nothing the English site is made of: its resolution is the last build's, taken over
     * whole, and what it reported is reported again (a duplicate title, a review dated after the as-of date). An
     * English edit resolves it again. Each time the preview shows what a build from scratch shows.
     */
    @Test
    void aSpanishEditKeepsTheEnglishResolutionAndItsWarnings() throws IOException {
        Files.writeString(dir.resolve("content/briefs/reporting.md"), "---\ntitle: Report\ndate: 2024-09-15\nsummary: Call.\n"
                + "reviewed: 2099-01-01\n---\nCall.\n");
        preview = new PreviewHarness(dir, TempSite.AS_OF);
        Engine.Build first = preview.buildAll();
        assertTrue(first.ok(), () -> first.diagnostics().toString());
        List<dev.briefing.diag.Code> english = codesAt("content/briefs/reporting.md");
        assertTrue(english.containsAll(List.of(dev.briefing.diag.Code.BRF109, dev.briefing.diag.Code.BRF167)), english::toString);

        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese ya. Vea [[brief:report]].\n");
        Engine.Build spanish = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertTrue(spanish.ok(), () -> spanish.diagnostics().toString());
        assertTrue(spanish.languages().get(0).items() == first.languages().get(0).items(), "the English resolution is taken over");
        assertTrue(spanish.languages().get(1).items() != first.languages().get(1).items(), "the Spanish one is made again");
        assertEquals(english, codesAt("content/briefs/reporting.md"));
        assertTrue(page("es/briefs/run/index.html").contains("Aléjese ya."));
        assertEquals(fromScratch(), served());
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());

        Files.writeString(dir.resolve("content/briefs/reporting.md"), "---\ntitle: Report\ndate: 2024-09-15\nsummary: Call.\n"
                + "reviewed: 2099-01-01\n---\nCall now.\n");
        Engine.Build again = preview.rebuild(List.of("content/briefs/reporting.md"));
        assertTrue(again.ok(), () -> again.diagnostics().toString());
        assertTrue(again.languages().get(0).items() != spanish.languages().get(0).items(), "an English edit resolves English again");
        assertTrue(page("briefs/reporting/index.html").contains("Call now."));
        assertEquals(english, codesAt("content/briefs/reporting.md"));
        assertEquals(fromScratch(), served());
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());
    }

    /**
     * The check of the translations is the last one's after a body edit, with the edited translation in it (its
     * new text on the page); an edit that adds a second translation of an item, or takes a translation's source
     * away, is checked again and reported as a build from scratch reports it, and so is the fix.
     */
    @Test
    void theTranslationsAreCheckedAgainWhenAnEditChangesWhichThereAre() throws IOException {
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya ya\nsummary: Aléjese.\n---\nAléjese. Vea [[brief:report]].\n");
        Engine.Build edited = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertTrue(edited.ok(), () -> edited.diagnostics().toString());
        assertTrue(page("es/briefs/run/index.html").contains("Huya ya"));
        assertEquals(fromScratch(), served());

        Files.createDirectories(dir.resolve("content/briefs/more"));
        Files.writeString(dir.resolve("content/briefs/more/run.md"), "---\ntitle: Run again\ndate: 2024-09-16\nsummary: Away.\n---\nAway.\n");
        Files.writeString(dir.resolve("content/briefs/more/run.es.md"), "---\ntitle: Otra\nsummary: Otra.\n---\nOtra vez.\n");
        Engine.Build twice = preview.rebuild(List.of("content/briefs/more/run.md", "content/briefs/more/run.es.md"));
        assertEquals(1, twice.diagnostics().stream().filter(d -> d.code() == dev.briefing.diag.Code.BRF154).count(),
                () -> twice.diagnostics().toString());
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());

        Files.delete(dir.resolve("content/briefs/more/run.es.md"));
        Files.delete(dir.resolve("content/briefs/more/run.md"));
        Files.delete(dir.resolve("content/briefs/run.md"));
        Engine.Build orphan = preview.rebuild(List.of("content/briefs/more/run.md", "content/briefs/more/run.es.md", "content/briefs/run.md"));
        assertTrue(orphan.diagnostics().stream().anyMatch(d -> d.code() == dev.briefing.diag.Code.BRF152), () -> orphan.diagnostics().toString());
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());

        Files.writeString(dir.resolve("content/briefs/run.md"), "---\ntitle: Run\ndate: 2024-09-13\nsummary: Get away.\n---\nGet away. See [[brief:report]].\n");
        Engine.Build fixed = preview.rebuild(List.of("content/briefs/run.md"));
        assertTrue(fixed.ok(), () -> fixed.diagnostics().toString());
        assertEquals(fromScratch(), served());
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());
    }

    private List<dev.briefing.diag.Code> codesAt(String path) {
        return preview.diagnostics().stream().filter(d -> d.pos().path().equals(path)).map(dev.briefing.diag.Diagnostic::code).toList();
    }

    /** The copies of its source a translation holds (BRF170) are found again after an edit of either file, and only then. */
    @Test
    void copiedTextIsFoundAfterAnEditOfTheTranslationOrItsSource() throws IOException {
        String copied = "Get away from the danger if you can do so safely.";
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\n" + copied + "\n");
        Engine.Build r = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertEquals(List.of(), codes(r), "the source does not say it yet");
        Files.writeString(dir.resolve("content/briefs/run.md"), "---\ntitle: Run\ndate: 2024-09-13\nsummary: Get away.\n---\n" + copied + "\n");
        r = preview.rebuild(List.of("content/briefs/run.md"));
        assertEquals(List.of("content/briefs/run.es.md:5:1"), codes(r));
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese del peligro si puede.\n");
        r = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertEquals(List.of(), codes(r));
    }

    private static List<String> codes(Engine.Build r) {
        return r.diagnostics().stream().filter(d -> d.code() == dev.briefing.diag.Code.BRF170).map(d -> d.pos().toString()).toList();
    }

    @Test
    void anEditThatChangesNoStatusLeavesTheTranslationsPages() throws IOException {
        // run.es.md records no version, so it is stale before the edit and after it.
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese ya. Vea [[brief:report]].\n");
        Engine.Build r = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertFalse(r.rendered().contains("/translations/"), r.rendered()::toString);
        assertFalse(r.rendered().contains("/es/translations/"), r.rendered()::toString);
        assertEquals(fromScratch(), served());
    }

    @Test
    void anEditThatChangesAStatusRerendersTheTranslationsPages() throws IOException {
        String digest = preview.buildAll().translations().stream().filter(s -> s.key().id().equals("run")).findFirst().orElseThrow()
                .sourceDigest();
        assertTrue(page("translations/index.html").contains("/briefs/run/"), "listed while stale");
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\ntranslates: " + digest
                + "\n---\nAléjese. Vea [[brief:report]].\n");
        Engine.Build r = preview.rebuild(List.of("content/briefs/run.es.md"));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertTrue(r.rendered().containsAll(List.of("/translations/", "/es/translations/")), r.rendered()::toString);
        assertFalse(page("translations/index.html").contains("/briefs/run/"), "current, so no longer listed");
        assertEquals(fromScratch(), served());
        // An English title edit changes what the page shows of a translation listed on it, not its state.
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese. Vea [[brief:report]].\n");
        assertTrue(preview.rebuild(List.of("content/briefs/run.es.md")).ok());
        Files.writeString(dir.resolve("content/briefs/run.md"), "---\ntitle: Run away\ndate: 2024-09-13\nsummary: Get away.\n---\nGet away. See [[brief:report]].\n");
        Engine.Build titled = preview.rebuild(List.of("content/briefs/run.md"));
        assertTrue(titled.ok(), () -> titled.diagnostics().toString());
        assertTrue(titled.rendered().contains("/translations/"), titled.rendered()::toString);
        assertEquals(fromScratch(), served());
    }

    @Test
    void theTranslationsWarningsAfterAnEditAreAFullBuilds() throws IOException {
        assertTrue(unrecorded().isPresent(), "run.es.md records no version: " + preview.diagnostics());
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\ntranslates: " + digest()
                + "\n---\nAléjese. Vea [[brief:report]].\n");
        assertTrue(preview.rebuild(List.of("content/briefs/run.es.md")).ok());
        assertTrue(unrecorded().isEmpty(), preview.diagnostics()::toString);
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());
        Files.writeString(dir.resolve("content/briefs/run.es.md"), "---\ntitle: Huya\nsummary: Aléjese.\n---\nAléjese.\n");
        assertTrue(preview.rebuild(List.of("content/briefs/run.es.md")).ok());
        assertTrue(unrecorded().isPresent(), preview.diagnostics()::toString);
        assertEquals(new PreviewHarness(dir, TempSite.AS_OF).buildAll().diagnostics(), preview.diagnostics());
    }

    @Test
    void anEditOfAnotherItemKeepsATranslationsStatusAsItWas() throws IOException {
        dev.briefing.diag.Diagnostic before = unrecorded().orElseThrow();
        Files.writeString(dir.resolve("content/briefs/report.md"), "---\ntitle: Report\ndate: 2024-09-14\nsummary: Call 911.\n---\nCall 911 now.\n");
        assertTrue(preview.rebuild(List.of("content/briefs/report.md")).ok());
        // The same object: the status of an item whose source and translation are unchanged is not made again.
        assertTrue(unrecorded().orElseThrow() == before, preview.diagnostics()::toString);
    }

    /** The warning that run.es.md records no version of its source (BRF158), if there is one. */
    private java.util.Optional<dev.briefing.diag.Diagnostic> unrecorded() {
        return preview.diagnostics().stream().filter(d -> d.code() == dev.briefing.diag.Code.BRF158
                && d.pos().path().equals("content/briefs/run.es.md")).findFirst();
    }

    private String digest() {
        return new PreviewHarness(dir, TempSite.AS_OF).buildAll().translations().stream().filter(s -> s.key().id().equals("run"))
                .findFirst().orElseThrow().sourceDigest();
    }

    @Test
    void aNewTranslationAppearsInTheSwitcherOfTheEnglishPageAndInTheSpanishLists() throws IOException {
        assertFalse(page("briefs/report/index.html").contains("link rel=\"alternate\" hreflang=\"es\""));
        Files.writeString(dir.resolve("content/briefs/report.es.md"), "---\ntitle: Denuncie\nsummary: Llame al 911.\n---\nLlame al 911.\n");
        Engine.Build r = preview.rebuild(List.of("content/briefs/report.es.md"));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertTrue(page("briefs/report/index.html").contains("link rel=\"alternate\" hreflang=\"es\""));
        assertTrue(page("es/briefs/index.html").contains("Denuncie"));
        assertEquals(fromScratch(), served());
        // And it goes again when the file goes.
        Files.delete(dir.resolve("content/briefs/report.es.md"));
        assertTrue(preview.rebuild(List.of("content/briefs/report.es.md")).ok());
        assertFalse(preview.snapshot().containsKey("es/briefs/report/index.html"));
        assertEquals(fromScratch(), served());
    }

    @Test
    void anEnglishTitleEditReachesTheSpanishListsThatShowItUntranslated() throws IOException {
        Files.writeString(dir.resolve("content/briefs/report.md"), "---\ntitle: Reporting\ndate: 2024-09-14\nsummary: Call 911.\n---\nCall 911.\n");
        assertTrue(preview.rebuild(List.of("content/briefs/report.md")).ok());
        assertTrue(page("es/briefs/index.html").contains("Reporting"));
        assertTrue(page("es/briefs/run/index.html").contains("Reporting"), "the Spanish brief's link names it");
        assertEquals(fromScratch(), served());
    }
}
