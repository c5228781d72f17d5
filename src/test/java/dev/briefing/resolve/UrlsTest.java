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
    @CsvSource(delimiter = '|', value = {
        "/docs/Poll%20Worker%20Guide.pdf | /docs/Poll Worker Guide.pdf",
        "/img/Stra%C3%9Fe.png#top%20x | /img/Straße.png#top%20x",
        "/a%2Fb%3Fc%23d%25e.txt | /a%2Fb%3Fc%23d%25e.txt",
        "/bad%C3.png | /bad%C3.png",
        "/half%2 | /half%2",
        "/plain/ | /plain/"})
    void decodedPaths(String sitePath, String decoded) {
        assertEquals(decoded, Urls.decodePath(sitePath));
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

    /**
     * resolve() against the plain definition it implements (split at '/', drop '.' and empty
     * segments, pop at '..', keep a trailing '/'), on seeded random paths full of dots and slashes.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void resolveMatchesTheSegmentDefinition(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] segments = {"a", "..", ".", "", "bb", "...", ".x"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder from = new StringBuilder("/");
            for (int i = random.nextInt(4); i > 0; i--) {
                from.append(segments[random.nextInt(segments.length)]).append(random.nextBoolean() ? "/" : "");
            }
            StringBuilder href = new StringBuilder(random.nextInt(4) == 0 ? "/" : "");
            for (int i = random.nextInt(6); i > 0; i--) {
                href.append(segments[random.nextInt(segments.length)]).append(random.nextInt(3) > 0 ? "/" : "");
            }
            if (random.nextInt(5) == 0) href.append("#x/../y");
            if (random.nextInt(7) == 0) href.append("?q=/..");
            assertEquals(reference(from.toString(), href.toString()), Urls.resolve(from.toString(), href.toString()),
                    from + " + " + href);
        }
    }

    private static String reference(String fromPage, String href) {
        String path = href.startsWith("/") ? href : fromPage.substring(0, fromPage.lastIndexOf('/') + 1) + href;
        String fragment = "";
        java.util.regex.Matcher cut = java.util.regex.Pattern.compile("[?#]").matcher(path);
        if (cut.find()) {
            fragment = path.substring(cut.start());
            path = path.substring(0, cut.start());
        }
        java.util.LinkedList<String> parts = new java.util.LinkedList<>();
        String[] segs = path.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            boolean last = i == segs.length - 1;
            if (segs[i].equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
                if (last) parts.add("");
            } else if (segs[i].equals(".")) {
                if (last) parts.add("");
            } else if (!segs[i].isEmpty() || last) {
                parts.add(segs[i]);
            }
        }
        return "/" + String.join("/", parts) + fragment;
    }
}
