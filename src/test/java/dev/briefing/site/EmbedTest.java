package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embeddable notice as a partner's web team would vet it before pasting the tag: small, with
 * no request, cookie or storage of its own, and carrying its data (EmbedIT runs it in a browser).
 */
class EmbedTest {
    @Test
    void theScriptIsUnderTenKilobytesAndAsksNothingOfAnyOrigin() {
        byte[] script = ShippedSite.build(ShippedSite.AS_OF_CHECK).get("embed/advisory.js");
        assertTrue(script.length <= 10 * 1024, script.length + " bytes");
        String js = new String(script, StandardCharsets.UTF_8);
        for (String api : List.of("fetch", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "document.cookie", "localStorage",
                "sessionStorage", "indexedDB", "import(", "createElement(\"script", "createElement(\"img", "createElement(\"iframe")) {
            assertFalse(js.contains(api), api);
        }
        assertTrue(js.contains("\"advisory\": {\"title\": \"NTAS Bulletin of May 24, 2023\""), "its data inline: " + js);
    }

    @Test
    void withNoAdvisoryInForceItCarriesNoneAndShowsNothing() {
        String js = new String(ShippedSite.build(ShippedSite.AS_OF).get("embed/advisory.js"), StandardCharsets.UTF_8);
        assertFalse(js.contains("\"advisory\":"), js);
    }

    @Test
    void eachLanguageHasItsNoticeInItsWordsLeadingToItsPages() {
        Map<String, byte[]> site = ShippedSite.build(ShippedSite.AS_OF_CHECK);
        byte[] script = site.get("es/embed/advisory.js");
        assertTrue(script.length <= 10 * 1024, script.length + " bytes");
        String js = new String(script, StandardCharsets.UTF_8);
        assertTrue(js.contains("\"language\": \"es\""), js);
        assertTrue(js.contains("\"inForce\": \"{0} vigente:\""), js);
        assertTrue(js.contains("\"advisory\": {\"title\": \"Boletín del NTAS del 24 de mayo de 2023\", \"levelLabel\": \"Boletín\","
                + " \"url\": \"https://briefing.example.org/es/advisories/ntas-bulletin-2023-05-24/\""), js);
        assertFalse(js.contains("\"lang\":"), "the advisory is translated: " + js);
        assertTrue(js.contains("\"source\": \"la página del DHS sobre el Sistema Nacional de Avisos sobre Terrorismo (NTAS)\""), js);
        assertTrue(new String(site.get("embed/advisory.js"), StandardCharsets.UTF_8).contains("\"source\": \"DHS's National Terrorism Advisory System page\""));
        // The Spanish page for partners gives the Spanish snippet, and names the English page as its other version.
        Document page = Jsoup.parse(new String(site.get("es/embed/index.html"), StandardCharsets.UTF_8));
        assertTrue(page.selectFirst("pre.snippet").text().startsWith(
                "<script src=\"https://briefing.example.org/es/embed/advisory.js\" async></script>"), page.selectFirst("pre.snippet").text());
        assertEquals("https://briefing.example.org/embed/", page.selectFirst("link[hreflang=en]").attr("href"));
        // The fallback link does not make the site the advisories' author (walkthrough 6: "Advisories from <the site>").
        String english = Jsoup.parse(new String(site.get("embed/index.html"), StandardCharsets.UTF_8)).select("pre").text();
        assertTrue(english.matches("(?s).*<noscript><a [^>]*>Terrorism advisories republished by .*"), english);
        assertTrue(new String(site.get("embed/advisory.js"), StandardCharsets.UTF_8)
                .contains("\"url\": \"https://briefing.example.org/advisories/ntas-bulletin-2023-05-24/\""));
    }

    @Test
    void aLanguagesNoticeOfAnAdvisoryNotTranslatedSaysItsTitleIsInTheDefaultLanguage(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "advisory_status:\n  checked: 2024-03-01\n"
                + "  url: https://agency.gov/report\n  name: the agency's page\n"
                + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n");
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/data/advisories.yaml"), """
                - id: alert
                  name: An elevated alert
                  summary: A summary.
                  level: elevated
                  issued: 2024-02-01
                  expires: 2024-12-01
                  sources: [src]
                """);
        var r = TestSites.check(dir, LocalDate.parse("2024-03-01"));
        String es = new String(r.files().get("es/embed/advisory.js"), StandardCharsets.UTF_8);
        assertTrue(es.contains("\"title\": \"An elevated alert\", \"levelLabel\": \"Alerta elevada\","
                + " \"url\": \"https://example.org/advisories/alert/\", \"lang\": \"en\""), es);
        String en = new String(r.files().get("embed/advisory.js"), StandardCharsets.UTF_8);
        assertTrue(en.contains("\"url\": \"https://example.org/advisories/alert/\", \"issued\""), en);
    }

    /** init's site.yaml names the official page but no check date: the notice says it is not yet checked. */
    @Test
    void aFreshSiteWithAnAdvisoryNotYetCheckedBuilds(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("county");
        assertEquals(0, TestSites.cli("init", site.toString(), "--title", "County briefings", "--publisher", "County office").exit());
        TestSites.fillInInitPlaceholders(site);
        TestSites.write(site.resolve("content/data/advisories.yaml"), """
                - id: ntas-bulletin-2024-01-01
                  name: NTAS Bulletin of January 1, 2024
                  summary: A bulletin.
                  level: bulletin
                  issued: 2024-01-01
                  expires: 2024-12-31
                """);
        Path out = dir.resolve("out");
        TestSites.Run run = TestSites.cli("build", "--source", site.toString(), "--output", out.toString(), "--as-of", "2024-06-01");
        assertEquals(0, run.exit(), run.err());
        String js = Files.readString(out.resolve("embed/advisory.js"));
        assertTrue(js.contains("\"checked\": {\"text\": null, \"source\": \"DHS's National Terrorism Advisory System page\""), js);
        String cap = Files.readString(out.resolve("advisories/ntas-bulletin-2024-01-01/cap.xml"));
        assertTrue(cap.contains("County office has not yet checked its advisory records against DHS&apos;s National Terrorism"
                + " Advisory System page (https://www.dhs.gov/national-terrorism-advisory-system); see it for the current status."), cap);
    }
}
