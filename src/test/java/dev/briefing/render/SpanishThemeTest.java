package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose language is Spanish speaks Spanish on every page: the theme's words, its labels,
 * its dates ("24 de mayo de 2023"), its feeds and what its search script says; and site.yaml's
 * labels for Spanish go under es.
 */
class SpanishThemeTest {
    @TempDir
    Path dir;

    private Pipeline.Result build(String labels) {
        TestSites.copy(TestSites.SITES.resolve("every-word"), dir);
        TestSites.write(dir.resolve("content/site.yaml"), """
                title: Zqsite
                language: es
                base_url: https://zqsite.gov/
                report: /zqpage/
                publisher: {name: Zqpublisher, url: /zqpage/}
                contact: {email: zqeditors@zqsite.gov}
                advisory_status: {checked: 2024-06-15, url: "https://zqagency.gov/zqntas", name: Zqntas}
                """ + labels);
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        return r;
    }

    /** The every-word site in English and Spanish, with more of site.yaml. */
    private void bilingual(String siteYaml) {
        TestSites.copy(TestSites.SITES.resolve("every-word"), dir);
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + """
                languages:
                  - {code: en, name: English}
                  - {code: es, name: Español}
                """ + siteYaml);
    }

    private static Document page(Pipeline.Result r, String path) {
        return Jsoup.parse(new String(r.files().get(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyPageSpeaksSpanish() {
        Pipeline.Result r = build("");
        Document home = page(r, "index.html");
        assertEquals("es", home.selectFirst("html").attr("lang"));
        assertEquals("En caso de emergencia, llame al 911.", home.selectFirst(".emergency strong").text());
        assertEquals("Reporte una amenaza", home.selectFirst(".emergency a.report").text());
        // The check is older than max_age_days (30): what is known of it comes first.
        assertEquals("Última verificación con Zqntas: 15 de junio de 2024, hace 108 días. Según sus fechas, este sitio indica que"
                + " Zqcurrent (Alerta elevada) está vigente. Emisión: 1 de junio de 2024; vencimiento: 1 de junio de 2025."
                + " Para conocer el estado actual, consulte Zqntas.", home.selectFirst(".advisory-banner p").text());
        assertEquals("Aviso", home.selectFirst(".advisory-banner").attr("aria-label"));
        assertEquals("Al 15 de junio de 2024, hace 108 días, fecha en que los registros de avisos de este sitio se verificaron por última"
                + " vez con Zqntas, estaba vigente el aviso «Zqcurrent», con vencimiento el 1 de junio de 2025."
                + " Para conocer el estado actual, consulte Zqntas.",
                home.selectFirst(".advisory-status").text());

        Document incident = page(r, "incidents/zqincident/index.html");
        assertEquals("Ocurrió: julio de 2024.", incident.selectFirst(".dates").text(), "a month as Spanish writes it");
        assertEquals(List.of("Inicio", "Incidentes"), incident.select(".breadcrumbs a").eachText());
        Document advisory = page(r, "advisories/zqcurrent/index.html");
        assertEquals(List.of("Nivel: Alerta elevada", "Vencimiento: 1 de junio de 2025", "Reemplaza a: Zqsuperseded"),
                advisory.select(".facts dt").stream().map(dt -> dt.text() + ": " + dt.nextElementSibling().text()).toList());

        // What travels beyond the site speaks the site's language too: the page for partner sites, its notice, CAP alerts.
        assertEquals("Muestre el aviso en su sitio", page(r, "embed/index.html").selectFirst("h1").text());
        String notice = new String(r.files().get("embed/advisory.js"), StandardCharsets.UTF_8);
        assertTrue(notice.contains("\"inForce\": \"{0} vigente:\"") && notice.contains("\"issuedText\": \"1 de junio de 2024\""), notice);
        var cap = Jsoup.parse(new String(r.files().get("advisories/zqcurrent/cap.xml"), StandardCharsets.UTF_8), org.jsoup.parser.Parser.xmlParser());
        assertEquals("Aviso de terrorismo: Alerta elevada", cap.selectFirst("event").text());
        assertTrue(cap.selectFirst("instruction").text().startsWith("Si alguien está en peligro inmediato, llame al 911. Zqtips: Zqtips"
                + " (llame al 1-555-010-0100,"), cap.selectFirst("instruction").text());

        Document search = page(r, "search/index.html");
        assertEquals("No hay resultados para {0}.", search.selectFirst("#search").attr("data-msg-none"), "what the script says");
        assertTrue(new String(r.files().get("feeds/briefs.xml"), StandardCharsets.UTF_8).contains("<title>Zqsite: Informes</title>"));
        assertTrue(new String(r.files().get("search/index/d-0.json"), StandardCharsets.UTF_8).contains("\"Informes\",\"2024-09-13\","
                + "\"13 de septiembre de 2024\""), "search results show kinds and dates in Spanish");
    }

    @Test
    void noPageShowsAnEnglishSentenceOfTheTheme() throws IOException {
        Pipeline.Result r = build("");
        Properties en = new Properties();
        en.load(new StringReader(Files.readString(TestSites.PROJECT.resolve("templates/messages/en.properties"))));
        // Every English message of three words or more that takes no arguments: none is also Spanish.
        List<String> english = en.stringPropertyNames().stream().map(en::getProperty)
                .filter(t -> !t.contains("{") && t.split(" ").length >= 3).toList();
        List<String> found = new ArrayList<>();
        r.files().forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            String text = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text();
            english.stream().filter(text::contains).forEach(e -> found.add(path + ": " + e));
        });
        assertTrue(english.size() > 50, english::toString);
        assertEquals(List.of(), found);
    }

    @Test
    void spanishLabelsGoUnderEs() {
        Pipeline.Result r = build("labels:\n  es:\n    incident.place: Sitio\n    brief.tags.zqtag: ZQTAG\n");
        assertEquals("Sitio", page(r, "incidents/zqincident/index.html").selectFirst(".facts dt").text());
        assertTrue(page(r, "briefs/zqone/index.html").select(".tags a").eachText().contains("ZQTAG"));
    }

    @Test
    void labelsForALanguageTheSiteDoesNotHaveAreAnErrorThatNamesIt() {
        TestSites.copy(TestSites.SITES.resolve("every-word"), dir);
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "labels:\n  fr:\n    incident.place: Lieu\n"
                + "  es:\n    incident.place: Sitio\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        List<String> found = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF015)
                .map(dev.briefing.diag.DiagnosticFormatter::headline).toList();
        assertEquals(List.of("content/site.yaml:6:3: error: 'fr' in labels is not a language of this site (the site's languages are en;"
                + " names for the default language need no code) [BRF015]",
                "content/site.yaml:8:3: error: 'es' in labels is not a language of this site (the site's languages are en;"
                        + " names for the default language need no code) [BRF015]"), found);
    }

    /**
     * A site in English and Spanish tells its Spanish readers everything in Spanish: the switcher's note on a page
     * not translated (on the English page too, in Spanish for whoever reads Spanish), a machine translation's badge
     * and stale notice with the date in Spanish (the day of a change the translation lacks; none where it records nothing), "(en inglés)" after a link to a page only in English, the page of
     * translations, and the 404 page that GitHub Pages serves for every address.
     */
    @Test
    void aBilingualSiteTellsSpanishReadersInSpanish() throws IOException {
        bilingual("translations: {machine_notice: true}\n");
        TestSites.write(dir.resolve("content/briefs/zqone.es.md"), "---\ntitle: Zqinforme\nsummary: Zqresumen.\ntranslation: machine\n"
                + "translates: 000000000000\nsource_updated: 2024-09-13\n---\nZqtexto [[cite:zqsource]]. Zqvea [[brief:zqtwo]].\n");
        TestSites.write(dir.resolve("content/data/advisories.es.yaml"), "- id: zqcurrent\n  name: Zqaviso\n");
        Path brief = dir.resolve("content/briefs/zqone.md");
        TestSites.write(brief, java.nio.file.Files.readString(brief).replace("reviewed: 2023-01-01\n", "reviewed: 2023-01-01\nhandout: true\n"));
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());

        Document es = page(r, "es/briefs/zqone/index.html");
        assertEquals("Idiomas", es.selectFirst("nav.languages").attr("aria-label"));
        assertEquals("Traducción automática. Todavía no la ha revisado una persona que hable español con fluidez."
                + " Si hay diferencias, prevalece la página en inglés.", es.selectFirst(".translation-badge").text());
        assertEquals("La página en inglés cambió el 20 de septiembre de 2024, después de que se hizo esta traducción.",
                es.selectFirst(".translation-stale").text());
        assertEquals("../../../briefs/zqone/index.html", es.selectFirst(".translation-stale a[hreflang=en]").attr("href"));
        assertTrue(es.selectFirst(".dates").text().startsWith("Publicado: 13 de septiembre de 2024. Última actualización: 20 de"
                + " septiembre de 2024"), es.selectFirst(".dates").text());
        var english = es.selectFirst(".prose a[hreflang=en]");
        assertEquals("Zqtwo zqbrief", english.text());
        assertEquals(" (en inglés).", english.nextSibling().toString());
        assertEquals(List.of("Zqaccessibility (en inglés)", "Zqpage (en inglés)"),
                es.select("footer nav li:has(a[hreflang=en][lang=en])").eachText(), "the footer's pages, only in English, say so");

        // The English page of a brief not yet in Spanish: the switcher says so to Spanish readers in Spanish.
        var note = page(r, "briefs/zqtwo/index.html").selectFirst("nav.languages .untranslated");
        assertEquals("(esta página aún no está traducida; el enlace lleva a la página de inicio)", note.text());
        assertEquals("es", note.attr("lang"));
        var noteInEnglish = page(r, "es/index.html").select("nav.languages a[hreflang=en]");
        assertEquals(List.of("English"), noteInEnglish.eachText(), "the Spanish home page has its English version: no note");

        Document translations = page(r, "es/translations/index.html");
        assertEquals("Traducciones", translations.selectFirst("h1").text());
        assertEquals("../translations/index.html", page(r, "es/briefs/index.html").selectFirst("footer a[href*=translations]").attr("href"));
        assertTrue(translations.selectFirst("section p").text().startsWith("Páginas y entradas: "), translations.selectFirst("section p").text());
        assertEquals("Español: traducciones que no están al día y páginas críticas sin traducir", translations.selectFirst("caption").text());
        // Each translation by its own (Spanish) title, which is the page's language: no lang, no hreflang.
        assertEquals(List.of("Zqinforme desactualizada (automática) 20 de septiembre de 2024", "Zqaviso crítica desactualizada"),
                translations.select("tbody tr").stream().limit(2).map(org.jsoup.nodes.Element::text).toList());
        assertTrue(translations.select("tbody tr").stream().limit(2).allMatch(tr -> !tr.selectFirst("a").hasAttr("lang")
                && !tr.selectFirst("a").hasAttr("hreflang")), translations.select("tbody").outerHtml());
        // The English page of translations names them by the source's title, linking the Spanish pages as Spanish.
        var row = page(r, "translations/index.html").selectFirst("tbody tr a");
        assertEquals("es", row.attr("hreflang"), row.outerHtml());
        assertFalse(row.hasAttr("lang"), row.outerHtml());

        // How to report, on a critical page (an advisory), from the channels; the channels' page; the handout and its link.
        var block = page(r, "es/advisories/zqcurrent/index.html").selectFirst("#how-to-report");
        assertEquals("Cómo reportar", block.selectFirst("h2").text());
        assertEquals("Si alguien está en peligro inmediato, llame al 911.", block.selectFirst("p").text());
        assertEquals("Zqtips: Zqtips. Llame al 1-555-010-0100, envíe un mensaje de texto al 1-555-010-0101, llame por TTY al 711,"
                + " visite zqtips.gov/zqreport, escriba a zqtips@zqtips.gov o zqask zqlocal. Idiomas: Zqlanguages.", block.selectFirst("li").text());
        assertEquals("Para sistemas de alerta: este aviso como alerta CAP 1.2, y cómo mostrarlo en su sitio.",
                page(r, "es/advisories/zqcurrent/index.html").selectFirst(".cap-link").text());
        var facts = page(r, "es/channels/index.html").selectFirst("#zqtips").parent().select("dl.facts dt");
        assertEquals(List.of("Cuándo usarla", "Cómo", "Horario", "Idiomas", "Anónimo", "Atiende a", "Confirmado"), facts.eachText());
        assertEquals("20 de septiembre de 2024, en Zqsource zqtitle", facts.last().nextElementSibling().text());
        assertTrue(es.selectFirst(".handout-link a").text().startsWith("Imprima un folleto de una página (PDF, "), es.selectFirst(".handout-link").text());
        assertEquals("Zqinforme, de Test Publisher", es.selectFirst("meta[property=og:image:alt]").attr("content"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.files().get("es/briefs/zqone/handout.pdf"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String said : List.of("En caso de emergencia, llame al 911.", "Al 20 de septiembre de 2024.", "Cómo reportar",
                    "Si alguien está en peligro inmediato, llame al 911.", "En línea, con enlaces y actualizaciones:",
                    "Publicado por Test Publisher")) {
                assertTrue(text.contains(said), said + " in " + text);
            }
        }

        Document notFound = page(r, "404.html");
        var spanish = notFound.selectFirst("main section[lang=es]");
        assertEquals("Página no encontrada", spanish.selectFirst("h2").text());
        assertEquals("En caso de emergencia, llame al 911.", spanish.selectFirst("strong").text());
        assertEquals("tel:911", spanish.selectFirst("strong a").attr("href"), "a phone dials it from the page, in every language");
        assertEquals("/es/", spanish.selectFirst("a").attr("href"));
        assertTrue(notFound.title().startsWith("Page not found / Página no encontrada · "), notFound.title());
        assertEquals(null, notFound.selectFirst("nav.languages .untranslated"), "the 404 page speaks Spanish itself");
    }

    /** A bilingual site: the Spanish pages take site.yaml's names under es, and the default language's names of words. */
    @Test
    void anotherLanguageTakesItsOwnNamesAndTheDefaultLanguagesNamesOfWords() {
        bilingual("""
                labels:
                  incident.place: Location
                  brief.tags.zqtag: ZQTAG
                  es:
                    brief.tags.zqrenamed: Zqnombre
                """);
        TestSites.write(dir.resolve("content/briefs/zqone.es.md"), "---\ntitle: Zqinforme\nsummary: Zqresumen.\n---\nZqtexto [[cite:zqsource]].\n");
        TestSites.write(dir.resolve("content/data/incidents.es.yaml"), "- id: zqincident\n  name: Zqincidente\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        assertEquals("Location", page(r, "incidents/zqincident/index.html").selectFirst(".facts dt").text());
        assertEquals("Lugar", page(r, "es/incidents/zqincident/index.html").selectFirst(".facts dt").text(),
                "an English label is not a Spanish one");
        assertEquals(List.of("ZQTAG", "zqrenamed"), page(r, "briefs/zqone/index.html").select(".tags a").eachText(),
                "Spanish names stay Spanish");
        assertEquals(List.of("ZQTAG", "Zqnombre"), page(r, "es/briefs/zqone/index.html").select(".tags a").eachText(),
                "how the site writes a word holds in every language; the Spanish name in Spanish");
        Document es = page(r, "es/briefs/zqone/index.html");
        assertTrue(es.selectFirst(".dates").text().startsWith("Publicado: 13 de septiembre de 2024. Última actualización:"),
                es.selectFirst(".dates").text());
    }
}
