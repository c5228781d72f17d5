package dev.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in content/static/: their size (readers download them, GitHub refuses large ones) and
 * how editors link to them (the folder is the site's root, so content/static/img/map.gif is /img/map.gif).
 */
class StaticFilesTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");
    static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private void site(String body) {
        TestSites.write(dir.resolve("content/site.yaml"), "base_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A\ndate: 2024-09-13\nsummary: One sentence.\n"
                + "sources: [src]\n---\n" + body + "\n");
    }

    /** A sparse file: its size without writing its bytes. */
    private void staticFile(String path, long size) throws IOException {
        Path file = dir.resolve("content/static/" + path);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private List<String> headlines(String code) {
        return TestSites.headlines(TestSites.check(dir, AS_OF)).stream().filter(h -> h.endsWith("[" + code + "]")).toList();
    }

    @Test
    void aLargeFileIsAWarningAndOneGitHubRefusesIsAnError() throws IOException {
        site("Text [[cite:src]].");
        staticFile("small.pdf", 10 * MB);
        staticFile("video/briefing.mp4", 60 * MB);
        staticFile("scan.tif", 101 * MB);
        assertEquals(List.of("content/static/video/briefing.mp4: warning: the file is 60.0 MB: every reader who opens it"
                + " downloads that much, and GitHub warns about files over 50 MB (make it smaller (a compressed image, a shorter"
                + " clip), or link to where it is hosted) [BRF090]"), headlines("BRF090"));
        assertEquals(List.of("content/static/scan.tif: error: the file is 101.0 MB, more than the 100 MB GitHub accepts,"
                + " so the site could not be pushed or published (make it smaller, or host it elsewhere and link to it) [BRF091]"),
                headlines("BRF091"));
        assertFalse(TestSites.check(dir, AS_OF).ok(), "a file GitHub refuses fails the build");
    }

    @Test
    void aLinkToAStaticFileByItsSourcePathGetsTheAddressItIsPublishedAt() throws IOException {
        staticFile("img/map.gif", 10);
        site("![map](static/img/map.gif) and [the map](/content/static/img/map.gif), ![map](img/map.gif) [[cite:src]].\n\n"
                + "[A file nobody wrote](/img/nothing.gif), ![same name elsewhere](/maps/map.gif).");
        String hint = "(link to /img/map.gif: files in content/static/ are published from the site's top folder, so"
                + " content/static/img/map.gif is /img/map.gif) [BRF061]";
        assertEquals(List.of(
                "content/briefs/a.md:7:1: error: links to /briefs/a/static/img/map.gif, which the build does not produce (on briefs/a/index.html) " + hint,
                "content/briefs/a.md:7:32: error: links to /content/static/img/map.gif, which the build does not produce (on briefs/a/index.html) " + hint,
                "content/briefs/a.md:7:72: error: links to /briefs/a/img/map.gif, which the build does not produce (on briefs/a/index.html) " + hint,
                "content/briefs/a.md:9:1: error: links to /img/nothing.gif, which the build does not produce (on briefs/a/index.html)"
                        + " (files to link are kept in content/static/, the site's top folder: put it at content/static/img/nothing.gif"
                        + " and link it as /img/nothing.gif, or correct the address) [BRF061]",
                "content/briefs/a.md:9:42: error: links to /maps/map.gif, which the build does not produce (on briefs/a/index.html) " + hint),
                headlines("BRF061"));
    }

    /**
     * Walkthrough 26: for a file whose name has spaces the hint gave an address with spaces, which
     * pasted as it was is a link CommonMark does not make (BRF043). Each hint's address, pasted in
     * place of the link, makes a site with no error.
     */
    @Test
    void theHintsAddressForAFileWithSpacesWorksPasted() throws IOException {
        staticFile("docs/Poll Worker Guide (2024).pdf", 10);
        String written = "[the guide](<static/docs/Poll Worker Guide (2024).pdf>)";
        String mixed = "[the guide](/docs/Poll%20worker%20guide%20(2024).pdf)";
        site("Read " + written + " and " + mixed + " [[cite:src]].");
        String encoded = "/docs/Poll%20Worker%20Guide%20%282024%29.pdf";
        List<String> hints = headlines("BRF061");
        assertEquals(List.of(
                "content/briefs/a.md:7:6: error: links to /briefs/a/static/docs/Poll Worker Guide (2024).pdf, which the build does"
                        + " not produce (on briefs/a/index.html) (link to " + encoded + ": files in content/static/ are published from"
                        + " the site's top folder, so content/static/docs/Poll Worker Guide (2024).pdf is " + encoded + ") [BRF061]",
                "content/briefs/a.md:7:66: error: links to /docs/Poll worker guide (2024).pdf, which the build does not produce"
                        + " (on briefs/a/index.html) (did you mean " + encoded + "? An address tells capital letters from small ones) [BRF061]"),
                hints);
        site("Read [the guide](" + encoded + ") and [the guide](" + encoded + ") [[cite:src]].");
        assertEquals(List.of(), TestSites.headlines(TestSites.check(dir, AS_OF)));
    }

    /**
     * Walkthrough 26: a link to a missing file was reported by the gate, which runs on rendered pages,
     * so another error in the same run (a wrong brief id stops rendering) hid it until that was fixed.
     * It is reported in the same run, as the gate reports it; links to what the build makes itself
     * (the landscape data, feeds, a page's share card) are left to the gate.
     */
    @Test
    void aLinkToAMissingFileIsReportedWhenAnotherErrorStopsRendering() throws IOException {
        staticFile("img/map.gif", 10);
        String links = "See [the plan](/static-missing.pdf), ![map](/img/map.gif), ![a scan](scans/county.png) [[cite:src]].\n\n"
                + "[Data](/data/landscape.json), [feed](/feeds/briefs.xml), [card](/briefs/a/card.png) and [es](/es/data/landscape.json).";
        site(links + "\n\nAnd [[brief:no-such-brief]].");
        List<String> missing = List.of(
                "content/briefs/a.md:7:5: error: links to /static-missing.pdf, which the build does not produce (on briefs/a/index.html)"
                        + " (files to link are kept in content/static/, the site's top folder: put it at content/static/static-missing.pdf"
                        + " and link it as /static-missing.pdf, or correct the address) [BRF061]",
                "content/briefs/a.md:7:60: error: links to /briefs/a/scans/county.png, which the build does not produce (on"
                        + " briefs/a/index.html) (a link that does not start with / is read from the page's own address, /briefs/a/;"
                        + " files to link are kept in content/static/, the site's top folder: put it at content/static/scans/county.png"
                        + " and link it as /scans/county.png, or correct the address) [BRF061]",
                // The site has no Spanish pages: /es/ is no language's folder.
                "content/briefs/a.md:9:89: error: links to /es/data/landscape.json, which the build does not produce (on briefs/a/index.html)"
                        + " (files to link are kept in content/static/, the site's top folder: put it at content/static/es/data/landscape.json"
                        + " and link it as /es/data/landscape.json, or correct the address) [BRF061]");
        assertEquals(List.of("content/briefs/a.md:11:5: error: unknown brief 'no-such-brief' [BRF030]"), headlines("BRF030"));
        assertEquals(missing, headlines("BRF061"));
        // Once the other error is fixed, the gate reports the same, and only those.
        site(links);
        assertEquals(List.of(), headlines("BRF030"));
        assertEquals(missing, headlines("BRF061"));
    }

    /**
     * Walkthrough 26: an image on another site was published as it was written, so that site saw every
     * reader's visit although the privacy page says the site loads nothing from other sites. It is an
     * error at the image, in a plain build too (walkthrough 9: a build without --strict published it);
     * a link to another site loads nothing until a reader follows it, and is not one.
     */
    @Test
    void anImageOnAnotherSiteIsAnErrorInEveryBuild() {
        site("![Map of Lakeview's polling places](https://maps.example.com/lakeview.png?v=2) [[cite:src]].\n\n"
                + "![Logo](//cdn.example.com/logo.svg), [the map's page](https://maps.example.com/lakeview) and ![ours](/img/map.gif).");
        String hint = "every reader's browser would fetch it from that site, which would see the visit, and the build cannot"
                + " check it; save the image as content/static/img/";
        assertEquals(List.of(
                "content/briefs/a.md:7:1: error: image loaded by its full address: https://maps.example.com/lakeview.png?v=2 ("
                        + hint + "lakeview.png and write ![…](/img/lakeview.png)) [BRF171]",
                "content/briefs/a.md:9:1: error: image loaded by its full address: //cdn.example.com/logo.svg ("
                        + hint + "logo.svg and write ![…](/img/logo.svg)) [BRF171]"),
                headlines("BRF171"));
        TestSites.Run plain = TestSites.cli("build", "--source", dir.toString(), "--as-of", AS_OF.toString(),
                "--output", dir.resolve("out").toString());
        assertEquals(dev.briefing.cli.Main.CONTENT_ERRORS, plain.exit(), plain.err());
        assertTrue(plain.err().contains("content/briefs/a.md:7:1: error: image loaded by its full address"), plain.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("out/briefs/a/index.html")), "nothing published");
    }

    /**
     * Walkthrough 8 of issue 26: a brief whose front matter does not bind is not rendered, so the gate never saw
     * its links to files, and a wrong one was reported only once the date was fixed. Both are reported in
     * one run, the link as an error, since the brief is meant to be published.
     */
    @Test
    void aBriefWhoseFrontMatterFailsHasItsLinksToFilesCheckedInTheSameRun() throws IOException {
        staticFile("img/polling-map.png", 10);
        TestSites.write(dir.resolve("content/site.yaml"), "base_url: https://briefing-test.org/\n" + TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A\ndate: 12/04/2026\nsummary: One sentence.\n"
                + "sources: [src]\n---\n![map](static/img/polling-map.png) and ![x](/img/x.png) [[cite:src]].\n");
        List<String> all = TestSites.headlines(TestSites.check(dir, AS_OF));
        assertEquals(1, all.stream().filter(h -> h.startsWith("content/briefs/a.md:3:7: error:") && h.endsWith("[BRF018]")).count(), all.toString());
        assertEquals(List.of(
                "content/briefs/a.md:7:1: error: links to /briefs/a/static/img/polling-map.png, which the build does not produce"
                        + " (on briefs/a/index.html) (link to /img/polling-map.png: files in content/static/ are published from the"
                        + " site's top folder, so content/static/img/polling-map.png is /img/polling-map.png) [BRF061]",
                "content/briefs/a.md:7:40: error: links to /img/x.png, which the build does not produce (on briefs/a/index.html)"
                        + " (files to link are kept in content/static/, the site's top folder: put it at content/static/img/x.png"
                        + " and link it as /img/x.png, or correct the address) [BRF061]"),
                headlines("BRF061"));
    }

    /** What editors' programs leave beside the files they edit is never loaded, warned about or published. */
    @Test
    void editorsSideFilesAreNeverLoadedOrPublished() throws IOException {
        site("Text [[cite:src]].");
        staticFile("docs/plan.pdf", 10);
        List<String> side = List.of("4913", "docs/.plan.pdf.swp", "docs/plan.pdf~", "docs/#plan.pdf#", "docs/upload.tmp", "docs/plan.swo");
        for (String name : side) staticFile(name, 10);
        for (String name : List.of("4913", ".a.md.swp", "a.md~", ".#a.md", "#a.md#", "a.md.tmp")) {
            TestSites.write(dir.resolve("content/briefs/" + name), "half-saved");
        }
        Path out = dir.resolve("site");
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, out, AS_OF, false));
        assertTrue(r.ok(), TestSites.headlines(r)::toString);
        assertEquals(List.of(), TestSites.headlines(r).stream().filter(h -> h.endsWith("[BRF005]")).toList(), "no 'not part of the site'");
        assertTrue(Files.isRegularFile(out.resolve("docs/plan.pdf")));
        for (String name : side) assertFalse(Files.exists(out.resolve(name)), name + " published");
    }
}
