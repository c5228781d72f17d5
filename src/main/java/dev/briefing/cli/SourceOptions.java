package dev.briefing.cli;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.SourceFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by build, check and serve, and the one way they print diagnostics. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "Folder holding content/ and templates/ (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date the site is built as of (default: SOURCE_DATE_EPOCH if set, else today, UTC).")
    String asOf;

    @Option(names = "--drafts", description = "Also publish drafts and future-dated briefs.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "text|json", description = "Diagnostics as text (default) or one JSON object per line.")
    DiagnosticFormatter.Format format = DiagnosticFormatter.Format.TEXT;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, overriding base_url in site.yaml (default: BRIEFING_BASE_URL if set).")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors (all but reminders: an advisory about to expire, a brief dated later).")
    boolean strict;

    @Option(names = "--show-warnings", paramLabel = "N|all", defaultValue = "100", converter = WarningLimit.class,
            description = "Print at most N warnings, then a count of the rest by code (default: ${DEFAULT-VALUE}; "
                    + "'all' prints every one). Errors, --format json and --strict always show all.")
    int warningLimit;

    @Option(names = "--no-cache", description = "Render every handout and share card again, neither reading nor "
            + "writing target/.briefing-cache/ (for a build from scratch, such as a check that output reproduces).")
    boolean noCache;

    /** How the user ran the generator (see {@link #invocation()}), or null until asked. */
    private String invocation;

    /** A number of warnings, or 'all'. */
    static final class WarningLimit implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.equals("all")) return Integer.MAX_VALUE;
            if (!value.matches("[0-9]{1,9}")) {
                throw new picocli.CommandLine.TypeConversionException("takes a number or 'all', not '" + value + "'");
            }
            return Integer.parseInt(value);
        }
    }

    /** The as-of date: --as-of, else SOURCE_DATE_EPOCH, else today in UTC. */
    LocalDate asOfDate(picocli.CommandLine cmd, Map<String, String> env) {
        if (asOf != null) {
            try {
                return LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new ParameterException(cmd, "--as-of must be a date written YYYY-MM-DD, not '" + asOf + "'");
            }
        }
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null) {
            if (!epoch.matches("[0-9]{1,12}")) {
                throw new ParameterException(cmd, "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '"
                        + epoch + "'");
            }
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A source folder that does not exist is a usage mistake, not a problem in content. */
    void requireFolder(picocli.CommandLine cmd) {
        if (!java.nio.file.Files.isDirectory(source)) {
            throw new ParameterException(cmd, "--source " + source + " is not a folder");
        }
    }

    /** Every command but init and handbook needs a site: a source folder with content/ in it. */
    void requireSite(picocli.CommandLine cmd) {
        requireFolder(cmd);
        requireSite(cmd, source);
    }

    /**
     * A folder without content/ is a usage mistake (exit 2), most often the wrong folder: the
     * site's content/ folder itself, whose parent is the site.
     */
    static void requireSite(picocli.CommandLine cmd, Path source) {
        if (java.nio.file.Files.isDirectory(source.resolve("content"))) return;
        Path here = source.toAbsolutePath().normalize();
        boolean inContent = here.getFileName() != null && here.getFileName().toString().equals("content")
                && java.nio.file.Files.isRegularFile(here.resolve("site.yaml"));
        throw new ParameterException(cmd, "no content/ folder in " + here + (inContent
                ? ": this is the site's content/ folder; run the command in the folder above it (cd ..)"
                : ": run the command in a site's folder (the one 'briefing init' made), or pass --source DIR"));
    }

    /** The pipeline's options from these: source, as-of date, drafts and published address. */
    dev.briefing.Pipeline.Options pipeline(picocli.CommandLine cmd, Path output) {
        requireSite(cmd);
        Map<String, String> env = System.getenv();
        return new dev.briefing.Pipeline.Options(source, output, asOfDate(cmd, env), drafts, settings(cmd, env), strict, cache());
    }

    /** Where the commands keep handouts and share cards between runs: the source's target/.briefing-cache/ (none with --no-cache). */
    Path cache() {
        return noCache ? null : source.resolve(dev.briefing.output.DiskCache.FOLDER);
    }

    /**
     * Settings given at build time: --base-url, and BRIEFING_BASE_URL, BRIEFING_PUBLISHER_URL,
     * BRIEFING_CONTACT_URL and BRIEFING_CONTACT_EMAIL from the environment, which the publish workflow
     * sets to where the site and its repository really are. Each URL must be an absolute web address.
     */
    Map<String, String> settings(picocli.CommandLine cmd, Map<String, String> env) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String name : dev.briefing.model.SiteConfig.OVERRIDABLE) {
            String variable = dev.briefing.model.SiteConfig.variable(name);
            String value = name.equals("base_url") && baseUrl != null ? baseUrl : env.get(variable);
            if (value == null || value.isBlank()) continue;
            value = value.strip();
            String from = name.equals("base_url") && baseUrl != null ? "--base-url" : variable;
            if (name.endsWith("email")) {
                if (!value.matches("[^@\\s]+@[^@\\s]+")) throw new ParameterException(cmd, from + " must be an e-mail address, not '" + value + "'");
            } else if (!dev.briefing.util.UrlPolicy.isAbsoluteWebAddress(value)) {
                throw new ParameterException(cmd, from + " must be an absolute web address such as https://example.org/briefing/, not '"
                        + value + "'");
            }
            out.put(name, value);
        }
        return out;
    }

    /** How the user ran the generator, from the folder they are in, for the commands hints name; found once. */
    private String invocation() {
        if (invocation == null) {
            try {
                invocation = Invocation.command(Path.of(""));
            } catch (java.io.IOException e) {
                invocation = "briefing"; // the jar could not be read: hints as written
            }
        }
        return invocation;
    }

    /** Prints diagnostics once, applying --strict, and returns the exit status they mean. */
    int report(List<Diagnostic> diagnostics, LoadedSite loaded, PrintStream err) {
        return report(diagnostics, loaded, err, true);
    }

    /** The same, with or without the summary line ("2 errors, 3 warnings") after them. */
    int report(List<Diagnostic> diagnostics, LoadedSite loaded, PrintStream err, boolean summary) {
        List<Diagnostic> shown = strict ? diagnostics.stream().map(Diagnostic::strict).toList() : diagnostics;
        Map<String, SourceFile> sources = loaded == null ? Map.of() : loaded.sources();
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        // Each file is split into lines once: thousands of problems in one file stay linear.
        Map<String, String[]> lines = new java.util.HashMap<>();
        new DiagnosticFormatter(format, true, github, pos -> {
            SourceFile f = sources.get(pos.path());
            String text = f != null ? f.text() : dev.briefing.render.Theme.text(source, pos.path()).orElse(null);
            if (text == null) return null;
            String[] ls = lines.computeIfAbsent(pos.path(), p -> text.split("\n", -1));
            return pos.line() >= 1 && pos.line() <= ls.length ? ls[pos.line() - 1] : null;
        }, invocation(), Main.commandNames())
                .print(shown, format == DiagnosticFormatter.Format.JSON ? System.out : err, warningLimit, summary);
        return shown.stream().anyMatch(Diagnostic::isError) ? Main.CONTENT_ERRORS : Main.OK;
    }
}
