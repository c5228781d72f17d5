package dev.briefing.output;

import dev.briefing.util.OutputCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The build's cache of handouts (and any other output that is slow to make), in a folder of the
 * source that is never published: {@code target/.briefing-cache/} (init's .gitignore ignores
 * target/). Each entry is named by its key, a hash of everything its bytes are made from, and ends
 * with the CRC-32C of those bytes: a damaged or cut-off entry is never used, only made again. A
 * checksum, not a cryptographic hash: it guards against damage, not against someone who can write
 * to the source folder anyway, and a warm build reads every cached card (300 MB for 20,000 pages),
 * where SHA-256 took a fifth of the build's CPU.
 *
 * <p>Safe for the render threads and for two builds at once: an entry is written to a temporary
 * file and renamed into place, so a reader sees it whole or not at all, and two writers of one
 * key write the same bytes. Any trouble with the folder (read-only, full disk) costs only the
 * reuse: the output is made as without a cache, and the build goes on.
 *
 * <p>After a build that made every output, {@link #sweep} deletes the entries it did not ask for: without it the
 * folder kept every card and handout the site ever had (a card more for every edit of a title, all of them again
 * after an upgrade: 1 GB for a site of 20,000 pages whose cards are 300 MB). A build running at the same time for
 * other drafts or another as-of date may lose entries it wrote: it only makes them again next time.
 */
public final class DiskCache implements OutputCache {
    /** Where the cache lives, relative to the source folder. */
    public static final String FOLDER = "target/.briefing-cache";
    private static final int CHECKSUM = Integer.BYTES;

    private final Path dir;
    /** The keys asked for since the last sweep. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public DiskCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public byte[] get(String key, Supplier<byte[]> make) {
        used.add(key);
        Path file = dir.resolve(key);
        byte[] hit = read(file);
        if (hit != null) return hit;
        byte[] made = make.get();
        if (made != null) write(file, made);
        return made;
    }

    /**
     * Deletes every entry (and any temporary file a killed build left) not asked for since the last sweep: to be
     * called once every output of a build is made, when the cache holds what the site needs now and no more.
     */
    public void sweep() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (used.contains(entry.getFileName().toString())) continue;
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    // a folder someone made here, or a file being replaced: kept, harmless
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // no folder yet (nothing was cached), or unreadable: the cache only saves time
        }
        used.clear();
    }

    @Override
    public void keep(String key) {
        used.add(key);
    }

    /** The entry's bytes, read into an array of their own length (a warm build reads every card), or null. */
    private static byte[] read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < CHECKSUM || size > Integer.MAX_VALUE) return null;
            byte[] bytes = new byte[(int) size - CHECKSUM];
            ByteBuffer stored = ByteBuffer.allocate(CHECKSUM);
            if (!readFully(channel, ByteBuffer.wrap(bytes)) || !readFully(channel, stored)) return null;
            return checksum(bytes, bytes.length) == stored.getInt(0) ? bytes : null;
        } catch (IOException e) {
            return null; // not there yet, or unreadable: made again
        }
    }

    /** Fills the buffer from the channel; false if the file ends first (cut off while read). */
    private static boolean readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) return false;
        }
        return true;
    }

    private void write(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".entry-", ".tmp");
            byte[] stored = Arrays.copyOf(bytes, bytes.length + CHECKSUM);
            ByteBuffer.wrap(stored, bytes.length, CHECKSUM).putInt(checksum(bytes, bytes.length));
            Files.write(tmp, stored);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            // The cache only saves time; the output is already made.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file in the cache folder harms nothing
                }
            }
        }
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
