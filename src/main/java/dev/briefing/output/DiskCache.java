package dev.briefing.output;

import dev.briefing.util.OutputCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The build's cache of handouts (and any other output that is slow to make), in a folder of the
 * source that is never published: {@code target/.briefing-cache/} (init's .gitignore ignores
 * target/). Each entry is named by its key, a hash of everything its bytes are made from, and ends
 * with the SHA-256 of those bytes: a damaged or half-written entry is never used, only made again.
 *
 * <p>Safe for the render threads and for two builds at once: an entry is written to a temporary
 * file and renamed into place, so a reader sees it whole or not at all, and two writers of one
 * key write the same bytes. Any trouble with the folder (read-only, full disk) costs only the
 * reuse: the output is made as without a cache, and the build goes on.
 */
public final class DiskCache implements OutputCache {
    /** Where the cache lives, relative to the source folder. */
    public static final String FOLDER = "target/.briefing-cache";
    private static final int DIGEST = 32;

    private final Path dir;

    public DiskCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public byte[] get(String key, Supplier<byte[]> make) {
        Path file = dir.resolve(key);
        byte[] hit = read(file);
        if (hit != null) return hit;
        byte[] made = make.get();
        if (made != null) write(file, made);
        return made;
    }

    private static byte[] read(Path file) {
        try {
            byte[] stored = Files.readAllBytes(file);
            if (stored.length < DIGEST) return null;
            byte[] bytes = Arrays.copyOf(stored, stored.length - DIGEST);
            return Arrays.equals(sha256(bytes), Arrays.copyOfRange(stored, bytes.length, stored.length)) ? bytes : null;
        } catch (IOException e) {
            return null; // not there yet, or unreadable: made again
        }
    }

    private void write(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".entry-", ".tmp");
            byte[] stored = Arrays.copyOf(bytes, bytes.length + DIGEST);
            System.arraycopy(sha256(bytes), 0, stored, bytes.length, DIGEST);
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
