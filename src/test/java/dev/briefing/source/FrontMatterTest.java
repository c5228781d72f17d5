package dev.briefing.source;

import dev.briefing.model.SourceFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final String PATH = "content/briefs/x.md";

    private static String decode(byte[] bytes) {
        Diagnostics diags = new Diagnostics();
        Optional<String> text = SourceReader.decode(bytes, PATH, diags);
        assertEquals(List.of(), TestSites.headlines(diags.sorted()));
        return text.orElseThrow();
    }

    private static FrontMatter split(String text) {
        Diagnostics diags = new Diagnostics();
        Optional<FrontMatter> fm = FrontMatter.split(new SourceFile(PATH, text), diags);
        assertEquals(List.of(), TestSites.headlines(diags.sorted()));
        return fm.orElseThrow();
    }

    private static List<String> problems(String text) {
        Diagnostics diags = new Diagnostics();
        assertTrue(FrontMatter.split(new SourceFile(PATH, text), diags).isEmpty());
        return TestSites.headlines(diags.sorted());
    }

    @Test
    void byteOrderMarkAndCrlfAreNormalisedBeforeSplitting() {
        byte[] bytes = "\uFEFF---\r\ntitle: A\r\ndate: 2024-09-13\r\n---\r\nBody\r\nline two\r\n".getBytes(StandardCharsets.UTF_8);
        String text = decode(bytes);
        assertEquals("---\ntitle: A\ndate: 2024-09-13\n---\nBody\nline two\n", text);
        FrontMatter fm = split(text);
        assertEquals(new FrontMatter("title: A\ndate: 2024-09-13\n", 2, "Body\nline two\n", 5), fm);
    }

    @Test
    void loneCarriageReturnsAreLineBreaks() {
        assertEquals("a\nb\nc", decode("a\rb\r\nc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedUtf8IsReportedAtItsLineAndColumn() {
        Diagnostics diags = new Diagnostics();
        byte[] bytes = {'a', 'b', '\n', 'c', 'd', (byte) 0xff, 'e'};
        assertTrue(SourceReader.decode(bytes, PATH, diags).isEmpty());
        assertEquals(List.of("content/briefs/x.md:2:3: error: byte 0xFF is not valid UTF-8: the file seems saved in another encoding"
                + " (Windows-1252 or Latin-1), where it is the letter 'ÿ' (save the file with UTF-8 encoding (in most editors: Save with"
                + " Encoding, or Save As, then UTF-8); its letters are kept) [BRF002]"), TestSites.headlines(diags.sorted()));
        // Walkthrough of issue 24: a Spanish file saved as Latin-1 was told of "byte 0xE9", not of the é it holds.
        Diagnostics latin1 = new Diagnostics();
        SourceReader.decode("title: Qu\u00e9 hacer\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), PATH, latin1);
        assertTrue(TestSites.headlines(latin1.sorted()).get(0).startsWith("content/briefs/x.md:1:10: error: byte 0xE9 is not valid"
                + " UTF-8: the file seems saved in another encoding (Windows-1252 or Latin-1), where it is the letter 'é'"));
        // A byte that is no letter there either is named alone.
        Diagnostics control = new Diagnostics();
        SourceReader.decode(new byte[] {'a', (byte) 0x81}, PATH, control);
        assertTrue(TestSites.headlines(control.sorted()).get(0).contains("byte 0x81 is not valid UTF-8 (save"),
                TestSites.headlines(control.sorted()).toString());
    }

    @Test
    void bodyLinesAreCountedFromTheFileStart() {
        assertEquals(new FrontMatter("a: 1\nb: 2\n", 2, "", 5), split("---\na: 1\nb: 2\n---"));
        assertEquals(new FrontMatter("", 2, "body\n", 3), split("---\n---\nbody\n"));
        assertEquals(new FrontMatter("a: 1\n", 2, "body\n", 4), split("---\na: 1\n...\nbody\n"));
    }

    @Test
    void delimitersMayHaveTrailingWhitespace() {
        assertEquals(new FrontMatter("a: 1\n", 2, "body\n", 4), split("--- \na: 1\n---\t \nbody\n"));
    }

    @Test
    void missingAndUnclosedFrontMatter() {
        assertEquals(List.of("content/briefs/x.md:1:1: error: missing front matter (start the file with a line '---',"
                + " then title, date and summary, then '---') [BRF010]"), problems("title: A\n"));
        assertEquals(List.of("content/briefs/x.md:1:1: error: front matter is not closed (add a line '---' after"
                + " the last front-matter field) [BRF010]"), problems("---\ntitle: A\n\nBody\n"));
        assertEquals(1, problems("---").size());
        assertEquals(1, problems("----\na: 1\n---\n").size(), "four dashes are not a delimiter");
    }
}
