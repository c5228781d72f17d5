package dev.briefing.testing;

import dev.briefing.Pipeline;
import dev.briefing.cli.Main;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Shared helpers for tests that build fixture sites. Fixture sites are read straight from
 * src/test/resources/sites/ (tests run with the project folder as working directory) and are
 * never written to: every build writes into a temporary folder, and the command line, which keeps
 * a cache in its source folder, runs on a copy ({@link #copyOf}).
 */
public final class TestSites {
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path SITES = PROJECT.resolve("src/test/resources/sites");
    /**
     * The site.yaml settings every real site needs (BRF080, BRF081): a publisher and a contact, on
     * a domain that is not a reserved placeholder (BRF082). Append to a test's own site.yaml.
     */
    public static final String SETTINGS = "publisher:\n  name: Test Publisher\ncontact:\n  email: editors@briefing-test.org\n";
    /** One complete source, id "src", that a test's briefs can cite with [[cite:src]]. */
    public static final String ONE_SOURCE = """
            - id: src
              title: A report
              publisher: An agency
              type: official
              url: https://agency.gov/report
              accessed: 2024-09-20
            """;

    /** content/data/advisories.yaml with one bulletin, id "bulletin", in force from 1 January to 1 June 2024. */
    public static final String ONE_BULLETIN = """
            - id: bulletin
              name: A bulletin
              summary: A summary.
              level: bulletin
              issued: 2024-01-01
              expires: 2024-06-01
            """;

    /** The built-in theme's English, for tests that render without a site. */
    public static final dev.briefing.model.Messages ENGLISH = dev.briefing.render.Theme.builtInMessages("en");
    /** The words rendered Markdown adds (a citation's name, its footnotes'), in English. */
    public static final dev.briefing.markdown.Words ENGLISH_WORDS = dev.briefing.render.Views.words(ENGLISH);

    /** A site.yaml with a title, a real-looking address and {@link #SETTINGS}. */
    public static final String SITE_YAML = "title: T\nbase_url: https://briefing-test.org/\n" + SETTINGS;

    /** Writes {@link #SITE_YAML} and {@link #ONE_SOURCE}: a site whose briefs can cite [[cite:src]] and warn of nothing else. */
    public static void writeCitableSite(Path dir) {
        write(dir.resolve("content/site.yaml"), SITE_YAML);
        write(dir.resolve("content/data/sources.yaml"), ONE_SOURCE);
    }

    /** Copies this repository's content/ and templates/ into {@code dir}, for a test that edits them. */
    public static void copyShippedSite(Path dir) {
        copy(PROJECT.resolve("content"), dir.resolve("content"));
        copy(PROJECT.resolve("templates"), dir.resolve("templates"));
    }

    private TestSites() {
    }

    public static Path site(String name) {
        return SITES.resolve(name);
    }

    /** Runs the pipeline in memory (writes nothing). */
    public static Pipeline.Result check(Path source, LocalDate asOf) {
        return new Pipeline().run(new Pipeline.Options(source, null, asOf, false));
    }

    /** A page a build made, parsed; it must be there. */
    public static org.jsoup.nodes.Document page(Pipeline.Result result, String path) {
        byte[] bytes = result.files().get(path);
        if (bytes == null) throw new AssertionError("no " + path + " in the build");
        return org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Each diagnostic as the CLI's headline: path:line:col: severity: message (hint) [CODE]. */
    public static List<String> headlines(Pipeline.Result result) {
        return result.diagnostics().sorted().stream().map(DiagnosticFormatter::headline).toList();
    }

    public static List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticFormatter::headline).toList();
    }

    /** What one in-process run of the command line printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    /**
     * Runs {@link Main#run} in-process, capturing System.out and System.err (the commands print
     * there). Tests run one at a time, so swapping the streams for the call is safe.
     */
    public static Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * What a team writes in place of the placeholders {@code briefing init} left (its TODO texts, the
     * example source's address, the contact), file by file, and the review dates it gives once it
     * has checked each page and the accessibility statement; each must be there to be replaced.
     */
    public static void fillInInitPlaceholders(Path site) {
        // The day of the review the team makes as it writes them.
        String reviewed = "reviewed: " + java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String unreviewed = "# reviewed: YYYY-MM-DD";
        Map<String, Map<String, String>> edits = Map.of(
                "content/site.yaml", Map.of("\"TODO: one sentence that says what this site is for and whom it serves.\"",
                        "\"Election safety briefings for the county's voters and poll workers.\"",
                        "todo@example.org", "editors@county-elections.org",
                        "  reviewed:                       # the day you checked", "  " + reviewed + "   # the day you checked"),
                "content/briefs/example-brief.md", Map.of("\"TODO: one plain sentence with the bottom line of your first brief.\"",
                        "\"Polling places are open and safe; report threats to 911.\"",
                        "Say the most important thing first.", "Polling places are open.", unreviewed, reviewed,
                        "title: \"An example brief\"", "title: \"Polling places are open\"",
                        " Sources live in content/data/sources.yaml.", ""),
                "content/data/sources.yaml", Map.of("\"TODO: the title of the document you cite\"", "\"Election security\"",
                        "\"TODO: who published it\"", "\"CISA\"", "https://example.org/todo", "https://www.cisa.gov/topics/election-security",
                        "  # accessed: 2026-01-31    (the day you read it for this site)", "  accessed: 2026-12-01"),
                "content/pages/about.md", Map.of("\"TODO: who publishes this site, why, and how it is checked.\"",
                        "\"Who we are and how we check what we publish.\"",
                        "TODO: who you are, whom the site is for, and how\nyou check what you publish.",
                        "We are the county elections office; every brief is checked by two editors.", unreviewed, reviewed),
                "content/pages/report.md", Map.of("TODO: the local numbers and the official\nreporting pages that apply to your readers.",
                        "Call the sheriff's non-emergency line.", unreviewed, reviewed),
                "content/pages/accessibility.md", Map.of("TODO: what you have checked yourselves, in your readers' words. For example,"
                        + " once you have tried\nit: every page works without JavaScript, with a keyboard and with a screen reader, and"
                        + " adapts to\nsmall screens, larger text and dark mode.", "We have read every page with a keyboard and a screen"
                        + " reader.", unreviewed, reviewed),
                "content/pages/privacy.md", Map.of("TODO: who hosts the site (such as GitHub Pages) and what its access logs keep,"
                        + " and what you do\nwith the messages readers send you at [[site:contact]]: who reads them, and how long you"
                        + " keep them.", "GitHub Pages hosts the site. Two editors read what you send to [[site:contact]], and we"
                        + " delete it after a year.", unreviewed, reviewed));
        edits.forEach((file, replacements) -> {
            Path path = site.resolve(file);
            try {
                String text = Files.readString(path);
                for (var r : replacements.entrySet()) {
                    if (!text.contains(r.getKey())) throw new AssertionError(file + " has no " + r.getKey());
                    text = text.replace(r.getKey(), r.getValue());
                }
                Files.writeString(path, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Copies a folder tree, so a test can change a fixture without touching the original. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the fixture site {@code name} in {@code dir}, for a test that runs the command line
     * on it: the commands keep handouts and share cards in the source's target/.briefing-cache/.
     */
    public static Path copyOf(String name, Path dir) {
        copy(site(name), dir);
        return dir;
    }

    /** Every file under a folder: relative path ('/'-separated) → SHA-256 of its bytes. */
    public static Map<String, String> hashTree(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return hashes;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
