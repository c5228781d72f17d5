package dev.briefing.render;

import dev.briefing.Pipeline;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The search index's build time and size for one site: builds the site in memory once, then
 * times {@link SearchIndex#files} (5 runs to warm up, then 15: wall and CPU time, median and least) and writes the index files
 * to OUT so two versions of the code can be compared byte for byte. The site is a folder, or a
 * synthetic corpus of N briefs written with the test helpers, in English or (corpus:N:es) in Spanish
 * from the words of SpanishSearchParityTest's list; corpus:N:es:fr declares those Spanish briefs to be
 * in another language, to see what Spanish's rules cost. Not a test.
 *
 * <p>Usage: SearchIndexMeasure (SOURCE_DIR | corpus:N[:es[:LANGUAGE]]) OUT
 */
public final class SearchIndexMeasure {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);
    /** Words a brief is written from; some British, some plural, so the folds have work to do. */
    private static final List<String> WORDS = List.of(("crowd venue guard report sign plan door staff watch alert event"
            + " public place risk threat threats team local state county group safe help call check route exit drill"
            + " share notice review train learn vote poll polling school store clinic church park hall behaviour"
            + " behaviours behavior organised organization centre centres defence catalogue travelled programme"
            + " policies policy neighbourhood shooting shootings analyse analysis crisis warning warnings election"
            + " elections worker workers officials suspicious package vehicle ramming attack attacks hide fight run"
            + " escape lockdown shelter evacuate evacuation mobilisation grievance leakage fixation pathway bystander"
            + " assessment hardening perimeter access control camera lighting signage training exercise tabletop"
            + " partners police sheriff emergency responders hospital medical trauma bleeding tourniquet radio"
            + " communication communications rumour rumours misinformation disinformation social media online threat"
            + " harassment doxxing swatting hoax device letter powder envelope mail ballots ballot counting tabulation"
            + " canvass certification observers volunteers judges clerks voters voting registration").split(" "));

    private SearchIndexMeasure() {
    }

    public static void main(String[] args) throws IOException {
        String[] corpus = args[0].split(":");
        Path source = corpus[0].equals("corpus") ? corpus(Integer.parseInt(corpus[1]), corpus.length > 2 ? corpus[2] : "en",
                corpus.length > 3 ? corpus[3] : corpus.length > 2 ? corpus[2] : "en") : Path.of(args[0]);
        Path out = Path.of(args[1]);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(source, null, AS_OF, false));
        ResolvedSite site = r.resolved();
        if (site == null) throw new IllegalStateException("the site did not resolve: " + TestSites.headlines(r));
        // The theme's words in the site's language (its kind names and dates are in the documents), English where it ships none.
        dev.briefing.model.Messages messages = new Theme(source).messages(List.of(site.config().language()),
                new dev.briefing.diag.Diagnostics()).get(site.config().language());
        Views views = new Views(site, new MarkdownEngine(), messages, "/search/");
        Map<String, byte[]> files = null;
        // Wall time, and the CPU time of all Java threads (the index is built in parallel), which a
        // machine shared with other work disturbs far less; per thread, so to the nanosecond.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.function.LongSupplier cpuNanos = () -> java.util.Arrays.stream(threads.getAllThreadIds())
                .map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
        List<Long> millis = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            long startCpu = cpuNanos.getAsLong();
            files = SearchIndex.files(site, views);
            if (i >= 5) {
                millis.add((System.nanoTime() - start) / 1_000_000);
                cpu.add((cpuNanos.getAsLong() - startCpu) / 1_000_000);
            }
        }
        Collections.sort(millis);
        Collections.sort(cpu);
        long bytes = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            bytes += f.getValue().length;
            TestSites.write(out.resolve(f.getKey()), "");
            Files.write(out.resolve(f.getKey()), f.getValue());
        }
        System.out.printf("%s: %d documents, index %d files, %d bytes; SearchIndex.files wall median %d ms, min %d;"
                + " CPU median %d ms, min %d%n", args[0], site.items().size(), files.size(), bytes, millis.get(millis.size() / 2),
                millis.get(0), cpu.get(cpu.size() / 2), cpu.get(0));
        if (corpus[0].equals("corpus")) TestSites.deleteTree(source);
    }

    /** N briefs of about 200 words each, deterministic, in a temporary folder. */
    static Path corpus(int n, String words, String language) throws IOException {
        Path dir = Files.createTempDirectory("briefing-search-corpus");
        TestSites.write(dir.resolve("content/site.yaml"), "title: Corpus\nbase_url: https://corpus.briefing-test.org/\n"
                + "language: " + language + "\n" + TestSites.SETTINGS);
        List<String> vocabulary = words.equals("es") ? SpanishSearchParityTest.wordList() : WORDS;
        Random random = new Random(24);
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 3; p++) {
                for (int w = 0; w < 60; w++) body.append(w == 0 ? "" : " ").append(word(vocabulary, random));
                body.append(" Place").append(random.nextInt(5000)).append(".\n\n");
            }
            TestSites.write(dir.resolve("content/briefs/b" + i + ".md"), "---\ntitle: " + word(vocabulary, random) + " "
                    + word(vocabulary, random) + " " + i + "\ndate: 2024-0" + (1 + i % 9) + "-1" + (i % 10) + "\nsummary: "
                    + word(vocabulary, random) + " " + word(vocabulary, random) + " " + word(vocabulary, random) + ".\ntags: ["
                    + word(vocabulary, random) + "]\n---\n" + body);
        }
        return dir;
    }

    private static String word(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
