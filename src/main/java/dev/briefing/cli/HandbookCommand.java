package dev.briefing.cli;

import dev.briefing.handbook.Handbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the generated handbook pages; run by the Maven build before mvn site, so hidden. */
@Command(name = "handbook", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes the handbook's generated reference pages (Markdown) into a folder.")
final class HandbookCommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where to write the pages.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("briefing-handbook");
        try {
            Handbook.write(output, work);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        System.err.println("wrote the handbook reference into " + output);
        return Main.OK;
    }
}
