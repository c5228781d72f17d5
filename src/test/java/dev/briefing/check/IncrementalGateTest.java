package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preview's gate reuses what it found for unchanged pages and reports what a check from scratch reports. */
class IncrementalGateTest {
    private final LinkGate gate = new LinkGate("https://example.org/");
    private final Map<String, LinkGate.PageLinks> pages = new HashMap<>();

    private void page(String path, String html) {
        pages.put(path, gate.pageLinks(path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private List<String> report(LinkGate.Findings[] last) {
        Diagnostics incremental = new Diagnostics();
        last[0] = gate.check(pages, pages.keySet(), Set.of(), incremental, last[0]);
        Diagnostics scratch = new Diagnostics();
        gate.check(pages, pages.keySet(), Set.of(), scratch, null);
        List<String> a = incremental.sorted().stream().map(DiagnosticFormatter::headline).toList();
        assertEquals(scratch.sorted().stream().map(DiagnosticFormatter::headline).toList(), a);
        return a;
    }

    @Test
    void editsGiveWhatACheckFromScratchGives() {
        LinkGate.Findings[] last = {null};
        page("index.html", "<a href=\"a/index.html\">a</a> <a href=\"b/index.html#part\">b</a>");
        page("a/index.html", "<p>A</p>");
        page("b/index.html", "<h2 id=\"part\">Part</h2>");
        assertEquals(List.of(), report(last));
        LinkGate.Findings first = last[0];
        // An edit of one page that changes neither its ids nor its links: the reachability is reused.
        page("a/index.html", "<p>A, edited</p>");
        assertEquals(List.of(), report(last));
        assertSame(first.reached(), last[0].reached());
        // An edited page loses the id another page links to: the other page's link breaks.
        page("b/index.html", "<h2 id=\"other\">Part</h2>");
        assertEquals(List.of("index.html: error: links to /b/index.html#part, but b/index.html has no element with id 'part' [BRF062]"),
                report(last));
        // A page gains a link to a page that does not exist, and a page nothing links to appears.
        page("a/index.html", "<a href=\"../gone/index.html\">gone</a>");
        page("c/index.html", "<p>C</p>");
        assertEquals(List.of(
                "a/index.html: error: links to /gone/index.html, which the build does not produce (fix the link, the navigation in"
                        + " site.yaml or the template that writes it) [BRF061]",
                "c/index.html: error: page cannot be reached by following links from the home page (link to it from an"
                        + " index, a brief or the navigation) [BRF063]",
                "index.html: error: links to /b/index.html#part, but b/index.html has no element with id 'part' [BRF062]"), report(last));
        // An edit of the page nothing links to that keeps its links: still unreached, found without a pass over the pages.
        LinkGate.Findings unreached = last[0];
        page("c/index.html", "<p>C, edited</p>");
        assertEquals(3, report(last).size());
        assertEquals(List.of("c/index.html"), last[0].unreached());
        assertSame(unreached.unreached(), last[0].unreached());
    }
}
