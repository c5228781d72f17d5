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
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        options.requireSite(spec.commandLine());
        Preview preview = new Preview(options.source, options.asOfDate(spec.commandLine(), System.getenv()),
                options.drafts, options.settings(spec.commandLine(), System.getenv()), options.strict);
        Preview.Rebuild first = preview.buildAll();
        options.report(first.diagnostics(), preview.loaded(), System.err);
        java.util.Set<Diagnostic> shown = new java.util.HashSet<>(first.diagnostics());
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
                List<Diagnostic> before = preview.diagnostics();
                // Open pages reload as soon as they are made; the rest of the edit renders meanwhile.
                Preview.Rebuild r = preview.rebuild(changed, server.viewed(), server::reloadAll);
                System.err.printf("%s changed: %s%n", String.join(", ", r.changed()), r.ok()
                        ? "re-rendered " + r.rendered().size() + " page" + (r.rendered().size() == 1 ? "" : "s")
                                + " in " + r.millis() + " ms" + (r.viewedMillis() < 0 ? "" : " (open pages in " + r.viewedMillis() + " ms)")
                        : "errors, see below and in the browser");
                // Errors are repeated on every save; a warning only when it is new, so the terminal
                // shows every problem the build would print without repeating them as an editor types.
                List<Diagnostic> news = r.diagnostics().stream().filter(d -> d.isError() || !shown.contains(d)).toList();
                shown.clear();
                shown.addAll(r.diagnostics());
                if (!news.isEmpty()) options.report(news, preview.loaded(), System.err);
                // Pages reloaded early show the warnings of before: again if those changed.
                if (r.viewedMillis() < 0 || !r.diagnostics().equals(before)) server.reloadAll();
            });
        }
        return Main.OK;
    }
}
