package dev.briefing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.model.StaticFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build updates the site before last in place, then swaps it in: what is unchanged is not
 * written again, and the result is exactly the files the build made, whatever the old site held.
 */
class SiteUpdateTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site");
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private boolean build(Map<String, byte[]> files) {
        return build(files, List.of());
    }

    private boolean build(Map<String, byte[]> files, List<StaticFile> statics) {
        Diagnostics diags = new Diagnostics();
        boolean ok = new SiteWriter(out()).write(files, statics, diags);
        assertTrue(diags.sorted().isEmpty(), diags.sorted().toString());
        return ok;
    }

    /** Every file under the output, relative path → text. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                tree.put(out().relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return tree;
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void theResultIsExactlyWhatTheBuildMadeAfterAnyHistory() throws IOException {
        build(files("index.html", "home 1", "a/index.html", "a 1", "gone/index.html", "gone", "deep/x/y.html", "y"));
        build(files("index.html", "home 2", "a/index.html", "a 1", "b/index.html", "b 2"));
        // The kept site is now build 1's; build 3 must remove its gone/ and deep/, and keep nothing of it.
        Map<String, byte[]> third = files("index.html", "home 3", "a/index.html", "a 3", "b/index.html", "b 2", "c.html", "c");
        build(third);
        assertEquals(Map.of("index.html", "home 3", "a/index.html", "a 3", "b/index.html", "b 2", "c.html", "c"), tree());
        assertFalse(Files.exists(out().resolve("gone")));
        assertFalse(Files.exists(out().resolve("deep")));
        assertTrue(Files.isDirectory(dir.resolve(".site.previous")), "the retired site is kept to be updated next");
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    /** A page longer than the buffer it is compared through, changed only in its last byte, is written; an equal one is not. */
    @Test
    void aLongPageIsComparedToItsLastByte() throws IOException {
        String body = "x".repeat(200_000);
        build(files("long.html", body + "a", "same.html", body));
        build(files("long.html", body + "a", "same.html", body));
        Files.setLastModifiedTime(dir.resolve(".site.previous/same.html"), java.nio.file.attribute.FileTime.fromMillis(0));

        build(files("long.html", body + "b", "same.html", body));

        assertEquals(body + "b", Files.readString(out().resolve("long.html")));
        assertEquals(0, Files.getLastModifiedTime(out().resolve("same.html")).toMillis(), "the equal page is not rewritten");
    }

    @Test
    void anUnchangedFileIsNotWrittenAgainAndAChangedOneIsOverwrittenInPlace() throws IOException {
        build(files("index.html", "home", "a/index.html", "same"));
        build(files("index.html", "home", "a/index.html", "same"));
        Path kept = dir.resolve(".site.previous/a/index.html");
        Object keptInode = inode(kept);
        Files.setLastModifiedTime(kept, java.nio.file.attribute.FileTime.fromMillis(0));
        Object changedInode = inode(dir.resolve(".site.previous/index.html"));

        build(files("index.html", "home, changed", "a/index.html", "same"));

        assertEquals(keptInode, inode(out().resolve("a/index.html")), "the same file, not a new one");
        assertEquals(0, Files.getLastModifiedTime(out().resolve("a/index.html")).toMillis(), "and not rewritten");
        assertEquals(changedInode, inode(out().resolve("index.html")), "overwritten in place, not replaced");
        assertEquals("home, changed", Files.readString(out().resolve("index.html")));
    }

    @Test
    void aPageBecomingAFolderAndAFolderBecomingAPageBothWork() throws IOException {
        build(files("index.html", "h", "a", "a was a file", "b/index.html", "b was a folder"));
        build(files("index.html", "h", "a", "a was a file", "b/index.html", "b was a folder"));
        build(files("index.html", "h", "a/index.html", "a is a folder", "b", "b is a file"));
        assertEquals(Map.of("index.html", "h", "a/index.html", "a is a folder", "b", "b is a file"), tree());
    }

    @Test
    void aLinkInTheKeptSiteIsRemovedNeverFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Map<String, byte[]> site = files("index.html", "h", "a/index.html", "a", "b/c/index.html", "c");
        build(site);
        build(site);
        // Someone replaced folders of the kept site by links out of it, at its top and further down.
        Path kept = dir.resolve(".site.previous");
        SiteWriter.deleteQuietly(kept.resolve("a"));
        Files.createSymbolicLink(kept.resolve("a"), elsewhere);
        SiteWriter.deleteQuietly(kept.resolve("b/c"));
        Files.createSymbolicLink(kept.resolve("b/c"), elsewhere);

        build(files("index.html", "h", "a/index.html", "a again", "b/c/index.html", "c again"));

        assertEquals(Map.of("index.html", "h", "a/index.html", "a again", "b/c/index.html", "c again"), tree());
        assertFalse(Files.isSymbolicLink(out().resolve("a")));
        assertFalse(Files.isSymbolicLink(out().resolve("b/c")));
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing was written through the links");
        }
    }

    @Test
    void staticsAreCopiedOnlyWhenTheyDiffer() throws IOException {
        Path source = Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        List<StaticFile> statics = List.of(new StaticFile(source, "assets/logo.svg"));
        build(files("index.html", "h"), statics);
        build(files("index.html", "h"), statics);
        Object before = inode(dir.resolve(".site.previous/assets/logo.svg"));
        build(files("index.html", "h"), statics);
        assertEquals(before, inode(out().resolve("assets/logo.svg")));
        Files.writeString(source, "<svg></svg>");
        build(files("index.html", "h"), statics);
        build(files("index.html", "h"), statics);
        assertEquals("<svg></svg>", Files.readString(out().resolve("assets/logo.svg")));
        assertNotEquals("", Files.readString(dir.resolve(".site.previous/assets/logo.svg")));
    }

    /** A build through the streaming sink: one page, and a card written from the cache entry {@code key} unless kept. */
    private boolean buildWithCard(String key, String card, java.util.function.Consumer<Boolean> kept) {
        Diagnostics diags = new Diagnostics();
        boolean ok = new SiteWriter(out()).write(sink -> {
            sink.put("index.html", "home".getBytes(StandardCharsets.UTF_8));
            boolean keep = sink.keep("a/card.png", key);
            kept.accept(keep);
            if (!keep) sink.put("a/card.png", card.getBytes(StandardCharsets.UTF_8), key);
            return true;
        }, List.of(), diags);
        assertTrue(diags.sorted().isEmpty(), diags.sorted().toString());
        return ok;
    }

    private List<Path> records() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".site.keys-")).sorted().toList();
        }
    }

    @Test
    void aCacheEntryTheSiteBeingUpdatedHoldsIsKeptUnreadAndUnwritten() throws IOException {
        List<Boolean> kept = new java.util.ArrayList<>();
        buildWithCard("card-1", "png one", kept::add);
        buildWithCard("card-1", "png one", kept::add);
        assertEquals(List.of(false, false), kept, "neither folder had a record yet");
        Path card = dir.resolve(".site.previous/a/card.png");
        Object inode = inode(card);
        buildWithCard("card-1", "never asked for", kept::add);
        assertEquals(List.of(false, false, true), kept);
        assertEquals("png one", Files.readString(out().resolve("a/card.png")), "the card the folder held, not the bytes given");
        assertEquals(inode, inode(out().resolve("a/card.png")), "not written again");
        assertEquals(Map.of("index.html", "home", "a/card.png", "png one"), tree(), "the records are beside the site, not in it");
        assertEquals(2, records().size(), records().toString());

        // Another entry at the same path is written.
        buildWithCard("card-2", "png two", kept::add);
        assertEquals(false, kept.get(3));
        assertEquals("png two", Files.readString(out().resolve("a/card.png")));
    }

    @Test
    void aFileChangedSinceItWasRecordedIsWrittenAgainWhateverItsSize() throws IOException {
        List<Boolean> kept = new java.util.ArrayList<>();
        buildWithCard("card-1", "png one", kept::add);
        buildWithCard("card-1", "png one", kept::add);
        // Something else rewrites the kept site's card: the same size, another time.
        Path card = dir.resolve(".site.previous/a/card.png");
        java.nio.file.attribute.FileTime then = Files.getLastModifiedTime(card);
        Files.writeString(card, "png 0ne");
        Files.setLastModifiedTime(card, java.nio.file.attribute.FileTime.fromMillis(then.toMillis() + 2000));
        buildWithCard("card-1", "png one", kept::add);
        assertEquals(List.of(false, false, false), kept);
        assertEquals("png one", Files.readString(out().resolve("a/card.png")));
    }

    @Test
    void aRecordThatCannotBeReadKeepsNothing() throws IOException {
        List<Boolean> kept = new java.util.ArrayList<>();
        buildWithCard("card-1", "png one", kept::add);
        buildWithCard("card-1", "png one", kept::add);
        for (Path record : records()) Files.writeString(record, "briefing kept keys 1\ncard-1\t7\n");
        buildWithCard("card-1", "png one", kept::add);
        assertEquals(List.of(false, false, false), kept);
        assertEquals("png one", Files.readString(out().resolve("a/card.png")));
    }

    @Test
    void theRecordsOfFoldersThatAreGoneAreRemoved() throws IOException {
        List<Boolean> kept = new java.util.ArrayList<>();
        buildWithCard("card-1", "png one", kept::add);
        buildWithCard("card-1", "png one", kept::add);
        Path gone = KeptKeys.of(out(), dir.resolve(".site.previous"));
        Path retired = KeptKeys.of(out(), out());
        assertEquals(List.of(gone, retired).stream().sorted().toList(), records());
        SiteWriter.deleteQuietly(dir.resolve(".site.previous"));
        buildWithCard("card-1", "png one", kept::add);
        assertEquals(false, kept.get(2), "a new folder has no record");
        assertEquals(List.of(retired, KeptKeys.of(out(), out())).stream().sorted().toList(), records(), "the deleted folder's record went");
    }
}
