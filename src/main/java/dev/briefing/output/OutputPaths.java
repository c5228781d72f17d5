package dev.briefing.output;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.StaticFile;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that every output path is written by one source only. Paths are compared ignoring case,
 * because on macOS and Windows "About.txt" and "about.txt" are the same file, and a file may not
 * take the name of a folder the site needs ("feeds" beside "feeds/briefs.xml").
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    public static void check(Collection<String> generated, List<StaticFile> statics, Diagnostics diags) {
        // Hash maps: only looked up, never listed, and a site has tens of thousands of paths, compared here on one
        // thread while the build waits (a sorted map compared each long path with its neighbours' common prefixes).
        Map<String, String> owners = new HashMap<>(4 * generated.size());
        Map<String, String> folders = new HashMap<>(4 * generated.size());
        for (String g : generated) claim(g, "the generated " + g, owners, folders);
        Map<String, String> fromStatic = new HashMap<>();
        for (StaticFile f : statics) {
            String source = StaticFile.sourcePath(f.outputPath());
            String clash = owners.get(key(f.outputPath()));
            String folderClash = folders.get(key(f.outputPath()));
            String parentClash = parents(f.outputPath()).stream().map(p -> owners.get(key(p)))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (clash != null) {
                diags.error(Code.BRF034, Pos.file(source), "static file would replace "
                        + (fromStatic.containsKey(key(f.outputPath())) ? "the static file " : "") + clash,
                        "rename or move the static file");
            } else if (folderClash != null) {
                diags.error(Code.BRF034, Pos.file(source), "static file takes the name of a folder needed by "
                        + folderClash, "rename or move the static file");
            } else if (parentClash != null) {
                diags.error(Code.BRF034, Pos.file(source), "static file needs a folder where " + parentClash
                        + " is a file", "rename or move the static file");
            } else {
                claim(f.outputPath(), source, owners, folders);
                fromStatic.put(key(f.outputPath()), source);
            }
        }
    }

    private static void claim(String path, String owner, Map<String, String> owners, Map<String, String> folders) {
        owners.putIfAbsent(key(path), owner);
        for (String p : parents(path)) folders.putIfAbsent(key(p), owner);
    }

    private static List<String> parents(String path) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) out.add(path.substring(0, i));
        return out;
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
