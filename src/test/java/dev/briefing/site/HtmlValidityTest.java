package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every generated page passes the W3C Nu HTML Checker with no error and no warning. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheShippedSiteIsValidHtml() throws Exception {
        Map<String, byte[]> site = ShippedSite.build(ShippedSite.AS_OF);
        // Every language's pages are among them: the Spanish ones a reader acts on (SpanishPagesTest lists them all).
        assertTrue(site.keySet().containsAll(List.of("es/index.html", "es/report/index.html",
                "es/advisories/ntas-bulletin-2023-05-24/index.html", "es/briefs/run-hide-fight-what-to-do-during-an-attack/index.html")));
        assertValid(site, 80);
    }

    @Test
    void pagesWithTheAdvisoryBannerAreValidHtml() throws Exception {
        assertValid(ShippedSite.build(ShippedSite.AS_OF_ADVISORY), 40);
    }

    @Test
    void pagedListsAreValidHtml(@TempDir Path dir) throws Exception {
        TestSites.copy(TestSites.PROJECT.resolve("content"), dir.resolve("content"));
        Path config = dir.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + "page_size: 2\n");
        Map<String, byte[]> site = ShippedSite.build(dir, ShippedSite.AS_OF);
        assertTrue(site.containsKey("briefs/page/3/index.html") && site.containsKey("search/page/2/index.html"));
        assertValid(site, 80);
    }

    /** The handbook (briefing handbook) is valid HTML too: its Markdown is rendered into the theme's handbook.ftlh. */
    @Test
    void theHandbookIsValidHtml(@TempDir Path dir) throws Exception {
        assertEquals(0, TestSites.cli("handbook", "--output", dir.toString()).exit());
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        assertValid(files, 11);
    }

    @Test
    void theCheckerReportsAWarning() throws Exception {
        List<String> problems = validate(Map.of("warned.html",
                "<!DOCTYPE html><html lang=en><title>x</title><section><p>No heading</p></section>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(problems.stream().anyMatch(e -> e.contains("warning:")), problems::toString);
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        List<String> errors = validate(Map.of("bad.html",
                "<!DOCTYPE html><html lang=en><title>x</title><p><div>block in p</div><span id=a></span><i id=a></i>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors::toString);
    }

    private static void assertValid(Map<String, byte[]> files, int atLeast) throws Exception {
        Map<String, byte[]> pages = new java.util.TreeMap<>(files);
        pages.keySet().removeIf(p -> !p.endsWith(".html"));
        assertTrue(pages.size() >= atLeast, "only " + pages.size() + " pages");
        List<String> errors = validate(pages);
        assertEquals(List.of(), errors, errors.size() + " HTML errors and warnings");
    }

    private static List<String> validate(Map<String, byte[]> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            current[0] = page.getKey();
            InputSource in = new InputSource(new ByteArrayInputStream(page.getValue()));
            in.setSystemId("https://briefing.example.org/" + page.getKey());
            in.setEncoding("UTF-8");
            validator.checkHtmlInputSource(in);
        }
        return errors;
    }
}
