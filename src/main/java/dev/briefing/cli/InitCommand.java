package dev.briefing.cli;

import dev.briefing.scaffold.NewSite;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Creates a new site, ready to write in, in a new or empty folder.",
                "It holds the settings, an example brief and source, the data files, the standard pages, a README for"
                        + " its editors and a GitHub workflow that builds it with this release of the generator (pinned by"
                        + " its SHA-256) and publishes it to GitHub Pages.",
                "  briefing init my-site --title \"County briefings\" --publisher \"County clerk\""})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the site in; it must be missing or empty.")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's name (asked for when missing and a terminal is attached;"
            + " without one, \"Briefing\", which init says).")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", description = "Who publishes the site (asked for when missing and a terminal is attached).")
    String publisher;

    // The example address on a line of its own, so help never cuts it.
    @Option(names = "--base-url", paramLabel = "URL", description = {"The public address (asked for when missing and a terminal"
            + " is attached; the publish workflow sets the GitHub Pages address), such as:", "https://county.github.io/briefings/"})
    String baseUrl;

    @Option(names = "--languages", paramLabel = "CODES", split = ",", description = "The site's languages, the default first,"
            + " e.g. en,es: each other language gets its folder, a report page to translate, and is required. English comes first:"
            + " the starter pages are written in it.")
    List<String> languages = List.of("en");

    @Override
    public Integer call() throws IOException {
        // "en, es" and "en,ES" as a user types them: language codes are not case-sensitive (BCP 47), and site.yaml's are lower case.
        languages = languages.stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
        for (String code : languages) {
            if (!dev.briefing.model.Language.isTag(code) || languages.indexOf(code) != languages.lastIndexOf(code)) {
                System.err.println("briefing: --languages takes distinct lower-case language codes, such as en,es ('" + code + "')");
                return Main.USAGE;
            }
            if (!dev.briefing.model.Language.isKnown(code)) {
                System.err.println("briefing: --languages: '" + code + "' is not a language code; "
                        + dev.briefing.model.Language.suggestion(code));
                return Main.USAGE;
            }
        }
        if (!languages.get(0).equals("en") && !languages.get(0).startsWith("en-")) {
            // Its starter pages, brief and menu are English: under another default language they would be published as that
            // language (lang="es" on English text), with a translation into English of English.
            System.err.println("briefing: init writes its starter pages in English, so English comes first: run it with --languages en,"
                    + String.join(",", languages.stream().filter(c -> !c.equals("en")).toList()) + ", then, once the pages are"
                    + " written in " + languages.get(0) + ", put " + languages.get(0) + " first in content/site.yaml's languages");
            return Main.USAGE;
        }
        // Refused before anything is asked or said: notes about settings would be of a site never made.
        Optional<String> refused = NewSite.refusal(dir);
        if (refused.isPresent()) {
            System.err.println("briefing: " + refused.get());
            return Main.USAGE;
        }
        Console console = System.console();
        title = ask(console, title, "Site title", "Briefing", "--title", "title");
        publisher = ask(console, publisher, "Publisher (who stands behind the site)", "TODO: who publishes this site",
                "--publisher", "publisher: name");
        baseUrl = ask(console, baseUrl, "Public address (base URL)", "https://example.org/", "--base-url", "base_url");
        NewSite.Release release = release();
        String beside = Invocation.jarBeside(dir);
        NewSite.Result r = new NewSite().create(dir, new NewSite.Settings(title, publisher, baseUrl,
                LocalDate.now(ZoneOffset.UTC), release, languages, beside));
        if (!r.ok()) {
            System.err.println("briefing: " + r.message());
            return Main.USAGE;
        }
        System.out.println(r.message() + ":");
        r.written().forEach(p -> System.out.println("  " + p));
        next(dir, Invocation.command(dir), beside == null ? release.jar() : beside).forEach(System.out::println);
        return Main.OK;
    }

    /** The width "Next:" keeps to, so that no line wraps in an 80- or 90-column terminal but a long path. */
    static final int WIDTH = 88;

    /**
     * The "Next:" lines, run with the jar where it is; when that is not the jar the site's README
     * runs ({@code readmeJar}, beside the site's folder), they say so, so the two commands a new team
     * reads do not silently disagree (walkthrough 4 of issue 26). Numbered steps, each command on a
     * line of its own that can be copied whole: a jar's command with its comment on one line ran past
     * a terminal's width.
     */
    static List<String> next(Path dir, String briefing, String readmeJar) {
        List<String> lines = new ArrayList<>(List.of("Next:",
                "  1. Go into the site's folder:", "       cd " + Invocation.quote(dir.toString()),
                "  2. List what to write before the site can be published:", "       " + briefing + " check",
                "  3. See the site at http://127.0.0.1:8080/ as you write:", "       " + briefing + " serve",
                "  4. Write the handbook into handbook/, then open handbook/index.html:", "       " + briefing + " handbook"));
        String readme = "java -jar " + Invocation.quote("../" + readmeJar);
        if (briefing.startsWith("java -jar ") && !briefing.equals(readme)) {
            lines.addAll(wrap("The site's README runs " + readme + ", the release saved beside the site's folder as it asks;"
                    + " with the jar where it is now, type the commands above.", "  "));
        }
        return lines;
    }

    /** Prose in lines of at most {@link #WIDTH} columns, at spaces, each indented. */
    private static List<String> wrap(String text, String indent) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) line.append(' ');
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    /**
     * The value given, else the answer at the terminal, else the default; "" at the prompt takes the default.
     * Without a terminal (CI, a pipe) the default is taken and said, with where to change it.
     */
    private static String ask(Console console, String given, String question, String fallback, String option, String setting) {
        if (given != null && !given.isBlank()) return given.strip();
        if (console == null) {
            System.err.println("briefing: no " + option + " given and no terminal to ask, so " + setting + " is \"" + fallback
                    + "\" (change it in content/site.yaml, or give " + option + " to init)");
            return fallback;
        }
        String answer = console.readLine("%s [%s]: ", question, fallback);
        return answer == null || answer.isBlank() ? fallback : answer.strip();
    }

    /**
     * This generator as a release the new site can pin: its version and the SHA-256 of the jar it
     * runs from (the file a release publishes). Run from classes (a development build), the
     * workflow gets placeholders, and this says so.
     */
    private static NewSite.Release release() throws IOException {
        Optional<BuildInfo> jar = BuildInfo.ofRunningJar();
        if (jar.isEmpty()) {
            System.err.println("briefing: not running from a release jar: set BRIEFING_VERSION, BRIEFING_SHA256 and"
                    + " BRIEFING_RELEASES in .github/workflows/publish.yml");
            return NewSite.Release.unknown();
        }
        BuildInfo build = jar.get();
        return new NewSite.Release(build.version(), sha256(build.jar()),
                build.repository() == null ? NewSite.Release.unknown().repository() : build.repository());
    }

    static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
