package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.briefing.cli.Main;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.publish.TempSite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External link checking against a local HTTP server on 127.0.0.1 only. */
class ExternalLinksTest {
    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final Set<String> requests = new ConcurrentSkipListSet<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** Open once four /slow/ requests are in flight at the same time. */
    private final CountDownLatch fourAtOnce = new CountDownLatch(4);
    /** /never waits on this until the test is over, long past the client's timeout. */
    private final CountDownLatch testOver = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            try {
                int status = 200;
                if (path.equals("/missing")) status = 404;
                else if (path.equals("/no-head") && exchange.getRequestMethod().equals("HEAD")) status = 405;
                else if (path.equals("/never")) testOver.await();
                else if (path.startsWith("/slow/")) slow();
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Answers only once four requests are in flight together (then at once), so the client must
     * run four at a time to finish; the most seen at once says whether it ran more.
     */
    private void slow() throws InterruptedException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            fourAtOnce.countDown();
            // A hang guard, not a timing assertion: with fewer at once, the test fails on the count.
            fourAtOnce.await(20, TimeUnit.SECONDS);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @AfterEach
    void stop() {
        testOver.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void reportsBrokenLinksAsWarningsAndFallsBackToGetWhenHeadIsRefused() {
        Map<String, byte[]> files = Map.of(
                "b.html", page("<a href=\"" + base + "/missing\">x</a> <a href=\"" + base + "/ok#part\">y</a>"),
                "a.html", page("<a href=\"" + base + "/missing\">x</a> <a href=\"" + base + "/no-head\">z</a>"
                        + " <a href=\"https://example.org/own/\">own site</a> <a href=\"mailto:a@example.org\">m</a>"));
        Diagnostics diags = new Diagnostics();
        new ExternalLinks(4, Duration.ofSeconds(5)).check(files, "https://example.org/", diags);

        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found::toString);
        Diagnostic d = found.get(0);
        assertEquals(Code.BRF066, d.code());
        assertTrue(!d.isError(), "external links only warn");
        assertEquals("a.html", d.pos().path(), "reported on the first page that has the link");
        assertEquals("external link " + base + "/missing answered HTTP 404", d.message());
        assertEquals(Set.of("HEAD /missing", "GET /missing", "HEAD /ok", "HEAD /no-head", "GET /no-head"), requests);
    }

    @Test
    void fetchesFourAtOnceAndNoMore() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 12; i++) links.append("<a href=\"").append(base).append("/slow/").append(i).append("\">s</a>");
        Diagnostics diags = new Diagnostics();
        new ExternalLinks(4, Duration.ofSeconds(60)).check(Map.of("index.html", page(links.toString())),
                "https://example.org/", diags);

        assertEquals(4, maxInFlight.get(), "requests at once");
        assertEquals(List.of(), diags.sorted());
        assertEquals(12, requests.size(), requests::toString);
    }

    @Test
    void givesUpOnALinkThatDoesNotAnswerWithinTheTimeout() {
        Diagnostics diags = new Diagnostics();
        new ExternalLinks(4, Duration.ofMillis(300)).check(Map.of("index.html",
                page("<a href=\"" + base + "/never\">never</a>")), "https://example.org/", diags);

        List<String> messages = diags.sorted().stream().map(Diagnostic::message).toList();
        assertEquals(List.of("external link " + base + "/never did not answer within 300 ms"), messages);
        assertEquals(Set.of("HEAD /never", "GET /never"), requests, "GET is tried when HEAD fails");
    }

    @Test
    void checkExternalOnTheCommandLineWarnsButSucceeds(@TempDir Path dir) {
        TempSite.write(dir, Map.of("content/briefs/a.md", """
                ---
                title: A brief
                date: 2024-09-13
                summary: One plain sentence.
                ---
                See [the missing page](%s/missing).
                """.formatted(base)));
        assertEquals(Main.OK, Main.run("check", "--source", dir.toString(), "--as-of", "2025-01-01", "--external"));
        assertTrue(requests.contains("GET /missing"), requests::toString);
        assertEquals(Main.CONTENT_ERRORS, Main.run("check", "--source", dir.toString(), "--as-of", "2025-01-01",
                "--external", "--strict"), "with --strict the broken link fails the check");
    }

    private static byte[] page(String body) {
        return ("<!DOCTYPE html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
