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
        Pipeline.Result result = new Pipeline(new dev.briefing.engine.Timings(),
                TerminalProgress.on(System.err, TerminalProgress.interactive())).run(options.pipeline(spec.commandLine(), null));
        if (external && !result.diagnostics().hasBlockingErrors()) {
            new ExternalLinks(4, Duration.ofSeconds(10)).check(result.files(), result.resolved().config().baseUrl(),
                    result.diagnostics());
        }
        if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.TEXT && result.resolved() != null) {
            coverage(result.resolved(), System.out);
        }
        int status = options.report(result.diagnostics().sorted(), result.loaded(), System.err);
        if (result.resolved() != null) {
            if (options.format == dev.briefing.diag.DiagnosticFormatter.Format.JSON) ReadingLevels.json(result.resolved(), System.out);
            else ReadingLevels.table(result.resolved(), System.out);
        }
        if (status == Main.OK) System.err.println("check passed: " + result.files().size() + " files would be written");
        return status;
    }

    /**
     * Each brief's citation coverage: prose paragraphs and lists outside advice sections, and how
     * many of them cite a source (BRF087 names the others).
     */
    static void coverage(dev.briefing.resolve.ResolvedSite site, java.io.PrintStream out) {
        int cited = 0;
        int prose = 0;
        StringBuilder sb = new StringBuilder();
        for (var brief : site.ofKind(dev.briefing.model.Kind.BRIEF)) {
            var c = dev.briefing.lint.Citations.coverage(brief);
            cited += c.cited();
            prose += c.prose();
            sb.append(String.format(java.util.Locale.ROOT, "  %3d%%  %d/%d  %s%n", c.percent(), c.cited(), c.prose(),
                    brief.sourcePath()));
        }
        if (prose == 0 && sb.length() == 0) return;
        out.printf(java.util.Locale.ROOT, "citation coverage (cited / prose paragraphs, advice sections excepted):%n%s"
                + "  %3d%%  %d/%d  all briefs%n", sb, prose == 0 ? 100 : cited * 100 / prose, cited, prose);
    }
}
