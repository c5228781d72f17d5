package dev.briefing.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview's edit without the server, watcher or browser: builds a site in memory as {@code serve} does, then
 * appends a paragraph to one brief (or its translation) EDITS times, PAUSE ms apart, each rebuilt with the brief's
 * page open, and prints each edit's stages and the medians after the first five: until the open page is
 * published, until the build ends, and the process's CPU time (the JIT's included). A steadier figure than
 * {@link dev.briefing.serve.ServeBenchmark}'s on a shared machine; not a test.
 *
 * <p>Usage: EditBenchmark SOURCE_DIR BRIEF_ID [EDITS] [PAUSE_MS] [LANGUAGE]
 */
public final class EditBenchmark {
    private static final int WARM_UP = 5;

    private EditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        String id = args[1];
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long pause = args.length > 3 ? Long.parseLong(args[3]) : 700;
        String language = args.length > 4 ? args[4] : null;
        String path = "content/briefs/" + id + (language == null ? "" : "." + language) + ".md";
        String page = (language == null ? "" : "/" + language) + "/briefs/" + id + "/";
        Path file = source.resolve(path);
        String original = Files.readString(file);
        Timings timings = new Timings();
        Engine engine = new Engine(new Engine.Options(source, null, LocalDate.parse("2030-01-01"), false, Map.of(), false, true,
                source.resolve("target/.briefing-cache")), timings, Progress.NONE);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long started = System.nanoTime();
        engine.build(ChangeSet.everything());
        System.out.printf("full build %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, timings.drain());
        List<Long> early = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(file, original + "\nEdited paragraph " + i + ".\n");
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                long[] shown = {-1};
                engine.build(ChangeSet.of(List.of(path)), Set.of(page), snapshot -> shown[0] = System.nanoTime());
                long end = System.nanoTime();
                long used = os.getProcessCpuTime() - cpuStart;
                long published = shown[0] < 0 ? end : shown[0];
                System.out.printf("edit %d: page published %d ms, build %d ms, CPU %d ms: %s%n", i, (published - start) / 1_000_000,
                        (end - start) / 1_000_000, used / 1_000_000, timings.drain());
                if (i >= WARM_UP) {
                    early.add(published - start);
                    total.add(end - start);
                    cpu.add(used);
                }
                Thread.sleep(pause);
            }
        } finally {
            Files.writeString(file, original);
        }
        System.out.printf("%s edit of %s, %d after %d: page published median %d ms, build median %d ms, CPU median %d ms%n",
                language == null ? "body" : language + " body", path, early.size(), WARM_UP, median(early), median(total), median(cpu));
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }
}
