package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Advisories as alerting systems read them: every CAP alert the shipped site publishes is valid
 * CAP 1.2 (against the schema in src/test/resources/cap/, written from the standard's data
 * dictionary), maps the advisory's level, dates and replacement as the handbook documents, and
 * says plainly whose advisory it republishes; the CAP feed lists each one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapTest {
    private static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    private Map<String, byte[]> site;
    private Schema schema;

    @BeforeAll
    void build() throws Exception {
        site = ShippedSite.build(ShippedSite.AS_OF);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(new StreamSource(CapTest.class.getResourceAsStream("/cap/cap-1.2.xsd")));
    }

    @Test
    void everyAlertIsValidCap12() throws Exception {
        List<String> alerts = site.keySet().stream().filter(p -> p.matches("advisories/[^/]+/cap\\.xml")).toList();
        assertEquals(List.of("advisories/ntas-bulletin-2022-11-30/cap.xml", "advisories/ntas-bulletin-2023-05-24/cap.xml"), alerts);
        for (String a : alerts) schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(site.get(a))));
    }

    @Test
    void theSchemaRefusesWhatCapForbids() {
        String good = text("advisories/ntas-bulletin-2023-05-24/cap.xml");
        for (String bad : List.of(good.replaceFirst("[-+]\\d\\d:\\d\\d</sent>", "Z</sent>"), good.replace("<status>Actual", "<status>Real"),
                good.replace("<scope>Public</scope>", ""), good.replace("<category>Security</category>", ""),
                good.replaceFirst("(<urgency>[^<]*</urgency>)(<severity>[^<]*</severity>)", "$2$1"))) {
            if (bad.equals(good)) continue;
            assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)))));
        }
        String swapped = good.replaceAll("(<urgency>[^<]*</urgency>)\\s*(<severity>[^<]*</severity>)", "$2$1");
        assertFalse(swapped.equals(good));
        assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(
                new ByteArrayInputStream(swapped.getBytes(StandardCharsets.UTF_8)))), "element order is checked");
    }

    @Test
    void anAlertCarriesTheAdvisorysDatesLevelAndWhatItReplaces(@TempDir Path dir) throws Exception {
        Element first = alert("advisories/ntas-bulletin-2022-11-30/cap.xml");
        Element second = alert("advisories/ntas-bulletin-2023-05-24/cap.xml");
        assertEquals("Alert", value(first, "msgType"));
        assertEquals("", value(first, "references"));
        // DHS's own pages give the two Bulletins' times, not that one replaced the other, so the shipped
        // data says no more: neither alert is an Update.
        assertEquals("Alert", value(second, "msgType"));
        assertEquals("", value(second, "references"));
        // An advisory that records what it supersedes is an Update referencing the earlier alert.
        TestSites.copyShippedSite(dir);
        Path data = dir.resolve("content/data/advisories.yaml");
        String yaml = java.nio.file.Files.readString(data);
        assertTrue(yaml.contains("  issued: 2023-05-24\n"), "the 2023 record is where the test expects it");
        java.nio.file.Files.writeString(data, yaml.replace("  issued: 2023-05-24\n",
                "  issued: 2023-05-24\n  supersedes: ntas-bulletin-2022-11-30\n"));
        Element update = parse(ShippedSite.build(dir, ShippedSite.AS_OF).get("advisories/ntas-bulletin-2023-05-24/cap.xml"))
                .getDocumentElement();
        assertEquals("Update", value(update, "msgType"), "it supersedes the 2022 bulletin");
        assertEquals("briefing.example.org,https://briefing.example.org/advisories/ntas-bulletin-2022-11-30/cap.xml,"
                + "2022-11-30T00:00:00-05:00", value(update, "references"));
        assertEquals("Actual", value(second, "status"));
        assertEquals("Public", value(second, "scope"));
        // Days start at midnight in site.yaml's timezone (America/New_York), daylight time or not.
        assertEquals("2023-05-24T00:00:00-04:00", value(second, "sent"));
        assertEquals("2023-05-24T00:00:00-04:00", value(second, "effective"));
        assertEquals("2023-11-24T00:00:00-05:00", value(second, "expires"));
        assertEquals("Security", value(second, "category"));
        // A bulletin: Future, Unknown, Possible (the handbook's table).
        assertEquals(List.of("Future", "Unknown", "Possible"), List.of(value(second, "urgency"), value(second, "severity"),
                value(second, "certainty")));
        assertEquals("The briefing project", value(second, "senderName"));
        assertEquals("https://briefing.example.org/advisories/ntas-bulletin-2023-05-24/", value(second, "web"));
        assertEquals("United States", value(second, "areaDesc"));
        String description = value(second, "description");
        assertTrue(description.contains("It was issued by U.S. Department of Homeland Security, not by The briefing project;"
                + " the issuer's own page is https://www.dhs.gov/ntas/advisory/national-terrorism-advisory-system-bulletin-may-24-2023."),
                description);
        // <sent> is DHS's issue day, not the day this site republished it, and the note says so.
        assertEquals("Republished by The briefing project from an advisory issued by U.S. Department of Homeland Security:"
                + " https://www.dhs.gov/ntas/advisory/national-terrorism-advisory-system-bulletin-may-24-2023. Its sent time is"
                + " the day U.S. Department of Homeland Security issued it.", value(second, "note"));
        assertTrue(value(second, "instruction").startsWith("If someone is in immediate danger, call 911."));
    }

    @Test
    void aTranslatedAdvisoryHasAnInfoBlockInEachLanguageUnderOneIdentifier() throws Exception {
        Element alert = alert("advisories/ntas-bulletin-2023-05-24/cap.xml");
        var infos = alert.getElementsByTagNameNS(NS, "info");
        assertEquals(2, infos.getLength(), "English, then Spanish");
        Element en = (Element) infos.item(0);
        Element es = (Element) infos.item(1);
        assertEquals(List.of("en", "es"), List.of(value(en, "language"), value(es, "language")));
        assertEquals("Boletín del NTAS del 24 de mayo de 2023", value(es, "headline"));
        assertEquals("Aviso de terrorismo: Boletín", value(es, "event"));
        assertEquals("https://briefing.example.org/es/advisories/ntas-bulletin-2023-05-24/", value(es, "web"));
        assertEquals("Estados Unidos", value(es, "areaDesc"));
        assertTrue(value(es, "instruction").startsWith("Si alguien está en peligro inmediato, llame al 911."), value(es, "instruction"));
        String description = value(es, "description");
        assertTrue(description.contains("Lo emitió U.S. Department of Homeland Security, no The briefing project"), description);
        // The official page is named in Spanish (site.yaml's languages: es: advisory_status: name), not in English.
        assertTrue(description.contains("la página del DHS sobre el Sistema Nacional de Avisos sobre Terrorismo (NTAS)"), description);
        assertFalse(description.contains("DHS's National Terrorism Advisory System page"), description);
        assertTrue(description.endsWith("Traducción automática. Todavía no la ha revisado una persona que hable español con fluidez."
                + " Si hay diferencias, prevalece la página en inglés."), description);
        // The same facts in each language: the level's mapping, the dates, who sends it and where to write.
        for (String f : List.of("category", "urgency", "severity", "certainty", "effective", "expires", "senderName", "contact")) {
            assertEquals(value(en, f), value(es, f), f);
        }
        assertFalse(site.containsKey("es/advisories/ntas-bulletin-2023-05-24/cap.xml"), "one alert per advisory, at one address");
    }

    @Test
    void theCapFeedListsEveryAlert() throws Exception {
        Document feed = parse(site.get("advisories/cap.atom"));
        var links = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        List<String> alerts = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            if (l.getAttribute("type").equals("application/cap+xml")) alerts.add(l.getAttribute("href"));
        }
        assertEquals(List.of("https://briefing.example.org/advisories/ntas-bulletin-2023-05-24/cap.xml",
                "https://briefing.example.org/advisories/ntas-bulletin-2022-11-30/cap.xml"), alerts, "newest first");
        for (String a : alerts) assertNotNull(site.get(a.substring("https://briefing.example.org/".length())), a);
    }

    @Test
    void anAdvisoryPageIsASpecialAnnouncementAndLinksItsAlert() {
        String page = text("advisories/ntas-bulletin-2023-05-24/index.html");
        assertTrue(page.contains("\"@type\":\"SpecialAnnouncement\""), page);
        assertTrue(page.contains("\"datePosted\":\"2023-05-24\",\"expires\":\"2023-11-24\""), page);
        assertTrue(page.contains("<a href=\"cap.xml\" type=\"application/cap+xml\">CAP 1.2 alert</a>"), page);
        // The site republishes it: DHS wrote it, the site's publisher only publishes it here.
        String dhs = "{\"@type\":\"Organization\",\"name\":\"U.S. Department of Homeland Security\",\"url\":"
                + "\"https://www.dhs.gov/ntas/advisory/national-terrorism-advisory-system-bulletin-may-24-2023\"}";
        assertTrue(page.contains("\"author\":" + dhs + ",\"sourceOrganization\":" + dhs), page);
        assertTrue(page.contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"The briefing project\""), page);
        // So does the description of its share card (walkthrough 5: it said the site's publisher's).
        assertTrue(page.matches("(?s).*og:image:alt\" content=\"[^\"]*, issued by U.S. Department of Homeland Security\".*"), page);
    }

    /**
     * Walkthrough 6: an advisory citing no official source was "issued by DHS's National Terrorism Advisory System
     * page", the page's name. With advisory_status's issuer, the alert names who issues the advisories; without one,
     * the page's name is still all it can give.
     */
    @Test
    void anAdvisoryCitingNoOfficialSourceIsIssuedByAdvisoryStatussIssuer(@TempDir Path dir) throws Exception {
        writeAlert(dir, "");
        String status = "timezone: UTC\nadvisory_status:\n  checked: 2024-07-01\n  url: https://www.dhs.gov/national-terrorism-advisory-system\n"
                + "  name: DHS's NTAS page\n";
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + status + "  issuer: U.S. Department of Homeland Security\n");
        Element named = parse(TestSites.check(dir, LocalDate.parse("2024-07-01")).files().get("advisories/alert/cap.xml")).getDocumentElement();
        assertTrue(value(named, "note").contains("from an advisory issued by U.S. Department of Homeland Security:"), value(named, "note"));
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + status);
        Element unnamed = parse(TestSites.check(dir, LocalDate.parse("2024-07-01")).files().get("advisories/alert/cap.xml")).getDocumentElement();
        assertTrue(value(unnamed, "note").contains("issued by DHS's NTAS page:"), value(unnamed, "note"));
    }

    /**
     * An advisory's dates are days; CAP needs times. site.yaml's timezone says where the days start. Without it they
     * start at midnight UTC (the evening before in U.S. time zones) and the build warns; a name that is no time zone
     * is an error; a zone at UTC's offset is written -00:00, as CAP requires.
     */
    @Test
    void anAlertsDaysStartInTheSitesTimeZone(@TempDir Path dir) throws Exception {
        writeAlert(dir, "src");
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "timezone: America/Los_Angeles\n");
        Pipeline.Result pacific = TestSites.check(dir, LocalDate.parse("2024-07-01"));
        assertEquals(List.of(), brf166(pacific));
        Element alert = parse(pacific.files().get("advisories/alert/cap.xml")).getDocumentElement();
        assertEquals("2024-06-22T00:00:00-07:00", value(alert, "sent"));
        assertEquals("2024-09-22T00:00:00-07:00", value(alert, "expires"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(pacific.files().get("advisories/alert/cap.xml"))));

        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "timezone: Europe/London\n");
        Element london = parse(TestSites.check(dir, LocalDate.parse("2024-07-01")).files().get("advisories/alert/cap.xml"))
                .getDocumentElement();
        assertEquals("2024-06-22T00:00:00+01:00", value(london, "sent"));
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "timezone: UTC\n");
        Element utc = parse(TestSites.check(dir, LocalDate.parse("2024-07-01")).files().get("advisories/alert/cap.xml"))
                .getDocumentElement();
        assertEquals("2024-06-22T00:00:00-00:00", value(utc, "sent"));

        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        assertEquals(List.of("content/site.yaml:1:1: warning: site.yaml gives no timezone, so the advisories' CAP alerts start"
                + " their issue and expiry days at midnight UTC: the evening before in U.S. time zones (add timezone:"
                + " America/New_York to content/site.yaml, as DHS dates its NTAS advisories in Eastern time) [BRF166]"),
                brf166(TestSites.check(dir, LocalDate.parse("2024-07-01"))));
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "timezone: EST\n");
        List<String> est = brf166(TestSites.check(dir, LocalDate.parse("2024-07-01")));
        assertTrue(est.stream().anyMatch(h -> h.startsWith("content/site.yaml:5:11: error: 'EST' is not the name of a time zone")
                && h.endsWith("[BRF166]")), est.toString());
    }

    private static List<String> brf166(Pipeline.Result r) {
        return TestSites.headlines(r).stream().filter(h -> h.endsWith("[BRF166]")).toList();
    }

    /** Walkthrough 7 of issue 26: the CAP feed gave an expired advisory's plain name, where the other feeds say it has expired. */
    @Test
    void theCapFeedSaysWhichAdvisoriesHaveExpired() {
        String feed = text("advisories/cap.atom");
        assertTrue(feed.contains("<title>Expired: NTAS Bulletin of May 24, 2023</title>"), feed);
        assertTrue(feed.contains("<title>Expired: NTAS Bulletin of November 30, 2022</title>"), feed);
    }

    @Test
    void theAdvisoryFeedSaysWhichAdvisoriesHaveExpired() {
        String feed = text("feeds/advisories.xml");
        assertTrue(feed.contains("<title>Expired: NTAS Bulletin of May 24, 2023</title>"), feed);
        assertTrue(feed.contains("<title>Expired: NTAS Bulletin of November 30, 2022</title>"), feed);
        // Walkthrough 9 of issue 26: the entry changed (its stamp) on its expiry day, so a reader that refreshes only
        // entries whose date changed shows it expired. Issued 24 May, expired 24 November 2023, days in New York.
        String entry = feed.substring(feed.indexOf("<title>Expired: NTAS Bulletin of May 24, 2023</title>"));
        entry = entry.substring(0, entry.indexOf("</entry>"));
        assertTrue(entry.contains("<published>2023-05-24T00:00:00-04:00</published>")
                && entry.contains("<updated>2023-11-24T00:00:00-05:00</updated>"), entry);
        String json = text("feeds/advisories.json");
        assertTrue(json.contains("\"date_published\": \"2023-05-24T00:00:00-04:00\", \"date_modified\": \"2023-11-24T00:00:00-05:00\""), json);
    }

    @Test
    void anAdvisoryThatNamesNoIssuerIsRefusedAndOneThatDoesIsPublished(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE + """
                - id: news
                  title: A report on it
                  publisher: A newspaper
                  type: news
                  url: https://news.example.com/a
                  accessed: 2024-09-20
                """);
        String advisory = """
                - id: alert
                  name: An elevated alert
                  summary: A summary.
                  level: elevated
                  issued: 2024-09-01
                  expires: 2024-12-01
                  sources: [%s]
                """;
        TestSites.write(dir.resolve("content/data/advisories.yaml"), advisory.formatted("news"));
        Pipeline.Result refused = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(TestSites.headlines(refused).contains("content/data/advisories.yaml:7:12: error: advisory 'alert' names no"
                + " issuing authority, so it cannot be republished as a CAP alert (cite the issuer's own page as a source with"
                + " type: official, or record advisory_status in site.yaml; every advisory says who issued it) [BRF138]"),
                () -> String.join("\n", TestSites.headlines(refused)));

        TestSites.write(dir.resolve("content/data/advisories.yaml"), advisory.formatted("news, src"));
        Pipeline.Result published = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(published.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF138));
        String cap = new String(published.files().get("advisories/alert/cap.xml"), StandardCharsets.UTF_8);
        assertTrue(cap.contains("issued by An agency: https://agency.gov/report. Its sent time is the day An agency issued it.</note>"), cap);
        // An elevated alert: Future, Severe, Possible.
        assertTrue(cap.contains("<urgency>Future</urgency>\n    <severity>Severe</severity>\n    <certainty>Possible</certainty>"), cap);

        // In a site in two languages, an advisory not yet translated is an alert in the default language only.
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS
                + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n");
        Pipeline.Result bilingual = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        String one = new String(bilingual.files().get("advisories/alert/cap.xml"), StandardCharsets.UTF_8);
        assertEquals(1, one.split("<info>", -1).length - 1, one);
        assertTrue(one.contains("<language>en</language>"), one);
    }

    /**
     * An advisory a sheriff's office issued, on a site whose advisories are checked against DHS's
     * page: published as one, its page would say it was checked against DHS's page and its alert
     * would be a terrorism advisory with NTAS's severity. It is refused where it cites its issuer.
     */
    @Test
    void anAdvisoryFromAnotherIssuerThanTheStatusPagesIsRefused(@TempDir Path dir) {
        String status = "advisory_status:\n  checked: 2024-09-25\n  url: https://www.dhs.gov/national-terrorism-advisory-system\n"
                + "  name: DHS's NTAS page\n";
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + status);
        TestSites.write(dir.resolve("content/data/sources.yaml"), """
                - id: sheriff
                  title: "Advisory: threats to poll workers"
                  publisher: County Sheriff's Office
                  type: official
                  url: https://sheriff.county.gov/advisories/poll-workers
                  accessed: 2024-09-20
                - id: dhs
                  title: NTAS Bulletin
                  publisher: U.S. Department of Homeland Security
                  type: official
                  url: https://dhs.gov/ntas/advisory/bulletin
                  accessed: 2024-09-20
                """);
        String advisory = """
                - id: alert
                  name: Threats to poll workers
                  summary: A summary.
                  level: elevated
                  issued: 2024-09-01
                  expires: 2024-12-01
                  sources: [%s]
                """;
        TestSites.write(dir.resolve("content/data/advisories.yaml"), advisory.formatted("sheriff"));
        Pipeline.Result refused = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(TestSites.headlines(refused).contains("content/data/advisories.yaml:7:13: error: advisory 'alert' was issued by"
                + " County Sheriff's Office (https://sheriff.county.gov/advisories/poll-workers), but this site's advisories are"
                + " those on DHS's NTAS page (https://www.dhs.gov/national-terrorism-advisory-system): its level, its CAP alert and"
                + " every sentence saying when the advisories were last checked would present it as one of them (write it as a"
                + " brief that cites County Sheriff's Office's page instead; if DHS's NTAS page lists it, cite that listing as its"
                + " official source) [BRF107]"), () -> String.join("\n", TestSites.headlines(refused)));
        assertTrue(refused.files().isEmpty() || !refused.files().containsKey("advisories/alert/cap.xml"));

        // DHS's own page for it (www. or not) is the status page's site: published.
        TestSites.write(dir.resolve("content/data/advisories.yaml"), advisory.formatted("dhs"));
        Pipeline.Result published = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(published.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF107),
                () -> String.join("\n", TestSites.headlines(published)));
        assertTrue(published.files().containsKey("advisories/alert/cap.xml"));
    }

    private String text(String path) {
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

    private Element alert(String path) throws Exception {
        return parse(site.get(path)).getDocumentElement();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String value(Element alert, String name) {
        var nodes = alert.getElementsByTagNameNS(NS, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** One elevated alert of 22 June to 22 September 2024, citing {@code sources} (source ids), and one official source, src. */
    private static void writeAlert(Path dir, String sources) {
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/data/advisories.yaml"), """
                - id: alert
                  name: An elevated alert
                  summary: A summary.
                  level: elevated
                  issued: 2024-06-22
                  expires: 2024-09-22
                  sources: [%s]
                """.formatted(sources));
    }
}
