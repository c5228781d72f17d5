package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walkthrough 7 of issue 26: one syntax error in site.yaml was listed after false messages made from the defaults that
 * stood in for it ("site.yaml is missing or empty", [[site:publisher]] needs publisher.url, a translation in an
 * undeclared language, advisories with no check recorded), in the terminal and on the preview's error page alike.
 */
class BrokenSiteYamlTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

    @TempDir
    Path dir;

    private Path brokenInitSite() throws Exception {
        Path site = dir.resolve("site");
        TestSites.Run init = TestSites.cli("init", site.toString(), "--languages", "en,es", "--title", "County briefings",
                "--publisher", "County", "--base-url", "https://briefings.county.gov/");
        assertEquals(0, init.exit(), init.err());
        // An advisory, so that the advisory checks that read site.yaml's advisory_status have something to say.
        Files.writeString(site.resolve("content/data/advisories.yaml"), TestSites.ONE_BULLETIN);
        Files.writeString(site.resolve("content/site.yaml"), "title: \"x\n", StandardOpenOption.APPEND);
        return site;
    }

    /** Each problem reported at site.yaml, and each [[site:…]], language or advisory-check problem anywhere: "code path:line". */
    private static List<String> aboutTheSettings(List<String> headlines) {
        return headlines.stream().filter(h -> h.startsWith("content/site.yaml") || h.contains("[BRF030]") || h.contains("[BRF151]")
                || h.contains("[BRF084]") || h.contains("[BRF138]") || h.contains("[BRF166]")).toList();
    }

    @Test
    void checkReportsTheSyntaxErrorAndNothingMadeFromTheDefaults() throws Exception {
        Path site = brokenInitSite();
        int line = (int) Files.readString(site.resolve("content/site.yaml")).lines().count();
        TestSites.Run check = TestSites.cli("check", "--source", site.toString(), "--as-of", AS_OF.toString());
        assertEquals(1, check.exit(), check.err());
        List<String> headlines = check.err().lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(List.of("content/site.yaml:" + line + ":8: error: the double quote that opens this text is not closed"),
                aboutTheSettings(headlines).stream().map(h -> h.substring(0, h.indexOf(" ("))).toList(), check.err());
    }

    @Test
    void thePreviewsErrorPageListsTheSyntaxErrorAlone() throws Exception {
        Path site = brokenInitSite();
        try (Preview preview = ServeTests.started(site, AS_OF)) {
            RawHttp r = RawHttp.send(preview.server().port(), "GET", "/", "127.0.0.1:" + preview.server().port());
            Document page = Jsoup.parse(r.text());
            List<String> listed = page.select(".briefing-problems > li").stream().map(li -> li.selectFirst("p").text()).toList();
            assertEquals(1, listed.size(), listed.toString());
            assertTrue(listed.get(0).startsWith("content/site.yaml:") && listed.get(0).endsWith(" BRF011"), listed.toString());
        }
    }
}
