package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader needs to trust the site: who publishes it and how to reach them (BRF080,
 * BRF081), a real address (BRF082), dated sources (BRF085), change notes (BRF086), corrections
 * and tappable phone numbers. Each check has a case that must report and one that must not.
 */
class TrustTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final String PUBLISHER = "publisher:\n  name: County elections office\n  url: https://county.gov/\n";
    static final String CONTACT = "contact:\n  email: editors@county.gov\n";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/data/sources.yaml"), """
                - id: src
                  title: A report
                  publisher: An agency
                  type: official
                  url: https://agency.gov/report
                  date: 2024-09-01
                  accessed: 2024-09-20
                """);
        TestSites.write(dir.resolve("content/briefs/a.md"), """
                ---
                title: A brief
                date: 2024-09-13
                summary: One plain sentence.
                ---
                Officials named lone offenders among the top threats [[cite:src]]. In an emergency call [911](tel:911).
                """);
    }

    private Pipeline.Result build(String siteYaml) {
        return build(siteYaml, Map.of());
    }

    private Pipeline.Result build(String siteYaml, Map<String, String> settings) {
        if (siteYaml != null) TestSites.write(dir.resolve("content/site.yaml"), siteYaml);
        return new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false, settings));
    }

    private static Document page(Pipeline.Result r, String path) {
        byte[] b = r.files().get(path);
        assertNotNull(b, path);
        return Jsoup.parse(new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void aSiteYamlWithoutPublisherOrContactIsRefused() {
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n");
        assertEquals(List.of(
                "content/site.yaml:1:1: error: site.yaml does not name the publisher (add publisher: {name: <who publishes"
                        + " the site>, url: <their website>}) [BRF080]",
                "content/site.yaml:1:1: error: site.yaml gives no contact for corrections and accessibility reports"
                        + " (add contact: {email: <address>} or contact: {url: <a form or issue tracker>}) [BRF081]"),
                TestSites.headlines(r));
        assertFalse(r.ok());
    }

    @Test
    void thePublisherAndContactAreOnEveryPage() {
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertEquals(List.of(), TestSites.headlines(r));
        for (String p : List.of("index.html", "briefs/a/index.html", "sources/index.html", "corrections/index.html")) {
            var publisher = page(r, p).selectFirst("footer .publisher");
            assertNotNull(publisher, p);
            assertEquals("Published by County elections office. Corrections and accessibility reports: editors@county.gov.",
                    publisher.text(), p);
            assertNotNull(publisher.selectFirst("a[href=https://county.gov/]"), p);
            assertNotNull(publisher.selectFirst("a[href=mailto:editors@county.gov]"), p);
        }
    }

    @Test
    void pagesNameThePublisherAndContactFromSiteYaml() {
        TestSites.write(dir.resolve("content/pages/contact.md"), "---\ntitle: Contact\n---\n"
                + "Published by [[site:publisher]]. Tell [[site:contact|the editors]] what went wrong.\n");
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertEquals(List.of(), TestSites.headlines(r));
        var prose = page(r, "contact/index.html").selectFirst("main .prose");
        assertEquals("Published by County elections office. Tell the editors what went wrong.", prose.text());
        assertNotNull(prose.selectFirst("a[href=https://county.gov/]"));
        assertNotNull(prose.selectFirst("a[href=mailto:editors@county.gov]"));
        TestSites.write(dir.resolve("content/pages/contact.md"), "---\ntitle: Contact\n---\nAsk [[site:contcat]].\n");
        assertEquals(List.of("content/pages/contact.md:4:5: error: unknown site setting 'contcat' in [[site:contcat]]"
                + " (did you mean 'contact'?) [BRF030]"), TestSites.headlines(build(null)));
    }

    @Test
    void withoutASiteYamlThereIsOneWarningNotAnError() {
        Pipeline.Result r = build(null);
        assertEquals(List.of("content/site.yaml:1:1: warning: content/site.yaml is missing or empty: the site names no"
                + " publisher and no contact, and its address is a placeholder (create content/site.yaml with base_url,"
                + " publisher: {name, url} and contact: {email} or {url}) [BRF080]"), TestSites.headlines(r));
        assertTrue(r.ok());
    }

    @Test
    void placeholderAddressesAreWarnedAndTheRealOneCanBeGivenAtBuildTime() {
        String yaml = "title: T\nbase_url: https://briefing.example.org/\n" + PUBLISHER
                + "contact:\n  url: https://briefing.example.org/issues\n";
        Pipeline.Result local = build(yaml);
        assertEquals(List.of(
                "content/site.yaml:2:11: warning: base_url https://briefing.example.org/ is a placeholder address: canonical"
                        + " links, feeds and the sitemap would point there (set the real address in site.yaml (on GitHub Pages,"
                        + " https://<owner>.github.io/<repository>/, which the publish workflow builds with), or build with"
                        + " --base-url URL or BRIEFING_BASE_URL) [BRF082]",
                "content/site.yaml:7:8: warning: contact.url https://briefing.example.org/issues is a placeholder address:"
                        + " readers cannot reach it (set the real one in site.yaml, or build with BRIEFING_CONTACT_URL set) [BRF082]"),
                TestSites.headlines(local));
        Pipeline.Result published = build(yaml, Map.of("base_url", "https://team.github.io/briefing",
                "contact.url", "https://github.com/team/briefing/issues"));
        assertEquals(List.of(), TestSites.headlines(published));
        assertEquals("https://team.github.io/briefing/briefs/a/",
                page(published, "briefs/a/index.html").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(new String(published.files().get("sitemap.xml"), StandardCharsets.UTF_8)
                .contains("<loc>https://team.github.io/briefing/briefs/a/</loc>"));
        assertNotNull(page(published, "index.html").selectFirst("footer a[href=https://github.com/team/briefing/issues]"));
    }

    @Test
    void reservedNamesAreRecognisedAndRealOnesAreNot() {
        for (String url : List.of("https://example.com/", "https://www.example.org/x", "http://EXAMPLE.NET.", "https://site.test/",
                "https://a.b.example/", "https://x.invalid/", "http://localhost:8080/", "http://127.0.0.1/")) {
            assertTrue(TrustChecks.isPlaceholder(url), url);
        }
        for (String url : List.of("https://county.gov/", "https://example.company.com/", "https://testing.org/", "/about/")) {
            assertFalse(TrustChecks.isPlaceholder(url), url);
        }
    }

    @Test
    void phoneNumbersAreLinksAReaderCanTap() {
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertNotNull(page(r, "briefs/a/index.html").selectFirst("main a[href=tel:911]"));
        assertNotNull(page(r, "index.html").selectFirst("header .emergency a[href=tel:911]"), "every page's emergency line");
    }

    @Test
    void referencesAndTheSourcesPageShowTheAccessDateAndAnUndatedSourceIsWarned() {
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertEquals("An agency. A report, 1 September 2024 (agency.gov). Accessed 20 September 2024."
                + " Back to the text, reference 1 About this source: A report",
                page(r, "briefs/a/index.html").selectFirst("#ref-1").text());
        assertTrue(page(r, "sources/index.html").selectFirst("#src").parent().text().contains("accessed 20 September 2024"));
        TestSites.write(dir.resolve("content/data/sources.yaml"), "- id: src\n  title: A report\n  publisher: An agency\n  type: official\n"
                + "  url: https://agency.gov/report\n");
        assertEquals(List.of("content/data/sources.yaml:1:7: warning: source 'src' has no 'accessed' date (add accessed:"
                + " YYYY-MM-DD, the day it was last read for this site) [BRF085]"), TestSites.headlines(build(null)));
    }

    @Test
    void aSourceReadFromACopySaysWhereItWasReadInsteadOfClaimingItsOwnAddressWasOpened() throws IOException {
        Path sources = dir.resolve("content/data/sources.yaml");
        TestSites.write(sources, Files.readString(sources).replace("  date: 2024-09-01\n",
                "  copy: https://mirror.news.org/agency-report\n"));
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertEquals(List.of(), TestSites.headlines(r));
        var reference = page(r, "briefs/a/index.html").selectFirst("#ref-1");
        assertEquals("An agency. A report (undated) (agency.gov). Read on 20 September 2024 from a copy at mirror.news.org,"
                + " not at its own address. Back to the text, reference 1 About this source: A report", reference.text());
        assertNotNull(reference.selectFirst("a.url[href=https://mirror.news.org/agency-report]"));
        String entry = page(r, "sources/index.html").selectFirst("#src").parent().text();
        assertTrue(entry.contains("agency.gov/report; read on 20 September 2024 from a copy at mirror.news.org, not at this"
                + " address."), entry);
        assertFalse(entry.contains("accessed"), entry);
    }

    @Test
    void changesAreListedOnThePageAndCorrectionsSiteWide() {
        TestSites.write(dir.resolve("content/briefs/a.md"), """
                ---
                title: A brief
                date: 2024-09-13
                updated: 2024-09-20
                summary: One plain sentence.
                changes:
                  - {date: 2024-09-15, note: "Said three or more people, not several.", correction: true}
                  - {date: 2024-09-20, note: "Added what to do."}
                ---
                Officials named lone offenders among the top threats [[cite:src]].
                """);
        Pipeline.Result r = build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT);
        assertEquals(List.of(), TestSites.headlines(r));
        Document brief = page(r, "briefs/a/index.html");
        assertTrue(brief.selectFirst(".dates").text().contains("Last updated 20 September 2024 · see all updates."));
        assertEquals(List.of("20 September 2024: Added what to do.",
                "15 September 2024: Correction. Said three or more people, not several."), brief.select("#updates + ul li").eachText());
        Document corrections = page(r, "corrections/index.html");
        assertEquals("../briefs/a/index.html#update-2024-09-15", corrections.selectFirst("main li a").attr("href"));
        assertEquals(1, corrections.select("main li").size(), "only corrections, not every update");
        String feed = new String(r.files().get("feeds/corrections.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<title>Correction: A brief</title>") && feed.contains("<summary>Said three or more people,"
                + " not several.</summary>") && feed.contains("<author><name>County elections office</name></author>"), feed);
    }

    @Test
    void anUpdatedDateWithoutAChangeNoteIsWarned() {
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A brief\ndate: 2024-09-13\nupdated: 2024-09-20\n"
                + "summary: One plain sentence.\n---\nOfficials named lone offenders among the top threats [[cite:src]].\n");
        assertEquals(List.of("content/briefs/a.md:4:10: warning: 'updated' is 2024-09-20 but no entry of 'changes' says what"
                        + " changed that day (add to changes: - {date: 2024-09-20, note: <what changed>}) [BRF086]"),
                TestSites.headlines(build("title: T\nbase_url: https://county.gov/briefing/\n" + PUBLISHER + CONTACT)));
    }
}
