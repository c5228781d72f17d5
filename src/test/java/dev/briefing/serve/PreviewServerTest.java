package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP on 127.0.0.1. */
class PreviewServerTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private void site() throws Exception {
        Path f = dir.resolve("content/briefs/alpha.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\ntitle: Alpha\ndate: 2024-01-01\nsummary: About alpha.\n---\nBody\n");
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesWithTheReloadScript() throws Exception {
        site();
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            HttpResponse<String> home = get(server, "/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<script src=\"/__briefing/reload.js\"></script></body>"));
            assertEquals(200, get(server, "/briefs/alpha/index.html").statusCode());
            assertEquals(301, get(server, "/briefs/alpha").statusCode());
            assertEquals(404, get(server, "/missing/").statusCode());
            HttpResponse<String> meta = get(server, "/search/index/meta.json");
            assertEquals(200, meta.statusCode(), "the search index is built on first request");
            var built = new Pipeline().run(new Pipeline.Options(dir, null, LocalDate.parse("2025-01-01"), false));
            assertEquals(new String(built.files().get("search/index/meta.json"), StandardCharsets.UTF_8), meta.body(),
                    "the preview serves the search index the build writes");
        }
    }

    /** Docs walkthrough of issue 24: with a base URL under a path, the 404 page's root-relative links led nowhere. */
    @Test
    void aSitePublishedUnderAPathIsAlsoServedUnderIt() throws Exception {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "base_url: https://county.github.io/briefings/\n" + dev.briefing.testing.TestSites.SETTINGS);
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            HttpResponse<String> missing = get(server, "/missing/");
            assertEquals(404, missing.statusCode());
            String css = org.jsoup.Jsoup.parse(missing.body()).selectFirst("link[rel=stylesheet]").attr("href");
            assertTrue(css.startsWith("/briefings/assets/"), css);
            assertEquals(200, get(server, css).statusCode(), css);
            assertEquals(get(server, "/briefs/alpha/").body(), get(server, "/briefings/briefs/alpha/").body());
            assertEquals(200, get(server, "/briefings/").statusCode());
            assertEquals(404, get(server, "/other/briefs/alpha/").statusCode());
        }
    }

    @Test
    void aReloadSentAsSoonAsThePageIsConnectedReachesIt() throws Exception {
        site();
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            // Many times: a reload lost to a race between the page's arrival and its listing
            // would show in some of them.
            for (int i = 0; i < 50; i++) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    // A hang guard, not a timing assertion: a lost reload would leave the read waiting.
                    socket.setSoTimeout(20_000);
                    socket.getOutputStream().write(("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    InputStream in = socket.getInputStream();
                    // The first byte of the answer: the page is connected.
                    int first = in.read();
                    server.reloadAll();
                    // The next event is the reload, or (had it been lost) a ping 15 s later.
                    String rest = readUntilEvent(in, List.of("data: reload\n\n", ": ping\n\n"));
                    assertEquals('H', first);
                    assertTrue(rest.startsWith("TTP/1.1 200 "), rest);
                    assertTrue(rest.endsWith("\r\n: connected\n\n\r\ne\r\ndata: reload\n\n"),
                            "the greeting, then the reload (each a chunk): " + rest);
                }
            }
        }
    }

    /** A page's reload script names it; the server lists it as open while its stream is. */
    @Test
    void anOpenPageIsListedAsViewedByTheSitePathItsScriptNames() throws Exception {
        site();
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            for (String[] c : new String[][] {{"/briefs/alpha/", "/briefs/alpha/"}, {"/briefs/alpha/index.html", "/briefs/alpha/"},
                    {"/caf%C3%A9/", "/café/"}, {"/../etc/passwd", null}, {"", null}}) {
                assertEquals(c[1], PreviewServer.viewedPage("page=" + c[0]), c[0]);
            }
            assertEquals(null, PreviewServer.viewedPage(null));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write(("GET /__briefing/events?page=/briefs/alpha/ HTTP/1.1\r\nHost: 127.0.0.1:"
                        + server.port() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                readUntilEvent(socket.getInputStream(), List.of(": connected\n\n"));
                assertEquals(java.util.Set.of("/briefs/alpha/"), server.viewed());
            }
        }
    }

    /**
     * The build waits for the open pages after telling them to reload: a page counts once it was served from that
     * very snapshot, under either of its paths, and a newer snapshot starts the count again.
     */
    @Test
    void aPageCountsAsServedOnceFetchedFromTheSnapshotWaitedFor() throws Exception {
        site();
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            dev.briefing.engine.Snapshot snapshot = server.current();
            java.util.Set<String> open = java.util.Set.of("/briefs/alpha/");
            assertFalse(server.awaitServed(snapshot, open, Duration.ofMillis(20)), "not fetched yet");
            assertEquals(200, get(server, "/").statusCode());
            assertFalse(server.awaitServed(snapshot, open, Duration.ofMillis(20)), "another page was fetched");
            assertEquals(200, get(server, "/briefs/alpha/index.html").statusCode());
            // A hang guard, not a timing assertion: the page was served before the wait began.
            assertTrue(server.awaitServed(snapshot, open, Duration.ofSeconds(20)));
            server.publish(snapshot);
            assertFalse(server.awaitServed(snapshot, open, Duration.ofMillis(20)), "published again: not fetched since");
            java.util.concurrent.CompletableFuture<HttpResponse<String>> later = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(50);
                    return get(server, "/briefs/alpha/");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(server.awaitServed(snapshot, open, Duration.ofSeconds(20)), "woken by the fetch made while waiting");
            assertEquals(200, later.join().statusCode());
            // The page of every problem has the reload script too, under its own path.
            java.util.Set<String> problems = java.util.Set.of("/__briefing/problems");
            assertFalse(server.awaitServed(snapshot, problems, Duration.ofMillis(20)));
            assertEquals(200, get(server, "/__briefing/problems").statusCode());
            assertTrue(server.awaitServed(snapshot, problems, Duration.ofSeconds(20)));
        }
    }

    /** Reads until one of {@code ends} has arrived. */
    private static String readUntilEvent(InputStream in, List<String> ends) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while (ends.stream().noneMatch(e -> sb.indexOf(e) >= 0) && (b = in.read()) >= 0) sb.append((char) b);
        return sb.toString();
    }

    @Test
    void whileTheSiteHasErrorsEveryPageShowsThem() throws Exception {
        site();
        Files.writeString(dir.resolve("content/briefs/beta.md"),
                "---\ntitle: Beta\ndate: 2024-01-01\nsummary: S.\n---\nSee [[brief:alpah]].\n");
        try (Preview preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"))) {
            PreviewServer server = preview.server();
            HttpResponse<String> page = get(server, "/briefs/alpha/");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("content/briefs/beta.md:6:5"), page.body());
            assertTrue(page.body().contains("did you mean &#39;alpha&#39;?"), page.body());
            assertTrue(page.body().contains("See [[brief:alpah]]."), "the offending line is shown");
        }
    }

    @Test
    void aPortInUseIsReportedAsSuch() throws Exception {
        site();
        try (PreviewServer first = new PreviewServer(dir, 0)) {
            assertThrows(BindException.class, () -> new PreviewServer(dir, first.port()).close());
        }
    }

    /**
     * overlay.css is linked into every page that has warnings: each of its rules must be scoped to
     * the overlay's own classes, or it restyles the site (headings dark red, list items boxed).
     */
    @Test
    void theOverlaysStylesheetStylesOnlyTheOverlay() {
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{[^}]*}").matcher(PreviewFiles.CSS);
        int rules = 0;
        while (rule.find()) {
            rules++;
            for (String selector : rule.group(1).split(",")) {
                assertTrue(selector.strip().startsWith(".briefing-"), "unscoped selector: " + selector);
            }
        }
        assertTrue(rules > 5, "the stylesheet was read: " + rules + " rules");
    }

    @Test
    void theBuildNeverWritesTheReloadScript() throws Exception {
        site();
        var result = new Pipeline().run(new Pipeline.Options(dir, null, LocalDate.parse("2025-01-01"), false));
        assertTrue(result.ok());
        result.files().forEach((path, bytes) ->
                assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("__briefing"), path));
    }
}
