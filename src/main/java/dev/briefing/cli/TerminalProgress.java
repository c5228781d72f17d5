package dev.briefing.cli;

import dev.briefing.engine.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A build's progress on a terminal, once it has taken longer than {@link #AFTER_MS}: one line,
 * rewritten in place ("rendering pages: 4,200 of 10,000"), at most a few times a second, and
 * cleared when the build is done. Off the terminal (CI logs, pipes) it prints nothing.
 */
final class TerminalProgress implements Progress {
    static final long AFTER_MS = 2000;
    private static final long EVERY_MS = 200;

    private final PrintStream out;
    private final long start = System.nanoTime();
    private volatile String stage = "starting";
    private volatile long lastPrint;
    private volatile boolean shown;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** Progress on {@code out} when the command runs on a terminal; none otherwise. */
    static Progress on(PrintStream out, boolean terminal) {
        return terminal ? new TerminalProgress(out) : Progress.NONE;
    }

    /** Whether a person is watching: both standard streams are a terminal. */
    static boolean interactive() {
        return System.console() != null;
    }

    @Override
    public void stage(String name) {
        stage = switch (name) {
            case "load" -> "reading content";
            case "resolve" -> "checking links and ids";
            case "pages" -> "rendering pages";
            case "check" -> "checking the output";
            default -> name;
        };
        print(stage);
    }

    @Override
    public void pages(int done, int total) {
        long now = System.nanoTime();
        if (now - lastPrint < TimeUnit.MILLISECONDS.toNanos(EVERY_MS) && done < total) return;
        print(String.format(Locale.ROOT, "%s: %,d of %,d", stage, done, total));
    }

    @Override
    public void done() {
        synchronized (this) {
            if (shown) out.print("\r\033[K");
            out.flush();
            shown = false;
        }
    }

    private synchronized void print(String line) {
        long now = System.nanoTime();
        if (now - start < TimeUnit.MILLISECONDS.toNanos(AFTER_MS)) return;
        lastPrint = now;
        shown = true;
        out.print("\r\033[K" + line);
        out.flush();
    }
}
