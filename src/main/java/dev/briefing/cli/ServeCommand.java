package dev.briefing.cli;

import dev.briefing.serve.Preview;
import dev.briefing.serve.PreviewServer;
import dev.briefing.serve.Watcher;
import dev.briefing.diag.Diagnostic;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site in memory, serves it on http://127.0.0.1:PORT and rebuilds on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1 (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Preview preview = new Preview(options.source, options.asOfDate(spec.commandLine(), System.getenv()),
                options.drafts, options.settings(spec.commandLine(), System.getenv()));
        Preview.Rebuild first = preview.buildAll();
        options.report(first.diagnostics(), preview.loaded(), System.err);
        PreviewServer server;
        try {
            server = new PreviewServer(preview, port);
        } catch (BindException e) {
            System.err.println("briefing: port " + port + " on 127.0.0.1 is in use; choose another with --port");
            return Main.USAGE;
        }
        System.err.printf("built %d pages in %d ms%nserving %s (Ctrl-C to stop)%n", first.rendered().size(),
                first.millis(), server.url());
        try (Watcher watcher = new Watcher(options.source)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    watcher.close();
                } catch (IOException ignored) {
                    // Exiting anyway.
                }
                System.err.println("stopped");
            }));
            watcher.run(changed -> {
                Preview.Rebuild r = preview.rebuild(changed);
                System.err.printf("%s changed: %s%n", String.join(", ", r.changed()), r.ok()
                        ? "re-rendered " + r.rendered().size() + " page" + (r.rendered().size() == 1 ? "" : "s")
                                + " in " + r.millis() + " ms"
                        : "errors, see below and in the browser");
                // Every warning was shown after the first build; on each save only errors are
                // repeated, so the terminal stays readable while an editor types.
                List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
                if (!errors.isEmpty()) options.report(errors, preview.loaded(), System.err);
                server.reloadAll();
            });
        }
        return Main.OK;
    }
}
