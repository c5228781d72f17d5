package dev.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.briefing.diag.Diagnostic;
import dev.briefing.model.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview on 127.0.0.1 only. HTML pages get a small reload script (preview only; the
 * build never writes it); open pages reload through Server-Sent Events after each rebuild; while
 * the site has errors every page shows them instead of stale content.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String RELOAD_TAG = "<script src=\"/__briefing/reload.js\"></script>";
    private static final String OVERLAY_CSS_TAG = "<link rel=\"stylesheet\" href=\"/__briefing/overlay.css\">";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Binds to 127.0.0.1:port (0 picks a free port). Throws java.net.BindException if it is taken. */
    public PreviewServer(Preview preview, int port) throws IOException {
        this.preview = preview;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Tells every open page to reload. */
    public void reloadAll() {
        for (OutputStream out : listeners) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            switch (path) {
                case "/__briefing/events" -> events(ex);
                case "/__briefing/reload.js" -> send(ex, 200, "js", Overlay.RELOAD_JS.getBytes(StandardCharsets.UTF_8));
                case "/__briefing/overlay.css" -> send(ex, 200, "css", Overlay.CSS.getBytes(StandardCharsets.UTF_8));
                default -> page(ex, path);
            }
        }
    }

    private void page(HttpExchange ex, String path) throws IOException {
        List<Diagnostic> diags = preview.diagnostics();
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        String ext = file.substring(file.lastIndexOf('.') + 1);
        if (diags.stream().anyMatch(Diagnostic::isError) && ext.equals("html")) {
            send(ex, 500, "html", Overlay.html(diags, this::sourceLine).getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = preview.page(file);
        if (body == null) body = staticFile(file);
        if (body == null && !path.endsWith("/") && preview.page(file + "/index.html") != null) {
            ex.getResponseHeaders().add("Location", path + "/");
            send(ex, 301, "txt", new byte[0]);
            return;
        }
        int status = 200;
        if (body == null) {
            status = 404;
            body = preview.page("404.html");
            ext = "html";
            if (body == null) body = "Not found".getBytes(StandardCharsets.UTF_8);
        }
        if (ext.equals("html")) body = inject(body, Overlay.warnings(diags, this::sourceLine));
        send(ex, status, ext, body);
    }

    /** A file from content/static/, never from outside it. */
    private byte[] staticFile(String file) throws IOException {
        Path dir = preview.source().resolve("content/static").toAbsolutePath().normalize();
        Path p = dir.resolve(file).normalize();
        if (!p.startsWith(dir) || !Files.isRegularFile(p)) return null;
        return Files.readAllBytes(p);
    }

    private String sourceLine(Diagnostic d) {
        var loaded = preview.loaded();
        SourceFile f = loaded == null ? null : loaded.sources().get(d.pos().path());
        if (f == null) {
            Path p = preview.source().resolve(d.pos().path());
            try {
                if (!p.normalize().startsWith(preview.source().normalize()) || !Files.isRegularFile(p)) return null;
                f = new SourceFile(d.pos().path(), Files.readString(p));
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
        }
        return f.line(d.pos().line());
    }

    /** Adds the reload script, and the warnings panel when there are warnings (preview only; the build never writes them). */
    private static byte[] inject(byte[] html, String warnings) {
        String s = new String(html, StandardCharsets.UTF_8);
        String tail = (warnings.isEmpty() ? "" : OVERLAY_CSS_TAG + warnings) + RELOAD_TAG;
        int at = s.lastIndexOf("</body>");
        s = at < 0 ? s + tail : s.substring(0, at) + tail + s.substring(at);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        try {
            // Keep the stream open; a comment every 15 s notices closed connections.
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange ex, int status, String ext, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
