package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spanish pages of the shipped site that a reader must be able to act on (issue 24): each is
 * published under /es/ in Spanish, its English and Spanish versions name each other, and it keeps
 * every citation of the English page, in the same places, each leading to its reference.
 */
class SpanishPagesTest {
    private static final String BASE = "https://briefing.example.org/";

    /** The English page of each translated page (its Spanish one is the same path under es/), and words it shows in Spanish. */
    private static final Map<String, String> TRANSLATED = new java.util.LinkedHashMap<>();

    static {
        TRANSLATED.put("index.html", "Informes sobre amenazas a lugares públicos");
        TRANSLATED.put("report/index.html", "Cómo reportar");
        TRANSLATED.put("channels/index.html", "Para escribir en español, envíe AYUDA al 988");
        TRANSLATED.put("advisories/index.html", "Boletín del NTAS del 24 de mayo de 2023");
        TRANSLATED.put("advisories/ntas-bulletin-2022-11-30/index.html", "Boletín del NTAS del 30 de noviembre de 2022");
        TRANSLATED.put("advisories/ntas-bulletin-2023-05-24/index.html", "Boletín del NTAS del 24 de mayo de 2023");
        TRANSLATED.put("indicators/behaviour-that-worries-others/index.html", "Conducta que preocupa a las personas que la rodean");
        TRANSLATED.put("indicators/threats-of-violence/index.html", "Amenazas de violencia");
        TRANSLATED.put("indicators/linking-violence-to-a-cause/index.html", "Vincular la violencia con una creencia o un agravio");
        TRANSLATED.put("indicators/unusual-or-violent-communications/index.html", "Comunicaciones inusuales o violentas, en persona o por internet");
        TRANSLATED.put("briefs/run-hide-fight-what-to-do-during-an-attack/index.html", "Corra, escóndase, pelee: qué hacer si ocurre un ataque");
        TRANSLATED.put("briefs/see-something-say-something-explained/index.html", "Si ve algo, diga algo: qué reportar, cómo hacerlo y qué no reportar");
        TRANSLATED.put("briefs/mental-health-and-the-988-lifeline/index.html", "Salud mental, apoyo en crisis y la línea 988");
        // The resources the pages above link to, so a Spanish reader who follows a link stays in Spanish.
        TRANSLATED.put("resources/call-911/index.html", "Llame al 911 en una emergencia");
        TRANSLATED.put("resources/fbi-tips/index.html", "Puede enviar una pista al FBI por internet");
        TRANSLATED.put("resources/see-something-say-something/index.html", "anuncios de servicio público en español");
        TRANSLATED.put("resources/power-of-hello/index.html", "Evalúe el riesgo");
        TRANSLATED.put("resources/ntas-advisories/index.html", "Cada aviso tiene una fecha de vencimiento");
        TRANSLATED.put("resources/988-lifeline/index.html", "Para escribir en español, envíe AYUDA al 988");
        TRANSLATED.put("resources/ready-public-spaces-guide/index.html", "Ataques en lugares públicos y concurridos");
    }

    static List<String> translated() {
        return List.copyOf(TRANSLATED.keySet());
    }

    private static Map<String, byte[]> site;

    @BeforeAll
    static void build() {
        site = ShippedSite.build(ShippedSite.AS_OF);
    }

    private static Document page(String path) {
        byte[] bytes = site.get(path);
        assertNotNull(bytes, path + " is not published");
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The published URL of an output path. */
    private static String url(String path) {
        return BASE + path.replaceFirst("index\\.html$", "");
    }

    /** The output path and fragment a link on this page leads to. */
    private static String[] target(String from, String href) {
        URI u = URI.create("file:///" + from).resolve(href);
        String path = u.getPath().substring(1);
        return new String[] {path.endsWith("/") ? path + "index.html" : path, u.getFragment()};
    }

    @ParameterizedTest
    @MethodSource("translated")
    void eachIsInSpanishUnderEs(String en) {
        Document es = page("es/" + en);
        Document english = page(en);
        assertEquals("es", es.selectFirst("html").attr("lang"));
        assertEquals(url("es/" + en), es.selectFirst("link[rel=canonical]").attr("href"));
        // Its own words, not the English page's: its title, or the names of the entries it lists.
        String words = TRANSLATED.get(en);
        assertTrue(es.selectFirst("main").text().contains(words), "es/" + en + " does not say: " + words);
        assertFalse(english.selectFirst("main").text().contains(words), en + " says: " + words);
    }

    @ParameterizedTest
    @MethodSource("translated")
    void theEnglishAndSpanishPagesNameEachOther(String en) {
        Document es = page("es/" + en);
        Document english = page(en);
        for (Document d : List.of(es, english)) {
            assertEquals(url(en), d.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
            assertEquals(url("es/" + en), d.selectFirst("link[rel=alternate][hreflang=es]").attr("href"));
            assertEquals(url(en), d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        }
        // The language switcher leads from each to the other.
        assertEquals(en, target("es/" + en, es.selectFirst("nav.languages a[hreflang=en]").attr("href"))[0]);
        assertEquals("es/" + en, target(en, english.selectFirst("nav.languages a[hreflang=es]").attr("href"))[0]);
    }

    @ParameterizedTest
    @MethodSource("translated")
    void theMenuIsInTheLanguageOfThePageAndLeadsToThePagesInIt(String en) {
        Document es = page("es/" + en);
        Document english = page(en);
        assertEquals(List.of("Informes", "Amenazas", "Objetivos", "Avisos", "Matriz", "Cronología", "Cómo reportar", "Acerca de",
                "Buscar"), es.select("nav.main-nav a").eachText());
        assertEquals(List.of("Briefs", "Threats", "Targets", "Advisories", "Matrix", "Timeline", "How to report", "About",
                "Search"), english.select("nav.main-nav a").eachText());
        // The same pages, each in the page's language where it is translated (About is not yet: it leads to the English one, so marked).
        List<String> esTargets = es.select("nav.main-nav a").eachAttr("href").stream().map(h -> target("es/" + en, h)[0]).toList();
        List<String> enTargets = english.select("nav.main-nav a").eachAttr("href").stream().map(h -> target(en, h)[0]).toList();
        for (int i = 0; i < enTargets.size(); i++) {
            String expected = enTargets.get(i).equals("about/index.html") ? enTargets.get(i) : "es/" + enTargets.get(i);
            assertEquals(expected, esTargets.get(i), "menu link " + (i + 1));
        }
        assertEquals("en", es.selectFirst("nav.main-nav a[href$=about/index.html]").attr("hreflang"));
    }

    @ParameterizedTest
    @MethodSource("translated")
    void itKeepsEveryCitationWhereTheEnglishHasItAndEachResolves(String en) {
        String path = "es/" + en;
        Document es = page(path);
        assertEquals(citations(page(en)), citations(es), "the citations of each paragraph, list item and cell, in order");
        for (Element cite : es.select("main sup.cite a")) {
            String id = cite.attr("href").substring(1);
            assertNotNull(es.getElementById(id), path + ": citation " + cite.attr("href") + " has no reference");
            assertNotNull(es.getElementById(cite.id()), path + ": the reference's way back");
        }
        for (Element ref : es.select("main li[id^=ref-]")) {
            for (Element a : ref.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http")) continue;
                String[] t = target(path, href);
                if (t[1] == null || t[0].equals(path)) {
                    if (t[1] != null) assertNotNull(es.getElementById(t[1]), path + ": " + href);
                    continue;
                }
                assertNotNull(page(t[0]).getElementById(t[1]), path + ": " + href + " leads nowhere");
            }
        }
    }

    /** Walkthrough of issue 24: the 404 page's Spanish section did not lead to the Spanish report page. */
    @org.junit.jupiter.api.Test
    void theNotFoundPagesSpanishSectionLeadsToTheSpanishReportPage() {
        Element spanish = page("404.html").selectFirst("main section[lang=es]");
        Element report = spanish.selectFirst("a:contains(Reporte una amenaza)");
        assertNotNull(report, spanish.outerHtml());
        assertTrue(report.attr("href").endsWith("/es/report/"), report.outerHtml());
        assertEquals("es", report.attr("hreflang"));
    }

    /** Walkthrough of issue 24: the footer's link to the data page and the publisher's to its page led to English pages unmarked. */
    @org.junit.jupiter.api.Test
    void theFootersLinksToPagesOnlyInEnglishSaySo() {
        Document es = page("es/index.html");
        Element data = es.selectFirst("footer a[href$=data/index.html]");
        assertEquals("en", data.attr("hreflang"), data.outerHtml());
        assertEquals("(en inglés)", data.nextElementSibling().text());
        Element publisher = es.selectFirst("footer .publisher a");
        assertEquals("en", publisher.attr("hreflang"), publisher.outerHtml());
        // The name itself is English, as site.yaml writes it, for a screen reader to say it so (walkthrough of issue 24).
        assertEquals("en", publisher.selectFirst("span").attr("lang"), publisher.outerHtml());
        assertEquals("en", es.selectFirst(".masthead .by span[lang]").attr("lang"));
        Document en = page("index.html");
        assertFalse(en.selectFirst("footer a[href$=data/index.html]").hasAttr("hreflang"));
        assertFalse(en.selectFirst("footer .publisher a").hasAttr("hreflang"));
        assertTrue(en.select("footer .publisher [lang]").isEmpty());
    }

    /** Walkthrough of issue 24: the lists of translated entries (glossary, ways to report) did not say they were machine-made. */
    @org.junit.jupiter.api.Test
    void everyMachineTranslatedEntryOfAListSaysSo() {
        for (String list : List.of("glossary/index.html", "channels/index.html")) {
            Document es = page("es/" + list);
            var entries = es.select("main .entry");
            assertFalse(entries.isEmpty(), list);
            for (Element entry : entries) {
                // The shipped Spanish entries are all machine translations; an entry not translated is shown in English, marked so.
                boolean translated = !entry.selectFirst("h2").hasAttr("lang");
                assertEquals(translated, entry.selectFirst(".translation-badge") != null, list + ": " + entry.selectFirst("h2").text());
            }
            assertTrue(page(list).select(".translation-badge").isEmpty(), "the English " + list);
        }
    }

    /** The glossary terms the Spanish pages link to; the Spanish glossary lists its terms in Spanish order. */
    @org.junit.jupiter.api.Test
    void theGlossaryTermsTheSpanishPagesUseAreInSpanishWithTheSameCitations() {
        Document es = page("es/glossary/index.html");
        Map<String, String> names = Map.of("ntas", "Sistema Nacional de Avisos sobre Terrorismo (NTAS)", "ntas-bulletin",
                "Boletín del NTAS", "ntas-alert", "Alerta del NTAS", "sunset-date", "Fecha de vencimiento",
                "radicalization", "Radicalización hacia la violencia");
        names.forEach((id, name) -> {
            Element term = es.getElementById(id);
            assertNotNull(term, id);
            assertEquals(name, term.text(), id);
        });
        // Every term's citations as the English glossary has them, in Spanish order.
        assertEquals(citations(page("glossary/index.html")).stream().sorted().toList(), citations(es).stream().sorted().toList());
        for (String path : List.of("es/advisories/ntas-bulletin-2023-05-24/index.html", "es/indicators/linking-violence-to-a-cause/index.html")) {
            for (Element a : page(path).select("main a[href*=glossary/index.html#]")) {
                String[] t = target(path, a.attr("href"));
                assertEquals("es/glossary/index.html", t[0], path + ": " + a.attr("href") + " leads to the Spanish glossary");
                assertTrue(names.containsKey(t[1]), path + " links a term not translated: " + t[1]);
            }
        }
    }

    /** Each block holding citations (paragraph, list item, table cell), with its citations in order. */
    private static List<String> citations(Document d) {
        List<String> blocks = new ArrayList<>();
        Element last = null;
        for (Element cite : d.select("main sup.cite a")) {
            Element block = cite.closest("p, li, td, dd, h2, h3");
            assertNotNull(block, cite.outerHtml());
            if (block != last) blocks.add(block.tagName() + ":");
            blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + cite.attr("href"));
            last = block;
        }
        return blocks;
    }
}
