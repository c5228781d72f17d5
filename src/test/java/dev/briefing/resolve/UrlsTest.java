package dev.briefing.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    private final Urls files = new Urls(false);
    private final Urls pretty = new Urls(true);

    @Test
    void sitePathsOfItems() {
        assertEquals("/briefs/x/", Urls.of(new Key(Kind.BRIEF, "x")));
        assertEquals("/about/", Urls.of(new Key(Kind.PAGE, "about")));
        assertEquals("/threats/lone-offenders/", Urls.of(new Key(Kind.THREAT, "lone-offenders")));
        assertEquals("/sources/#src", Urls.of(new Key(Kind.SOURCE, "src")));
        assertEquals("/glossary/#ntas", Urls.of(new Key(Kind.GLOSSARY, "ntas")));
        assertEquals("/sources/", Urls.pageOf(new Key(Kind.SOURCE, "src")));
    }

    @ParameterizedTest
    @CsvSource({
        "/briefs/x/, briefs/x/index.html",
        "/, index.html",
        "/feeds/briefs.xml, feeds/briefs.xml",
        "/sources/#src, sources/index.html",
        "/404.html, 404.html"})
    void outputFiles(String sitePath, String file) {
        assertEquals(file, Urls.outputFile(sitePath));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/briefs/a/, /briefs/b/, ../b/index.html, ../b/",
        "/briefs/a/, /briefs/a/, index.html, ./",
        "/briefs/a/, /briefs/a/#ref-1, '#ref-1', '#ref-1'",
        "/briefs/a/, /briefs/, ../index.html, ../",
        "/briefs/a/, /, ../../index.html, ../../",
        "/briefs/a/, /sources/#src, ../../sources/index.html#src, ../../sources/#src",
        "/briefs/a/, /feeds/briefs.xml, ../../feeds/briefs.xml, ../../feeds/briefs.xml",
        "/briefs/a/, /briefs/a/b/, b/index.html, b/",
        "/, /, index.html, ./",
        "/, /briefs/, briefs/index.html, briefs/",
        "/, /#main, '#main', '#main'",
        "/briefs/, /briefs/a/, a/index.html, a/",
        "/tags/x/, /tags/, ../index.html, ../",
        "/404.html, /briefs/, briefs/index.html, briefs/",
        "/404.html, /, index.html, ./"})
    void relativeHrefs(String from, String to, String fileHref, String prettyHref) {
        assertEquals(fileHref, files.relative(from, to));
        assertEquals(prettyHref, pretty.relative(from, to));
    }

    /** Whatever relative() writes, a browser on that page resolves back to the target. */
    @Test
    void relativeAndResolveAreInverses() {
        List<String> pages = List.of("/", "/briefs/", "/briefs/a/", "/tags/x/", "/404.html", "/a/b/c/");
        List<String> targets = List.of("/", "/briefs/", "/briefs/a/", "/briefs/b/", "/sources/#s", "/feeds/briefs.xml",
                "/a/b/", "/a/b/c/#x");
        for (String from : pages) {
            for (String to : targets) {
                String href = pretty.relative(from, to);
                assertEquals(to, Urls.resolve(from, href), "pretty " + from + " → " + to + " via " + href);
                String fileHref = files.relative(from, to);
                assertEquals(file(to), file(Urls.resolve(from, fileHref)), from + " → " + to + " via " + fileHref);
            }
        }
    }

    /** The file and fragment a site path names: "/a/" and "/a/index.html" are the same file. */
    private static String file(String sitePath) {
        return Urls.outputFile(sitePath) + sitePath.substring(Urls.stripFragment(sitePath).length());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "/briefs/a/, ../b/, /briefs/b/",
        "/briefs/a/, ../../about/index.html#x, /about/index.html#x",
        "/briefs/a/, .., /briefs/",
        "/briefs/a/, ., /briefs/a/",
        "/briefs/a/, ./, /briefs/a/",
        "/briefs/a/, /tags/, /tags/",
        "/briefs/a/, img.png?v=1#top, /briefs/a/img.png?v=1#top",
        "/briefs/a/, x//y, /briefs/a/x/y",
        "/briefs/a/, ../../.., ''",
        "/404.html, briefs/, /briefs/",
        "/, ../x, ''"})
    void resolvesRelativeHrefs(String from, String href, String expected) {
        if (expected.isEmpty()) assertNull(Urls.resolve(from, href), "climbs above the site root");
        else assertEquals(expected, Urls.resolve(from, href));
    }
}
