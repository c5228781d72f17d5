package dev.briefing.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The preview as the editor sees it: runs {@code briefing serve} as a process, keeps a brief open
 * (its event stream, as the page's reload script does), then for each edit writes the brief's
 * file and times (1) from the save to the reload event, and (2) from the save to the edited page
 * fetched and showing the edit. Also reports the size of the warnings panel on that page and the
 * process's resident memory. Run by bench/preview.sh; not a test.
 *
 * <p>Usage: ServeBenchmark LAUNCHER SOURCE_DIR [EDITS] [body|title] [LANGUAGE]: with a language code
 * (a site's other language, e.g. es), the edited file is the brief's translation x.es.md and the
 * page fetched is the translation's, /es/briefs/x/.
 */
public final class ServeBenchmark {
    private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:(\\d+)/)");
    private static final int WARM_UP = 5;

    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String launcher = args[0];
        Path source = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        boolean titles = args.length > 3 && args[3].equals("title");
        String language = args.length > 4 ? args[4] : null;
        Path target;
        try (Stream<Path> s = Files.list(source.resolve("content/briefs"))) {
            // Sources are the names with no language code before ".md": x.md, never x.es.md.
            List<Path> briefs = s.filter(p -> p.getFileName().toString().matches("[^.]+\\.md")).sorted().toList();
            target = briefs.get(briefs.size() / 2);
        }
        String slug = target.getFileName().toString().replace(".md", "");
        if (language != null) target = target.resolveSibling(slug + "." + language + ".md");
        String original = Files.readString(target);
        Process serve = new ProcessBuilder(launcher, "serve", "--source", source.toString(), "--port", "0", "--as-of", "2030-01-01")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            long started = System.nanoTime();
            String url = awaitServing(serve.getErrorStream());
            System.out.printf("serve started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/$", "$1"));
            String page = (language == null ? "" : "/" + language) + "/briefs/" + slug + "/";
            List<Long> reloads = new ArrayList<>();
            List<Long> fetched = new ArrayList<>();
            int panel = 0;
            int pageBytes = 0;
            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), port)) {
                events.getOutputStream().write(("GET /__briefing/events?page=" + page + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                InputStream in = events.getInputStream();
                events.setSoTimeout(60_000);
                readUntil(in, ": connected\n\n");
                for (int i = 0; i < edits; i++) {
                    String marker = titles ? "Edit " + i + ": " : "Edited paragraph " + i + ".";
                    String text = titles ? retitle(original, marker) : original + "\n" + marker + "\n";
                    long save = System.nanoTime();
                    Files.writeString(target, text);
                    events.setSoTimeout(60_000);
                    readUntil(in, "data: reload\n\n");
                    reloads.add((System.nanoTime() - save) / 1_000_000);
                    String body;
                    do {
                        body = http.send(HttpRequest.newBuilder(URI.create(url + page.substring(1))).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                    } while (!body.contains(titles ? marker.strip() : marker));
                    fetched.add((System.nanoTime() - save) / 1_000_000);
                    pageBytes = body.getBytes(StandardCharsets.UTF_8).length;
                    int at = body.indexOf("<details class=\"briefing-warnings\"");
                    panel = at < 0 ? 0 : body.substring(at, body.indexOf("</details>", at) + "</details>".length())
                            .getBytes(StandardCharsets.UTF_8).length;
                    // A second reload follows when the whole build finds more than the early page showed:
                    // drained before the next save, so it is not taken for that save's.
                    drain(events, in);
                }
            }
            System.out.printf("%s%s edit of %s, %d warm edits: save to reload event median %d ms, p95 %d ms;"
                    + " save to edited page fetched median %d ms, p95 %d ms%n", language == null ? "" : language + " ",
                    titles ? "title" : "body", target.getFileName(),
                    edits - WARM_UP, percentile(reloads, 50), percentile(reloads, 95), percentile(fetched, 50), percentile(fetched, 95));
            System.out.printf("page %d bytes, of which the warnings panel %d bytes; %s%n", pageBytes, panel, memory(serve.pid()));
        } finally {
            Files.writeString(target, original);
            serve.destroy();
            serve.waitFor();
        }
    }

    /** The brief with {@code marker} put before its title, in the front matter's own quoting. */
    static String retitle(String brief, String marker) {
        Matcher m = Pattern.compile("(?m)^title: (.*)$").matcher(brief);
        if (!m.find()) throw new IllegalArgumentException("no title line");
        String title = m.group(1);
        String edited = title.startsWith("\"") ? "\"" + marker + title.substring(1)
                : "\"" + marker + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return brief.substring(0, m.start(1)) + edited + brief.substring(m.end(1));
    }

    /** Reads the process's stderr until it says where it serves; keeps reading it after, so it never blocks. */
    private static String awaitServing(InputStream err) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8));
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
            } catch (IOException ignored) {
                // The process ended.
            }
            url.complete(null);
        });
        reader.setDaemon(true);
        reader.start();
        String found = url.get();
        if (found == null) throw new IllegalStateException("serve ended before serving");
        return found;
    }

    private static void readUntil(InputStream in, String end) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while (sb.indexOf(end) < 0 && (b = in.read()) >= 0) sb.append((char) b);
        if (sb.indexOf(end) < 0) throw new IOException("event stream ended");
    }

    private static void drain(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(400);
        try {
            while (in.read() >= 0) {
                // Discard.
            }
        } catch (SocketTimeoutException quiet) {
            // Nothing more pending.
        }
    }

    /** The p-th percentile of the times after the warm-up edits. */
    private static long percentile(List<Long> times, int p) {
        List<Long> warm = new ArrayList<>(times.subList(Math.min(WARM_UP, times.size() - 1), times.size()));
        Collections.sort(warm);
        return warm.get(Math.min(warm.size() - 1, (int) Math.ceil(p / 100.0 * warm.size()) - 1));
    }

    private static String memory(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) return "memory not known on this system";
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) rss = line.substring(6).strip();
            if (line.startsWith("VmHWM:")) peak = line.substring(6).strip();
        }
        return "resident memory " + rss + " (peak " + peak + ")";
    }
}
