package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** Title, Open Graph and JSON-LD stay correct and inert whatever a title contains. */
class HostileTitleTest {
    static final String TITLE = "</script><script>alert(1)</script> \"Q\" \\ & ' <b>x</b>\u2028end";

    @Test
    void metadataCarriesTheTitleExactlyAndNothingRuns(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/briefs"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: 'Site </script> \"&'\n"
                + "publisher:\n  name: 'Publisher </script> \"&'\ncontact:\n  email: editors@briefing-test.org\n");
        Files.writeString(dir.resolve("content/briefs/a.md"), "---\ntitle: " + new Json().toJson(TITLE)
                + "\ndate: 2024-01-02\nsummary: 'Summary </script> \"quoted\"'\n---\nBody.\n");
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, LocalDate.of(2024, 6, 1), false));
        assertTrue(r.ok(), () -> r.diagnostics().sorted().toString());
        Document page = Jsoup.parse(new String(r.files().get("briefs/a/index.html"), StandardCharsets.UTF_8));

        assertEquals(1, page.select("script").size(), "only the JSON-LD script element");
        Element ld = page.selectFirst("script[type=application/ld+json]");
        Map<String, Object> json = new Json().toType(ld.data(), Json.MAP_TYPE);
        assertEquals(TITLE, json.get("headline"));
        assertEquals("Summary </script> \"quoted\"", json.get("description"));
        assertEquals("Article", json.get("@type"));
        assertEquals("2024-01-02", json.get("datePublished"));
        // The publisher site.yaml names, not the site's title (walkthrough 26).
        assertEquals("Publisher </script> \"&", ((Map<?, ?>) json.get("publisher")).get("name"));
        assertEquals(TITLE, page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(TITLE + " · Site </script> \"&", page.title());
        assertTrue(page.selectFirst("h1").children().isEmpty(), "markup in a title stays text");

        Document home = Jsoup.parse(new String(r.files().get("index.html"), StandardCharsets.UTF_8));
        Map<String, Object> webPage = new Json().toType(
                home.selectFirst("script[type=application/ld+json]").data(), Json.MAP_TYPE);
        assertEquals("WebPage", webPage.get("@type"));
        assertEquals("Site </script> \"&", webPage.get("name"));
    }
}
