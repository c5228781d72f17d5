package dev.briefing.serve;

import dev.briefing.engine.ChangeSet;
import dev.briefing.util.EditorFiles;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import io.methvin.watchservice.MacOSXListeningWatchService;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches content/ and templates/ recursively, including folders created later, and reports
 * changed files in batches: events are collected until the folder has been quiet for a moment,
 * so an editor's save (often write-temp-then-rename) or a burst of changes is one rebuild.
 * Editors' side files (swap, backup, lock and write-test files) are never reported.
 *
 * <p>Events come from directory-watcher: on macOS it listens to FSEvents, where the JDK's
 * WatchService only polls every few seconds; elsewhere it drives the JDK's (native) watcher.
 */
public final class Watcher implements Closeable {
    /**
     * How long the folder must stay quiet before a batch is built. An editor's save (truncate and
     * write, or write a temporary file and rename it over) takes a few milliseconds, and every
     * millisecond here is one the editor waits for the page; a save split across two batches only
     * builds twice, the second time right.
     */
    static final long QUIET_MS = 25;
    static final long MAX_WAIT_MS = 1000;
    /** FSEvents coalesces events over this many seconds; below QUIET_MS, so a save stays one batch. */
    private static final double MAC_LATENCY_S = 0.02;

    private static final List<String> TOP = List.of("content", "templates");
    /** Put on the queue when the watching ends; no changed path is empty. */
    private static final String CLOSED = "";
    /** Put on the queue when the system dropped events: what changed is unknown, so everything did. */
    private static final String LOST = "\0";

    private final Path root;
    private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();
    private final DirectoryWatcher watcher;

    /** Starts watching at once: changes made before {@link #run} are kept for it. */
    public Watcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        FileTreeVisitor sources = this::visitSources;
        this.watcher = DirectoryWatcher.builder()
                .path(this.root)
                .listener(this::onEvent)
                .watchService(watchService(sources))
                .fileTreeVisitor(sources)
                // Hashing would read every file at start to drop saves that change nothing; a
                // rebuild of an unchanged file is cheap.
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .build();
        // Registers every folder before returning, then waits for events on its own thread.
        CompletableFuture<Void> watching = watcher.watchAsync(task -> {
            Thread t = new Thread(task, "preview-watcher");
            t.setDaemon(true);
            t.start();
        });
        watching.whenComplete((done, failure) -> changes.add(CLOSED));
        try {
            watching.getNow(null);
        } catch (CompletionException e) {
            watcher.close();
            throw new IOException("cannot watch " + this.root, e.getCause());
        }
    }

    private static WatchService watchService(FileTreeVisitor sources) throws IOException {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")) {
            return FileSystems.getDefault().newWatchService();
        }
        return new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return MAC_LATENCY_S;
            }

            @Override
            public FileHasher fileHasher() {
                // No hashing: file-level events instead (as directory-watcher's own default does).
                return null;
            }

            @Override
            public FileTreeVisitor fileTreeVisitor() {
                return sources;
            }
        });
    }

    /**
     * Walks only what is watched: the root itself (to see content/ or templates/ appear later)
     * and those two trees, never site/, target/ or .git/ beside them.
     */
    private void visitSources(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        if (start.equals(root)) {
            onDirectory.call(root);
            for (String top : TOP) {
                Path dir = root.resolve(top);
                if (Files.isDirectory(dir)) FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(dir, onDirectory, onFile);
            }
        } else if (source(start) != null) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(start, onDirectory, onFile);
        }
    }

    void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            changes.add(LOST);
            return;
        }
        String path = source(event.path());
        if (path == null) return;
        if (event.isDirectory()) {
            // A deleted folder stands for its files; a new one too, since files may have come into
            // it before it was watched (the engine reloads everything for a folder it cannot place).
            if (event.eventType() != DirectoryChangeEvent.EventType.MODIFY) changes.add(path);
        } else if (!EditorFiles.isSideFile(event.path().getFileName().toString())) {
            changes.add(path);
        }
    }

    /** The source-relative path of a file under content/ or templates/ (or of those folders); else null. */
    private String source(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) return null;
        Path relative = root.relativize(absolute);
        if (!TOP.contains(relative.getName(0).toString())) return null;
        return relative.toString().replace('\\', '/');
    }

    /** Blocks, calling {@code onChange} with each batch of changes, until closed. */
    public void run(Consumer<ChangeSet> onChange) {
        try {
            while (true) {
                String first = changes.take();
                if (first.equals(CLOSED)) return;
                Set<String> batch = new TreeSet<>(Set.of(first));
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                String next;
                while (System.nanoTime() < deadline && (next = changes.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    if (next.equals(CLOSED)) return;
                    batch.add(next);
                }
                onChange.accept(batch.remove(LOST) ? ChangeSet.everything() : ChangeSet.of(batch));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
