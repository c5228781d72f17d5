package dev.briefing.cli;

import dev.briefing.model.Kind;
import dev.briefing.scaffold.Scaffold;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Creates a brief or adds an entity skeleton to its data file.",
                "  briefing new brief \"Title of the brief\"",
                "  briefing new page \"Voting safely\"",
                "  briefing new target polling-places",
                "With --lang, a translation skeleton of an existing brief, page or entry:",
                "  briefing new --lang es brief run-hide-fight"})
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = KindNames.class, description = "What to create: one of"
            + " ${COMPLETION-CANDIDATES} (plurals too, such as threats, and warning-behavior for an indicator).")
    String kind;

    /** Every kind new makes, by the name it takes: the list help shows, from the same source the command reads. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Kind.singulars().iterator();
        }
    }

    @Parameters(index = "1", paramLabel = "TITLE-OR-ID", description = "The brief's title, or the new entity's id"
            + " (with --lang: the slug or id of what to translate).")
    String name;

    @Option(names = "--source", paramLabel = "DIR", description = "Folder holding content/ (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--lang", paramLabel = "CODE", description = "Write a translation into this language of the existing brief,"
            + " page or entry named by its slug or id: its text to translate, marked as placeholders, and the digest of its source.")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A kind's label as a command word, singular and plural: "warning-behavior", "warning-behaviors". */
    static java.util.List<String> labelWords(Kind k) {
        String plural = dev.briefing.util.Slugs.slugify(k.label());
        return java.util.List.of(plural, plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural);
    }

    /** Every word that names a kind on the command line: "threat", "threats", "warning-behavior"… */
    private static java.util.List<String> words(Kind k) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(k.singular(), k.plural()));
        words.addAll(labelWords(k));
        return words;
    }

    @Override
    public Integer call() throws IOException {
        // "threats" as well as "threat", and "glossary" for terms: editors use the folder's names too.
        // The handbook's words too: "warning-behavior" for an indicator (its label, "Warning behaviors").
        Kind k = Kind.bySingular(kind).or(() -> java.util.Arrays.stream(Kind.values())
                        .filter(x -> words(x).contains(kind)).findFirst())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown kind '" + kind + "'"
                        + java.util.Optional.ofNullable(dev.briefing.diag.Suggest.didYouMean(kind, java.util.Arrays.stream(Kind.values())
                                .flatMap(x -> words(x).stream()).toList())).map(d -> " (" + d + ")").orElse("")
                        + "; use one of " + String.join(", ", new KindNames())));
        SourceOptions.requireSite(spec.commandLine(), source);
        // Today in UTC, as the build's default as-of date is, so that what new dates today is published today.
        Scaffold scaffold = new Scaffold(source, LocalDate.now(ZoneOffset.UTC));
        Scaffold.Result r = lang != null ? scaffold.translation(k, name, lang) : switch (k) {
            case BRIEF -> scaffold.brief(name);
            case PAGE -> scaffold.page(name);
            default -> scaffold.entity(k, name);
        };
        if (!r.ok()) {
            System.err.println("briefing: " + r.message());
            // A name or id that cannot be used is a usage mistake; a data file to fix first, a problem in content.
            return r.usage() ? Main.USAGE : Main.CONTENT_ERRORS;
        }
        System.out.println(r.message());
        return Main.OK;
    }
}
