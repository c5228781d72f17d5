package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server as a page on another site, or a crafted request, would meet it: loopback
 * Host names only, GET and HEAD only, HEAD with the right length, a strict policy on every
 * answer, and malformed paths refused without reaching a file.
 */
class PreviewServerHardeningTest {
    private static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'";
    private static final String SECRET = "not for the browser";

    @TempDir
    Path dir;

    private Preview preview;
    private PreviewServer server;
    private String host;

    @BeforeEach
    void start() throws Exception {
        Path brief = dir.resolve("content/briefs/alpha.md");
        Files.createDirectories(brief.getParent());
        Files.writeString(brief, "---\ntitle: Alpha\ndate: 2024-01-01\nsummary: About alpha.\n---\nBody\n");
        Files.createDirectories(dir.resolve("content/static"));
        Files.writeString(dir.resolve("content/static/note.txt"), "a static note\n");
        // Beside content/static/, where no request may reach.
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("content/secret.txt"), SECRET);
        preview = ServeTests.started(dir, LocalDate.parse("2025-01-01"));
        server = preview.server();
        host = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private RawHttp send(String method, String target) throws Exception {
        return RawHttp.send(server.port(), method, target, host);
    }

    @Test
    void answersOnlyToLoopbackNamesWithItsPort() throws Exception {
        int port = server.port();
        for (String allowed : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port, "LocalHost:" + port)) {
            assertEquals(200, RawHttp.send(port, "GET", "/briefs/alpha/", allowed).status(), allowed);
        }
        for (String refused : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "localhost",
                "127.0.0.1:" + (port + 1), "localhost.:" + port, "127.0.0.2:" + port, "")) {
            RawHttp r = RawHttp.send(port, "GET", "/briefs/alpha/", refused);
            assertEquals(421, r.status(), refused);
            assertEquals("This preview answers only at http://127.0.0.1:" + port + "/\n", r.text(), refused);
        }
        assertEquals(421, RawHttp.send(port, "GET", "/briefs/alpha/", null).status(), "no Host header");
        assertEquals(421, send("GET", "http://evil.example:" + port + "/briefs/alpha/").status(),
                "an absolute request target names the host too");
        assertEquals(200, send("GET", "http://localhost:" + port + "/briefs/alpha/").status());
    }

    @Test
    void answersOtherMethodsWith405AndSaysWhichAreAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND")) {
            for (String path : List.of("/", "/briefs/alpha/", "/__briefing/events", "/missing")) {
                RawHttp r = send(method, path);
                assertEquals(405, r.status(), method + " " + path);
                assertEquals("GET, HEAD", r.header("Allow"), method + " " + path);
            }
        }
    }

    @Test
    void headHasTheLengthOfTheGetBodyAndNoBody() throws Exception {
        for (String path : List.of("/", "/briefs/alpha/", "/note.txt", "/missing/", "/briefs/alpha",
                "/__briefing/reload.js", "/__briefing/overlay.css", "/%00")) {
            RawHttp get = send("GET", path);
            RawHttp head = send("HEAD", path);
            assertEquals(get.status(), head.status(), path);
            assertEquals(Integer.toString(get.body().length), head.header("Content-Length"), path);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
            assertArrayEquals(new byte[0], head.body(), path);
        }
        assertFalse(send("GET", "/").text().isEmpty(), "the home page has a body to measure");
    }

    /** As GitHub Pages sends them, so a feed reader or an alerting system given the preview's address reads them alike. */
    @Test
    void generatedFilesGoOutWithTheirTypes() throws Exception {
        Map<String, String> types = Map.of("/advisories/cap.atom", "application/atom+xml", "/feeds/briefs.xml", "application/xml",
                "/embed/advisory.js", "text/javascript; charset=utf-8", "/briefs/alpha/card.png", "image/png");
        for (var t : types.entrySet()) {
            RawHttp r = send("GET", t.getKey());
            assertEquals(200, r.status(), t.getKey());
            assertEquals(t.getValue(), r.header("Content-Type"), t.getKey());
        }
    }

    @Test
    void everyAnswerCarriesTheStrictPolicy() throws Exception {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String[] request : new String[][] {{"GET", "/"}, {"GET", "/briefs/alpha"}, {"GET", "/missing/"},
                {"GET", "/note.txt"}, {"GET", "/__briefing/reload.js"}, {"HEAD", "/__briefing/events"},
                {"POST", "/"}, {"GET", "/%00"}}) {
            RawHttp r = send(request[0], request[1]);
            answers.put(request[0] + " " + request[1], r.status());
            assertEquals(CSP, r.header("Content-Security-Policy"), request[0] + " " + request[1]);
        }
        RawHttp refused = RawHttp.send(server.port(), "GET", "/", "evil.example");
        assertEquals(CSP, refused.header("Content-Security-Policy"), "a refused host");
        assertEquals(List.of(200, 301, 404, 200, 200, 200, 405, 400), List.copyOf(answers.values()), answers::toString);
    }

    @Test
    void malformedPathsAreRefusedAndReachNoFile() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String bad : List.of("/%00", "/a%00.html", "/note.txt%00", "/%2e%2e/", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/../secret.txt", "/./note.txt", "/%2e/note.txt",
                "/a//secret.txt", "/%5c..%5csecret.txt", "/%C3%28", "/%FF", "/%0a", "/a%7fb",
                // Refused by the JDK's own request parser, before the preview sees them.
                "/%zz", "/%", "/a%2")) {
            expected.put(bad, 400);
        }
        // A network-path reference: the JDK's server finds no context for it and answers 404 itself.
        expected.put("//secret.txt", 404);
        expected.put("/missing.txt", 404);
        expected.put("/secret.txt", 404);
        expected.put("/static/note.txt", 404);
        expected.put("/note%2etxt", 200);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String path : expected.keySet()) {
            RawHttp r = send("GET", path);
            actual.put(path, r.status());
            assertFalse(r.text().contains(SECRET), path);
        }
        assertEquals(expected, actual);
        assertEquals("a static note\n", send("GET", "/note%2etxt").text());
        assertEquals(200, send("GET", "/").status(), "the server still answers");
    }
}
