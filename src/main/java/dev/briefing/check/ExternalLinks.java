package dev.briefing.check;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code briefing check --external}: fetches every distinct http(s) link of the rendered pages,
 * a few at a time and each within a time limit, and reports the ones that fail as warnings.
 * Never part of a build: builds must not depend on the network.
 */
public final class ExternalLinks {
    private final int concurrency;
    private final Duration timeout;

    /** @param concurrency how many links are fetched at once; @param timeout per request */
    public ExternalLinks(int concurrency, Duration timeout) {
        this.concurrency = concurrency;
        this.timeout = timeout;
    }

    /** @param files the rendered site; links under {@code baseUrl} are the site's own and skipped */
    public void check(Map<String, byte[]> files, String baseUrl, Diagnostics diags) {
        Map<String, String> firstPage = links(files, baseUrl);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String url : firstPage.keySet()) results.add(pool.submit(() -> problem(client, url)));
            int i = 0;
            for (var e : firstPage.entrySet()) {
                String problem = results.get(i++).get();
                if (problem != null) {
                    diags.warning(Code.BRF066, Pos.file(e.getValue()), "external link " + e.getKey() + " " + problem,
                            "check it in a browser; update or remove it if it has moved or gone");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Distinct external http(s) links → the first page (in path order) that has each. */
    static Map<String, String> links(Map<String, byte[]> files, String baseUrl) {
        Map<String, String> out = new TreeMap<>();
        new TreeMap<>(files).forEach((path, bytes) -> {
            if (!path.endsWith(".html")) return;
            // The same scanner as the link gate's, so both read a page's links alike.
            for (String link : HtmlLinks.scan(bytes).links()) {
                String url = link;
                int hash = url.indexOf('#');
                if (hash >= 0) url = url.substring(0, hash);
                if ((url.startsWith("https://") || url.startsWith("http://")) && !url.startsWith(baseUrl)) {
                    out.putIfAbsent(url, path);
                }
            }
        });
        return out;
    }

    /** Null when the link works; else what went wrong. HEAD first, GET when HEAD is refused or fails. */
    private String problem(HttpClient client, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a valid URL";
        }
        return fetch(client, uri, "HEAD") == null ? null : fetch(client, uri, "GET");
    }

    private String fetch(HttpClient client, URI uri, String method) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "briefing-link-check").build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 400 ? null : "answered HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "did not answer within " + timeout.toMillis() + " ms";
        } catch (IOException e) {
            return "could not be fetched (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not checked (interrupted)";
        }
    }
}
