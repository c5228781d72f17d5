package dev.briefing.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per pipeline stage, printed by {@code build --timings} so that optimisation starts
 * from a profile. Used from the pipeline's one calling thread only. Never part of the output.
 */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the current stage: the time since the previous lap is charged to {@code stage}. */
    public void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** The stages on one line, e.g. "load 12 ms, resolve 30 ms", and a fresh start: for the preview, once per rebuild. */
    public String drain() {
        StringBuilder sb = new StringBuilder();
        nanos.forEach((stage, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(stage).append(' ').append(n / 1_000_000).append(" ms"));
        nanos.clear();
        return sb.toString();
    }

    /** One line per stage, e.g. "  render      1234 ms". */
    public String report() {
        StringBuilder sb = new StringBuilder();
        nanos.forEach((stage, n) -> sb.append(String.format(java.util.Locale.ROOT, "  %-10s %6d ms%n", stage, n / 1_000_000)));
        return sb.toString();
    }
}
