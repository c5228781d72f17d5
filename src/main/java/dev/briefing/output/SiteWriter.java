package dev.briefing.output;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.StaticFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The write stage. A build never writes into the live output folder: it updates a staging folder
 * beside it, and only when all of it is written does the staging folder replace the output, by
 * two renames. A failed or killed build therefore never leaves a half-written site: the next
 * build finds the leftovers and restores or reuses them.
 *
 * <p>The site the swap retires is not deleted but kept beside the output ({@code .NAME.previous})
 * and becomes the next build's staging folder, brought up to date in place: a file whose bytes
 * are unchanged is left alone, a changed one is overwritten, a file the build no longer makes is
 * removed. Deleting a whole site and creating it again made every build allocate and free an
 * inode per page, which on ext4 cost more than rendering (it skips recently freed inodes while it
 * searches for free ones); see BENCHMARKS.md. The price is a second copy of the site on disk.
 */
public final class SiteWriter {
    /** Writes one file; a seam so tests can make writing fail part-way, as a full disk would. */
    interface FileSink {
        void write(Path target, byte[] bytes) throws IOException;
    }

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final FileSink sink;

    public SiteWriter(Path output) {
        this(output, Files::write);
    }

    SiteWriter(Path output, FileSink sink) {
        this.sink = sink;
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling("." + name + ".staging");
        this.previous = this.output.resolveSibling("." + name + ".previous");
    }

    /**
     * Refuses output folders that would overwrite or delete the sources, or anything else: a
     * build replaces the whole output folder, so it must be absent, empty, a site built before
     * (it has an index.html) or the source folder's own site/. Paths are compared as written and
     * with links resolved.
     */
    public static boolean checkOutput(Path source, Path output, Diagnostics diags) {
        String why = null;
        for (boolean real : new boolean[] {false, true}) {
            Path s = real ? realPath(source) : source.toAbsolutePath().normalize();
            Path o = real ? realPath(output) : output.toAbsolutePath().normalize();
            if (o.equals(s)) why = "is the source folder";
            else if (s.startsWith(o)) why = "contains the source folder, which a build would replace";
            else if (o.startsWith(s.resolve("content")) || o.startsWith(s.resolve("templates"))) {
                why = "is inside content/ or templates/";
            } else if (o.getParent() == null) why = "is a file-system root";
            if (why != null) break;
        }
        if (why == null && Files.exists(output) && !Files.isDirectory(output)) {
            why = "is a file, which a build would replace";
        } else if (why == null && Files.isDirectory(output) && !Files.exists(output.resolve("index.html"))
                && !isEmpty(output) && !isDefaultOutput(source, output)) {
            why = "holds files but no index.html, so it is not a site built before; a build would delete them";
        }
        if (why == null) return true;
        diags.error(Code.BRF064, Pos.file(output.toString()), "output folder " + why,
                "use a separate folder such as site/");
        return false;
    }

    /**
     * The default site/ of the source folder belongs to the build even before it holds a site:
     * `mvn site` may have put only the handbook there, which the next build replaces.
     */
    private static boolean isDefaultOutput(Path source, Path output) {
        return realPath(output).equals(realPath(source.resolve("site")));
    }

    /** The real path of the longest existing part of a path, with the rest appended. */
    private static Path realPath(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rest = p.getFileSystem().getPath("");
        while (p != null) {
            try {
                return p.toRealPath().resolve(rest);
            } catch (IOException e) {
                rest = p.getFileName().resolve(rest);
                p = p.getParent();
            }
        }
        return path.toAbsolutePath().normalize();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the files and statics, then swaps them in. Returns false (with a diagnostic) on failure. */
    public boolean write(Map<String, byte[]> files, List<StaticFile> statics, Diagnostics diags) {
        return write(sink -> {
            files.entrySet().parallelStream().forEach(e -> sink.put(e.getKey(), e.getValue()));
            return true;
        }, statics, diags);
    }

    /** Takes output files as they are made; thread-safe. */
    public interface Sink {
        /** Writes one file (relative path, '/'-separated) into the staging folder. */
        void put(String relative, byte[] bytes);

        /** Writes one file that is the cache entry {@code key}, recorded so that the next update of this folder may {@link #keep} it. */
        default void put(String relative, byte[] bytes, String key) {
            put(relative, bytes);
        }

        /**
         * Counts the file as made, without its bytes, if the folder being updated holds the cache entry {@code key}
         * there, unchanged since it was written; false if not, and the file must then be {@link #put}.
         */
        default boolean keep(String relative, String key) {
            return false;
        }
    }

    /** Makes the files put into a {@link Sink}, and says whether they may replace the site. */
    public interface Producer {
        boolean produce(Sink sink);
    }

    /**
     * Streams a build into the staging folder, so that no build holds the whole site in memory:
     * the producer puts each file as soon as it is made. The staging folder replaces the output
     * (with the statics copied in) only when the producer returns true and every write succeeded;
     * otherwise the previous site stays as it was. Returns whether the site was replaced; an I/O
     * failure is reported as a diagnostic.
     */
    public boolean write(Producer producer, List<StaticFile> statics, Diagnostics diags) {
        try {
            recover();
            Files.createDirectories(output.getParent());
            Staging stage = Staging.take(previous, staging, sink, output);
            // A failed write is remembered, not thrown: an exception out of the producer's parallel
            // work would let the other writers go on filling staging while it is being put aside.
            AtomicReference<IOException> failure = new AtomicReference<>();
            boolean produced = producer.produce(new Sink() {
                @Override
                public void put(String relative, byte[] bytes) {
                    if (failure.get() != null) return;
                    try {
                        stage.put(inside(relative), bytes);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    }
                }

                @Override
                public void put(String relative, byte[] bytes, String key) {
                    if (failure.get() != null) return;
                    try {
                        stage.put(inside(relative), bytes, key);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    }
                }

                @Override
                public boolean keep(String relative, String key) {
                    try {
                        return failure.get() == null && stage.keep(inside(relative), key);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                        return false;
                    }
                }
            });
            if (failure.get() != null) throw failure.get();
            if (!produced) {
                putAside();
                return false;
            }
            for (StaticFile f : statics) {
                // Follows a link (the loader only keeps links that stay inside the source folder),
                // so the output holds the file itself, never a link that would break once deployed.
                stage.copy(f.file(), inside(f.outputPath()));
            }
            stage.prune();
            swap();
            saveKeys(stage.keys());
            return true;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            diags.error(Code.BRF060, Pos.file(output.toString()), "cannot write the site: " + describe(io),
                    "the previous site was left as it was");
            putAside();
            return false;
        } catch (RuntimeException e) {
            putAside(); // a bug in the producer: no staging folder is left for the next build to trip on
            throw e;
        }
    }

    /** The staging path of an output file; never outside the staging folder, whatever the name. */
    private Path inside(String relative) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        return target;
    }

    /**
     * Records which cache entries the new site's files were written from, beside the record of the retired site (the next
     * build's to update); records of other folders go. A failure only costs the next builds their reads: not reported.
     */
    private void saveKeys(Map<String, KeptKeys.Entry> entries) {
        Path published = KeptKeys.of(output, output);
        if (published == null) return;
        try {
            KeptKeys.write(published, entries);
        } catch (IOException e) {
            // the next update of this folder compares every file
        }
        Path retired = Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS) ? KeptKeys.of(output, previous) : null;
        KeptKeys.prune(output, retired == null ? Set.of(published) : Set.of(published, retired));
    }

    private void swap() throws IOException {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    }

    /** After a failed build: its staging folder, however far it got, is the next build's to update. */
    private void putAside() {
        try {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS) && !Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, previous, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException ignored) {
            // Removed below instead.
        }
        deleteQuietly(staging);
    }

    /**
     * Undoes what a killed build left: a site set aside mid-swap is restored; a staging folder is
     * kept as the site to update next (it holds some state of some build, which an update
     * corrects), unless a previous site is already kept.
     */
    void recover() throws IOException {
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS) && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
        }
        putAside();
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(staging.toString());
    }

    /** Deletes a folder tree, files in parallel (a site has one folder per page), then folders. */
    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> files = new java.util.ArrayList<>();
        List<Path> folders = new java.util.ArrayList<>();
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    files.add(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
                    folders.add(d);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Best effort: delete what was listed; a leftover is removed by the next build's recover().
        }
        files.parallelStream().forEach(SiteWriter::deleteIfExists);
        folders.forEach(SiteWriter::deleteIfExists); // post-order: children before their parent
    }

    private static void deleteIfExists(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Same as above.
        }
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return (type.isEmpty() ? "I/O error" : type) + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
