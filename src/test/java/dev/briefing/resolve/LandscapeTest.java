package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landscape: advisories in force and expired, review dates, derived relationships, matrix, timeline. */
class LandscapeTest {
    /** The advisories were last checked against the live page on 20 May 2024. */
    static final String STATUS = """
            advisory_status:
              checked: 2024-05-20
              url: https://www.dhs.gov/national-terrorism-advisory-system
              name: DHS's NTAS page
            """;
    static final String LIVE = "https://www.dhs.gov/national-terrorism-advisory-system";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS + STATUS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), """
                - id: src-a
                  title: Source A
                  publisher: Pub A
                  type: official
                  date: 2024-01-02
                  url: https://example.org/a
                - id: src-b
                  title: Source B
                  publisher: Pub B
                  type: official
                  url: https://example.org/b
                """);
        TestSites.write(dir.resolve("content/data/targets.yaml"), """
                - id: schools
                  name: Schools
                  summary: Schools.
                  reviewed: 2024-01-01
                - id: hospitals
                  name: Hospitals
                  summary: Hospitals.
                """);
        TestSites.write(dir.resolve("content/data/threats.yaml"), """
                - id: lone-offenders
                  name: Lone offenders
                  summary: One person.
                  targets: [schools]
                  body: |
                    Second claim [[cite:src-b]], first again [[cite:src-a]].
                  sources: [src-a]
                """);
        TestSites.write(dir.resolve("content/data/advisories.yaml"), """
                - id: old-bulletin
                  name: Old bulletin
                  summary: Old.
                  level: bulletin
                  issued: 2024-01-01
                  expires: 2024-03-01
                  targets: [hospitals]
                - id: new-alert
                  name: New alert
                  summary: New.
                  level: elevated
                  issued: 2024-03-01
                  expires: 2024-06-10
                  supersedes: old-bulletin
                  threats: [lone-offenders]
                """);
        TestSites.write(dir.resolve("content/data/incidents.yaml"), """
                - id: an-incident
                  name: An incident
                  summary: It happened.
                  date: 2024-02-15
                  targets: [hospitals]
                  threats: [lone-offenders]
                """);
        TestSites.write(dir.resolve("content/briefs/b1.md"), """
                ---
                title: Brief one
                date: 2024-02-01
                summary: About schools.
                threats: [lone-offenders]
                targets: [schools]
                sources: [src-a]
                ---
                Text [[cite:src-a]].
                """);
    }

    private Pipeline.Result build(String asOf) {
        return TestSites.check(dir, LocalDate.parse(asOf));
    }

    private static Document page(Pipeline.Result r, String path) {
        byte[] b = r.files().get(path);
        assertNotNull(b, path);
        return Jsoup.parse(new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void theAdvisoryInForceIsOnEveryPageAndAnExpiringOneWarns() {
        Pipeline.Result r = build("2024-06-01");
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        for (String p : List.of("index.html", "briefs/b1/index.html", "targets/schools/index.html")) {
            Element banner = page(r, p).selectFirst(".advisory-banner");
            assertNotNull(banner, p);
            assertTrue(banner.text().contains("New alert") && banner.text().contains("10 June 2024")
                    && banner.text().contains("Last checked against DHS's NTAS page on 20 May 2024."), banner.text());
        }
        assertTrue(TestSites.headlines(r).stream().anyMatch(h -> h.contains("'new-alert' in force expires in 9 days")
                && h.contains("[BRF037]")), TestSites.headlines(r)::toString);
        Document archive = page(r, "advisories/index.html");
        assertTrue(archive.text().contains("Old bulletin"));
        assertNotNull(page(r, "advisories/old-bulletin/index.html").selectFirst(".status-expired"));
    }

    /**
     * An advisory about to expire is a reminder: --strict leaves it a warning, so the publish
     * workflow (which builds with --strict) can publish, corrections too, until the day comes
     * (walkthrough of issue 26: for the 14 days before each expiry, nothing could be published).
     */
    @Test
    void anExpiringAdvisoryDoesNotStopAStrictBuildButAnotherWarningDoes() throws Exception {
        // The fixture with its other warnings fixed: reviews within the period, sources read, every entry linked.
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 365\ntimezone: America/New_York\n"
                + TestSites.SETTINGS + STATUS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), Files.readString(dir.resolve("content/data/sources.yaml"))
                .replace("  type: official\n", "  type: official\n  accessed: 2024-05-01\n"));
        TestSites.write(dir.resolve("content/briefs/b1.md"), Files.readString(dir.resolve("content/briefs/b1.md"))
                + "\nSee [[advisory:new-alert]] and [[incident:an-incident]] [[cite:src-a]].\n");
        Path out = dir.resolve("out");
        TestSites.Run strict = TestSites.cli("build", "--strict", "--source", dir.toString(), "--output", out.toString(),
                "--as-of", "2024-06-01", "--base-url", "https://county.example.gov/");
        List<String> problems = strict.err().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: (error|warning): .*")).toList();
        assertEquals(1, problems.size(), strict.err());
        assertTrue(problems.get(0).contains(": warning: advisory 'new-alert' in force expires in 9 days"), strict.err());
        assertEquals(0, strict.exit(), strict.err());
        assertTrue(Files.exists(out.resolve("index.html")), "published");
        // Any other warning still stops it, and the reminder stays a warning beside it.
        TestSites.write(dir.resolve("content/briefs/b2.md"), "---\ntitle: B2\ndate: 2024-05-01\nsummary: S.\n---\nText with no citation.\n");
        TestSites.Run refused = TestSites.cli("build", "--strict", "--source", dir.toString(), "--output", dir.resolve("out2").toString(),
                "--as-of", "2024-06-01", "--base-url", "https://county.example.gov/");
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().contains(": warning: advisory 'new-alert' in force expires in 9 days"), refused.err());
        assertFalse(Files.exists(dir.resolve("out2/index.html")));
    }

    /**
     * Walkthrough 4 of issue 26: an advisory entered after it had expired (expiry 2025-09-22, checked
     * 2026-12-06) got no message, so an editor who thought it current was not told. It is a note,
     * which stops neither the build nor --strict, since a record of a past advisory is right. One
     * that lapsed after the last check (the site's records were right when made) gets none.
     */
    @Test
    void theNewestAdvisoryExpiredWhenTheAdvisoriesWereCheckedIsANoteThatStopsNothing() throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS
                + STATUS.replace("2024-05-20", "2024-07-01"));
        Pipeline.Result r = build("2024-07-01");
        assertEquals(List.of("content/data/advisories.yaml:13:12: note: advisory 'new-alert', the newest listed, had expired on"
                + " 2024-06-10 when the advisories were last checked, on 2024-07-01, so every page shows it as expired and no advisory in force (right for a past advisory; if it"
                + " is in force on the official page, correct 'expires' to the day given there) [BRF165]"),
                TestSites.headlines(r).stream().filter(h -> h.contains("[BRF165]")).toList());
        TestSites.Run strict = TestSites.cli("check", "--strict", "--source", dir.toString(), "--as-of", "2024-07-01",
                "--base-url", "https://county.example.gov/");
        assertTrue(strict.err().contains("note: advisory 'new-alert', the newest listed, had expired on 2024-06-10"), strict.err());
        assertTrue(strict.err().lines().noneMatch(l -> l.contains("[BRF165]") && l.contains(": error: ")), strict.err());

        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS + STATUS);
        assertEquals(List.of(), TestSites.headlines(build("2024-07-01")).stream().filter(h -> h.contains("[BRF165]")).toList(),
                "lapsed after the check of 2024-05-20: nothing to tell");
    }

    @Test
    void anExpiredAdvisoryIsNeverShownAsCurrent() {
        Pipeline.Result r = build("2024-06-10");
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        assertEquals(null, page(r, "index.html").selectFirst(".advisory-banner"), "expired on its expiry day");
        String status = page(r, "index.html").selectFirst(".advisory-status").text();
        assertEquals("As of 20 May 2024, when this site's advisory records were last checked against DHS's NTAS page,"
                + " New alert was in force. It was due to expire on 10 June 2024, so this site no longer shows it as"
                + " current. For the current status, see DHS's NTAS page.", status);
        // Its own page says only what its dates say: nobody has read DHS's page since it expired.
        assertEquals("Expired — its stated expiry date, 10 June 2024, has passed.",
                page(r, "advisories/new-alert/index.html").selectFirst(".status-expired").text());

        // Once a check on or after its expiry day is recorded, the page may say it was not in force there.
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS
                + STATUS.replace("2024-05-20", "2024-06-10"));
        Pipeline.Result checked = build("2024-06-10");
        assertEquals("Expired — its stated expiry date, 10 June 2024, has passed, and it was not in force on DHS's NTAS page"
                + " when this site's editors last read it, on 10 June 2024.",
                page(checked, "advisories/new-alert/index.html").selectFirst(".status-expired").text());
    }

    /**
     * The banner, the home page, the advisories index and the advisory's own page never say what
     * is in force without the date of the last check and a link to the live official page.
     */
    @Test
    void everyStatusStatementCarriesItsHorizonAndTheLivePage() {
        Pipeline.Result r = build("2024-06-01");
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        Element banner = page(r, "briefs/b1/index.html").selectFirst(".advisory-banner");
        Element home = page(r, "index.html").selectFirst(".advisory-status");
        Element index = page(r, "advisories/index.html").selectFirst(".advisory-status");
        Element own = page(r, "advisories/new-alert/index.html").selectFirst(".status-current");
        for (Element e : List.of(banner, home, index, own)) {
            assertTrue(e.text().contains("20 May 2024"), e.text());
            assertNotNull(e.selectFirst("a[href=" + LIVE + "]"), e.outerHtml());
        }
        assertTrue(home.text().startsWith("As of 20 May 2024, when this site's advisory records were last checked against"
                + " DHS's NTAS page, New alert was in force, due to expire on 10 June 2024."), home.text());
        assertFalse(page(r, "index.html").text().contains("is in force as of"), "no status as of the build date");
    }

    @Test
    void aCheckOlderThanTheLimitIsWarnedAndSaysItsAge() {
        Pipeline.Result fresh = build("2024-06-01");
        assertTrue(TestSites.headlines(fresh).stream().noneMatch(h -> h.contains("[BRF083]")), TestSites.headlines(fresh)::toString);
        Pipeline.Result stale = build("2024-06-25");
        assertTrue(TestSites.headlines(stale).contains("content/site.yaml:8:12: warning: advisories last checked on"
                + " 2024-05-20, 36 days before 2024-06-25 (the limit is 30) (compare content/data/advisories.yaml with "
                + LIVE + ", then update 'checked') [BRF083]"), TestSites.headlines(stale)::toString);
        assertTrue(page(stale, "index.html").selectFirst(".advisory-status").text().startsWith("As of 20 May 2024, 36 days ago,"
                + " when this site's advisory records were last checked against DHS's NTAS page, New alert was in force"),
                page(stale, "index.html").selectFirst(".advisory-status").text());
    }

    /**
     * A check older than the limit comes first wherever the advisory is shown, and "in force" follows
     * only as what its dates say: the banner does not lead with it as if confirmed.
     */
    @Test
    void anOldCheckLeadsTheBannerAndTheAdvisorysOwnStatus() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS + STATUS
                + "  max_age_days: 10\n");
        Pipeline.Result stale = build("2024-06-05");
        Element banner = page(stale, "briefs/b1/index.html").selectFirst(".advisory-banner");
        assertEquals("Last checked against DHS's NTAS page on 20 May 2024, 16 days ago. By its dates, this site lists New alert"
                + " (Elevated alert) as in force: issued 1 March 2024, expires 10 June 2024. For the current status, see DHS's NTAS"
                + " page.", banner.text());
        assertEquals("Advisory", banner.attr("aria-label"));
        String own = page(stale, "advisories/new-alert/index.html").selectFirst(".status-current").text();
        assertTrue(own.startsWith("This site's advisory records were last checked against DHS's NTAS page on 20 May 2024, 16 days"
                + " ago; see it for the current status. By its dates it is in force"), own);
        // A recent check: the advisory in force leads, with the day of the check.
        Element fresh = page(build("2024-05-25"), "briefs/b1/index.html").selectFirst(".advisory-banner");
        assertTrue(fresh.text().startsWith("Elevated alert in force by its dates: New alert."), fresh.text());
        assertEquals("Advisory in force", fresh.attr("aria-label"));
    }

    @Test
    void withoutARecordedCheckNoPageSaysWhatIsInForce() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS);
        // Without advisory_status, each advisory names its issuer by an official source (BRF138).
        java.nio.file.Path advisories = dir.resolve("content/data/advisories.yaml");
        try {
            TestSites.write(advisories, java.nio.file.Files.readString(advisories).replace("  level:", "  sources: [issuer]\n  level:"));
            java.nio.file.Path sources = dir.resolve("content/data/sources.yaml");
            TestSites.write(sources, java.nio.file.Files.readString(sources) + "- id: issuer\n  title: The bulletin\n  publisher: DHS\n"
                    + "  type: official\n  url: https://www.dhs.gov/ntas\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Pipeline.Result r = build("2024-06-01");
        assertTrue(TestSites.headlines(r).contains("content/site.yaml:1:1: warning: the site lists advisories but does not"
                + " record when they were last checked against their official source, so no page says which is in force"
                + " (add advisory_status: {checked: YYYY-MM-DD, url: <the live page>, name: <what it is called>} to site.yaml)"
                + " [BRF084]"), TestSites.headlines(r)::toString);
        String home = page(r, "index.html").selectFirst(".advisory-status").text();
        assertTrue(home.startsWith("This site does not record when it last checked its advisories"), home);
        assertFalse(home.contains("was in force"), home);
        assertTrue(page(r, "briefs/b1/index.html").selectFirst(".advisory-banner").text()
                .contains("This site does not record when it last checked its official source."));
    }

    /**
     * What init writes: the official page is named but nobody has compared the advisories with it.
     * Every statement says "not yet checked" and links the page; none states what is in force
     * as of the build date, and the build warns.
     */
    @Test
    void aCheckNotYetMadeIsWarnedAndEveryStatementSaysNotYetChecked() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS
                + STATUS.replace("2024-05-20", ""));
        Pipeline.Result r = build("2024-06-01");
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        assertTrue(TestSites.headlines(r).contains("content/site.yaml:8:3: warning: the advisories have not yet been checked"
                + " against DHS's NTAS page, so every page says they are not yet checked and none says which is in force"
                + " (compare content/data/advisories.yaml with " + LIVE + ", then write that day in site.yaml:"
                + " advisory_status: checked: YYYY-MM-DD) [BRF100]"), TestSites.headlines(r)::toString);
        Element home = page(r, "index.html").selectFirst(".advisory-status");
        assertTrue(home.text().startsWith("Not yet checked: this site's advisory records have not yet been compared with"
                + " DHS's NTAS page, so it does not say which advisory is in force."), home.text());
        Element banner = page(r, "briefs/b1/index.html").selectFirst(".advisory-banner");
        assertEquals("Not yet checked against DHS's NTAS page. By its dates, this site lists New alert (Elevated alert) as in force:"
                + " issued 1 March 2024, expires 10 June 2024. For the current status, see DHS's NTAS page.", banner.text());
        Element own = page(r, "advisories/new-alert/index.html").selectFirst(".status-current");
        assertTrue(own.text().startsWith("Not yet checked: this site's advisory records have not been compared with DHS's NTAS page"),
                own.text());
        for (Element e : List.of(home, banner, own, page(r, "advisories/index.html").selectFirst(".advisory-status"))) {
            assertNotNull(e.selectFirst("a[href=" + LIVE + "]"), e.outerHtml());
            assertFalse(e.text().contains("As of") || e.text().contains("last checked") || e.text().contains("was in force"),
                    e.text());
        }
    }

    @Test
    void aCheckNotYetMadeIsWarnedEvenWithNoAdvisories() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS
                + STATUS.replace("2024-05-20", ""));
        TestSites.write(dir.resolve("content/data/advisories.yaml"), "[]\n");
        Pipeline.Result r = build("2024-06-01");
        assertTrue(TestSites.headlines(r).stream().anyMatch(h -> h.endsWith("[BRF100]")), TestSites.headlines(r)::toString);
        String home = page(r, "index.html").selectFirst(".advisory-status").text();
        assertTrue(home.startsWith("Not yet checked:") && !home.contains("no advisory was in force"), home);
    }

    /** /advisories/ stamps what its own page stamps: an expired advisory never looks current in the list. */
    @Test
    void theAdvisoryListStampsAnExpiredAdvisory() {
        Pipeline.Result r = build("2024-06-01");
        Document list = page(r, "advisories/index.html");
        Element old = list.selectFirst(".item-list li:has(a[href^=old-bulletin])");
        Element current = list.selectFirst(".item-list li:has(a[href^=new-alert])");
        assertNotNull(old, list.outerHtml());
        assertEquals("Expired", old.selectFirst(".stamp").text(), old.outerHtml());
        assertEquals(null, current.selectFirst(".stamp"), "the advisory in force is not stamped: " + current.outerHtml());
        Element later = page(build("2024-06-10"), "advisories/index.html").selectFirst(".item-list li:has(a[href^=new-alert])");
        assertEquals("Expired", later.selectFirst(".stamp").text(), "stamped from its expiry day on: " + later.outerHtml());
    }

    @Test
    void anAdvisoryIssuedAfterTheCheckIsWarned() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\nreview_period_days: 30\n" + TestSites.SETTINGS
                + STATUS.replace("2024-05-20", "2024-02-01"));
        Pipeline.Result r = build("2024-03-05");
        assertTrue(TestSites.headlines(r).contains("content/data/advisories.yaml:12:11: warning: advisory 'new-alert' was"
                + " issued after the last recorded check (2024-02-01) (update advisory_status.checked in site.yaml) [BRF084]"),
                TestSites.headlines(r)::toString);
        String home = page(r, "index.html").selectFirst(".advisory-status").text();
        assertTrue(home.contains("Old bulletin was in force") && home.contains("Since then, this site has recorded New alert"), home);
    }

    @Test
    void reviewOverdueIsVisibleAndWarned() {
        Pipeline.Result r = build("2024-06-01");
        assertTrue(TestSites.headlines(r).contains("content/data/targets.yaml:4:13: warning: target 'schools' was last"
                + " reviewed 2024-01-01, more than 30 days before 2024-06-01 (check it against its sources and update"
                + " 'reviewed') [BRF038]"), TestSites.headlines(r)::toString);
        assertNotNull(page(r, "targets/schools/index.html").selectFirst(".review-overdue"));
        assertEquals(null, page(r, "targets/hospitals/index.html").selectFirst(".review-overdue"));
    }

    @Test
    void relationshipsWrittenOnceAreShownBothWays() {
        Pipeline.Result r = build("2024-06-01");
        Document schools = page(r, "targets/schools/index.html");
        List<String> referrers = schools.select("section[aria-labelledby=related] a").eachText();
        assertTrue(referrers.containsAll(List.of("Lone offenders", "Brief one")), referrers::toString);
        Document threat = page(r, "threats/lone-offenders/index.html");
        List<String> referring = threat.select("section[aria-labelledby=related] a").eachText();
        assertTrue(referring.containsAll(List.of("Brief one", "New alert", "An incident")), referring::toString);
    }

    @Test
    void citationsAreNumberedInOrderOfFirstUseThenListedSources() {
        Document threat = page(build("2024-06-01"), "threats/lone-offenders/index.html");
        // Each citation is named by its source, and the reference links back to it.
        assertEquals(List.of("[1] source: Source B", "[2] source: Source A"), threat.select(".prose sup.cite a").eachText());
        String cited = threat.selectFirst(".prose sup.cite a").id();
        assertEquals("#" + cited, threat.selectFirst("#ref-1 .ref-links a").attr("href"));
        List<String> refs = threat.select(".references li").eachText();
        assertTrue(refs.get(0).startsWith("Pub B. Source B") && refs.get(1).startsWith("Pub A. Source A"), refs::toString);
        assertEquals("#ref-1", threat.selectFirst(".prose sup.cite a").attr("href"));
        assertNotNull(threat.getElementById("ref-1"));
    }

    @Test
    void theMatrixAndTimelineTellTheLandscape() {
        Pipeline.Result r = build("2024-06-01");
        Document matrix = page(r, "matrix/index.html");
        Element schoolsRow = matrix.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("Schools")).findFirst().orElseThrow();
        assertTrue(schoolsRow.select("td a").eachText().containsAll(List.of("Brief one", "Lone offenders")));
        Element hospitalsRow = matrix.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("Hospitals")).findFirst().orElseThrow();
        assertEquals(List.of("An incident"), hospitalsRow.select("td a").eachText());

        List<String> timeline = page(r, "timeline/index.html").select(".timeline li a").eachText();
        assertEquals(List.of("New alert", "An incident", "Brief one", "Old bulletin"), timeline);
        assertFalse(timeline.contains("Schools"));
    }

    @Test
    void headingsInContentNeverTakeThePagesOwnIds() {
        TestSites.write(dir.resolve("content/briefs/b2.md"), """
                ---
                title: Brief two
                date: 2024-02-02
                summary: Headings named like the page's own sections.
                sources: [src-a]
                ---
                ## References

                A claim [[cite:src-a]]. See [below](#ref-1) and [the heading](#related).

                ## Ref 1

                ## Related

                ## Related
                """);
        Document page = page(build("2024-06-01"), "briefs/b2/index.html");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids are unique: " + ids);
        assertEquals("li", page.getElementById("ref-1").tagName(), "#ref-1 is the first reference");
        assertEquals(List.of("#ref-1", "#section-ref-1", "#section-related"),
                page.select(".prose a[href^=#]").eachAttr("href"),
                "the citation links to its reference; fragments that name a heading (even \"Ref 1\") go to it");
    }
}
