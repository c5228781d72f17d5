package dev.briefing.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One open page's Server-Sent Events stream. Writes hold the stream's lock: a reload (from the
 * rebuild thread) and a ping (from the connection's own thread) may come at the same moment, and
 * two events must never interleave on the wire.
 */
final class EventStream {
    private final OutputStream out;
    private final String page;
    private final CountDownLatch closed = new CountDownLatch(1);

    /** @param page the site path of the page that opened the stream ("/briefs/a/"), or null if unknown */
    EventStream(OutputStream out, String page) {
        this.out = out;
        this.page = page;
    }

    String page() {
        return page;
    }

    /** Writes one event or comment; false, and the stream closed, when the page has gone. */
    synchronized boolean send(String event) {
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            close();
            return false;
        }
    }

    /** Waits up to {@code interval}; true once the stream is closed. */
    boolean awaitClose(Duration interval) throws InterruptedException {
        return closed.await(interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void close() {
        closed.countDown();
    }
}
