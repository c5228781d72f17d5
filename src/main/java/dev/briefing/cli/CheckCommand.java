package dev.briefing.cli;

import dev.briefing.Pipeline;
import dev.briefing.check.ExternalLinks;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Loads, validates and renders everything in memory; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--external", description = "Also fetch external links (4 at a time, 10 s each) and warn about broken ones.")
    boolean external;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline.Result result = new Pipeline().run(new Pipeline.Options(options.source, null,
                options.asOfDate(spec.commandLine(), System.getenv()), options.drafts));
        if (external && result.ok()) {
            new ExternalLinks(4, Duration.ofSeconds(10)).check(result.files(), result.resolved().config().baseUrl(),
                    result.diagnostics());
        }
        int status = options.report(result.diagnostics().sorted(), result.loaded(), System.err);
        if (status == Main.OK) System.err.println("check passed: " + result.files().size() + " files would be written");
        return status;
    }
}
