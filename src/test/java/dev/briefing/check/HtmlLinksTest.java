package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.briefing.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The link gate's scanner must find exactly what a full jsoup parse and selection finds. */
class HtmlLinksTest {

    /** The gate's former extraction, kept here as the reference the scanner is held to. */
    private static HtmlLinks.Found jsoup(String html) {
        Document doc = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) ids.add(e.id());
        for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
        List<String> links = doc.select("a[href], link[href], img[src], script[src], source[src], form[action]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action"))
                .toList();
        List<String> images = doc.select("meta[property=og:image][content], meta[name=twitter:image][content]").stream()
                .map(e -> e.attr("content")).toList();
        return new HtmlLinks.Found(ids, links, images);
    }

    @Test
    void findsWhatJsoupFindsOnEveryPageOfTheShippedSite() {
        Pipeline.Result result = new Pipeline().run(new Pipeline.Options(Path.of("."), null, LocalDate.of(2026, 12, 6), false));
        Map<String, byte[]> files = result.files();
        long pages = files.keySet().stream().filter(p -> p.endsWith(".html")).count();
        assertFalse(pages < 20, "the shipped site should have many pages, has " + pages);
        files.forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            String html = new String(bytes, StandardCharsets.UTF_8);
            assertEquals(jsoup(html), HtmlLinks.scan(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), path);
        });
    }

    @Test
    void skipsCommentsScriptsAndRawTextAndDecodesReferences() {
        String html = """
                <!DOCTYPE html><html><head><title>a <a href="/no-title"> b</title>
                <script type="application/ld+json">{"x":"<a href='/no-script'>"}</script>
                <style>a[href="/no-style"] { }</style>
                <LINK REL=stylesheet HREF=../style.css>
                <meta property="og:image" content="https://example.org/card.png"><meta name="twitter:image" content="/t.png">
                <meta property="og:title" content="not an image"><meta name="description" content="/not-a-link">
                </head><body>
                <!-- <a href="/no-comment" id="no-comment"> -->
                <a href="/a?x=1&amp;y=2#frag" href="/second" id=top>one</a>
                <a name="anchor">two</a><img src='/i.png' alt="x > y"><IMG SRC="/j.png">
                <form action="/search/"><input id="q" name="q"></form>
                <source src="/v.webm"><a href="&#47;decoded&#x2F;">x</a><a>no href</a>
                <svg><a href="/in-svg" id="s"></a></svg><p id="">empty id</p>
                </body></html>""";
        HtmlLinks.Found found = HtmlLinks.scan(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(jsoup(html), found);
        assertEquals(Set.of("top", "anchor", "q", "s", ""), found.ids());
        assertEquals(List.of("../style.css", "/a?x=1&y=2#frag", "/i.png", "/j.png", "/search/", "/v.webm",
                "/decoded/", "/in-svg"), found.links());
        assertEquals(List.of("https://example.org/card.png", "/t.png"), found.images(), "share images, for the gate");
    }

    /** The scan reads UTF-8 bytes: characters beyond ASCII, in text, names and values, come out whole. */
    @Test
    void readsCharactersBeyondAsciiWhole() {
        String html = """
                <!DOCTYPE html><html><head><title>Élections — “sûres”</title></head><body>
                <h2 id="élection-sûre">Sûreté</h2><p id="日本">テキスト <a href="/städte/#über">ü</a></p>
                <a href="/a b/ç?q=ñ" id="x—y">café</a><img src="/😀.png" alt="😀 <a href=/no>">
                </body></html>""";
        HtmlLinks.Found found = HtmlLinks.scan(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(jsoup(html), found);
        assertEquals(Set.of("élection-sûre", "日本", "x—y"), found.ids());
        assertEquals(List.of("/städte/#über", "/a b/ç?q=ñ", "/😀.png"), found.links());
    }
}
