package dev.briefing.cli;

import dev.briefing.Pipeline;
import dev.briefing.engine.Timings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the site. The output folder is replaced only when the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: site/ in the source folder).")
    Path output;

    @Option(names = "--timings", description = "Print the wall time of each pipeline stage.")
    boolean timings;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path out = output != null ? output : options.source.resolve("site");
        boolean built = java.nio.file.Files.exists(out);
        Timings stages = new Timings();
        Pipeline.Result result = new Pipeline(stages, TerminalProgress.on(System.err, TerminalProgress.interactive()))
                .run(options.pipeline(spec.commandLine(), out));
        int status = options.report(result.diagnostics().sorted(), result.loaded(), System.err);
        if (timings) {
            stages.lap("report");
            System.err.print("stage timings (wall):\n" + stages.report());
        }
        if (status == Main.OK) {
            System.err.printf("built %d files into %s in %d ms%n", result.files().size(), out,
                    (System.nanoTime() - start) / 1_000_000);
        } else {
            System.err.println("build failed; " + out + (built ? " was left unchanged" : " was not written"));
        }
        return status;
    }
}
