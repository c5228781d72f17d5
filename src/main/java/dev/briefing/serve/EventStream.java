package dev.briefing.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open page's Server-Sent Events stream. Only the stream's own connection thread writes to
 * its socket ({@link #pump}); anyone else hands it an event ({@link #offer}), which never blocks.
 * A browser that stops reading (a frozen tab, a suspended laptop) fills the socket's buffer and
 * stalls its own thread in a write, and nothing else: the next offer finds the write stalled past
 * {@link #STALLED} or the queue full, and the stream is dropped.
 */
final class EventStream {
    /** A write taking longer than this means the browser has stopped reading. */
    static final Duration STALLED = Duration.ofSeconds(5);
    private static final int QUEUED = 8;
    private static final String CLOSE = "";

    private final OutputStream out;
    private final String page;
    private final BlockingQueue<String> events = new ArrayBlockingQueue<>(QUEUED);
    /** System.nanoTime() when the write in progress began, or 0 when none is. */
    private volatile long writingSince;
    private volatile boolean closed;

    /** @param page the site path of the page that opened the stream ("/briefs/a/"), or null if unknown */
    EventStream(OutputStream out, String page) {
        this.out = out;
        this.page = page;
    }

    String page() {
        return page;
    }

    /** Queues an event for the stream's thread to write; false, and the stream closed, if the browser has stalled or gone. */
    boolean offer(String event) {
        long since = writingSince;
        if (closed || (since != 0 && System.nanoTime() - since > STALLED.toNanos()) || !events.offer(event)) {
            close();
            return false;
        }
        return true;
    }

    /**
     * Writes queued events, and a comment every {@code ping} to notice pages that have gone, until
     * the stream is closed or a write fails. Runs on the stream's own connection thread.
     */
    void pump(Duration ping) throws InterruptedException {
        while (!closed) {
            String event = events.poll(ping.toMillis(), TimeUnit.MILLISECONDS);
            if (closed || CLOSE.equals(event)) return;
            if (!write(event == null ? ": ping\n\n" : event)) return;
        }
    }

    /** Writes one event or comment at once; false, and the stream closed, when the page has gone. */
    boolean write(String event) {
        writingSince = System.nanoTime();
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            close();
            return false;
        } finally {
            writingSince = 0;
        }
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
        // Wakes the pump; if the queue is full, the pump sees `closed` after its current event.
        events.offer(CLOSE);
    }
}
