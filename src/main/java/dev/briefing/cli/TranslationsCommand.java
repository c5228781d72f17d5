package dev.briefing.cli;

import dev.briefing.Pipeline;
import dev.briefing.i18n.TranslationStatus;
import dev.briefing.model.Translation;
import dev.briefing.scaffold.TranslationMarks;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "translations", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Shows each item's translation status in every language but the default (current, stale, missing,"
                + " in progress: still holding what 'new --lang' wrote to translate, untranslated: text of six words or more"
                + " copied from the source unchanged, machine) with the digest of its source's text, which a translation records as 'translates:'.",
                "With --mark FILE, records in that translation file the digest of its source as it is now: do it once the"
                        + " translation says what the source says. A data file holding several translations whose sources"
                        + " changed needs --entry ID for each one brought up to date, or --all."})
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--mark", paramLabel = "FILE", description = "A translation file (content/briefs/x.es.md,"
            + " content/data/threats.es.yaml) to mark as translating its source as it is now.")
    List<Path> mark = List.of();

    @Option(names = "--entry", paramLabel = "ID", description = "With --mark: mark only this entry's translation (repeatable),"
            + " e.g. --entry lone-offenders; the others keep their record, stale or not.")
    List<String> entries = List.of();

    @Option(names = "--all", description = "With --mark: mark every translation in the file, however many of their sources changed.")
    boolean all;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The shared source options without those that change nothing here (walkthrough of issue 24: `translations --strict`
     * was accepted and exited 0 with warnings), and --format said of what this command prints.
     */
    static void trimOptions(picocli.CommandLine.Model.CommandSpec spec) {
        for (String name : List.of("--strict", "--show-warnings", "--no-cache", "--base-url")) {
            picocli.CommandLine.Model.OptionSpec o = spec.findOption(name);
            if (o != null) spec.remove(o);
        }
        picocli.CommandLine.Model.OptionSpec format = spec.findOption("--format");
        if (format != null) {
            spec.remove(format);
            spec.addOption(picocli.CommandLine.Model.OptionSpec.builder(format)
                    .description("The status as a table (text, the default) or one JSON object per item and language (json).").build());
        }
    }

    @Override
    public Integer call() throws IOException {
        if (mark.isEmpty() && (!entries.isEmpty() || all)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (all ? "--all" : "--entry")
                    + " says which translations --mark marks: give the file too, --mark content/data/KIND.CODE.yaml");
        }
        Pipeline.Result result = new Pipeline().run(options.pipeline(spec.commandLine(), null));
        if (result.loaded() == null) return options.report(result.diagnostics().sorted(), null, System.err);
        if (!mark.isEmpty()) return mark(result);
        long errors = result.diagnostics().sorted().stream().filter(dev.briefing.diag.Diagnostic::isError).count();
        if (errors > 0) {
            // The status is of the site as it loaded; what it could not read is not in it.
            System.err.println("note: the site has " + errors + " error" + (errors == 1 ? "" : "s") + ", which `briefing check` lists:"
                    + " a translation file or entry with an error may be left out of this table or shown as it was read");
        }
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.JSON) CheckCommand.json(result.translations(), System.out);
        else table(result.translations(), true, System.out);
        return Main.OK;
    }

    private int mark(Pipeline.Result result) throws IOException {
        // A source without a date of its own is recorded as of the day it is marked.
        java.time.LocalDate asOf = options.asOfDate(spec.commandLine(), System.getenv());
        Map<String, TranslationStatus> sources = new HashMap<>();
        result.translations().forEach(s -> {
            if (s.path() != null) sources.put(s.lang() + " " + s.key(), s);
        });
        for (Path file : mark) {
            String rel = options.source.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            List<Translation> in = result.loaded().translations().stream().filter(t -> t.path().equals(rel)).toList();
            if (in.isEmpty()) {
                // The source's own file (report.md), given instead of its translation: the translations of it there are.
                List<String> of = result.loaded().translations().stream().filter(t -> rel.equals(sourceOf(t))).map(Translation::path)
                        .sorted().toList();
                System.err.println(rel + (!of.isEmpty() ? " is the source; mark its translation: " + String.join(", ", of)
                        : Files.exists(file) ? " is not a translation this site uses (see `briefing translations`)"
                        : " does not exist: write a translation's skeleton with `briefing new --lang CODE KIND ID`"));
                return Main.USAGE;
            }
            List<String> unknown = entries.stream().filter(id -> in.stream().noneMatch(t -> t.key().id().equals(id))).toList();
            if (!unknown.isEmpty()) {
                System.err.println(rel + " translates no " + String.join(", ", unknown) + " (it translates "
                        + String.join(", ", in.stream().map(t -> t.key().id()).toList()) + ")");
                return Main.USAGE;
            }
            List<Translation> chosen = entries.isEmpty() ? in : in.stream().filter(t -> entries.contains(t.key().id())).toList();
            List<Translation> stale = chosen.stream().filter(t -> isStale(sources.get(t.lang() + " " + t.key()))).toList();
            // Marking says "this translation says what its source says": of several whose sources changed, only the
            // editor knows which were brought up to date, so the tool does not guess that all were.
            if (stale.size() > 1 && entries.isEmpty() && !all) {
                System.err.println(rel + " holds " + stale.size() + " translations whose source changed: " + String.join(", ",
                        stale.stream().map(t -> t.key().id()).toList()) + ". Mark the ones brought up to date with --entry ID"
                        + " (repeatable), or every one with --all");
                return Main.USAGE;
            }
            Map<Translation, TranslationMarks.Mark> marks = new HashMap<>();
            chosen.forEach(t -> {
                TranslationStatus s = sources.get(t.lang() + " " + t.key());
                if (s != null) marks.put(t, new TranslationMarks.Mark(s.sourceDigest(), dev.briefing.scaffold.Scaffold.recorded(s.sourceDate(), asOf)));
            });
            Path path = options.source.resolve(rel);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Files.writeString(path, TranslationMarks.mark(text, in, marks), StandardCharsets.UTF_8);
            System.err.println("marked " + rel + ": " + (stale.isEmpty() ? "every translation in it already recorded its source as it is now"
                    : stale.size() + (stale.size() == 1 ? " translation now records" : " translations now record")
                            + " the source as it is now"));
            stale.forEach(t -> System.err.println("  " + t.key().kind().singular() + " " + t.key().id() + ": stale, now current"));
            // Marking records the version translated; it does not translate. A skeleton's TODO: translate: parts stay errors.
            chosen.stream().filter(Translation::unfinished).forEach(t -> System.err.println("  " + t.key().kind().singular() + " "
                    + t.key().id() + ": still being translated: its TODO: translate: parts must be translated before it is published"));
        }
        return Main.OK;
    }

    /** The file a brief's or page's translation translates (content/pages/report.es.md → content/pages/report.md); null for data. */
    private static String sourceOf(Translation t) {
        if (t.key().kind().isEntity()) return null;
        String folder = t.path().substring(0, t.path().lastIndexOf('/') + 1);
        return folder + t.key().id() + ".md";
    }

    /** Whether a translation's record is not its source's digest now (or it records none). */
    private static boolean isStale(TranslationStatus s) {
        return s != null && s.sourceDigest() != null && !s.sourceDigest().equals(s.translates());
    }

    /**
     * Per language: how many items are in each state, then every translation that is not current;
     * a missing one that is not critical only when {@code everyMissing} (this command, not check's summary).
     */
    static void table(List<TranslationStatus> statuses, boolean everyMissing, PrintStream out) {
        Map<String, Map<TranslationStatus.State, Integer>> counts = new java.util.TreeMap<>();
        for (TranslationStatus s : statuses) {
            counts.computeIfAbsent(s.lang(), l -> new java.util.EnumMap<>(TranslationStatus.State.class)).merge(s.state(), 1, Integer::sum);
        }
        counts.forEach((lang, byState) -> {
            int total = byState.values().stream().mapToInt(Integer::intValue).sum();
            out.printf(Locale.ROOT, "translations into %s: %d items: %d current, %d machine, %d stale, %d in progress, %d untranslated, %d missing%n",
                    lang, total, byState.getOrDefault(TranslationStatus.State.CURRENT, 0),
                    byState.getOrDefault(TranslationStatus.State.MACHINE, 0), byState.getOrDefault(TranslationStatus.State.STALE, 0),
                    byState.getOrDefault(TranslationStatus.State.IN_PROGRESS, 0),
                    byState.getOrDefault(TranslationStatus.State.UNTRANSLATED, 0), byState.getOrDefault(TranslationStatus.State.MISSING, 0));
            for (TranslationStatus s : statuses) {
                if (!s.lang().equals(lang) || s.state() == TranslationStatus.State.CURRENT
                        || s.state() == TranslationStatus.State.MISSING && !s.critical() && !everyMissing) continue;
                out.printf(Locale.ROOT, "  %-8s %s%s  %s  translates: %s%s%n", s.state().word(), s.critical() ? "critical " : "",
                        s.key().kind().singular() + " " + s.key().id(), s.path() == null ? "(no translation)" : s.path(),
                        s.sourceDigest(), s.machine() && s.state() != TranslationStatus.State.MACHINE ? "  (machine translation)"
                                : s.state() == TranslationStatus.State.IN_PROGRESS && s.translates() != null && !s.translates().equals(s.sourceDigest())
                                // A skeleton of an older text (init's report page, written before the English was):
                                // translating it would translate what the source no longer says.
                                ? "  (the source changed since this skeleton was written: delete it, then run new --lang again)" : "");
            }
        });
    }
}
