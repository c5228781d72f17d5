package dev.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FileOverlayTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The overlay's entries as a sorted map of strings, to compare with a plain map's. */
    private static Map<String, String> contents(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void holdsWhatAPlainCopyHoldsThroughEditsOverEdits() {
        Random random = new Random(7);
        Map<String, byte[]> shared = new HashMap<>();
        for (int i = 0; i < 200; i++) shared.put("p" + i + "/index.html", bytes("v0-" + i));
        Map<String, byte[]> model = new HashMap<>(shared);
        Map<String, byte[]> last = java.util.Collections.unmodifiableMap(shared);
        for (int edit = 0; edit < 60; edit++) {
            FileOverlay next = FileOverlay.over(last);
            for (int op = 0; op < 5; op++) {
                String path = "p" + random.nextInt(260) + "/index.html";
                if (random.nextInt(4) == 0) {
                    assertEquals(model.remove(path) == null, next.remove(path) == null, path);
                } else {
                    byte[] b = bytes("v" + (edit + 1) + "-" + path);
                    assertEquals(model.put(path, b) == null, next.put(path, b) == null, path);
                }
            }
            assertEquals(contents(model), contents(next));
            assertEquals(model.size(), next.size());
            assertEquals(model.size(), next.entrySet().size());
            for (int i = 0; i < 260; i++) {
                String path = "p" + i + "/index.html";
                assertEquals(model.containsKey(path), next.containsKey(path), path);
                assertEquals(model.containsKey(path), next.keySet().contains(path), path);
            }
            last = next.freeze();
        }
    }

    @Test
    void removingWhileWalkingRemovesSharedAndChangedFiles() {
        Map<String, byte[]> shared = Map.of("sitemap.xml", bytes("a"), "a/index.html", bytes("b"), "b/index.html", bytes("c"));
        FileOverlay files = FileOverlay.over(shared);
        files.put("sitemap-2.xml", bytes("d"));
        files.put("a/index.html", bytes("e"));
        files.keySet().removeIf(p -> p.startsWith("sitemap"));
        assertEquals(Map.of("a/index.html", "e", "b/index.html", "c"), contents(files));
        assertFalse(files.containsKey("sitemap.xml"));
        assertNull(files.get("sitemap-2.xml"));
        assertArrayEquals(bytes("c"), files.get("b/index.html"));
    }

    @Test
    void aFrozenOverlayRefusesChanges() {
        FileOverlay files = FileOverlay.over(Map.of("a.html", bytes("a"))).freeze();
        assertThrows(UnsupportedOperationException.class, () -> files.put("b.html", bytes("b")));
        assertThrows(UnsupportedOperationException.class, () -> files.remove("a.html"));
        assertTrue(files.containsKey("a.html"));
    }

    @Test
    void manyChangesStartTheNextOverlayFromACopy() {
        Map<String, byte[]> shared = new HashMap<>();
        for (int i = 0; i < 32; i++) shared.put(i + ".html", bytes("old"));
        FileOverlay first = FileOverlay.over(shared);
        for (int i = 0; i < 3; i++) first.put(i + ".html", bytes("new"));
        first.freeze();
        // 3 changes over 32 shared files is more than a sixteenth: the next starts from a copy, so changing
        // the original shared map no longer shows through it.
        FileOverlay second = FileOverlay.over(first);
        shared.put("5.html", bytes("changed underneath"));
        assertArrayEquals(bytes("old"), second.get("5.html"));
        assertArrayEquals(bytes("new"), second.get("1.html"));
        assertEquals(32, second.size());
    }
}
