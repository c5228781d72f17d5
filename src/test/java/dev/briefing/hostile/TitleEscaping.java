package dev.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * Checks that a brief title (brief "alpha") survives every output format as data: parsed back,
 * each format (HTML, JSON-LD, Atom, JSON Feed, search index) yields exactly the title, and no
 * page gains an element or a script from it.
 */
final class TitleEscaping {
    private TitleEscaping() {
    }

    static void assertEscapedEverywhere(Path output, String title) {
        try {
            Document page = Jsoup.parse(Files.readString(output.resolve("briefs/alpha/index.html")));
            assertTrue(page.title().startsWith(title.strip().replaceAll("\\s+", " ")), "<title>: " + page.title());
            String shown = normal(title);
            assertEquals(shown, normal(page.selectFirst("meta[property=og:title]").attr("content")));
            assertEquals(shown, normal(page.selectFirst("h1").text()));
            Element jsonLd = page.selectFirst("script[type=application/ld+json]");
            // Read back with a JSON parser of its own (Jackson), not compared with our escaper's output.
            assertTrue(JSON.readTree(jsonLd.data()).findValues("headline").stream().anyMatch(h -> h.isString() && h.asString().equals(shown)),
                    "JSON-LD: " + jsonLd.data());
            assertTrue(!jsonLd.data().contains("</"), "JSON-LD cannot close its script element");
            try (Stream<Path> files = Files.walk(output)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Document d = Jsoup.parse(Files.readString(p));
                    for (Element s : d.select("script")) {
                        // JSON-LD data, or the theme's own script file: never inline code from content.
                        // The /embed/ page also previews the embeddable notice (embed/advisory.js, data only from the build).
                        boolean themeScript = (s.attr("src").matches("(\\.\\./)*assets/[a-z]+\\.[0-9a-f]+\\.js")
                                || p.endsWith(Path.of("embed", "index.html")) && s.attr("src").equals("advisory.js")) && s.data().isEmpty();
                        assertTrue(themeScript || s.attr("type").equals("application/ld+json"),
                                p + " gained a script element: " + s);
                    }
                    assertTrue(d.select("[onerror], [onload], iframe, svg, img[src^=javascript]").isEmpty(), p.toString());
                }
            }
            org.w3c.dom.Document atom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Files.readAllBytes(output.resolve("feeds/briefs.xml"))));
            NodeList titles = atom.getElementsByTagName("title");
            assertEquals(shown, normal(titles.item(1).getTextContent()), "Atom entry title");
            String json = Files.readString(output.resolve("feeds/briefs.json"));
            assertTrue(hasText(JSON.readTree(json), shown), "the JSON feed holds the title: " + json);
            assertTrue(!json.contains("<"), "the JSON feed has no raw '<'");
            // The search index's document chunks hold titles as JSON strings too.
            try (Stream<Path> chunks = Files.list(output.resolve("search/index"))) {
                List<String> docs = chunks.filter(p -> p.getFileName().toString().startsWith("d-"))
                        .map(TitleEscaping::read).toList();
                assertTrue(docs.stream().anyMatch(d -> hasText(parse(d), shown)), "the search index holds the title as a JSON string");
                assertTrue(docs.stream().noneMatch(d -> d.contains("<")), "the search index has no raw '<'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("a feed is not well-formed XML", e);
        }
    }

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();

    private static tools.jackson.databind.JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** Whether any string anywhere in the document is exactly {@code text}. */
    private static boolean hasText(tools.jackson.databind.JsonNode node, String text) {
        if (node.isString()) return node.asString().equals(text);
        for (tools.jackson.databind.JsonNode child : node) if (hasText(child, text)) return true;
        return false;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A title as the site shows it: one line, runs of spaces folded (the binder does this). */
    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
