package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.briefing.Pipeline;
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
 * The accessibility statement, generated from site.yaml first on the accessibility page, kept
 * with its page (BRF115), consistent (BRF115) and reviewed on time (BRF038).
 */
class AccessibilityStatementTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final String SITE = "title: County briefings\nbase_url: https://county.gov/\n"
            + "publisher:\n  name: County elections office\n  url: https://county.gov/\ncontact:\n  email: access@county.gov\n";
    static final String STATEMENT = """
            accessibility:
              standard: WCAG 2.2 AA
              compliance: partial
              exceptions:
                - what: "Our maps have no text alternative."
                  criterion: "1.1.1 Non-text Content"
                  plan: "We will describe each map in words by June 2025."
              formats: [large print, plain text, audio recording]
              reply_days: 5
              tested: "We test every page with a screen reader and a keyboard."
              reviewed: 2024-09-01
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/pages/accessibility.md"), "---\ntitle: Accessibility\n---\n## What we add\n\nOur own words.\n");
    }

    private Pipeline.Result build(String siteYaml) {
        TestSites.write(dir.resolve("content/site.yaml"), siteYaml);
        return TestSites.check(dir, AS_OF);
    }

    private static Document page(Pipeline.Result r) {
        return Jsoup.parse(new String(r.files().get("accessibility/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void theStatementComesFirstAndThePagesOwnTextFollows() {
        Pipeline.Result r = build(SITE + STATEMENT);
        assertEquals(List.of(), TestSites.headlines(r));
        Document page = page(r);
        assertEquals(List.of("h1 Accessibility", "h2 Accessibility statement", "h3 What is not accessible", "h3 Other formats",
                "h3 Report a problem", "h3 How we test this site", "h3 About this statement", "h2 What we add"),
                page.select("main h1, main h2, main h3").stream().map(h -> h.tagName() + " " + h.text()).toList());
        var statement = page.selectFirst("section.statement");
        assertEquals("statement", statement.attr("aria-labelledby"));
        assertEquals(List.of(
                "This statement covers every page of County briefings, published by County elections office."
                        + " The site partly meets WCAG 2.2 AA, for the reasons listed below.",
                "If you need a page in another format, such as large print, plain text or audio recording, ask us at"
                        + " access@county.gov. We reply within 5 working days.",
                "If something on this site is hard to use, tell us at access@county.gov. Say which page, and what went wrong."
                        + " We reply within 5 working days.",
                "We test every page with a screen reader and a keyboard.",
                "We last reviewed this statement on 1 September 2024."), statement.select("p").eachText());
        assertEquals(List.of("Our maps have no text alternative. It does not meet WCAG success criterion 1.1.1 Non-text Content."
                + " We will describe each map in words by June 2025."), statement.select("li").eachText());
        assertNotNull(statement.selectFirst("a[href=mailto:access@county.gov]"));
        assertEquals("Our own words.", page.selectFirst("main .prose p").text());
        TestSites.write(dir.resolve("content/pages/about.md"), "---\ntitle: About\n---\nWho we are.\n");
        Document about = Jsoup.parse(new String(build(SITE + STATEMENT).files().get("about/index.html"), StandardCharsets.UTF_8));
        assertEquals("Who we are.", about.selectFirst("main .prose p").text());
        assertNull(about.selectFirst("section.statement"), "only the accessibility page shows the statement");
    }

    @Test
    void withoutExceptionsOrAClaimTheStatementSaysTheSiteAims() {
        Document page = page(build(SITE + "accessibility:\n  reviewed: 2024-09-01\n"));
        assertEquals(List.of("This statement covers every page of County briefings, published by County elections office."
                        + " We aim to make the site meet WCAG 2.2 AA.",
                // What the editors recorded, a review on that day with nothing listed, and no more.
                "The review of 1 September 2024 recorded no part of this site that is not accessible. If you find one,"
                        + " please tell us.",
                // No formats listed: none offered.
                "If something on this site is hard to use, tell us at access@county.gov. Say which page, and what went wrong.",
                "We last reviewed this statement on 1 September 2024."), page.select("section.statement p").eachText());
    }

    /**
     * What init writes: a statement nobody has reviewed says so, claims to know of no barrier, says only what the
     * theme's own tests check (not this site's content), and is noted:
     * a note, which stops no publish, since the statement claims nothing.
     */
    @Test
    void aStatementNobodyHasReviewedSaysSoAndClaimsNothing() {
        Pipeline.Result r = build(SITE + "accessibility:\n  reviewed:\n  standard: WCAG 2.2 AA\n");
        assertEquals(List.of("content/site.yaml:9:3: note: the accessibility statement has not been reviewed: it says so on"
                + " the page, and claims nothing about what is accessible (check the site against WCAG 2.2 AA, list what is not"
                + " accessible under exceptions, then write that day in site.yaml: accessibility: reviewed: YYYY-MM-DD) [BRF115]"),
                TestSites.headlines(r));
        // No aim is stated for the team before it has looked: init wrote the standard, not the team.
        assertEquals(List.of("This statement covers every page of County briefings, published by County elections office."
                        + " This statement measures the site against WCAG 2.2 AA.",
                "This statement has not been reviewed yet, so it does not yet list what is not accessible. If you find a problem,"
                        + " please tell us.",
                "This site is made with the briefing generator, whose theme is tested on its own example pages with axe-core's"
                        + " automated checks for WCAG 2.2 A and AA and for reflow at 320 pixels wide. Those tests check neither this"
                        + " site's own content nor any change it makes to the theme.",
                "If something on this site is hard to use, tell us at access@county.gov. Say which page, and what went wrong.",
                "This statement has not been reviewed yet."), page(r).select("section.statement p").eachText());
        // No other format is offered until the statement is reviewed, not even one site.yaml lists.
        Document listed = page(build(SITE + "accessibility:\n  reviewed:\n  formats: [large print]\n"));
        assertEquals(List.of("What is not accessible", "Report a problem", "About this statement"),
                listed.select("section.statement h3").eachText());
        assertFalse(listed.text().contains("another format"), listed.text());
    }

    @Test
    void aPlaceholderForHowTheSiteWasTestedIsNotPublished() {
        Pipeline.Result r = build(SITE + STATEMENT.replace("\"We test every page with a screen reader and a keyboard.\"",
                "\"TODO: how you tested the site\""));
        assertEquals(List.of("content/site.yaml:17:11: error: accessibility.tested in site.yaml is still a placeholder (replace the"
                + " TODO text) [BRF078]"), TestSites.headlines(r));
    }

    @Test
    void anOverdueReviewIsWarnedAndShown() {
        Pipeline.Result r = build(SITE + STATEMENT.replace("reviewed: 2024-09-01", "reviewed: 2024-01-05"));
        assertEquals(List.of("content/site.yaml:18:13: warning: the accessibility statement was last reviewed 2024-01-05, more"
                + " than 180 days before 2024-10-01 (check the site against WCAG 2.2 AA again and update accessibility.reviewed)"
                + " [BRF038]"), TestSites.headlines(r));
        assertNotNull(page(r).selectFirst("section.statement .review-overdue"));
        assertNull(page(build(SITE + STATEMENT)).selectFirst("section.statement .review-overdue"));
    }

    @Test
    void theStatementAndItsPageGoTogetherAndDoNotContradictEachOther() {
        assertEquals(List.of("content/pages/accessibility.md:1:1: warning: the accessibility page has no statement: site.yaml has"
                        + " no 'accessibility' settings (add accessibility: {reviewed: YYYY-MM-DD, …} to content/site.yaml; the"
                        + " handbook's Trust page lists its settings) [BRF115]"),
                TestSites.headlines(build(SITE)));
        assertNull(page(build(SITE)).selectFirst("section.statement"));
        assertEquals(List.of("content/site.yaml:10:15: warning: the statement says the site fully meets WCAG 2.2 AA but lists 1"
                        + " exception (write compliance: partial) [BRF115]"),
                TestSites.headlines(build(SITE + STATEMENT.replace("compliance: partial", "compliance: full"))));
        TestSites.deleteTree(dir.resolve("content/pages"));
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A\ndate: 2024-09-13\nsummary: One sentence.\n---\nBody.\n");
        assertEquals(List.of("content/site.yaml:9:3: warning: site.yaml describes an accessibility statement, but no page"
                        + " content/pages/accessibility.md shows it (run: briefing new page \"Accessibility\") [BRF115]"),
                TestSites.headlines(build(SITE + STATEMENT)).stream().filter(h -> h.endsWith("[BRF115]")).toList());
    }
}
