package dev.briefing.cli;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import dev.briefing.engine.ChangeSet;
import dev.briefing.engine.Engine;
import dev.briefing.engine.Timings;
import dev.briefing.serve.Preview;
import dev.briefing.serve.Watcher;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the site in memory, serves it on http://127.0.0.1:PORT and rebuilds on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1 (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--timings", description = "After each rebuild, print the wall time of each pipeline stage.")
    boolean timings;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The warnings already printed (sorted): a warning is printed when it is new, an error on every rebuild. */
    private List<Diagnostic> shown = List.of();

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        options.requireSite(spec.commandLine());
        Timings stages = new Timings();
        Engine engine = new Engine(new Engine.Options(options.source, null, options.asOfDate(spec.commandLine(), System.getenv()),
                options.drafts, options.settings(spec.commandLine(), System.getenv()), options.strict, true, options.cache()),
                stages, TerminalProgress.on(System.err, TerminalProgress.interactive()));
        Preview preview;
        try {
            preview = new Preview(engine, port);
        } catch (BindException e) {
            System.err.println("briefing: port " + port + " on 127.0.0.1 is in use; choose another with --port");
            return Main.USAGE;
        }
        try (preview; Watcher watcher = new Watcher(options.source)) {
            System.err.println("building the site for " + preview.url());
            Preview.Outcome first = preview.apply(ChangeSet.everything());
            print(first);
            if (timings) System.err.println("  stages: " + stages.drain());
            if (first.build() != null) {
                System.err.printf("built %d pages in %d ms%n", first.build().rendered().size(), first.build().millis());
            }
            System.err.printf("serving %s (Ctrl-C to stop)%n", preview.url());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                preview.close();
                try {
                    watcher.close();
                } catch (IOException ignored) {
                    // Exiting anyway.
                }
                System.err.println("stopped");
            }));
            watcher.run(changes -> {
                Preview.Outcome r = preview.apply(changes);
                stages.lap("publish");
                String what = r.failure() != null ? "the rebuild failed, see below and in the browser"
                        : r.snapshot().blocked() ? "errors, see below and in the browser"
                        : "re-rendered " + r.build().rendered().size() + " page" + (r.build().rendered().size() == 1 ? "" : "s")
                                + " in " + r.build().millis() + " ms"
                                + (r.build().viewedMillis() < 0 ? "" : " (open pages in " + r.build().viewedMillis() + " ms)")
                                + (r.snapshot().ok() ? "" : "; placeholders still to fill in before it can be published");
                System.err.printf("%s changed: %s%n", r.changes(), what);
                print(r);
                stages.lap("terminal");
                if (timings) System.err.println("  stages: " + stages.drain());
            });
        }
        return Main.OK;
    }

    /**
     * Prints a build's problems once: every error, each warning the first time it appears, then
     * the summary of all of them, the same count the preview's panel shows.
     */
    private void print(Preview.Outcome r) {
        if (r.failure() != null) r.failure().printStackTrace();
        List<Diagnostic> all = r.diagnostics();
        // Errors are printed every time: only warnings count as shown.
        List<Diagnostic> news = Diagnostics.notIn(all, shown);
        shown = all.stream().filter(d -> !d.isError()).toList();
        if (!news.isEmpty()) {
            options.report(news, r.snapshot().loaded(), System.err, false);
            System.err.println((news.size() < all.size() ? "in all: " : "") + DiagnosticFormatter.summary(all)
                    + (news.size() < all.size() ? "; the preview's panel lists them" : ""));
        }
    }
}
