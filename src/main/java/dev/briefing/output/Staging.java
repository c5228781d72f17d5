package dev.briefing.output;

import dev.briefing.util.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The staging folder of one build: the site before last, brought up to date in place (or a new
 * folder when there is none). What it held is listed once when the build takes it; each file the
 * build makes is compared with what is there and written only when it differs; {@link #prune}
 * then removes what the build did not make. Links and special files found in it are removed
 * before anything is written, so no write can follow one out of the folder. Thread-safe for
 * {@link #put}.
 */
final class Staging {
    private final Path root;
    private final SiteWriter.FileSink sink;
    /** Regular files found when the build took the folder, with their sizes and times. Read-only after {@link #take}. */
    private final Map<Path, Seen> found;
    /** Folders found when the build took the folder, root excluded. Read-only after {@link #take}. */
    private final Set<Path> foundFolders;
    /** Files this build made (written or found unchanged). */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();
    /** Folders of the old site that a file of this build replaced, with all they held. */
    private final Set<Path> replaced = ConcurrentHashMap.newKeySet();
    /** Each writing thread's buffer for comparing a page with the one already there. */
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);
    /** Folders known to exist now, made or found: each is created once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The cache entries the folder's files were written from, as the last build of it recorded them. */
    private final Map<Path, KeptKeys.Entry> known;
    /** The same for this build: what the next update of this folder may keep without reading. */
    private final Map<Path, KeptKeys.Entry> kept = new ConcurrentHashMap<>();

    /** A file found in the folder: its size and modification time (nanoseconds). */
    private record Seen(long size, long modified) {
    }

    private Staging(Path root, SiteWriter.FileSink sink, Map<Path, Seen> found, Set<Path> foundFolders, Map<Path, KeptKeys.Entry> known) {
        this.root = root;
        this.sink = sink;
        this.found = found;
        this.foundFolders = foundFolders;
        this.known = known;
    }

    /**
     * Takes the kept site as the staging folder (renaming it), or makes an empty one.
     *
     * @param output the output folder, beside which the kept site's record of cache entries is ({@link KeptKeys})
     */
    static Staging take(Path kept, Path staging, SiteWriter.FileSink sink, Path output) throws IOException {
        if (!Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) Files.delete(kept);
            Files.createDirectory(staging);
            return new Staging(staging, sink, Map.of(), Set.of(), Map.of());
        }
        Files.move(kept, staging, StandardCopyOption.ATOMIC_MOVE);
        Listing listing = new Listing();
        List<Path> top;
        try (java.util.stream.Stream<Path> entries = Files.list(staging)) {
            top = entries.sorted().toList();
        }
        // Each top-level entry walked on its own core: listing 40,000 pages is system calls, one
        // core's 0.3 s at 10,000 bilingual briefs, while the others waited.
        try {
            Parallel.forEach(top, entry -> {
                try {
                    Files.walkFileTree(entry, listing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path stray : listing.strays) Files.deleteIfExists(stray);
        Map<Path, KeptKeys.Entry> known = new java.util.HashMap<>();
        KeptKeys.read(KeptKeys.of(output, staging)).forEach((relative, entry) -> known.put(staging.resolve(relative), entry));
        Staging stage = new Staging(staging, sink, listing.found, listing.folders, known);
        stage.folders.addAll(listing.folders);
        return stage;
    }

    /** What a walk of the kept site finds; one listing is shared by the walks of its top-level entries. */
    private static final class Listing extends SimpleFileVisitor<Path> {
        final Map<Path, Seen> found = new ConcurrentHashMap<>();
        final Set<Path> folders = ConcurrentHashMap.newKeySet();
        final Set<Path> strays = ConcurrentHashMap.newKeySet();

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            folders.add(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) found.put(file, new Seen(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            else strays.add(file);
            return FileVisitResult.CONTINUE;
        }
    }

    /** Makes {@code target} hold {@code bytes}, writing only if it does not already; returns whether it wrote. */
    boolean put(Path target, byte[] bytes) throws IOException {
        made.add(target);
        Seen seen = found.get(target);
        if (seen != null && seen.size() == bytes.length && holds(target, bytes)) return false;
        prepare(target);
        sink.write(target, bytes);
        return true;
    }

    /** As {@link #put(Path, byte[])}, for bytes that are the cache entry {@code key}: recorded for the next update to keep. */
    void put(Path target, byte[] bytes, String key) throws IOException {
        long modified = put(target, bytes) ? Files.getLastModifiedTime(target).to(TimeUnit.NANOSECONDS) : found.get(target).modified();
        kept.put(target, new KeptKeys.Entry(key, bytes.length, modified));
    }

    /**
     * Counts {@code target} as made, unread and unwritten, if the folder holds the cache entry {@code key} there as the last
     * build of it wrote it (the same size and modification time since); false, doing nothing, if not.
     */
    boolean keep(Path target, String key) {
        KeptKeys.Entry entry = known.get(target);
        Seen seen = found.get(target);
        if (entry == null || seen == null || !entry.key().equals(key) || entry.size() != seen.size() || entry.modified() != seen.modified()) {
            return false;
        }
        made.add(target);
        kept.put(target, entry);
        return true;
    }

    /** What this build wrote from the cache or kept, by path relative to the folder ('/'-separated): the folder's record of them. */
    Map<String, KeptKeys.Entry> keys() {
        Map<String, KeptKeys.Entry> out = new java.util.HashMap<>();
        kept.forEach((path, entry) -> out.put(root.relativize(path).toString().replace('\\', '/'), entry));
        return out;
    }

    /**
     * Whether the file holds exactly {@code bytes}, read through this thread's buffer: reading each of 40,000 pages
     * whole into a new array was 7% of all that a bilingual build of 10,000 briefs allocates.
     */
    private boolean holds(Path file, byte[] bytes) throws IOException {
        byte[] buffer = buffers.get();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int at = 0; at < bytes.length; ) {
                int n = in.readNBytes(buffer, 0, Math.min(buffer.length, bytes.length - at));
                if (n <= 0 || !Arrays.equals(buffer, 0, n, bytes, at, at + n)) return false;
                at += n;
            }
            return in.read() < 0;
        }
    }

    /** Makes {@code target} a copy of {@code source}, copying only if it differs. */
    void copy(Path source, Path target) throws IOException {
        made.add(target);
        kept.remove(target); // a static file of the same name as a made file takes its place
        if (found.containsKey(target) && Files.mismatch(source, target) < 0) return;
        prepare(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Clears the way for a file: its folder exists, and no folder of the old site stands where it goes. */
    private void prepare(Path target) throws IOException {
        if (foundFolders.contains(target)) {
            replaced.add(target);
            SiteWriter.deleteQuietly(target);
            folders.removeIf(f -> f.startsWith(target));
        }
        folder(target.getParent());
    }

    private void folder(Path dir) throws IOException {
        if (dir.equals(root) || folders.contains(dir)) return;
        folder(dir.getParent());
        // A file of the old site where a folder now goes ("a" was a page, now "a/index.html" is).
        if (found.containsKey(dir)) Files.deleteIfExists(dir);
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) throw e;
        }
        folders.add(dir);
    }

    /** Removes every file and folder of the old site that this build did not make. */
    void prune() {
        // A file that is now a folder, or a folder that is now a file, was replaced when written.
        found.keySet().stream().filter(f -> !made.contains(f) && !folders.contains(f) && !isReplaced(f)).parallel().forEach(f -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<Path> needed = new HashSet<>();
        for (Path f : made) {
            Path d = f.getParent();
            while (!d.equals(root) && needed.add(d)) d = d.getParent();
        }
        // Deepest first, so a folder is empty by the time it is reached.
        foundFolders.stream().filter(d -> !needed.contains(d) && !isReplaced(d)).sorted(Comparator.comparingInt(Path::getNameCount).reversed())
                .forEach(d -> {
                    try {
                        Files.deleteIfExists(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private boolean isReplaced(Path p) {
        for (Path r : replaced) if (p.startsWith(r)) return true;
        return false;
    }
}
