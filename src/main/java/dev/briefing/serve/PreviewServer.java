package dev.briefing.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.briefing.engine.Snapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves the preview on 127.0.0.1 only, from one {@link Snapshot} at a time: {@link #publish} swaps
 * in the next build's whole, so a request never pairs a page of one build with the problems of
 * another. HTML pages get a small reload script and the snapshot's warnings panel (preview only;
 * the build never writes them); while the site has errors every page shows them instead of stale
 * content. Open pages reload through Server-Sent Events after each swap: the build's thread only
 * queues the event, each page's own connection thread writes it, and a page that stops reading is
 * dropped ({@link EventStream}). Threads are bounded, and so are the open event streams.
 *
 * <p>Hardened as a server any web page could reach through the browser: only loopback Host names
 * are answered (a DNS-rebinding page would send its own name), only GET and HEAD, only paths that
 * decode cleanly to files of the site or content/static/, and every response carries a strict
 * Content-Security-Policy (the theme, the reload script and the overlay need nothing inline).
 */
public final class PreviewServer implements AutoCloseable {
    /** default-src does not cover base-uri or form-action: those are closed too. */
    private static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'";
    private static final Duration PING_EVERY = Duration.ofSeconds(15);
    private static final String RELOAD_TAG = "<script src=\"/__briefing/reload.js\"></script>";
    private static final String OVERLAY_CSS_TAG = "<link rel=\"stylesheet\" href=\"/__briefing/overlay.css\">";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("atom", "application/atom+xml"), Map.entry("txt", TEXT),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));

    /** Threads answering requests; each open page's event stream holds one while it is open. */
    static final int THREADS = 32;
    /** Open event streams at most, so that page requests always find a thread. */
    static final int STREAMS = 24;

    private final Path source;
    private final HttpServer server;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1024), r -> {
                Thread t = new Thread(r, "preview-http");
                t.setDaemon(true);
                return t;
            });
    private final List<EventStream> listeners = new CopyOnWriteArrayList<>();
    /** Host header values of requests this server answers, lower case. */
    private final Set<String> hosts;
    /** What is served: the last build published, or null before the first. */
    private volatile Snapshot current;
    /**
     * The pages (site paths) served since the snapshot now served was published, for {@link #awaitServed};
     * emptied at each publish, so that no older snapshot is kept. Guarded by itself.
     */
    private final Map<String, Snapshot> served = new HashMap<>();

    /**
     * Binds to 127.0.0.1:port (0 picks a free port). Throws java.net.BindException if it is taken.
     *
     * @param source the site's folder: static files are served only from within it
     */
    public PreviewServer(Path source, int port) throws IOException {
        this.source = source;
        executor.allowCoreThreadTimeOut(true);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.hosts = loopbackHosts(port());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves this snapshot from now on, whole. */
    public void publish(Snapshot snapshot) {
        synchronized (served) {
            current = snapshot;
            served.clear();
        }
    }

    /** What is served now, or null before the first build. */
    Snapshot current() {
        return current;
    }

    private static Set<String> loopbackHosts(int port) {
        Set<String> hosts = new HashSet<>();
        for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
            hosts.add(name + ":" + port);
            // Browsers leave out the default port.
            if (port == 80) hosts.add(name);
        }
        return Set.copyOf(hosts);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The site paths of the pages open in a browser now ("/briefs/a/"), as their reload scripts name them. */
    public Set<String> viewed() {
        Set<String> out = new HashSet<>();
        for (EventStream stream : listeners) if (stream.page() != null) out.add(stream.page());
        return out;
    }

    /**
     * The page a reload script names in its query ("page=/briefs/a/", the path as the browser
     * requested it), decoded as a request path; null when it names none. Only compared with the
     * site's paths, never used to read a file.
     */
    static String viewedPage(String rawQuery) {
        if (rawQuery == null || !rawQuery.startsWith("page=") || rawQuery.length() > 2048) return null;
        Optional<String> path = RequestPath.decode(rawQuery.substring("page=".length()));
        if (path.isEmpty()) return null;
        String p = path.get();
        return p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p;
    }

    /** Tells every open page to reload; never waits on a browser. */
    public void reloadAll() {
        for (EventStream stream : listeners) {
            if (!stream.offer("data: reload\n\n")) listeners.remove(stream);
        }
    }

    /**
     * Waits until each of these pages (site paths) has been served from this snapshot, or the time is up: the
     * preview lets the pages open in a browser, just told to reload, be answered before it goes on with the rest
     * of the build, which would otherwise take the cores from them. False if the time ran out first.
     */
    public boolean awaitServed(Snapshot snapshot, Set<String> pages, Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        synchronized (served) {
            while (!pages.stream().allMatch(p -> served.get(p) == snapshot)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(served, left);
            }
        }
        return true;
    }

    /** How many pages have an event stream open. */
    int streams() {
        return listeners.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Headers headers = ex.getResponseHeaders();
            headers.set("Content-Security-Policy", CSP);
            headers.set("Cache-Control", "no-store");
            if (!loopbackHost(ex)) {
                send(ex, 421, TEXT, ("This preview answers only at " + url() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                send(ex, 405, TEXT, "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> path = RequestPath.decode(ex.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                send(ex, 400, TEXT, "Bad request path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            switch (path.get()) {
                case "/__briefing/events" -> events(ex);
                case "/__briefing/reload.js" -> send(ex, 200, TYPES.get("js"), PreviewFiles.RELOAD_JS.getBytes(StandardCharsets.UTF_8));
                case "/__briefing/overlay.css" -> send(ex, 200, TYPES.get("css"), PreviewFiles.CSS.getBytes(StandardCharsets.UTF_8));
                default -> page(ex, path.get(), current);
            }
        }
    }

    /** One Host header naming this server on loopback, and no other authority in the request line. */
    private boolean loopbackHost(HttpExchange ex) {
        List<String> host = ex.getRequestHeaders().get("Host");
        String authority = ex.getRequestURI().getRawAuthority();
        return host != null && host.size() == 1 && hosts.contains(host.get(0).toLowerCase(Locale.ROOT))
                && (authority == null || hosts.contains(authority.toLowerCase(Locale.ROOT)));
    }

    private void page(HttpExchange ex, String path, Snapshot snapshot) throws IOException {
        if (snapshot == null) {
            ex.getResponseHeaders().set("Retry-After", "1");
            send(ex, 503, TYPES.get("html"), PreviewFiles.BUILDING.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/__briefing/problems")) {
            send(ex, 200, TYPES.get("html"), snapshot.problemsPage().getBytes(StandardCharsets.UTF_8));
            served(path, snapshot);
            return;
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        String ext = file.substring(file.lastIndexOf('.') + 1);
        if (snapshot.errorPage() != null && ext.equals("html")) {
            send(ex, 500, TYPES.get("html"), snapshot.errorPage().getBytes(StandardCharsets.UTF_8));
            served(path, snapshot);
            return;
        }
        byte[] body = snapshot.file(file);
        if (body == null) body = staticFile(snapshot, file);
        if (body == null) {
            // A site published under a path (https://owner.github.io/repo/) links its root-relative addresses under it,
            // as the 404 page does: the preview, served at its own root, answers them there too.
            String under = underBasePath(snapshot, file);
            if (under != null) {
                body = snapshot.file(under.isEmpty() || under.endsWith("/") ? under + "index.html" : under);
                if (body == null) body = staticFile(snapshot, under);
            }
        }
        if (body == null && !path.endsWith("/") && snapshot.file(file + "/index.html") != null) {
            // The raw path: already encoded as the browser sent it.
            ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
            send(ex, 301, TEXT, new byte[0]);
            return;
        }
        int status = 200;
        if (body == null) {
            status = 404;
            body = snapshot.file("404.html");
            ext = "html";
            if (body == null) body = "Not found".getBytes(StandardCharsets.UTF_8);
        }
        if (ext.equals("html")) body = inject(body, snapshot.panel(), snapshot.hasPlaceholders());
        send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        if (ext.equals("html")) served(path, snapshot);
    }

    /** The file without the site's base path ("repo/assets/x.css" → "assets/x.css"), or null when it is not under one. */
    private static String underBasePath(Snapshot snapshot, String file) {
        if (snapshot.loaded() == null) return null;
        String base = java.net.URI.create(snapshot.loaded().config().baseUrl()).getPath();
        if (base == null || base.length() <= 1) return null;
        String prefix = base.substring(1).endsWith("/") ? base.substring(1) : base.substring(1) + "/";
        return file.startsWith(prefix) ? file.substring(prefix.length()) : null;
    }

    /** Records a page (any that has the reload script) as served from this snapshot, for {@link #awaitServed}. */
    private void served(String path, Snapshot snapshot) {
        // As the reload script names the page: its folder, for a folder's index.
        String page = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        synchronized (served) {
            if (snapshot == current) { // one published since is waited for instead
                served.put(page, snapshot);
                served.notifyAll();
            }
        }
    }

    /**
     * A file from content/static/ as the load stage took it, and only while its real location (links
     * followed, now) is inside the site's folder, as the build requires (BRF003).
     */
    private byte[] staticFile(Snapshot snapshot, String file) throws IOException {
        Optional<Path> p = snapshot.staticFile(file);
        if (p.isEmpty()) return null;
        try {
            Path real = p.get().toRealPath();
            if (!real.startsWith(source.toRealPath()) || !Files.isRegularFile(real)) return null;
            return Files.readAllBytes(real);
        } catch (java.nio.file.NoSuchFileException | InvalidPathException e) {
            return null;
        }
    }

    /**
     * Adds the reload script, the panel when there are problems, and marks on the placeholders
     * (preview only; the build never writes them).
     */
    private static byte[] inject(byte[] html, String panel, boolean placeholders) {
        String s = new String(html, StandardCharsets.UTF_8);
        if (placeholders) s = PlaceholderMarks.mark(s);
        String tail = (panel.isEmpty() ? "" : OVERLAY_CSS_TAG + panel) + RELOAD_TAG;
        int at = s.lastIndexOf("</body>");
        s = at < 0 ? s + tail : s.substring(0, at) + tail + s.substring(at);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        if (listeners.size() >= STREAMS) {
            send(ex, 503, TEXT, "Too many open preview pages: close some and reload\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        EventStream stream = new EventStream(ex.getResponseBody(), viewedPage(ex.getRequestURI().getRawQuery()));
        try {
            // Listed before the headers go out, so a reload queued as soon as the page has the
            // response reaches it; it is written after the greeting, by this thread.
            listeners.add(stream);
            ex.sendResponseHeaders(200, 0);
            if (stream.write(": connected\n\n")) stream.pump(PING_EVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(stream);
        }
    }

    /**
     * Sends the response. A HEAD response carries the Content-Length its GET would have and no
     * body: the JDK server sends no length for HEAD itself, and wants -1 there.
     */
    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        listeners.forEach(EventStream::close);
        server.stop(0);
        executor.shutdownNow();
    }
}
