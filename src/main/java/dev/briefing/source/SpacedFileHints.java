package dev.briefing.source;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Pos;
import dev.briefing.markdown.LinkRef;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.model.StaticFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A link whose address has spaces (BRF043) is told to write each as %20. When content/static/ has no
 * file by that name but one whose name differs only in spaces, dashes, underscores or capitals
 * ("/img/polling map.png" for polling-map.png), the %20 address would be broken too: the hint names
 * that file's address instead (walkthrough 4 of issue 26). Known only once every file is listed.
 */
final class SpacedFileHints {
    private SpacedFileHints() {
    }

    /** The file's diagnostics, with the hint of each such BRF043 naming the static file meant. */
    static List<Diagnostic> apply(FileResult r, Set<String> statics) {
        if (statics.isEmpty() || r.diagnostics().stream().noneMatch(d -> d.code() == Code.BRF043)) return r.diagnostics();
        Map<Pos, String> hints = new HashMap<>();
        for (List<Item> items : List.of(r.items(), r.unbound())) {
            for (Item item : items) {
                for (MarkdownDoc doc : item.markdown().values()) {
                    for (LinkRef l : doc.spaced()) hint(l.original(), statics).ifPresent(h -> hints.put(l.pos(), h));
                }
            }
        }
        if (hints.isEmpty()) return r.diagnostics();
        return r.diagnostics().stream().map(d -> d.code() == Code.BRF043 && hints.containsKey(d.pos())
                ? new Diagnostic(d.severity(), d.code(), d.pos(), d.message(), hints.get(d.pos())) : d).toList();
    }

    /** For a site path written with spaces: the static file it means, when that is not one whose name has them. */
    static Optional<String> hint(String written, Set<String> statics) {
        if (!written.startsWith("/") || statics.contains(written.substring(1))) return Optional.empty();
        String key = key(written.substring(1));
        return statics.stream().filter(s -> key(s).equals(key)).sorted().findFirst()
                .map(s -> "an address has no spaces, and no file has that name: " + StaticFile.sourcePath(s)
                        + " is linked as /" + s.replace(" ", "%20"));
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
