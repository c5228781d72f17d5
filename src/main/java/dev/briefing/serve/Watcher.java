package dev.briefing.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches content/ and templates/ recursively, including folders created later, and reports
 * changed files in batches: events are collected until the folder has been quiet for a moment,
 * so an editor's save (often write-temp-then-rename) or a burst of changes is one rebuild.
 */
public final class Watcher implements Closeable {
    static final long QUIET_MS = 60;
    static final long MAX_WAIT_MS = 1000;

    private static final java.util.List<String> TOP = java.util.List.of("content", "templates");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    public Watcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        // The root itself, only to see content/ or templates/ appear after the preview started.
        dirs.put(this.root.register(service, StandardWatchEventKinds.ENTRY_CREATE), this.root);
        for (String top : TOP) {
            Path dir = this.root.resolve(top);
            if (Files.isDirectory(dir)) registerTree(dir);
        }
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                dirs.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    /** Blocks, calling {@code onChange} with each batch of changed paths, until closed. */
    public void run(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<String> batch = new TreeSet<>();
                boolean overflow = drain(first, batch);
                long deadline = System.currentTimeMillis() + MAX_WAIT_MS;
                WatchKey next;
                while (System.currentTimeMillis() < deadline
                        && (next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, batch);
                }
                if (overflow) batch.add("templates/");
                if (!batch.isEmpty()) onChange.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects a key's events as source-relative paths; returns true if events were lost. */
    private boolean drain(WatchKey key, Set<String> batch) {
        Path dir = dirs.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(root) && !TOP.contains(changed.getFileName().toString())) continue;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                    try (Stream<Path> files = Files.walk(changed)) {
                        files.filter(Files::isRegularFile).forEach(f -> add(f, batch));
                    }
                } catch (IOException e) {
                    overflow = true;
                }
            } else {
                add(changed, batch);
            }
        }
        if (!key.reset()) dirs.remove(key);
        return overflow;
    }

    private void add(Path file, Set<String> batch) {
        String name = file.getFileName().toString();
        // Editors' swap and backup files are not content.
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) return;
        batch.add(root.relativize(file).toString().replace('\\', '/'));
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
