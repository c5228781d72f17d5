package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("Alerta elevada vigente según sus fechas: Zqcurrent. Emisión: 1 de junio de 2024; vencimiento: 1 de junio de 2025."
                + " Última verificación con Zqntas: 15 de junio de 2024.", home.selectFirst(".advisory-banner p").text());
        assertEquals("Al 15 de junio de 2024, fecha en que los registros de avisos de este sitio se verificaron por última vez con Zqntas,"
                + " estaba vigente Zqcurrent, con vencimiento el 1 de junio de 2025. Esa verificación tiene 108 días de antigüedad."
                + " Para conocer el estado actual, consulte Zqntas.",
                home.selectFirst(".advisory-status").text());

        Document incident = page(r, "incidents/zqincident/index.html");
        assertEquals("Ocurrió: julio de 2024.", incident.selectFirst(".dates").text(), "a month as Spanish writes it");
        assertEquals(List.of("Inicio", "Incidentes"), incident.select(".breadcrumbs a").eachText());
        Document advisory = page(r, "advisories/zqcurrent/index.html");
        assertEquals(List.of("Nivel: Alerta elevada", "Vencimiento: 1 de junio de 2025", "Reemplaza a: Zqsuperseded"),
                advisory.select(".facts dt").stream().map(dt -> dt.text() + ": " + dt.nextElementSibling().text()).toList());

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

    /** A bilingual site: the Spanish pages take site.yaml's names under es, and the default language's names of words. */
    @Test
    void anotherLanguageTakesItsOwnNamesAndTheDefaultLanguagesNamesOfWords() {
        TestSites.copy(TestSites.SITES.resolve("every-word"), dir);
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + """
                languages:
                  - {code: en, name: English}
                  - {code: es, name: Español}
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
