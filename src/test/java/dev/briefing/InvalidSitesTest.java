package dev.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.briefing.model.Item;
import dev.briefing.model.ItemFields;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under sites/invalid/ is a small site that shows one problem. Its expected.txt holds
 * every diagnostic the build must report, one headline per line, in the order the CLI prints them
 * (path:line:col: severity: message (hint) [CODE]); nothing else may be reported.
 */
class InvalidSitesTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 1);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestSites.site("invalid"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
        Path site = TestSites.site("invalid").resolve(name);
        List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Pipeline.Result result = TestSites.check(site, AS_OF);
        assertEquals(expected, TestSites.headlines(result));
        assertFalse(result.ok(), "an invalid site must fail");
    }

    /** YAML 1.1 would read NO, on and yes as booleans; our schema says these fields are text. */
    @Test
    void noAsATitleStaysTheStringNo() {
        Pipeline.Result result = TestSites.check(TestSites.site("no-title"), AS_OF);
        Item brief = result.loaded().items().get(0);
        assertEquals("NO", brief.title());
        assertEquals(List.of("NO", "on", "yes"), brief.fields().get(ItemFields.TAGS));
        assertEquals(List.of(), TestSites.headlines(result));
        String html = new String(result.files().get("briefs/norway/index.html"), StandardCharsets.UTF_8);
        assertEquals("NO", Jsoup.parse(html).selectFirst("main h1").text());
    }
}
