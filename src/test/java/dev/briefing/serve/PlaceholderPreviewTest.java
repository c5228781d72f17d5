package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Code;
import dev.briefing.engine.ChangeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholders are errors (nothing unfinished is published), but the preview is for drafting: it
 * shows the page with the placeholder marked, lists it in the panel, and keeps rebuilding only
 * what an edit changes.
 */
class PlaceholderPreviewTest {
    @TempDir
    Path dir;

    private void brief(String slug, String summary, String body) throws Exception {
        Path f = dir.resolve("content/briefs/" + slug + ".md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\ntitle: " + slug + "\ndate: 2024-01-01\nsummary: \"" + summary + "\"\n---\n" + body + "\n");
    }

    @Test
    void aPageWithAPlaceholderIsShownWithItMarkedAndListed() throws Exception {
        brief("alpha", "TODO: one plain sentence with the bottom line.", "Say the most important thing first. Then more.");
        brief("beta", "About beta.", "Body");
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            assertFalse(server.current().ok(), "a placeholder is an error: the site would not be published");
            assertTrue(server.current().diagnostics().stream().anyMatch(d -> d.code() == Code.BRF078));
            RawHttp page = RawHttp.send(server.port(), "GET", "/briefs/alpha/", "127.0.0.1:" + server.port());
            assertEquals(200, page.status(), "the page is shown, not the error page");
            String html = page.text();
            assertTrue(html.contains(PlaceholderMarks.OPEN + "Say the most important thing first." + PlaceholderMarks.CLOSE), html);
            assertTrue(html.contains("<details class=\"briefing-warnings\" open><summary>"), "the panel is open");
            assertTrue(html.contains("placeholder") && html.contains("BRF078"), "and lists the placeholder");
            assertFalse(html.contains("content=\"" + PlaceholderMarks.OPEN), "no mark inside an attribute");

            brief("beta", "About beta.", "Body, edited");
            Preview.Outcome edit = preview.apply(ChangeSet.of(List.of("content/briefs/beta.md")));
            assertEquals(Set.of("/briefs/beta/"), edit.build().rendered(), "a body edit still re-renders its own page only");
        }
    }

    @Test
    void marksTouchOnlyTextThatCanHoldThem() {
        String html = "<html><head><title>TODO: a title</title><meta name=\"description\" content=\"TODO: summary\">"
                + "<script>var s = 'TODO: x';</script></head><body><p>Before TODO: the rest</p>"
                + "<a href=\"https://example.org/todo\">https://example.org/todo</a></body></html>";
        String marked = PlaceholderMarks.mark(html);
        assertTrue(marked.contains("<title>TODO: a title</title>"), marked);
        assertTrue(marked.contains("content=\"TODO: summary\""), marked);
        assertTrue(marked.contains("var s = 'TODO: x';"), marked);
        assertTrue(marked.contains("<p>Before " + PlaceholderMarks.OPEN + "TODO: the rest" + PlaceholderMarks.CLOSE + "</p>"), marked);
        assertTrue(marked.contains("href=\"https://example.org/todo\">" + PlaceholderMarks.OPEN + "https://example.org/todo"), marked);
    }
}
