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
                        + " translation says what the source says."})
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--mark", paramLabel = "FILE", description = "A translation file (content/briefs/x.es.md,"
            + " content/data/threats.es.yaml) to mark as translating its source as it is now.")
    List<Path> mark = List.of();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline.Result result = new Pipeline().run(options.pipeline(spec.commandLine(), null));
        if (result.loaded() == null) return options.report(result.diagnostics().sorted(), null, System.err);
        if (!mark.isEmpty()) return mark(result);
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.JSON) CheckCommand.json(result.translations(), System.out);
        else table(result.translations(), true, System.out);
        return Main.OK;
    }

    private int mark(Pipeline.Result result) throws IOException {
        Map<String, TranslationMarks.Mark> sources = new HashMap<>();
        result.translations().forEach(s -> {
            if (s.path() != null) sources.put(s.lang() + " " + s.key(), new TranslationMarks.Mark(s.sourceDigest(), s.sourceDate()));
        });
        for (Path file : mark) {
            String rel = options.source.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            List<Translation> in = result.loaded().translations().stream().filter(t -> t.path().equals(rel)).toList();
            if (in.isEmpty()) {
                System.err.println(rel + " is not a translation this site uses (see `briefing translations`)");
                return Main.USAGE;
            }
            Map<Translation, TranslationMarks.Mark> marks = new HashMap<>();
            in.forEach(t -> {
                TranslationMarks.Mark m = sources.get(t.lang() + " " + t.key());
                if (m != null) marks.put(t, m);
            });
            Path path = options.source.resolve(rel);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            Files.writeString(path, TranslationMarks.mark(text, in, marks), StandardCharsets.UTF_8);
            System.err.println("marked " + rel + ": " + marks.size() + " translation" + (marks.size() == 1 ? " now records" : "s now record")
                    + " the source as it is now");
        }
        return Main.OK;
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
                out.printf(Locale.ROOT, "  %-8s %s%s  %s  translates: %s%n", s.state().word(), s.critical() ? "critical " : "",
                        s.key().kind().singular() + " " + s.key().id(), s.path() == null ? "(no translation)" : s.path(),
                        s.sourceDigest());
            }
        });
    }
}
