package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import dev.briefing.source.ContentLoader;
import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-language gate: reading levels (BRF112), words to avoid (BRF113) and glossary terms
 * linked on first use (BRF114, BRF116), each with a case that reports and one that does not.
 */
class PageChecksTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final String HEAD = "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n";
    static final String SITE = TestSites.SITE_YAML;
    /**
     * Counted by hand: mu-ni-ci-pal (4) e-mer-gen-cy (4) ser-vi-ces (3) de-ter-mine (3) re-gion-al (3) se-cu-ri-ty (4)
     * pre-par-ed-ness (4) re-spon-si-bil-i-ty (6) for (1) com-mu-ni-ty (4) or-gan-i-za-tions (5): 11 words, 1 sentence,
     * 41 syllables; grade 0.39 × 11 + 11.8 × 41 / 11 − 15.59 = 32.7.
     */
    static final String HARD = "Municipal emergency services determine regional security preparedness responsibility for"
            + " community organizations [[cite:src]].";
    /**
     * Counted by hand: of-fi-cials (3) said (1) the (1) pla-ces (2) most (1) at (1) risk (1) were (1) schools (1)
     * shops (1) and (1) hous-es (2) of (1) wor-ship (2) a-cross (2) the (1) coun-try (2) this (1) year (1):
     * 19 words, 1 sentence, 26 syllables.
     */
    static final String MODERATE = "Officials said the places most at risk were schools, shops and houses of worship"
            + " across the country this year [[cite:src]].";
    /** Eleven words of one syllable in 2 sentences: grade 0.39 × 5.5 + 11.8 − 15.59 = −1.6. */
    static final String PLAIN = "Call the man if you see it. Then tell your boss [[cite:src]].";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.writeCitableSite(dir);
    }

    private List<String> lint(String code, String path, String text) {
        TestSites.write(dir.resolve(path), text);
        return TestSites.headlines(TestSites.check(dir, AS_OF)).stream().filter(h -> h.endsWith("[" + code + "]")).toList();
    }

    private static String paragraphs(String sentence, int n) {
        return (sentence + "\n\n").repeat(n);
    }

    @Test
    void hardProseIsReportedAtItsHardestParagraph() {
        // 9 plain paragraphs (99 words, 18 sentences, 99 syllables) and one hard one (11, 1, 41):
        // 0.39 × 110 / 19 + 11.8 × 140 / 110 − 15.59 = 1.7; the hard one alone reads at 32.7.
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + paragraphs(PLAIN, 9) + HARD + "\n"));
        // One plain paragraph and 9 hard ones (110, 11, 380): 0.39 × 10 + 11.8 × 380 / 110 − 15.59 = 29.1.
        assertEquals(List.of("content/briefs/a.md:8:1: warning: this brief reads at Flesch–Kincaid grade 29.1, above the"
                        + " limit of 10 (its hardest paragraph, here, reads at 32.7; use shorter sentences and shorter, plainer"
                        + " words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + PLAIN + "\n\n" + paragraphs(HARD, 9)));
        // Headings and tables are not prose: 10 plain paragraphs (110 words) read at −1.6 under a hard heading and
        // beside a table of hard words (a head and 9 rows: 110 words, 10 sentences, 410 syllables), which counted
        // would make 0.39 × 220 / 30 + 11.8 × 520 / 220 − 15.59 = 15.2.
        String hardWords = HARD.replace(" [[cite:src]].", "");
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "---\n## " + hardWords + "\n\n" + paragraphs(PLAIN, 10)
                + "| " + hardWords + " |\n|---|\n" + ("| " + hardWords + " [[cite:src]] |\n").repeat(9)));
        // Under 100 words (99): not judged, however hard.
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + paragraphs(HARD, 9)));
        // Exactly 100 words is judged. The hard sentence without "for" (1): 10 words, 1 sentence, 40 syllables;
        // ten of them: 0.39 × 10 + 11.8 × 400 / 100 − 15.59 = 35.5.
        assertEquals(List.of("content/briefs/a.md:6:1: warning: this brief reads at Flesch–Kincaid grade 35.5, above the"
                        + " limit of 10 (its hardest paragraph, here, reads at 35.5; use shorter sentences and shorter, plainer"
                        + " words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + paragraphs(HARD.replace(" for ", " "), 10)));
    }

    @Test
    void aGradeIsJudgedAsItIsShownToOneDecimal() {
        // Counted by hand: 20 paragraphs of 19 words in 1 sentence (see MODERATE: 26 syllables each), two of them
        // with "stated" (sta-ted, 2) for "said" (1), which read at 0.39 × 19 + 11.8 × 27 / 19 − 15.59 = 8.6: 380 words,
        // 20 sentences, 522 syllables;
        // 0.39 × 19 + 11.8 × 522 / 380 − 15.59 = 8.03, shown as 8.0: not above a limit of 8.
        String body = paragraphs(MODERATE.replace(" said ", " stated "), 2) + paragraphs(MODERATE, 18);
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    background: 8\n");
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + body));
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    background: 7\n");
        assertEquals(List.of("content/briefs/a.md:6:1: warning: this brief reads at Flesch–Kincaid grade 8.0, above the limit"
                        + " of 7 (its hardest paragraph, here, reads at 8.6; use shorter sentences and shorter, plainer words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + body));
    }

    @Test
    void adviceAndCriticalPagesHaveTheStricterLimitAndTheLimitsAreSettings() {
        // Six MODERATE paragraphs read at 0.39 × 19 + 11.8 × 26 / 19 − 15.59 = 7.97.
        String body = paragraphs(MODERATE, 6);
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + body), "8.0 is within 10 and 8");
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    background: 7\n");
        assertEquals(List.of("content/briefs/a.md:6:1: warning: this brief reads at Flesch–Kincaid grade 8.0, above the limit"
                        + " of 7 (its hardest paragraph, here, reads at 8.0; use shorter sentences and shorter, plainer words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + body), "the background limit alone");
        assertEquals(List.of(), lint("BRF112", "content/briefs/a.md", HEAD + "advice: [What you can do]\n---\n## What you can do\n\n"
                + body), "advice keeps its default of 8");
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    advice: 7\n    background: 7\n");
        assertEquals(List.of("content/briefs/a.md:6:1: warning: this brief reads at Flesch–Kincaid grade 8.0, above the limit"
                        + " of 7 (its hardest paragraph, here, reads at 8.0; use shorter sentences and shorter, plainer words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "---\n" + body));
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    advice: 7\n");
        assertEquals(List.of("content/briefs/a.md:9:1: warning: the advice sections of this brief read at Flesch–Kincaid grade"
                        + " 8.0, above the limit of 7 for advice (its hardest paragraph, here, reads at 8.0; use shorter sentences"
                        + " and shorter, plainer words) [BRF112]"),
                lint("BRF112", "content/briefs/a.md", HEAD + "advice: [What you can do]\n---\n## What you can do\n\n" + body));
        TestSites.write(dir.resolve("content/briefs/a.md"), HEAD + "---\n" + PLAIN + "\n");
        assertEquals(List.of("content/pages/report.md:5:1: warning: this critical page reads at Flesch–Kincaid grade 8.0, above"
                        + " the limit of 7 for critical pages (its hardest paragraph, here, reads at 8.0; use shorter sentences"
                        + " and shorter, plainer words) [BRF112]"),
                lint("BRF112", "content/pages/report.md", "---\ntitle: How to report\ncritical: true\n---\n" + body));
    }

    @Test
    void wordsToAvoidAreReportedWhereTheyStand() {
        String brief = HEAD.replace("One plain sentence.", "Why soft targets matter.") + "---\n"
                + "Polling places are *Soft Targets*, officials said [[cite:src]].\n\n"
                + "Not [[term:soft-target|soft-targeted]], but a soft\ntarget across lines of one paragraph is.\n";
        TestSites.write(dir.resolve("content/data/glossary.yaml"), "- id: soft-target\n  name: Soft target\n"
                + "  summary: A crowded public place; this site avoids the term.\n");
        assertEquals(List.of(), lint("BRF113", "content/briefs/a.md", brief), "without a list, no word is avoided");
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  avoid:\n    soft target: crowded public place\n");
        assertEquals(List.of(
                "content/briefs/a.md:4:10: warning: 'soft targets' is on this site's list of words to avoid (write 'crowded public"
                        + " place' instead: site.yaml's plain_language.avoid lists it) [BRF113]",
                "content/briefs/a.md:6:21: warning: 'Soft Targets' is on this site's list of words to avoid (write 'crowded public"
                        + " place' instead: site.yaml's plain_language.avoid lists it) [BRF113]",
                "content/briefs/a.md:8:47: warning: 'soft target' is on this site's list of words to avoid (write 'crowded public"
                        + " place' instead: site.yaml's plain_language.avoid lists it) [BRF113]"),
                lint("BRF113", "content/briefs/a.md", brief), "the glossary itself may use it");
        assertEquals(List.of(), lint("BRF114", "content/briefs/a.md", brief),
                "a glossary term that is a word to avoid is to be replaced, not linked");
        TestSites.write(dir.resolve("content/site.yaml"), SITE);
        assertEquals(List.of("content/briefs/a.md:6:21: warning: 'Soft Targets' is in the glossary, but its first use here does"
                + " not link to it (write [[term:soft-target|Soft Targets]]) [BRF114]"), lint("BRF114", "content/briefs/a.md", brief));
    }

    @Test
    void aGlossaryTermIsLinkedWhereABriefFirstUsesIt() {
        TestSites.write(dir.resolve("content/data/glossary.yaml"), """
                - id: nsse
                  name: National Special Security Event
                  aliases: [NSSE]
                  summary: An event the Secret Service leads the security of.
                """);
        assertEquals(List.of("content/briefs/a.md:10:23: warning: 'NSSEs' is in the glossary, but its first use here does not"
                        + " link to it (write [[term:nsse|NSSEs]]) [BRF114]"),
                lint("BRF114", "content/briefs/a.md", HEAD + "---\n## NSSE\n\nSee [the NSSE page](https://dhs.gov/nsse) [[cite:src]].\n\n"
                        + "Both conventions were NSSEs [[cite:src]]. A [[term:nsse]] has a lead agency [[cite:src]].\n"));
        assertEquals(List.of(), lint("BRF114", "content/briefs/a.md", HEAD + "---\nBoth conventions were [[term:nsse|NSSEs]]"
                + " [[cite:src]]. Each National Special Security Event has a lead agency [[cite:src]].\n"));
        assertEquals(List.of(), lint("BRF114", "content/pages/about.md", "---\ntitle: About\n---\nWe cover each NSSE.\n"),
                "pages are not held to it, only briefs");
        // Any case: the name in lower case is the term. Whole words only: "NSSEX" and "nonnsse" are other words.
        assertEquals(List.of("content/briefs/a.md:6:10: warning: 'national special security event' is in the glossary, but its"
                        + " first use here does not link to it (write [[term:nsse|national special security event]]) [BRF114]"),
                lint("BRF114", "content/briefs/a.md", HEAD + "---\nThe next national special security event was the count"
                        + " [[cite:src]].\n"));
        assertEquals(List.of(), lint("BRF114", "content/briefs/a.md", HEAD + "---\nThe NSSEX codes and nonnsse events differ"
                + " [[cite:src]].\n"));
    }

    @Test
    void aNameTwoTermsShareIsReported() {
        assertEquals(List.of("content/data/glossary.yaml:7:12: warning: 'ntas' names both glossary terms 'ntas' and"
                        + " 'ntas-bulletin' (keep it as a name or alias of one of them only) [BRF116]"),
                lint("BRF116", "content/data/glossary.yaml", """
                        - id: ntas
                          name: NTAS
                          summary: The advisory system.
                        - id: ntas-bulletin
                          name: NTAS Bulletin
                          summary: One kind of advisory.
                          aliases: [ntas, Bulletin]
                        """));
        assertEquals(List.of(), lint("BRF116", "content/data/glossary.yaml", """
                        - id: ntas
                          name: NTAS
                          aliases: [ntas, National Terrorism Advisory System]
                          summary: The advisory system; its own alias in another case is no second term.
                        - id: ntas-bulletin
                          name: NTAS Bulletin
                          summary: One kind of advisory.
                          aliases: [Bulletin]
                        """));
    }

    @Test
    void afterAnEditOnlyChangedPagesAreCheckedAgain() {
        TestSites.write(dir.resolve("content/briefs/a.md"), HEAD + "---\n" + paragraphs(PLAIN, 9));
        TestSites.write(dir.resolve("content/briefs/b.md"), HEAD + "---\n" + paragraphs(PLAIN, 9));
        ContentLoader loader = new ContentLoader(new MarkdownEngine());
        LoadedSite first = loader.load(dir, new Diagnostics());
        ResolvedSite before = new Resolver(AS_OF, false, new Diagnostics()).resolve(first);
        Key a = new Key(Kind.BRIEF, "a");
        Key b = new Key(Kind.BRIEF, "b");
        // As the preview does: a new object for the edited file only.
        TestSites.write(dir.resolve("content/briefs/b.md"), HEAD + "---\n" + paragraphs(HARD, 10));
        LoadedSite edited = edit(first, loader, first.config());
        Diagnostics diags = new Diagnostics();
        ResolvedSite after = new Resolver(AS_OF, false, diags).resolve(edited, before);
        assertSame(before.pageChecks().byItem().get(a), after.pageChecks().byItem().get(a));
        assertNotSame(before.pageChecks().byItem().get(b), after.pageChecks().byItem().get(b));
        assertEquals(List.of("content/briefs/b.md:6:1"), brf112(diags));
        // Edited back: the warning goes with the report that made it.
        TestSites.write(dir.resolve("content/briefs/b.md"), HEAD + "---\n" + paragraphs(PLAIN, 9));
        Diagnostics again = new Diagnostics();
        ResolvedSite plain = new Resolver(AS_OF, false, again).resolve(edit(edited, loader, first.config()), after);
        assertEquals(List.of(), brf112(again));
        // Other rules (a stricter limit, the same items): every page is checked again.
        TestSites.write(dir.resolve("content/site.yaml"), SITE + "plain_language:\n  max_grade:\n    background: 1\n");
        LoadedSite stricter = edit(plain.loaded(), loader, loader.load(dir, new Diagnostics()).config());
        Diagnostics strict = new Diagnostics();
        ResolvedSite checked = new Resolver(AS_OF, false, strict).resolve(stricter, plain);
        assertNotSame(plain.pageChecks().byItem().get(a), checked.pageChecks().byItem().get(a));
        assertEquals(List.of(), brf112(strict), "plain prose reads at -1.6, below 1");
    }

    /** The site with brief b loaded again from its file and the given settings, every other item the same object. */
    private LoadedSite edit(LoadedSite site, ContentLoader loader, dev.briefing.model.SiteConfig config) {
        List<dev.briefing.model.Item> items = new java.util.ArrayList<>(site.items());
        items.replaceAll(i -> i.key().id().equals("b") ? loader.loadFile(dir, "content/briefs/b.md").items().get(0) : i);
        return site.in(config, items, site.localization());
    }

    private static List<String> brf112(Diagnostics diags) {
        return diags.sorted().stream().filter(d -> d.code() == dev.briefing.diag.Code.BRF112).map(d -> d.pos().toString()).toList();
    }
}
