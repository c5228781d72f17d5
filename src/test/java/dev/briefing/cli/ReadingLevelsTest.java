package dev.briefing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How check prints each page's reading level: a table after the diagnostics, or JSON objects after theirs. */
class ReadingLevelsTest {
    static final String HEAD = "---\ntitle: %s\ndate: 2024-09-13\nsummary: One plain sentence.\n";
    /** Eleven words of one syllable in 2 sentences; ten of these: 110 words, 20 sentences, 110 syllables: grade −1.6. */
    static final String PLAIN = "Call the man if you see it. Then tell your boss [[cite:src]].\n\n";
    /**
     * mu-ni-ci-pal (4) e-mer-gen-cy (4) ser-vi-ces (3) de-ter-mine (3) re-gion-al (3) se-cu-ri-ty (4) pre-par-ed-ness (4)
     * re-spon-si-bil-i-ty (6) for (1) com-mu-ni-ty (4) or-gan-i-za-tions (5): 11 words, 1 sentence, 41 syllables.
     */
    static final String HARD = "Municipal emergency services determine regional security preparedness responsibility for"
            + " community organizations [[cite:src]].\n\n";

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.writeCitableSite(dir);
        TestSites.write(dir.resolve("content/briefs/plain.md"), HEAD.formatted("Plain") + "advice: [Advice]\n---\n"
                + PLAIN.repeat(10) + "## Advice\n\n" + HARD);
        // Ten hard paragraphs: 110 words, 10 sentences, 410 syllables → 0.39 × 11 + 11.8 × 410 / 110 − 15.59 = 32.7.
        TestSites.write(dir.resolve("content/briefs/hard.md"), HEAD.formatted("Hard") + "---\n" + HARD.repeat(10));
        TestSites.write(dir.resolve("content/briefs/short.md"), HEAD.formatted("Short") + "---\n" + HARD);
    }

    @Test
    void aTableOfPagesWithProseEnoughToJudge() {
        TestSites.Run run = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01");
        assertEquals(0, run.exit(), run.err());
        String table = run.out().substring(run.out().indexOf("reading level"));
        // The advice of "plain" is one hard paragraph (11 words): shown, not judged.
        assertEquals(List.of(
                "reading level (Flesch–Kincaid grade of paragraphs and list items; * above the limit: 8 for advice and critical"
                        + " pages, 10 for the rest; (…) under 100 words, not judged):",
                "     text   advice   words  page",
                "    32.7*        -     110  content/briefs/hard.md",
                "    -1.6    (32.7)     121  content/briefs/plain.md",
                "  1 of 2 pages above their limits; 1 other under 100 words of prose"), table.lines().toList());
        assertTrue(run.err().contains("content/briefs/hard.md:6:1: warning: this brief reads at Flesch–Kincaid grade 32.7"), run.err());
    }

    /** Walkthrough 7 of issue 26: "no page has 100 words of prose to judge yet (7 under that)" was hard to parse. */
    @Test
    void aSiteWithNoPageLongEnoughToJudgeSaysSoPlainly() {
        TestSites.deleteTree(dir.resolve("content/briefs"));
        TestSites.write(dir.resolve("content/briefs/short.md"), HEAD.formatted("Short") + "---\n" + HARD);
        TestSites.Run one = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01");
        assertTrue(one.out().lines().toList().contains("reading level: not judged yet: the one page has under 100 words of prose"),
                one.out());
        TestSites.write(dir.resolve("content/briefs/other.md"), HEAD.formatted("Other") + "---\n" + PLAIN);
        TestSites.Run two = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01");
        assertTrue(two.out().lines().toList().contains("reading level: not judged yet: each of the 2 pages has under 100 words of prose"),
                two.out());
    }

    @Test
    void aTranslationIsMeasuredOnItsLanguagesScale() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SITE_YAML
                + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n"
                + "plain_language:\n  min_ease:\n    background: 70\n");
        TestSites.deleteTree(dir.resolve("content/briefs"));
        TestSites.write(dir.resolve("content/briefs/plain.md"), HEAD.formatted("Plain") + "---\n" + PLAIN.repeat(10));
        TestSites.write(dir.resolve("content/briefs/hard.md"), HEAD.formatted("Hard") + "---\n" + HARD.repeat(10));
        // la (1) in-for-ma-ción (4) del (1) dí-a (2) es (1) im-por-tan-te (4) pa-ra (2) la (1) co-mu-ni-dad (4): 9 words,
        // 1 sentence, 20 syllables; twelve of these: 108 words, 12 sentences, 240 syllables:
        // ease 206.84 − 0.60 × 100 × 240 / 108 − 1.02 × 108 / 12 = 64.3, below the limit of 70 set for background
        // (at the first paragraph: none has the 10 words that would name one the hardest).
        TestSites.write(dir.resolve("content/briefs/plain.es.md"), "---\ntitle: Sencillo\n---\n"
                + "La información del día es importante para la comunidad [[cite:src]].\n\n".repeat(12));
        TestSites.Run run = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01");
        String tables = run.out().substring(run.out().indexOf("reading level"));
        assertEquals(List.of(
                "reading level in English (Flesch–Kincaid grade of paragraphs and list items; * above the limit: 8 for advice and"
                        + " critical pages, 10 for the rest; (…) under 100 words, not judged):",
                "     text   advice   words  page",
                "    32.7*        -     110  content/briefs/hard.md",
                "    -1.6         -     110  content/briefs/plain.md",
                "  1 of 2 pages above their limits",
                "reading level in Español (Fernández-Huerta ease of paragraphs and list items; * below the limit: 60 for advice and"
                        + " critical pages, 70 for the rest; (…) under 100 words, not judged):",
                "     text   advice   words  page",
                "    64.3*        -     108  content/briefs/plain.es.md",
                "  1 of 1 page below its limit"), tables.lines().toList(), "the untranslated brief is measured in English only");
        assertEquals(List.of("content/briefs/hard.md:6:1: warning: this brief reads at Flesch–Kincaid grade 32.7, above the limit"
                        + " of 10 (its hardest paragraph, here, reads at 32.7; use shorter sentences and shorter, plainer words) [BRF112]",
                "content/briefs/plain.es.md:4:1: warning: this brief reads at Fernández-Huerta ease 64.3, below the limit of 70"
                        + " (use shorter sentences and shorter, plainer words) [BRF112]"),
                run.err().lines().filter(l -> l.endsWith("[BRF112]")).toList());
    }

    @Test
    void oneJsonObjectPerPageAfterTheDiagnostics() {
        TestSites.Run run = TestSites.cli("check", "--source", dir.toString(), "--as-of", "2024-10-01", "--format", "json");
        List<String> lines = run.out().lines().toList();
        List<String> reading = lines.stream().filter(l -> l.startsWith("{\"type\":\"reading_level\"")).toList();
        assertEquals(lines.subList(lines.size() - 3, lines.size()), reading, "after every diagnostic");
        assertEquals("{\"type\":\"reading_level\",\"language\":\"en\",\"file\":\"content/briefs/hard.md\",\"kind\":\"brief\",\"id\":\"hard\","
                + "\"scale\":\"Flesch–Kincaid grade\",\"critical\":false,\"parts\":[{\"part\":\"background\",\"words\":110,"
                + "\"sentences\":10,\"syllables\":410,\"score\":32.7,\"limit\":10,\"judged\":true,\"over\":true}]}", reading.get(0));
        assertTrue(reading.get(2).startsWith("{\"type\":\"reading_level\",\"language\":\"en\",\"file\":\"content/briefs/short.md\""), reading.get(2));
        assertTrue(lines.stream().filter(l -> !reading.contains(l)).allMatch(l -> l.startsWith("{\"code\":")), run.out());
    }
}
