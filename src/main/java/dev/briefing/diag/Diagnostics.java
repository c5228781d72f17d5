package dev.briefing.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A thread-safe collector of diagnostics for one run. Render threads report into it in any order;
 * {@link #sorted()} gives the deterministic order the formatter prints.
 *
 * <p>Each loaded file's diagnostics arrive already sorted ({@link #addSorted}), and files load in
 * path order: a site of 10,000 briefs can have 80,000 warnings, and the preview asks for them after
 * every edit. Kept as those runs, they are put in order by comparing where runs meet and merging
 * in the few diagnostics added one by one, instead of sorting them all again.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
    /** Lists added whole, each sorted by {@link Diagnostic#ORDER} without duplicates. */
    private final ConcurrentLinkedQueue<List<Diagnostic>> runs = new ConcurrentLinkedQueue<>();
    /** Beyond this many chains of runs, {@link #sorted()} merges the runs themselves. */
    private static final int MAX_CHAINS = 16;
    /** How many diagnostics and runs were added: each is counted once it is in its queue. */
    private final java.util.concurrent.atomic.AtomicInteger itemCount = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger runCount = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * The last {@link #sorted()} and how many diagnostics and runs it holds (the first of each queue): asked again, only
     * what was added since is merged into it. The preview asks twice per edit (its open page's early snapshot and the
     * build's), of a site's every warning.
     */
    private volatile Sorted last;

    private record Sorted(List<Diagnostic> list, int items, int runs) {
    }

    /** Set with the first error, so asking costs nothing however many warnings there are. */
    private volatile boolean hasErrors;
    /** Set with the first error that is not a placeholder. */
    private volatile boolean hasBlockingErrors;

    public void add(Diagnostic d) {
        items.add(d);
        itemCount.incrementAndGet();
        if (d.isError()) hasErrors = true;
        if (d.blocksRendering()) hasBlockingErrors = true;
    }

    public void error(Code code, Pos pos, String message) {
        add(new Diagnostic(Severity.ERROR, code, pos, message, null));
    }

    public void error(Code code, Pos pos, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, code, pos, message, hint));
    }

    public void warning(Code code, Pos pos, String message) {
        add(new Diagnostic(Severity.WARNING, code, pos, message, null));
    }

    public void warning(Code code, Pos pos, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, code, pos, message, hint));
    }

    /** Something the editor should know that stops nothing, not even --strict. */
    public void note(Code code, Pos pos, String message, String hint) {
        add(new Diagnostic(Severity.NOTE, code, pos, message, hint));
    }

    /**
     * Adds a list sorted by {@link Diagnostic#ORDER} without duplicates, such as another
     * collector's {@link #sorted()}, and whether it holds an error (known to its maker).
     */
    public void addSorted(List<Diagnostic> run, boolean anyError) {
        if (run.isEmpty()) return;
        runs.add(run);
        runCount.incrementAndGet();
        if (anyError) hasErrors = true;
        if (anyError && !hasBlockingErrors && run.stream().anyMatch(Diagnostic::blocksRendering)) hasBlockingErrors = true;
    }

    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs = new ArrayList<>(other.items);
        List<List<Diagnostic>> theirRuns = new ArrayList<>(other.runs);
        items.addAll(theirs);
        itemCount.addAndGet(theirs.size());
        runs.addAll(theirRuns);
        runCount.addAndGet(theirRuns.size());
        if (other.hasErrors) hasErrors = true;
        if (other.hasBlockingErrors) hasBlockingErrors = true;
    }

    /** Whether any diagnostic is an error: then nothing is published. */
    public boolean hasErrors() {
        return hasErrors;
    }

    /**
     * Whether any error is one that stops the pipeline before rendering: every error but a
     * placeholder ({@link Diagnostic#isPlaceholder}), which leaves the content whole, so check and
     * the preview still render it and report the link gate's findings beside it.
     */
    public boolean hasBlockingErrors() {
        return hasBlockingErrors;
    }

    /** Whether any diagnostic is one that {@code --strict} refuses, without putting them in order. */
    public boolean failsStrict() {
        return hasErrors || items.stream().anyMatch(Diagnostic::failsStrict)
                || runs.stream().anyMatch(run -> run.stream().anyMatch(Diagnostic::failsStrict));
    }

    public boolean isEmpty() {
        return items.isEmpty() && runs.isEmpty();
    }

    /** All diagnostics, duplicates removed, in path/line/column order. */
    public List<Diagnostic> sorted() {
        // Counted before they are read: a diagnostic counted is in its queue, among the first that many.
        int itemsNow = itemCount.get();
        int runsNow = runCount.get();
        Sorted before = last;
        if (before != null && before.items() == itemsNow && before.runs() == runsNow) return before.list();
        int itemsFrom = before == null ? 0 : before.items();
        int runsFrom = before == null ? 0 : before.runs();
        List<Diagnostic> singles = distinct(new ArrayList<>(items.stream().skip(itemsFrom).limit(itemsNow - itemsFrom).toList()));
        List<List<Diagnostic>> all = new ArrayList<>(runs.stream().skip(runsFrom).limit(runsNow - runsFrom).toList());
        if (before != null && !before.list().isEmpty()) all.add(before.list());
        List<Diagnostic> sorted = java.util.Collections.unmodifiableList(sorted(singles, all));
        last = new Sorted(sorted, itemsNow, runsNow);
        return sorted;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> singles, List<List<Diagnostic>> all) {
        if (all.isEmpty()) return singles;
        // Runs arrive in the order threads finished them. Put in order by where each starts, they
        // are laid end to end into a few chains: each file's own run follows the previous file's,
        // and a run that spans many files (the page checks' warnings, the gate's) starts a chain
        // of its own. Only the chains are merged: a few passes, however many files there are.
        all.sort((a, b) -> Diagnostic.ORDER.compare(a.get(0), b.get(0)));
        List<List<Diagnostic>> chains = new ArrayList<>();
        for (List<Diagnostic> run : all) {
            List<Diagnostic> chain = null;
            for (List<Diagnostic> c : chains) {
                if (Diagnostic.ORDER.compare(last(c), run.get(0)) < 0) {
                    chain = c;
                    break;
                }
            }
            if (chain != null) {
                chain.addAll(run);
            } else if (chains.size() < MAX_CHAINS) {
                chains.add(new ArrayList<>(run));
            } else {
                return merge(mergeRuns(all), singles); // runs that overlap each other: merged two by two
            }
        }
        return merge(chains.size() == 1 ? chains.get(0) : mergeRuns(chains), singles);
    }

    /**
     * Runs that overlap (added out of order), merged two by two, the two shortest first: the longest
     * (each file's own diagnostics, laid end to end) is walked once, at the end, however many short
     * ones (the page checks', the translations', the gate's) there are.
     */
    private static List<Diagnostic> mergeRuns(List<List<Diagnostic>> runs) {
        java.util.PriorityQueue<List<Diagnostic>> shortest = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingInt(List::size));
        shortest.addAll(runs);
        while (shortest.size() > 1) shortest.add(union(shortest.poll(), shortest.poll()));
        return shortest.poll();
    }

    /** Two lists sorted by {@link Diagnostic#ORDER} without duplicates, as one: a diagnostic in both is kept once. */
    public static List<Diagnostic> union(List<Diagnostic> a, List<Diagnostic> b) {
        // A few into many (the gate's findings into every other warning): each placed by binary search.
        if (b.size() <= a.size() / 32) return merge(a, b);
        if (a.size() <= b.size() / 32) return merge(b, a);
        return walk(a, b);
    }

    /**
     * As {@link #union}, in one walk through both. Where the two are at different files, the earlier file's
     * diagnostics are taken whole (positions in one file share its path's string): a file's worth of comparisons,
     * each of two paths, saved per file (160,000 warnings merged after each edit on the bilingual bench); within
     * one file, only the rest of the position and what follows it are compared.
     */
    private static List<Diagnostic> walk(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            String pa = a.get(i).pos().path();
            String pb = b.get(j).pos().path();
            if (pa != pb && !pa.equals(pb)) {
                if (pa.compareTo(pb) < 0) {
                    do out.add(a.get(i++)); while (i < a.size() && a.get(i).pos().path() == pa);
                } else {
                    do out.add(b.get(j++)); while (j < b.size() && b.get(j).pos().path() == pb);
                }
                continue;
            }
            int c = Diagnostic.inOneFile(a.get(i), b.get(j));
            if (c <= 0) out.add(a.get(i++));
            else out.add(b.get(j++));
            if (c == 0) j++;
        }
        out.addAll(a.subList(i, a.size()));
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    /**
     * The diagnostics of {@code now} that are not in {@code before}, both sorted by {@link
     * Diagnostic#ORDER} without duplicates: one walk through both, nothing hashed (the preview
     * asks after every edit, of tens of thousands of warnings).
     */
    public static List<Diagnostic> notIn(List<Diagnostic> now, List<Diagnostic> before) {
        List<Diagnostic> out = new ArrayList<>();
        int j = 0;
        for (Diagnostic d : now) {
            while (j < before.size() && before.get(j) != d && Diagnostic.ORDER.compare(before.get(j), d) < 0) j++;
            if (j == before.size() || before.get(j) != d && Diagnostic.ORDER.compare(before.get(j), d) != 0) out.add(d);
        }
        return out;
    }

    private static Diagnostic last(List<Diagnostic> run) {
        return run.get(run.size() - 1);
    }

    /** The list sorted, with duplicates (neighbours once sorted, as ORDER compares every component) removed. */
    private static List<Diagnostic> distinct(List<Diagnostic> list) {
        list.sort(Diagnostic.ORDER);
        List<Diagnostic> out = new ArrayList<>(list.size());
        for (Diagnostic d : list) {
            if (out.isEmpty() || !last(out).equals(d)) out.add(d);
        }
        return out;
    }

    /**
     * Two sorted lists without duplicates as one. {@code few} is usually short: each of its
     * diagnostics is placed by binary search, and the stretches of {@code many} between are copied whole.
     */
    private static List<Diagnostic> merge(List<Diagnostic> many, List<Diagnostic> few) {
        if (few.isEmpty()) return many;
        if (few.size() > many.size() / 32) return walk(many, few); // not few: one walk through both is cheaper
        List<Diagnostic> out = new ArrayList<>(many.size() + few.size());
        int from = 0;
        for (Diagnostic d : few) {
            int at = java.util.Collections.binarySearch(many.subList(from, many.size()), d, Diagnostic.ORDER);
            if (at >= 0) {
                out.addAll(many.subList(from, from + at + 1)); // the same diagnostic in both: kept once
                from += at + 1;
            } else {
                out.addAll(many.subList(from, from - at - 1));
                out.add(d);
                from += -at - 1;
            }
        }
        out.addAll(many.subList(from, many.size()));
        return out;
    }
}
