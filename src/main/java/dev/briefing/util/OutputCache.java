package dev.briefing.util;

import java.util.function.Supplier;

/**
 * Where the slow outputs (handout PDFs, share cards) are kept between builds, by a key that is a
 * hash of everything they are made from: a hit returns exactly the bytes {@code make} would
 * return, so output never depends on the cache. The engine provides one that lives outside the
 * published site (output.DiskCache); util, so that render (which uses it) and output (which keeps it on disk) need not know each other; it must be safe for the render threads to use at once.
 */
public interface OutputCache {
    /** Makes nothing ahead: every output is made again. */
    OutputCache NONE = (key, make) -> make.get();

    /**
     * The bytes stored under {@code key}, else those {@code make} returns, stored for next time
     * unless null (a failure, which is never stored).
     */
    byte[] get(String key, Supplier<byte[]> make);

    /** Counts an entry as used without reading it: one the preview reads only if asked for (a share card). */
    default void keep(String key) {
    }
}
