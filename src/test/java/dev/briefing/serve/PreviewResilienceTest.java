package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Code;
import dev.briefing.engine.ChangeSet;
import dev.briefing.engine.Engine;
import dev.briefing.engine.Progress;
import dev.briefing.engine.Timings;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview keeps serving through whatever an editor's day brings: failures, lost events, a stalled tab. */
class PreviewResilienceTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

    @TempDir
    Path dir;

    private void brief(String slug, String title, String body) throws IOException {
        Path f = dir.resolve("content/briefs/" + slug + ".md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\ntitle: " + title + "\ndate: 2024-01-01\nsummary: About " + title + ".\n---\n" + body + "\n");
    }

    private String get(Preview preview, String path) throws IOException {
        RawHttp r = RawHttp.send(preview.server().port(), "GET", path, "127.0.0.1:" + preview.server().port());
        return r.status() + " " + r.text();
    }

    /** An exception in a build is shown in the browser, the server keeps serving, and the next change builds again. */
    @Test
    void aFailedBuildIsShownAndTheNextChangeBuildsAgain() throws Exception {
        brief("alpha", "Alpha", "Body");
        AtomicBoolean fail = new AtomicBoolean();
        Progress failing = new Progress() {
            @Override
            public void stage(String name) {
                if (fail.get() && name.equals("pages")) throw new IllegalStateException("injected failure");
            }
        };
        Engine engine = new Engine(new Engine.Options(dir, null, AS_OF, false, Map.of(), false, true), new Timings(), failing);
        try (Preview preview = new Preview(engine, 0)) {
            assertTrue(preview.apply(ChangeSet.everything()).snapshot().ok());
            fail.set(true);
            brief("alpha", "Alpha edited", "Body");
            Preview.Outcome failed = preview.apply(ChangeSet.of(List.of("content/briefs/alpha.md")));
            assertNotNull(failed.failure());
            assertEquals(List.of(Code.BRF120), failed.diagnostics().stream().map(d -> d.code()).toList());
            String shown = get(preview, "/briefs/alpha/");
            assertTrue(shown.startsWith("500 ") && shown.contains("injected failure") && shown.contains("content/briefs/alpha.md"), shown);

            fail.set(false);
            brief("beta", "Beta", "Body");
            Preview.Outcome next = preview.apply(ChangeSet.of(List.of("content/briefs/beta.md")));
            assertTrue(next.snapshot().ok(), next.diagnostics()::toString);
            assertTrue(next.changes().all(), "after a failure the next build is a full one");
            assertTrue(get(preview, "/briefs/alpha/").contains("Alpha edited"), "the edit made during the failure is shown");
            assertTrue(get(preview, "/briefs/beta/").startsWith("200 "));
        }
    }

    /** templates/ removed while serving: the built-in theme takes over; restored: the site's own again. */
    @Test
    void templatesRemovedWhileServingAndRestored() throws Exception {
        brief("alpha", "Alpha", "Body");
        Path layout = dir.resolve("templates/brief.ftlh");
        Files.createDirectories(layout.getParent());
        String own = "<#import \"layout.ftlh\" as layout><@layout.shell><h1>Own ${item.title}</h1></@layout.shell>";
        Files.writeString(layout, own);
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            assertTrue(get(preview, "/briefs/alpha/").contains("Own Alpha"));
            TestSites.deleteTree(dir.resolve("templates"));
            Preview.Outcome removed = preview.apply(ChangeSet.of(List.of("templates", "templates/brief.ftlh")));
            assertTrue(removed.failure() == null && removed.snapshot().ok(), removed.diagnostics()::toString);
            String page = get(preview, "/briefs/alpha/");
            assertTrue(page.startsWith("200 ") && !page.contains("Own Alpha") && page.contains("Alpha"), page);

            Files.createDirectories(layout.getParent());
            Files.writeString(layout, own);
            preview.apply(ChangeSet.of(List.of("templates", "templates/brief.ftlh")));
            assertTrue(get(preview, "/briefs/alpha/").contains("Own Alpha"));
        }
    }

    /** Edits whose events were lost are shown once the watcher says it lost some (a change set of everything). */
    @Test
    void lostEventsReloadEverythingFromDisk() throws Exception {
        brief("alpha", "Alpha", "Body");
        brief("beta", "Beta", "Body");
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            brief("alpha", "Alpha without an event", "Body");
            brief("gamma", "Gamma without an event", "Body");
            // Another file's event arrives; alpha's and gamma's were dropped.
            brief("beta", "Beta edited", "Body");
            preview.apply(ChangeSet.of(List.of("content/briefs/beta.md")));
            assertFalse(get(preview, "/briefs/alpha/").contains("Alpha without an event"), "the engine cannot know of it yet");
            preview.apply(ChangeSet.everything());
            assertTrue(get(preview, "/briefs/alpha/").contains("Alpha without an event"));
            assertTrue(get(preview, "/briefs/gamma/").contains("Gamma without an event"));
        }
    }

    /** A new folder's files may have come before it was watched: a folder in a batch reloads everything. */
    @Test
    void aNewFolderReloadsEverything() throws Exception {
        brief("alpha", "Alpha", "Body");
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            Path nested = dir.resolve("content/briefs/2025/delta.md");
            Files.createDirectories(nested.getParent());
            Files.writeString(nested, "---\ntitle: Delta\ndate: 2024-01-01\nsummary: S.\n---\nBody\n");
            Preview.Outcome r = preview.apply(ChangeSet.of(List.of("content/briefs/2025")));
            assertTrue(r.build().rendered().contains("/briefs/delta/"), r.build().rendered()::toString);
            assertTrue(get(preview, "/briefs/delta/").startsWith("200 "));
        }
    }

    /** A static file that leads outside the site is never served, even if it became a link after the build. */
    @Test
    void staticFilesThatLeadOutsideTheSiteAreNotServed() throws Exception {
        brief("alpha", "Alpha", "Body");
        Path outside = Files.createTempFile("briefing-secret", ".txt");
        try {
            Files.writeString(outside, "secret");
            Path statics = dir.resolve("content/static");
            Files.createDirectories(statics);
            Files.writeString(statics.resolve("note.txt"), "note");
            Files.createSymbolicLink(statics.resolve("linked.txt"), outside);
            try (Preview preview = ServeTests.started(dir, AS_OF)) {
                assertTrue(preview.apply(ChangeSet.everything()).diagnostics().stream().anyMatch(d -> d.code() == Code.BRF003),
                        "the build reports the link");
                assertTrue(get(preview, "/linked.txt").startsWith("404 "));
                assertEquals("200 note", get(preview, "/note.txt"));
                // Replaced by a link after the build took it.
                Files.delete(statics.resolve("note.txt"));
                Files.createSymbolicLink(statics.resolve("note.txt"), outside);
                String answer = get(preview, "/note.txt");
                assertTrue(answer.startsWith("404 ") && !answer.contains("secret"), answer);
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    /** Thousands of warnings: each page carries at most 50, a count of the rest, and a link to them all. */
    @Test
    void theWarningsPanelIsBounded() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) body.append("Para ").append(i).append(" <b>raw</b>.\n\n");
        brief("alpha", "Alpha", body.toString());
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            int warnings = (int) preview.server().current().diagnostics().stream().filter(d -> !d.isError()).count();
            assertTrue(warnings > 300, "the site has hundreds of warnings: " + warnings);
            String page = get(preview, "/briefs/alpha/");
            String panel = page.substring(page.indexOf("<details class=\"briefing-warnings\""));
            assertEquals(50, panel.split("<li class=\"briefing-warning\"><p><b>", -1).length - 1, "50 shown");
            assertTrue(panel.contains(warnings + " warnings"), "the panel counts them all");
            assertTrue(panel.contains("href=\"/__briefing/problems\""), panel);
            assertTrue(panel.getBytes(StandardCharsets.UTF_8).length <= 20_000, "panel size: " + panel.length());
            String all = get(preview, "/__briefing/problems");
            assertEquals(warnings, all.split("<li class=\"briefing-warning\"><p><b>", -1).length - 1, "the full list has every one");
        }
    }

    /** Walkthrough 7 of issue 26: the panel said "1 warning" over a warning and a note, and no item said which was which. */
    @Test
    void thePanelCountsEachSeverityAndEachItemSaysItsOwn() throws Exception {
        brief("alpha", "Alpha", "Some <b>raw</b> text.");
        Path draft = dir.resolve("content/briefs/later.md");
        Files.writeString(draft, "---\ntitle: Later\ndate: 2024-01-01\nsummary: Later.\ndraft: true\n---\nSee [[brief:nowhere]].\n");
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            List<dev.briefing.diag.Diagnostic> found = preview.server().current().diagnostics();
            long warnings = found.stream().filter(d -> d.severity() == dev.briefing.diag.Severity.WARNING).count();
            long notes = found.stream().filter(d -> d.severity() == dev.briefing.diag.Severity.NOTE).count();
            assertTrue(warnings >= 1 && notes >= 1 && found.stream().noneMatch(dev.briefing.diag.Diagnostic::isError), found.toString());
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get(preview, "/briefs/alpha/"));
            assertEquals(warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + notes + " note" + (notes == 1 ? "" : "s")
                    + " (briefing preview)",
                    page.selectFirst("details.briefing-warnings > summary").text());
            // Walkthrough 8: the panel did not say that the publish refuses warnings, as check does.
            assertEquals("The publish workflow builds with --strict, which refuses warnings; notes stop nothing.",
                    page.selectFirst("details.briefing-warnings > p.briefing-strict").text());
            List<String> items = page.select("details.briefing-warnings li").stream()
                    .map(li -> li.selectFirst("em").text() + " " + li.className()).toList();
            assertEquals(warnings + notes, items.size(), items.toString());
            assertEquals(notes, items.stream().filter(i -> i.equals("note briefing-note")).count(), items.toString());
            assertEquals(warnings, items.stream().filter(i -> i.equals("warning briefing-warning")).count(), items.toString());
            // The note's own box, not a warning's: every rule scoped to the panel's classes.
            assertTrue(PreviewFiles.CSS.contains(".briefing-problems>li.briefing-note{"), PreviewFiles.CSS);
        }
    }

    /** Notes alone stop nothing: the panel lists them without saying the publish refuses anything. */
    @Test
    void aPanelOfNotesAloneSaysNothingIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("content/data"));
        Files.writeString(dir.resolve("content/data/sources.yaml"), dev.briefing.testing.TestSites.ONE_SOURCE);
        Files.writeString(dir.resolve("content/site.yaml"), dev.briefing.testing.TestSites.SITE_YAML);
        brief("alpha", "Alpha", "Some text [[cite:src]].");
        Files.writeString(dir.resolve("content/briefs/later.md"),
                "---\ntitle: Later\ndate: 2024-01-01\nsummary: Later.\ndraft: true\n---\nSee [[brief:nowhere]].\n");
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            List<dev.briefing.diag.Diagnostic> found = preview.server().current().diagnostics();
            assertTrue(!found.isEmpty() && found.stream().allMatch(d -> d.severity() == dev.briefing.diag.Severity.NOTE), found.toString());
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get(preview, "/briefs/alpha/"));
            assertTrue(page.selectFirst("details.briefing-warnings > summary").text().startsWith("0 warnings, "), page.toString());
            assertEquals(null, page.selectFirst("details.briefing-warnings > p.briefing-strict"));
        }
    }

    /** A browser that stops reading never holds up a build's reload: it is dropped, and the others still get it. */
    @Test
    void aStalledStreamIsDroppedAndNeverBlocksTheReload() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        EventStream stream = new EventStream(stalled, "/");
        Thread pump = new Thread(() -> {
            try {
                stream.pump(Duration.ofHours(1));
            } catch (InterruptedException ignored) {
                // Ending.
            }
        });
        pump.setDaemon(true);
        pump.start();
        try {
            assertTrue(stream.offer("data: reload\n\n"));
            assertTrue(writing.await(20, TimeUnit.SECONDS), "the stream's own thread is writing, and stuck");
            // The offers return at once whatever the socket does; once the queue is full, or the write
            // has been stuck past the limit, the stream is dropped.
            boolean dropped = false;
            for (int i = 0; i < 20 && !dropped; i++) dropped = !stream.offer("data: reload\n\n");
            assertTrue(dropped, "a stream that does not drain is dropped");
            assertTrue(stream.isClosed());
        } finally {
            release.countDown();
        }
    }

    /** Every answer comes from one snapshot: while builds swap, a page and its panel always agree. */
    @Test
    void aPageAndItsPanelComeFromTheSameBuild() throws Exception {
        brief("alpha", "Alpha", "Body");
        try (Preview preview = ServeTests.started(dir, AS_OF)) {
            AtomicBoolean done = new AtomicBoolean();
            List<String> mismatched = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        String page = get(preview, "/briefs/alpha/");
                        read.incrementAndGet();
                        // Raw HTML on the page is shown as text, and warned of (BRF040) in the panel.
                        if (page.contains("&lt;b&gt;raw") != page.contains("BRF040")) mismatched.add(page);
                    } catch (IOException e) {
                        mismatched.add(e.toString());
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 40; i++) {
                brief("alpha", "Alpha " + i, i % 2 == 0 ? "Body <b>raw " + i + "</b>" : "Body");
                preview.apply(ChangeSet.of(List.of("content/briefs/alpha.md")));
            }
            done.set(true);
            reader.join();
            assertTrue(read.get() > 0);
            assertEquals(List.of(), mismatched);
        }
    }
}
