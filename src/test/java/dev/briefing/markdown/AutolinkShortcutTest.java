package dev.briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MarkdownEngine skips the autolink extension for texts where {@link MarkdownEngine#mayAutolink}
 * says it can find nothing. On seeded random texts built from near misses ("ww.", ":/", "www"
 * without a dot…) and real links, every text the shortcut skips must render the same with the
 * extension as without it.
 */
class AutolinkShortcutTest {
    private static final List<String> PIECES = List.of("see ", "the ", "\n\n", "- ", "| a | b |\n|---|---|\n| c | d |\n",
            "*em* ", "`code` ", "[link](/x/) ", "<https://x.org> ", "www", "ww.", "w.w", "WWW", "wWw", ".", ":", "/",
            "//", ":/", "http", "https", "ftp", "mailto:", "example", ".org", "@", "a", "1", " ", "(", ")", ",",
            "www.example.org ", "https://a.org/b ", "c@d.org ");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void skippedTextsRenderTheSameWithAutolinking(long seed) {
        List<Extension> base = List.of(TablesExtension.create());
        Parser with = Parser.builder().extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build();
        Parser without = Parser.builder().extensions(base).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(base).build();
        Random random = new Random(seed);
        int skipped = 0;
        int linked = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) text.append(PIECES.get(random.nextInt(PIECES.size())));
            String t = text.toString();
            String expected = renderer.render(with.parse(t));
            if (!expected.equals(renderer.render(without.parse(t)))) linked++;
            if (MarkdownEngine.mayAutolink(t)) continue;
            skipped++;
            assertEquals(expected, renderer.render(without.parse(t)), t);
        }
        // Both kinds occur, or the test proves nothing.
        assertTrue(skipped > 500, "texts skipped: " + skipped);
        assertTrue(linked > 50, "texts the extension linked: " + linked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.org", "see www.example.org", "WWW.EXAMPLE.ORG", "write to a@b.org"})
    void textsWithSomethingToLinkAreNotSkipped(String text) {
        assertTrue(MarkdownEngine.mayAutolink(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Plain prose: no links.", "ww.example", "http:/x", "www example"})
    void textsWithNothingToLinkAreSkipped(String text) {
        assertFalse(MarkdownEngine.mayAutolink(text));
    }
}
