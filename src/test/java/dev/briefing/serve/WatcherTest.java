package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.engine.ChangeSet;
import dev.briefing.util.EditorFiles;
import io.methvin.watcher.DirectoryChangeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's file watcher on a real folder. */
class WatcherTest {
    @TempDir
    Path dir;

    private Watcher watcher;
    private final BlockingQueue<ChangeSet> batches = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("content/briefs"));
        Files.writeString(dir.resolve("content/briefs/alpha.md"), "x");
        watcher = new Watcher(dir);
        Thread t = new Thread(() -> watcher.run(batches::add), "watcher-test");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    /** Every path reported until {@code path} is, in the order of the batches. */
    private Set<String> until(String path) throws InterruptedException {
        Set<String> seen = new TreeSet<>();
        while (!seen.contains(path)) {
            // A hang guard, not a timing assertion: a batch normally arrives in milliseconds.
            ChangeSet batch = batches.poll(20, TimeUnit.SECONDS);
            if (batch == null) break;
            seen.addAll(batch.paths());
        }
        return seen;
    }

    @Test
    void seesFilesInFoldersCreatedAfterItStarted() throws Exception {
        Path nested = dir.resolve("content/briefs/2025/new.md");
        Files.createDirectories(nested.getParent());
        Files.writeString(nested, "x");
        assertTrue(until("content/briefs/2025/new.md").contains("content/briefs/2025/new.md"));
        Files.writeString(nested, "y");
        assertEquals(Set.of("content/briefs/2025/new.md"), until("content/briefs/2025/new.md"));

        Files.writeString(dir.resolve("notes.txt"), "not content");
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "not content either");
        Path layout = dir.resolve("templates/layout.ftlh");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "x");
        assertEquals(Set.of("templates", "templates/layout.ftlh"), until("templates/layout.ftlh"),
                "a templates/ folder made later is watched (and reported: files may come into it before it is);"
                        + " files beside content/ and templates/ are not");
    }

    @Test
    void aDeletedFolderIsReported() throws Exception {
        Path folder = dir.resolve("content/briefs/2024");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("old.md"), "x");
        until("content/briefs/2024/old.md");
        Files.delete(folder.resolve("old.md"));
        Files.delete(folder);
        assertTrue(until("content/briefs/2024").contains("content/briefs/2024"),
                "a folder named with digits only is no editor's side file");
    }

    @Test
    void editorsSideFilesAreNotReported() throws Exception {
        Path briefs = dir.resolve("content/briefs");
        for (String side : List.of(".#alpha.md", "4913", "5036", ".alpha.md.swp", "alpha.md.swp", ".alpha.md.swx",
                "alpha.md~", "alpha.md.tmp", "#alpha.md#")) {
            Files.writeString(briefs.resolve(side), "side");
            Files.delete(briefs.resolve(side));
        }
        // Written after the side files, so its batch is the last any of theirs could be in.
        Files.writeString(briefs.resolve("beta.md"), "x");
        assertEquals(Set.of("content/briefs/beta.md"), until("content/briefs/beta.md"));
    }

    /**
     * Walkthrough 26: {@code sed -i} writes content/briefs/sedXXXXXX and renames it over the file, and
     * the preview printed "content/briefs/alpha.md, content/briefs/sedeS6TcC changed". JetBrains editors
     * save the same way (x___jb_tmp___, keeping x___jb_old___ until done). Only the file itself changed.
     */
    @Test
    void toolsThatSaveThroughATemporaryFileReportOnlyTheFile() throws Exception {
        Path briefs = dir.resolve("content/briefs");
        Path alpha = briefs.resolve("alpha.md");
        Files.writeString(briefs.resolve("sedeS6TcC"), "edited by sed");
        Files.move(briefs.resolve("sedeS6TcC"), alpha, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Set.of("content/briefs/alpha.md"), until("content/briefs/alpha.md"));

        Files.writeString(briefs.resolve("alpha.md___jb_tmp___"), "saved by an IDE");
        Files.move(alpha, briefs.resolve("alpha.md___jb_old___"));
        Files.move(briefs.resolve("alpha.md___jb_tmp___"), alpha);
        Files.delete(briefs.resolve("alpha.md___jb_old___"));
        Files.writeString(briefs.resolve("alpha.md.kate-swp"), "Kate's swap file");
        // Written last, so its batch is the last any of theirs could be in.
        Files.writeString(briefs.resolve("beta.md"), "x");
        assertEquals(Set.of("content/briefs/alpha.md", "content/briefs/beta.md"), until("content/briefs/beta.md"));
    }

    /** When the system drops events, what changed is unknown: the batch is everything, and the engine reloads it all. */
    @Test
    void droppedEventsMakeABatchOfEverything() throws Exception {
        batches.clear();
        watcher.onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.OVERFLOW, false, null, null, 1, dir));
        ChangeSet batch = batches.poll(20, TimeUnit.SECONDS);
        assertTrue(batch != null && batch.all(), String.valueOf(batch));
    }

    @Test
    void sideFileNames() {
        for (String side : List.of(".#alpha.md", "#alpha.md#", "4913", "5036", ".alpha.md.swp", "alpha.md.swo",
                "alpha.md~", "alpha.md.tmp", ".DS_Store", "sedeS6TcC", "sed0a9ZZq", "alpha.md___jb_tmp___",
                "alpha.md___jb_old___", "alpha.md.kate-swp")) {
            assertTrue(EditorFiles.isSideFile(side), side);
        }
        for (String content : List.of("alpha.md", "2024-report.md", "threats.yaml", "layout.ftlh", "style.css",
                "tmp.md", "swp-guide.md", "sed.md", "sedation.md", "sedans-at-polls.pdf", "sed-guide", "sedXXXX")) {
            assertFalse(EditorFiles.isSideFile(content), content);
        }
    }
}
