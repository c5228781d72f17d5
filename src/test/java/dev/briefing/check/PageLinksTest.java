package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's link targets as the gate resolves them. A link that leads from the site's root whatever the page (an
 * absolute path, or as many "../" as its page is deep) is resolved once for all pages: the same link on a page of
 * another depth must still be resolved against that page.
 */
class PageLinksTest {
    private final LinkGate gate = new LinkGate("https://example.org/");

    private List<String> targets(String path, String href) {
        return gate.pageLinks(path, ("<a href=\"" + href + "\">x</a>").getBytes(StandardCharsets.UTF_8)).targets();
    }

    @Test
    void aLinkIsResolvedAgainstItsOwnPageWhateverPagesHadItBefore() {
        assertEquals(List.of("/x/index.html"), targets("briefs/a/index.html", "../../x/index.html"));
        assertEquals(List.of("/x/index.html"), targets("tags/b/index.html", "../../x/index.html"));
        // One folder deeper, the same link stops one folder short of the root.
        assertEquals(List.of("/es/x/index.html"), targets("es/briefs/a/index.html", "../../x/index.html"));
        // Above the root from a shallower page (no target: the gate does not follow it), to the root from a deeper one.
        assertEquals(List.of(), targets("briefs/index.html", "../../y/index.html"));
        assertEquals(List.of("/y/index.html"), targets("briefs/a/index.html", "../../y/index.html"));
        assertEquals(List.of(), targets("briefs/index.html", "../../y/index.html"));
        // From the root's own pages, a relative link is the root's; from a folder, the folder's.
        assertEquals(List.of("/z/index.html"), targets("index.html", "z/index.html"));
        assertEquals(List.of("/briefs/z/index.html"), targets("briefs/index.html", "z/index.html"));
        assertEquals(List.of("/z/index.html"), targets("404.html", "z/index.html"));
        // Absolute paths, with their query cut and escapes decoded, and fragments kept to the page.
        assertEquals(List.of("/a b/index.html"), targets("briefs/a/index.html", "/a%20b/index.html?q=1"));
        assertEquals(List.of("/a b/index.html"), targets("tags/index.html", "/a%20b/index.html?q=1"));
        assertEquals(List.of("/briefs/a/index.html#part"), targets("briefs/a/index.html", "#part"));
    }
}
