package dev.briefing.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which cache entry each file of a site folder was written from, with the file's size and modification time
 * then: what lets a build keep a share card the folder already holds without reading the card from the cache
 * or the file from the folder (at 10,000 briefs in two languages, 20,000 cards: 640 MB read, 1.5 s of a 13 s
 * build). An entry counts only while the file is as it was written (same size, same modification time to the
 * nanosecond), so a file changed by anything else since is compared as any other.
 *
 * <p>Kept beside the output folder, never in the published one: a file for each of the two site folders a build
 * alternates between (the output and the one kept to update next), named after the folder's file key (device
 * and inode), which the renames of a swap keep, so no file need be renamed with them; a folder replaced by
 * another gets another name. An unreadable file is an empty one: the build then compares every file, as
 * without it.
 */
final class KeptKeys {
    private static final String HEADER = "briefing kept keys 1";

    /** A file as written from a cache entry: the entry's key, the file's size and its modification time in nanoseconds. */
    record Entry(String key, long size, long modified) {
    }

    private KeptKeys() {
    }

    /**
     * The record of a folder, beside the output folder {@code output} ({@code .NAME.keys-DEVICE-INODE}), or null where
     * the file system gives folders no identity.
     */
    static Path of(Path output, Path folder) {
        try {
            Object key = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (key == null) return null;
            return output.resolveSibling(prefix(output) + key.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
        } catch (IOException e) {
            return null;
        }
    }

    private static String prefix(Path output) {
        return "." + output.getFileName() + ".keys-";
    }

    /** Deletes the records beside {@code output} of folders other than these (replaced or deleted ones). */
    static void prune(Path output, Set<Path> live) {
        try (DirectoryStream<Path> all = Files.newDirectoryStream(output.toAbsolutePath().getParent(), prefix(output) + "*")) {
            for (Path p : all) if (!live.contains(p)) Files.deleteIfExists(p);
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // a stale record is harmless: its entries are checked against each file's size and time
        }
    }

    /** A folder's record: relative path ('/'-separated) to entry; empty when there is none or it cannot be read. */
    static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        if (file == null) return entries;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) return new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t", 4);
                if (parts.length != 4) return new HashMap<>(); // cut off or changed: trust none of it
                entries.put(parts[3], new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
            }
        } catch (IOException | NumberFormatException e) {
            return new HashMap<>(); // none yet, or unreadable: nothing is kept without comparing
        }
        return entries;
    }

    /** Replaces a folder's record (through a temporary file, so a reader never sees half of it). */
    static void write(Path file, Map<String, Entry> entries) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                String path = e.getKey();
                Entry v = e.getValue();
                // Neither may break the line: such an entry is left out, and its file compared next time.
                if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0 || v.key().indexOf('\t') >= 0
                        || v.key().indexOf('\n') >= 0 || v.key().indexOf('\r') >= 0) {
                    continue;
                }
                out.write(v.key() + "\t" + v.size() + "\t" + v.modified() + "\t" + path + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
