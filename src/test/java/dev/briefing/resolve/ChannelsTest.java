package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reporting channels (content/data/channels.yaml) are data the build checks: a number must be one
 * a reader can dial, a channel must have been confirmed on an official page within the site's
 * horizon, and every critical page shows the How to report block made from them, starting with
 * "If someone is in immediate danger, call 911" as a link a phone can dial.
 */
class ChannelsTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    private static final String CHANNEL = """
            - id: county-tips
              name: County tip line
              summary: Report suspicious activity to the county sheriff.
              when: suspicious activity
              tel: "%s"
              jurisdiction: Example County
              verified: %s
              verified_at: %s
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "report: /report/\n");
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE + """
                - id: blog
                  title: Tip lines near you
                  publisher: A blog
                  type: secondary
                  url: https://blog.example.com/tips
                  accessed: 2024-09-20
                """);
        TestSites.write(dir.resolve("content/pages/report.md"), "---\ntitle: How to report\nsummary: Where to report.\n---\nBody.\n");
        TestSites.write(dir.resolve("content/data/threats.yaml"), "- id: lone\n  name: Lone offenders\n  summary: People acting alone.\n");
        TestSites.write(dir.resolve("content/data/indicators.yaml"), "- id: threats\n  name: Threats\n  summary: Saying it.\n"
                + "  not_concerning: Anger alone.\n");
    }

    private static void assertReports(Pipeline.Result r, String headline) {
        assertTrue(TestSites.headlines(r).contains(headline), () -> String.join("\n", TestSites.headlines(r)));
    }

    private Pipeline.Result check(String tel, String verified, String at) {
        TestSites.write(dir.resolve("content/data/channels.yaml"), CHANNEL.formatted(tel, verified, at));
        return TestSites.check(dir, AS_OF);
    }

    @Test
    void aWellFormedVerifiedChannelIsShownOnEveryCriticalPageAfterThe911Line() {
        Pipeline.Result r = check("+15550100100", "2024-09-20", "src");
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));
        for (String page : List.of("report/index.html", "threats/lone/index.html", "indicators/threats/index.html", "channels/index.html")) {
            Document d = Jsoup.parse(new String(r.files().get(page), StandardCharsets.UTF_8));
            var block = d.selectFirst("#how-to-report");
            assertTrue(block != null, page);
            assertEquals("If someone is in immediate danger, call 911.", block.selectFirst("p").text(), page);
            assertEquals("tel:911", block.selectFirst("p a").attr("href"), page);
            assertEquals("tel:+15550100100", block.selectFirst("li a[href^=tel:]").attr("href"), page);
            assertTrue(block.selectFirst("li").text().contains("Call 1-555-010-0100."), block.text());
        }
        Document channels = Jsoup.parse(new String(r.files().get("channels/index.html"), StandardCharsets.UTF_8));
        assertTrue(channels.selectFirst("#county-tips").parent().text().contains("Confirmed 20 September 2024, on A report"));
        Document brief = Jsoup.parse(new String(r.files().get("about/index.html") == null ? new byte[0] : r.files().get("about/index.html"),
                StandardCharsets.UTF_8));
        assertTrue(brief.selectFirst("#how-to-report") == null, "other pages do not carry the block");
    }

    @Test
    void theBlockSaysWhichLanguagesAChannelAnswersIn() {
        Pipeline.Result without = check("+15550100100", "2024-09-20", "src");
        Document d = Jsoup.parse(new String(without.files().get("report/index.html"), StandardCharsets.UTF_8));
        assertFalse(d.selectFirst("#how-to-report li").text().contains("Languages"), d.selectFirst("#how-to-report li").text());

        TestSites.write(dir.resolve("content/data/channels.yaml"), CHANNEL.formatted("+15550100100", "2024-09-20", "src")
                + "  languages: \"English and Spanish (press 2 when you call)\"\n");
        Pipeline.Result with = TestSites.check(dir, AS_OF);
        assertTrue(with.ok(), () -> String.join("\n", TestSites.headlines(with)));
        d = Jsoup.parse(new String(with.files().get("report/index.html"), StandardCharsets.UTF_8));
        assertTrue(d.selectFirst("#how-to-report li").text().endsWith("Call 1-555-010-0100. Languages: English and Spanish (press 2 when you call)."),
                d.selectFirst("#how-to-report li").text());
    }

    @Test
    void aNumberThatIsNotE164Or911Or988IsAnError() {
        Pipeline.Result r = check("(555) 010-0100", "2024-09-20", "src");
        assertReports(r, "content/data/channels.yaml:5:8: error: '(555) 010-0100' in 'tel' is not a number a"
                + " reader can dial safely (write 911, 988, 711 or the full number in E.164 form without spaces: + then the country"
                + " code and number, e.g. +18005550100) [BRF130]");
        assertFalse(r.ok());
        // Walkthrough 4 of issue 26: the channel also got BRF134, "gives no way to reach it (add tel, …)", though it has
        // a tel. The malformed number is the one mistake.
        assertEquals(List.of(Code.BRF130), r.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList(),
                () -> String.join("\n", TestSites.headlines(r)));
        for (String good : List.of("911", "988", "+448001234567")) {
            Pipeline.Result ok = check(good, "2024-09-20", "src");
            assertTrue(ok.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF130), good);
        }
    }

    @Test
    void aMalformedTelLinkInContentIsAnError() {
        check("911", "2024-09-20", "src");
        TestSites.write(dir.resolve("content/pages/report.md"), "---\ntitle: How to report\nsummary: Where.\n---\n"
                + "Call [the desk](tel:555-0100) or [911](tel:911) or [the line](tel:+1-800-555-0100).\n");
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        List<String> telErrors = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF131).map(d -> d.message()).toList();
        assertEquals(List.of("malformed phone link 'tel:555-0100'"), telErrors, () -> String.join("\n", TestSites.headlines(r)));
    }

    @Test
    void aChannelNotVerifiedWithinItsHorizonIsAWarningAndUnderStrictAnError() {
        Pipeline.Result stale = check("911", "2024-01-15", "src");
        assertReports(stale, "content/data/channels.yaml:7:13: warning: channel 'county-tips' was last"
                + " verified on 2024-01-15, 260 days before 2024-10-01 (the limit is 180) (confirm the number or address on its"
                + " official page, then update 'verified' (or remove the channel)) [BRF132]");
        assertTrue(stale.ok(), "a warning");
        TestSites.Run strict = TestSites.cli("check", "--strict", "--source", dir.toString(), "--as-of", AS_OF.toString());
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().contains("error: channel 'county-tips' was last verified on 2024-01-15"), strict.err());
        assertTrue(check("911", "2024-04-05", "src").diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF132), "179 days");
    }

    @Test
    void aChannelVerifiedOnAnUnofficialPageOrNowhereIsFlagged() {
        Pipeline.Result blog = check("911", "2024-09-20", "blog");
        assertTrue(blog.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.BRF133 && d.pos().line() == 8));
        TestSites.write(dir.resolve("content/data/channels.yaml"), CHANNEL.formatted("+15550100100", "2024-09-20", "src")
                .replace("  verified: 2024-09-20\n  verified_at: src\n", ""));
        Pipeline.Result never = TestSites.check(dir, AS_OF);
        assertTrue(TestSites.headlines(never).stream().anyMatch(h -> h.startsWith("content/data/channels.yaml:1:7: warning: channel"
                + " 'county-tips' has not been verified on an official page, so it is left out of How to report")),
                () -> String.join("\n", TestSites.headlines(never)));
        // Nobody confirmed it, so no reader is sent to it: the block keeps only the 911 line, and its entry gives no number.
        assertTrue(never.ok(), () -> String.join("\n", TestSites.headlines(never)));
        for (String page : List.of("report/index.html", "threats/lone/index.html", "channels/index.html")) {
            Document d = Jsoup.parse(new String(never.files().get(page), StandardCharsets.UTF_8));
            assertEquals("How to report If someone is in immediate danger, call 911.", d.selectFirst("#how-to-report").text(), page);
            assertTrue(d.select("a[href^=tel:]").stream().allMatch(a -> a.attr("href").equals("tel:911")), page);
        }
        Document channels = Jsoup.parse(new String(never.files().get("channels/index.html"), StandardCharsets.UTF_8));
        assertTrue(channels.getElementById("county-tips").parent().text().contains("Not shown until someone confirms it on its"
                + " official page."), channels.text());
    }

    @Test
    void aChannelWithNoWayToReachItIsAnError() {
        TestSites.write(dir.resolve("content/data/channels.yaml"), CHANNEL.formatted("911", "2024-09-20", "src")
                .replace("  tel: \"911\"\n", ""));
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        assertTrue(r.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.BRF134), () -> String.join("\n", TestSites.headlines(r)));
    }

    @Test
    void aCriticalPageWhoseTemplateDropsTheBlockIsAnError() {
        check("911", "2024-09-20", "src");
        TestSites.write(dir.resolve("templates/entity.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<h1>${item.title}</h1>\n</@layout.shell>\n");
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        assertReports(r, "templates/entity.ftlh: error: a critical page does not show the How to report"
                + " block (rendering /indicators/threats/ and 1 other page) (keep <@m.howToReport/> in the template: on this page"
                + " readers must find 'If someone is in immediate danger, call 911') [BRF135]");
        assertFalse(r.ok());
    }
}
