package dev.briefing.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the preview's edit-to-rerendered time: builds a site in memory, then edits one brief
 * repeatedly and times each incremental rebuild. Run by bench/preview.sh; not a test.
 * Usage: PreviewBenchmark SOURCE_DIR [EDITS] [body|title]
 */
public final class PreviewBenchmark {
    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // "title" edits change what listings show, so every listing of the brief re-renders too.
        boolean titles = args.length > 2 && args[2].equals("title");
        Preview preview = new Preview(source, LocalDate.parse("2030-01-01"), false);
        Preview.Rebuild first = preview.buildAll();
        System.out.printf("full build: %d pages in %d ms%n", first.rendered().size(), first.millis());
        List<Path> briefs;
        try (Stream<Path> s = Files.list(source.resolve("content/briefs"))) {
            briefs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path target = briefs.get(briefs.size() / 2);
        String rel = source.relativize(target).toString().replace('\\', '/');
        String original = Files.readString(target);
        List<Long> times = new ArrayList<>();
        // When the open page was served: as soon as it was rendered, or with the rest.
        List<Long> opened = new ArrayList<>();
        String page = "/briefs/" + target.getFileName().toString().replace(".md", "") + "/";
        int rendered = 0;
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(target, titles
                        ? original.replaceFirst("\ntitle: \"", "\ntitle: \"Edit " + i + ": ")
                        : original + "\nEdited paragraph " + i + ".\n");
                long start = System.nanoTime();
                // A browser has the edited brief open: it is rendered first, as in `serve`.
                Preview.Rebuild r = preview.rebuild(List.of(rel), Set.of(page), () -> { });
                times.add((System.nanoTime() - start) / 1_000_000);
                opened.add(r.viewedMillis() < 0 ? times.get(times.size() - 1) : r.viewedMillis());
                rendered = r.rendered().size();
                if (!r.ok()) throw new IllegalStateException("rebuild failed: " + r.diagnostics());
            }
        } finally {
            Files.writeString(target, original);
        }
        List<Long> warm = warm(times);
        List<Long> open = warm(opened);
        System.out.printf("%s edit of %s: %d pages re-rendered; median %d ms, max %d ms over %d warm edits;"
                + " the open page served after a median %d ms%n", titles ? "title" : "body", rel, rendered,
                warm.get(warm.size() / 2), warm.get(warm.size() - 1), warm.size(), open.get(open.size() / 2));
        System.out.print("wall per stage, summed over all edits:\n" + preview.timings().report());
    }

    /** The times after the first five edits (the JIT's warm-up), sorted. */
    private static List<Long> warm(List<Long> times) {
        List<Long> warm = new ArrayList<>(times.subList(Math.min(5, times.size() - 1), times.size()));
        Collections.sort(warm);
        return warm;
    }
}
