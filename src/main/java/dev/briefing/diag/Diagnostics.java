package dev.briefing.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A thread-safe collector of diagnostics for one run. Render threads report into it in any order;
 * {@link #sorted()} gives the deterministic order the formatter prints.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
    /** Set with the first error, so asking costs nothing however many warnings there are. */
    private volatile boolean hasErrors;

    public void add(Diagnostic d) {
        items.add(d);
        if (d.isError()) hasErrors = true;
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

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
        if (other.hasErrors) hasErrors = true;
    }

    public boolean hasErrors() {
        return hasErrors;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics, duplicates removed, in path/line/column order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Diagnostic.ORDER);
        // ORDER compares every component, so duplicates are neighbours once sorted.
        List<Diagnostic> out = new ArrayList<>(list.size());
        for (Diagnostic d : list) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) out.add(d);
        }
        return out;
    }
}
