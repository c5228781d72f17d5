package dev.briefing.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Code;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing handbook}: the handbook as a small static site, written by the generator itself. */
class HandbookSiteTest {
    private static final Map<String, Document> PAGES = new TreeMap<>();
    private static Map<String, byte[]> files;

    @BeforeAll
    static void render(@TempDir Path work) {
        files = HandbookSite.render(work, "briefing 9.9.9");
        files.forEach((name, bytes) -> {
            if (name.endsWith(".html")) PAGES.put(name, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
        });
    }

    @Test
    void everyHandWrittenPageIsInTheHandbook() throws Exception {
        Set<String> written;
        try (Stream<Path> md = Files.list(TestSites.PROJECT.resolve("src/site/markdown"))) {
            written = md.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = new TreeSet<>(HandbookSite.ORDER);
        listed.removeAll(List.of(Handbook.REFERENCE, Handbook.DIAGNOSTICS, Handbook.VARIABLES));
        assertEquals(written, listed, "HandbookSite.ORDER lists every page of src/site/markdown");
        assertEquals(HandbookSite.ORDER.stream().map(n -> n + ".html").collect(Collectors.toSet()), PAGES.keySet());
    }

    /** The index and every page's menu list every page, Trust and the day's workflow included. */
    @Test
    void theIndexAndTheMenuListEveryPage() {
        Set<String> others = new TreeSet<>(PAGES.keySet());
        others.remove("index.html");
        Set<String> fromIndex = PAGES.get("index.html").select("main a[href]").eachAttr("href").stream()
                .map(h -> h.replaceFirst("#.*", "")).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(fromIndex.containsAll(others), "the index links " + fromIndex);
        assertTrue(PAGES.get("index.html").selectFirst("main a[href=trust.html]") != null);
        PAGES.forEach((name, page) -> {
            assertEquals(HandbookSite.ORDER.stream().map(n -> n + ".html").toList(),
                    page.select("nav.main-nav a").eachAttr("href"), name);
            Element current = page.selectFirst("nav.main-nav a[aria-current=page]");
            assertEquals(name, current.attr("href"), name);
            assertEquals(page.selectFirst("main h1").text(), current.text(), "the menu names each page by its title");
        });
    }

    /** No link of the handbook leads nowhere: every page, file and #fragment it names exists. */
    @Test
    void everyLinkResolves() {
        PAGES.forEach((name, page) -> {
            for (Element e : page.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^(https?|mailto|tel):.*")) continue;
                String file = url.startsWith("#") ? name : url.replaceFirst("#.*", "");
                assertTrue(files.containsKey(file), name + " links " + url);
                if (url.contains("#") && PAGES.containsKey(file)) {
                    String id = url.substring(url.indexOf('#') + 1);
                    assertNotNull(PAGES.get(file).getElementById(id), name + " links " + url);
                }
            }
        });
        assertTrue(PAGES.get("trust.html").selectFirst("a[href=diagnostics.html#section-brf078]") != null,
                "a link to a diagnostic lands on its heading");
    }

    /** The header and footer say which generator the handbook describes, and no date (mvn site said "Last Published"). */
    @Test
    void itsHeaderAndFooterShowTheVersionAndNoDate() {
        PAGES.forEach((name, page) -> {
            String around = page.select("header, footer").text();
            assertTrue(around.contains("briefing 9.9.9"), name + ": " + around);
            assertFalse(around.matches(".*(\\d{4}-\\d{2}-\\d{2}|Published|January|December).*"), name + ": " + around);
        });
    }

    /** The day's workflow reads an error exactly as check prints it. */
    @Test
    void theWorkflowShowsARealError(@TempDir Path work) throws Exception {
        var example = DiagnosticExamples.all().stream().filter(e -> e.code() == Code.BRF030).findFirst().orElseThrow();
        String printed = DiagnosticExamples.run(example, work).printed();
        String workflow = Files.readString(TestSites.PROJECT.resolve("src/site/markdown/workflow.md"));
        assertTrue(workflow.contains("```\n" + printed + "```\n"), printed);
        Document page = PAGES.get("workflow.html");
        for (String step : List.of("Start a brief", "Add an entry", "Preview", "Read an error", "Fix it", "Link a static file", "Publish")) {
            assertNotNull(page.select("main h2").stream().filter(h -> h.text().equals(step)).findFirst().orElse(null), step);
        }
    }

    @Test
    void theCommandWritesItIntoAFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("handbook");
        TestSites.Run run = TestSites.cli("handbook", "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("open " + out.resolve("index.html")), run.err());
        for (String f : List.of("index.html", "workflow.html", "trust.html", "diagnostics.html", "style.css")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // A file where the folder should be is a usage error, not an internal one with a stack trace (walkthrough of issue 24).
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        TestSites.Run onFile = TestSites.cli("handbook", "--output", file.toString());
        assertEquals(2, onFile.exit(), onFile.err());
        assertTrue(onFile.err().contains("is a file, not a folder") && !onFile.err().contains("Exception"), onFile.err());
    }
}
