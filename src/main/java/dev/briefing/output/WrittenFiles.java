package dev.briefing.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The files a streamed build wrote, as the same read-only map (relative path → bytes, sorted by
 * path) that a build held in memory before it streamed: the bytes are read back from the output
 * folder when asked for, so the map costs memory only for its paths.
 */
public final class WrittenFiles extends AbstractMap<String, byte[]> {
    private final Path output;
    private final SortedSet<String> paths;

    /** @param paths the generated files (not the copied statics), relative to {@code output} */
    public WrittenFiles(Path output, SortedSet<String> paths) {
        this.output = output;
        this.paths = java.util.Collections.unmodifiableSortedSet(paths);
    }

    @Override
    public int size() {
        return paths.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return paths.contains(key);
    }

    @Override
    public byte[] get(Object key) {
        return paths.contains(key) ? read((String) key) : null;
    }

    @Override
    public Set<String> keySet() {
        return paths;
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, byte[]>> iterator() {
                Iterator<String> keys = paths.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Map.Entry<String, byte[]> next() {
                        String k = keys.next();
                        return Map.entry(k, read(k));
                    }
                };
            }

            @Override
            public int size() {
                return paths.size();
            }
        };
    }

    private byte[] read(String relative) {
        try {
            return Files.readAllBytes(output.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
