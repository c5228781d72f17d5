package dev.briefing.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

/**
 * A tiny static server for a built site held in memory, on 127.0.0.1, the way a production host
 * would serve it: folders answer with their index.html, a missing file with 404.html and status
 * 404, and every response carries a strict Content-Security-Policy.
 */
final class StaticServer implements AutoCloseable {
    static final String CSP = "default-src 'self'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml");

    private final HttpServer server;
    private final Map<String, byte[]> files;
    private final String csp;

    StaticServer(Map<String, byte[]> files) throws IOException {
        this(files, CSP);
    }

    /** @param csp the Content-Security-Policy of every response (a partner site's, say) */
    StaticServer(Map<String, byte[]> files, String csp) throws IOException {
        this.files = files;
        this.csp = csp;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's root URL, ending in '/'. */
    String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath().substring(1);
            if (path.isEmpty() || path.endsWith("/")) path += "index.html";
            byte[] body = files.get(path);
            int status = 200;
            if (body == null) {
                status = 404;
                path = "404.html";
                body = files.getOrDefault(path, new byte[0]);
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Content-Security-Policy", csp);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
