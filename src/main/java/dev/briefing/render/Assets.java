package dev.briefing.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The theme's stylesheet and scripts, written under /assets/ with a content hash in the file
 * name so they can be cached forever: a changed file gets a new name.
 */
public final class Assets {
    /** Asset names the built-in theme provides; a site's templates/ folder may override each. */
    static final List<String> NAMES = List.of("style.css", "search.js", "favicon.svg");

    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new TreeMap<>();

    public Assets(Theme theme) {
        for (String name : NAMES) {
            theme.asset(name).ifPresent(bytes -> {
                int dot = name.lastIndexOf('.');
                String path = "/assets/" + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
                paths.put(name, path);
                files.put(path.substring(1), bytes);
            });
        }
    }

    /** Output files: relative path to bytes. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Asset hrefs relative to one page, keyed by name with dots as underscores (style_css). */
    Map<String, String> hrefs(Views views) {
        Map<String, String> out = new LinkedHashMap<>();
        paths.forEach((name, path) -> out.put(name.replace('.', '_'), views.href(path)));
        return out;
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
