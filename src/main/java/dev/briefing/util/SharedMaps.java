package dev.briefing.util;

import java.util.Map;
import java.util.function.Function;

/** Reading the concurrent maps the render threads share. */
public final class SharedMaps {
    private SharedMaps() {
    }

    /**
     * The value for a key, computed and kept if absent. Looked up first: ConcurrentHashMap.computeIfAbsent locks the
     * key's bin unless the key is its first entry, and the render threads ask for the same few keys (the theme's
     * links, a page's view classes, common words) on every page.
     */
    public static <K, V> V get(Map<K, V> shared, K key, Function<? super K, ? extends V> compute) {
        V known = shared.get(key);
        return known != null ? known : shared.computeIfAbsent(key, compute);
    }
}
