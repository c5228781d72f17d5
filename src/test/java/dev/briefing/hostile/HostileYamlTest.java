package dev.briefing.hostile;

import dev.briefing.testing.TestSites;
import static dev.briefing.hostile.HostileSite.frontMatter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile YAML in front matter, data files and site.yaml: each a clean, located error. */
class HostileYamlTest {
    static final String BRIEF = "content/briefs/alpha.md";
    static final String SOURCES = "content/data/sources.yaml";

    @TempDir
    Path dir;
    HostileSite site;

    @BeforeEach
    void buildOnce() throws IOException {
        site = new HostileSite(dir);
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() throws IOException {
        site.write(BRIEF, frontMatter("title: \"Alpha brief\ndate: 2024-01-02\nsummary: s\n", "Body\n"));
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":2:8", "BRF011");
        assertTrue(o.stderr().contains("the double quote that opens this text is not closed (close the quote: end the text with \" on the same line,"
                + " title: \"Alpha brief\")"), o.stderr());
    }

    @Test
    void tabIndentation() throws IOException {
        site.write(BRIEF, frontMatter("title: Alpha\ndate: 2024-01-02\n\tsummary: s\n", "Body\n"));
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":4:1", "BRF011");
        // Once, in plain words, and the quoted line shows the tab instead of hiding it as a space.
        assertTrue(o.stderr().contains("error: this line is indented with a tab (YAML counts spaces only: replace the tab"
                + " with spaces) [BRF011]\n  →summary: s\n  ^\n"), o.stderr());
        assertEquals(1, o.stderr().split("BRF011", -1).length - 1, o.stderr());
    }

    @Test
    void badIndentation() throws IOException {
        site.write(SOURCES, """
                - id: src-a
                  title: Source A
                   publisher: Publisher
                   type: official
                  url: https://example.org/a
                """);
        // The parser stops at the ': ' (column 13), taking the line for more of the title; the line to change is the indentation.
        HostileSite.Outcome o = site.assertRefused(SOURCES + ":3:4", "BRF011");
        assertTrue(o.stderr().contains("'publisher' is indented more than 'title' on line 2 (remove 1 space before"
                + " 'publisher:' to line it up with 'title:')"), o.stderr());
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKey() throws IOException {
        site.write(BRIEF, frontMatter("title: Alpha\ndate: 2024-01-02\nsummary: s\ntitle: Again\n", "Body\n"));
        site.assertRefused(BRIEF + ":5:1", "BRF014");
    }

    @Test
    void duplicateKeyInADataEntry() throws IOException {
        site.write(SOURCES, HostileSite.SOURCES_YAML + "  url: https://example.org/b\n");
        site.assertRefused(SOURCES + ":7:3", "BRF014");
    }

    @Test
    void billionLaughsIsRefusedAtTheAliasThatCrossesTheLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("title: T\ndate: 2024-01-02\nsummary: s\n");
        yaml.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            yaml.append("]\n");
        }
        site.write(BRIEF, frontMatter(yaml.toString(), "Body\n"));
        // Line 8 is a3: its third alias is the 21st alias of a collection.
        site.assertRefused(BRIEF + ":8:20", "BRF012");
    }

    @Test
    void veryDeepNestingIsRefusedAtTheLevelPastTheLimit() throws IOException {
        site.write(BRIEF, frontMatter("title: T\ndate: 2024-01-02\nsummary: s\ntags: " + "[".repeat(50_000)
                + "]".repeat(50_000) + "\n", "Body\n"));
        // The root mapping is level 1, so the 40th '[' (column 7 + 39) is level 41.
        site.assertRefused(BRIEF + ":5:46", "BRF012");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        site.write(SOURCES, "#".repeat(5 * 1024 * 1024));
        HostileSite.Outcome o = site.assertRefused(SOURCES, "BRF006");
        assertTrue(o.stderr().contains("the limit is 4194304"), o.stderr());
    }

    @Test
    void largeButAllowedDataFileBuildsInBoundedTime() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            yaml.append("- id: src-").append(i).append("\n  title: Source ").append(i)
                    .append("\n  publisher: P\n  url: https://example.org/").append(i).append('\n');
        }
        yaml.append(HostileSite.SOURCES_YAML);
        site.write(SOURCES, yaml.toString());
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
    }

    @Test
    void globalTagIsRefusedAndNothingIsConstructed() throws IOException {
        site.write(SOURCES, """
                - id: src-a
                  title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                  publisher: Publisher
                  type: official
                  url: https://example.org/a
                """);
        HostileSite.Outcome o = site.assertRefused(SOURCES + ":2:10", "BRF013");
        assertTrue(o.stderr().contains("javax.script.ScriptEngineManager' is not allowed"), o.stderr());
    }

    @Test
    void localTagIsRefused() throws IOException {
        site.write(BRIEF, frontMatter("title: !custom Alpha\ndate: 2024-01-02\nsummary: s\n", "Body\n"));
        site.assertRefused(BRIEF + ":2:8", "BRF013");
    }

    @Test
    void invalidDates() throws IOException {
        site.write(BRIEF, frontMatter("title: Alpha\ndate: 2024-02-30\nsummary: s\nupdated: next week\n", "Body\n"));
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":3:7", "BRF018");
        HostileSite.assertDiagnostic(o, BRIEF + ":5:10: error: 'next week' is not a date", "BRF018");
    }

    @Test
    void missingFrontMatter() throws IOException {
        site.write(BRIEF, "title: Alpha\n\nBody\n");
        site.assertRefused(BRIEF + ":1:1", "BRF010", "missing front matter");
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        site.write(BRIEF, "---\ntitle: Alpha\ndate: 2024-01-02\nsummary: s\n\nBody\n");
        site.assertRefused(BRIEF + ":1:1", "BRF010", "front matter is not closed");
    }

    @Test
    void emptyBrief() throws IOException {
        site.write(BRIEF, "");
        site.assertRefused(BRIEF + ":1:1", "BRF010", "missing front matter");
    }

    @Test
    void emptyFrontMatter() throws IOException {
        site.write(BRIEF, "---\n---\nBody\n");
        site.assertRefused(BRIEF + ":1:1", "BRF016", "front matter is empty");
    }

    @Test
    void emptyDataFileHasNoEntriesSoCitationsOfItFail() throws IOException {
        site.write(SOURCES, "");
        site.assertRefused(BRIEF + ":6:11", "BRF030", "unknown source 'src-a'");
    }

    @Test
    void emptySiteYamlMeansDefaults() throws IOException {
        site.write("content/site.yaml", "");
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws IOException {
        byte[] head = "---\ntitle: Alpha\ndate: 2024-01-02\nsummary: caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " au lait\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        site.write(BRIEF, bytes);
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":4:13", "BRF002");
        assertTrue(o.stderr().contains("byte 0xE9 is not valid UTF-8"), o.stderr());
    }

    @Test
    void nulCharacterIsReportedWhereItIs() throws IOException {
        site.write(BRIEF, frontMatter("title: Alpha\ndate: 2024-01-02\nsummary: ab\u0000c\n", "Body\n"));
        HostileSite.Outcome o = site.assertRefused(BRIEF + ":4:12", "BRF011");
        assertTrue(o.stderr().contains("U+0000"), o.stderr());
    }

    @Test
    void byteOrderMarkAndCrlfSimplyWorkWithRightPositions() throws IOException {
        String crlf = ("\uFEFF" + HostileSite.BRIEF.replace("summary: A short plain summary.",
                "summary: A short plain summary, with a new word.")).replace("\n", "\r\n");
        site.write(BRIEF, crlf);
        site.write(SOURCES, ("\uFEFF" + HostileSite.SOURCES_YAML).replace("\n", "\r\n"));
        HostileSite.Outcome ok = site.build();
        assertEquals(Main.OK, ok.exit(), ok.stderr());
        assertNotEquals(site.previousHash(), TestSites.hashTree(site.output), "the new summary was published");

        // Positions after a BOM and CRLF are still counted in lines and characters of the file.
        site.write(BRIEF, crlf.replace("date: 2024-01-02", "date: 2024-13-02"));
        HostileSite.Outcome bad = site.build();
        assertEquals(Main.CONTENT_ERRORS, bad.exit());
        HostileSite.assertDiagnostic(bad, BRIEF + ":3:7: error: '2024-13-02' is not a real date", "BRF018");
    }
}
