package dev.briefing.cli;

import dev.briefing.handbook.HandbookSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the handbook, a small static site, so a team with only the jar has it; mvn site runs it too. */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes the handbook for editors and maintainers as a small website.",
                "It covers a day's work, writing, trust, templates, publishing, and every field and diagnostic of this"
                        + " version. Open index.html in the folder it writes.",
                "  briefing handbook --output handbook"})
final class HandbookCommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "DIR", description = "Where to write it (default: handbook/ in the current folder).")
    Path output = Path.of("handbook");

    @Override
    public Integer call() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            System.err.println("briefing: error: " + output + " is a file, not a folder (give --output a folder to write the handbook into)");
            return Main.USAGE;
        }
        // The diagnostics page runs each example through the pipeline, in small sites made here.
        Path work = Files.createTempDirectory("briefing-handbook");
        try {
            HandbookSite.write(output, work, new Main.Version().getVersion()[0]);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        System.err.println("wrote the handbook into " + output + ": open " + output.resolve("index.html"));
        return Main.OK;
    }
}
