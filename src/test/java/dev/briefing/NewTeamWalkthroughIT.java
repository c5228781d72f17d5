package dev.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new county team's first day, with the built jar and nothing else, as its README and the
 * handbook tell it: init, check, new for every kind (a way to report among them, confirmed on its
 * official page), a brief with a citation and a link, build, the preview (a real process, pages
 * fetched over HTTP), an edit, a broken link, its fix, and the published output, its report page
 * telling how to report. Each step asserts what the team sees: exit status, messages, page text.
 */
class NewTeamWalkthroughIT {
    private static final Path JAR = TestSites.PROJECT.resolve("target/briefing.jar");
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    /** How long a step may take on a loaded machine before the test gives up: a bound, not a measure. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private record Run(int status, String out, String err) {
    }

    /** The jar the team downloaded, beside its site. */
    private Path jar;

    @Test
    void aNewTeamsFirstDay(@TempDir Path home) throws Exception {
        jar = Files.copy(JAR, home.resolve("briefing.jar"));
        Path site = home.resolve("county");

        // init: a site, and what to type next, in the words of a jar user.
        Run init = run(home, "init", "county", "--title", "County election safety", "--publisher", "County elections office",
                "--base-url", "https://briefings.county-elections.org/");
        assertEquals(0, init.status(), init.err());
        assertTrue(init.out().contains("\n       cd county\n"), init.out());
        assertTrue(init.out().contains("\n       java -jar ../briefing.jar check\n"), init.out());
        assertTrue(init.out().contains("\n       java -jar ../briefing.jar serve\n"), init.out());

        // check: what is still to write, each placeholder an error at its place; the advisories not yet checked.
        Run check = run(site, "check");
        assertEquals(1, check.status(), check.err());
        assertTrue(check.err().contains("content/site.yaml:13:10: error: contact.email todo@example.org is still the placeholder"),
                check.err());
        assertTrue(check.err().contains("error: 'summary' is still a placeholder (replace the TODO text) [BRF078]"), check.err());
        assertTrue(check.err().contains("warning: the advisories have not yet been checked against DHS's National Terrorism"
                + " Advisory System page"), check.err());
        assertEquals(List.of(), errorsOtherThanPlaceholders(check.err()), check.err());

        // new, for every kind: each is added, and nothing but placeholders is wrong after it.
        for (Kind kind : Kind.entities()) {
            Run added = run(site, "new", kind.singular(), "first-" + kind.singular());
            assertEquals(0, added.status(), kind + ": " + added.err());
            assertEquals("content/data/" + kind.plural() + ".yaml: added " + kind.singular() + " 'first-" + kind.singular() + "'\n",
                    added.out());
        }
        Run brief = run(site, "new", "brief", "Polling places on election day");
        assertEquals("content/briefs/polling-places-on-election-day.md\n", brief.out(), brief.err());
        check = run(site, "check");
        assertEquals(1, check.status());
        assertEquals(List.of(), errorsOtherThanPlaceholders(check.err()), check.err());
        assertEquals(1, run(site, "build").status(), "build refuses placeholders");
        assertFalse(Files.exists(site.resolve("site/index.html")), "and writes nothing");

        // The team writes what only it can: init's placeholders, every new entry, and its first brief.
        TestSites.fillInInitPlaceholders(site);
        writeEntries(site);
        Files.createDirectories(site.resolve("content/static/docs"));
        Files.writeString(site.resolve("content/static/docs/plan.pdf"), "%PDF-1.4 the county's plan\n");
        Path briefFile = site.resolve("content/briefs/polling-places-on-election-day.md");
        Files.writeString(briefFile, """
                ---
                title: "Polling places on election day"
                date: %s
                summary: "Polling places open at 7 a.m. with trained staff on site."
                tags: [election]
                reviewed: %s
                targets: [first-target]
                sources: [first-source]
                advice: ["Related"]
                ---
                ## Bottom line

                Every polling place in the county opens at 7 a.m. with trained staff on site [[cite:first-source]].
                The county's [election security plan (PDF)](/docs/plan.pdf) says who to call [[cite:example-source]].

                ## Related

                See [[threat:first-threat]], [[target:first-target]], [[driver:first-driver]], [[indicator:first-indicator]],
                [[event:first-event]], [[incident:first-incident]], [[advisory:first-advisory]], [[agency:first-agency]],
                [[resource:first-resource]] and [[term:first-term]].
                """.formatted(TODAY, TODAY));
        check = run(site, "check");
        assertEquals(0, check.status(), check.err());
        assertTrue(check.err().contains("check passed"), check.err());

        // build: the site, once nothing unfinished is left.
        Run build = run(site, "build");
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().contains("built ") && build.err().contains(" files into ./site"), build.err());

        // serve: the preview, on a free port of 127.0.0.1, fetched over HTTP.
        Process serve = start(site, "serve", "--port", "0");
        Lines log = new Lines(serve);
        try {
            Matcher serving = log.await(Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)"));
            URI root = URI.create(serving.group(1));
            Document home1 = Jsoup.parse(get(root, ""));
            assertEquals("County election safety", home1.title());
            assertTrue(home1.selectFirst(".advisory-status").text().startsWith("Not yet checked:"), home1.selectFirst(".advisory-status").text());
            Document page = Jsoup.parse(get(root, "briefs/polling-places-on-election-day/"));
            assertNotNull(page.selectFirst("sup.cite a[href=#ref-1]"), "the citation is numbered: " + page.body());
            assertNotNull(page.selectFirst("a[href$=docs/plan.pdf]"), "the link to the static file");
            assertEquals("%PDF-1.4 the county's plan\n", get(root, "docs/plan.pdf"));

            // An edit: seen in the served page.
            edit(briefFile, "trained staff on site [[cite:first-source]].", "trained staff on site [[cite:first-source]]."
                    + " Lines were short at noon [[cite:first-source]].");
            String edited = await(root, "briefs/polling-places-on-election-day/", t -> t.contains("Lines were short at noon"));
            assertTrue(Jsoup.parse(edited).selectFirst("main").text().contains("Lines were short at noon"));

            // A broken link: the preview shows it where it is, with the fix.
            edit(briefFile, "See [[threat:first-threat]], [[target:first-target]]", "See [[threat:first-threat]], [[target:first-targt]]");
            String broken = await(root, "briefs/polling-places-on-election-day/", t -> t.contains("first-targt"));
            String shown = Jsoup.parse(broken).text();
            assertTrue(shown.contains("content/briefs/polling-places-on-election-day.md:18:30")
                    && shown.contains("unknown target 'first-targt'") && shown.contains("did you mean 'first-target'?"), shown);
            log.await(Pattern.compile("unknown target 'first-targt'"));

            // The fix: the page comes back.
            edit(briefFile, "[[target:first-targt]]", "[[target:first-target]]");
            await(root, "briefs/polling-places-on-election-day/", t -> !t.contains("first-targt"));
            Document back = Jsoup.parse(get(root, "briefs/polling-places-on-election-day/"));
            assertTrue(back.selectFirst("main").text().contains("Lines were short at noon"), back.outerHtml());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops");
        }

        // Publishing: check --strict (what the workflow runs) waits for one look at DHS's page, and for the time zone
        // the advisory's CAP alert starts its days in (init wrote it commented out).
        Run strict = run(site, "check", "--strict");
        assertEquals(1, strict.status());
        assertTrue(strict.err().contains("[BRF100]") && strict.err().contains("[BRF166]"), strict.err());
        edit(site.resolve("content/site.yaml"), "  checked:\n", "  checked: " + TODAY + "\n");
        edit(site.resolve("content/site.yaml"), "\n# timezone: America/New_York\n", "\ntimezone: America/New_York\n");
        strict = run(site, "check", "--strict");
        assertEquals(0, strict.status(), strict.err());
        Run published = run(site, "build", "--strict");
        assertEquals(0, published.status(), published.err());

        // What the public sees: the brief with its citation and link, the advisory as checked, nothing unfinished.
        Path out = site.resolve("site");
        Document briefPage = Jsoup.parse(Files.readString(out.resolve("briefs/polling-places-on-election-day/index.html")));
        assertTrue(briefPage.selectFirst("main").text().contains("Lines were short at noon"));
        assertTrue(Files.isRegularFile(out.resolve("docs/plan.pdf")));
        String status = Jsoup.parse(Files.readString(out.resolve("index.html"))).selectFirst(".advisory-status").text();
        // Exactly what writing 'checked' asserted: the editors read DHS's page that day and recorded no advisory in force there.
        assertTrue(status.startsWith("No advisory was in force according to DHS's National Terrorism Advisory System page,"
                + " as this site's editors read it on "), status);
        Document advisories = Jsoup.parse(Files.readString(out.resolve("advisories/index.html")));
        assertEquals("Expired", advisories.selectFirst(".item-list li:has(a[href^=first-advisory]) .stamp").text());
        String howToReport = Jsoup.parse(Files.readString(out.resolve("report/index.html"))).selectFirst("#how-to-report").text();
        assertTrue(howToReport.startsWith("How to report If someone is in immediate danger, call 911")
                && howToReport.contains("The county's first channel"), howToReport);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("TODO") || text.contains("example.org/todo") || text.contains("todo@example.org")
                        || text.contains("Say the most important thing first"), "unfinished text published in " + f);
            }
        }

        // The handbook, from the jar alone.
        Run handbook = run(site, "handbook", "--output", home.resolve("handbook").toString());
        assertEquals(0, handbook.status(), handbook.err());
        Document workflow = Jsoup.parse(Files.readString(home.resolve("handbook/workflow.html")));
        assertEquals("A day's work", workflow.selectFirst("h1").text());
    }

    /** Every "error:" line of a run that is not a placeholder (BRF078). */
    private static List<String> errorsOtherThanPlaceholders(String err) {
        return err.lines().filter(l -> l.contains(": error: ") && !l.endsWith("[BRF078]")).toList();
    }

    /**
     * What the team writes in place of each new entry's TODO texts, a new advisory's dates (a bulletin
     * now expired), and the day it reviewed each entry.
     */
    private static void writeEntries(Path site) throws IOException {
        for (Kind kind : Kind.entities()) {
            Path data = site.resolve("content/data/" + kind.plural() + ".yaml");
            String text = Files.readString(data)
                    .replaceAll("(?m)^(  (?:name|title)): \"TODO:[^\"]*\"", "$1: \"The county's first " + kind.singular() + "\"")
                    .replaceAll("(?m)^(  publisher): \"TODO:[^\"]*\"", "$1: \"County clerk\"")
                    // The day an incident happened or an event starts, from its sources.
                    .replaceAll("\"TODO: \\d{4}-\\d{2}-\\d{2}\"", "2024-10-02")
                    .replaceAll("\"TODO:[^\"]*\"", "\"Written by the county's editors.\"")
                    .replace("https://example.org/todo", "https://www.eac.gov/election-officials")
                    // The day the team checked each entry against its sources.
                    .replace("  # reviewed: YYYY-MM-DD", "  reviewed: " + TODAY);
            if (kind == Kind.ADVISORY) {
                text = text.replaceFirst("issued: " + TODAY, "issued: 2024-03-01").replaceFirst("expires: " + TODAY, "expires: 2024-09-01");
            }
            if (kind == Kind.SOURCE) text = text.replace("- id: first-source\n", "- id: first-source\n  accessed: " + TODAY + "\n")
                    .replace("  # type: official, document, news, secondary (say which, and uncomment)\n", "  type: official\n");
            // A way to report is published once someone confirmed it on its official page (BRF132 under --strict).
            if (kind == Kind.CHANNEL) {
                text = text.replace("- id: first-channel\n", "- id: first-channel\n  verified: " + TODAY + "\n  verified_at: first-source\n");
            }
            Files.writeString(data, text);
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** java -jar, with the jar as typed in {@code dir}: "briefing.jar" beside it, "../briefing.jar" in the site. */
    private ProcessBuilder command(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                dir.relativize(jar).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }

    private Run run(Path dir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("walkthrough", ".out");
        Path err = Files.createTempFile("walkthrough", ".err");
        try {
            Process p = command(dir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), String.join(" ", args) + " finished");
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private Process start(Path dir, String... args) throws IOException {
        return command(dir, args).redirectErrorStream(true).start();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> fetch(URI root, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String get(URI root, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = fetch(root, path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /**
     * What the browser shows at the path once it shows what the edit changed (the page, or the
     * preview's error page): the preview rebuilds after the file system reports the save.
     */
    private static String await(URI root, String path, Predicate<String> changed) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String body = fetch(root, path).body();
        while (!changed.test(body)) {
            assertTrue(System.nanoTime() < deadline, "the preview did not show the edit of " + path + ":\n" + body);
            Thread.sleep(200);
            body = fetch(root, path).body();
        }
        return body;
    }

    /** A process's output, read as it comes, so a step can wait for a line. */
    private static final class Lines {
        private final StringBuffer text = new StringBuffer();

        Lines(Process p) {
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) text.append(line).append('\n');
                } catch (IOException e) {
                    text.append("(output closed: ").append(e.getMessage()).append(")\n");
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        Matcher await(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                Matcher m = pattern.matcher(text);
                if (m.find()) return m;
                assertTrue(System.nanoTime() < deadline, "no " + pattern + " in:\n" + text);
                Thread.sleep(100);
            }
        }
    }
}
