package dev.briefing.serve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Severity;
import dev.briefing.engine.ChangeSet;
import dev.briefing.engine.Engine;
import dev.briefing.engine.Snapshot;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The preview: the engine's builds published to the loopback server, one snapshot at a time, and
 * the open pages told to reload after each swap. It holds no build logic: a batch of changes goes
 * to the engine as it is, and what comes back is published whole.
 *
 * <p>A build that fails with an exception (a bug, or a folder that cannot be read) never ends the
 * preview: the failure is published as the one problem, shown in every page's place, the last pages
 * are kept, and the next change is built from scratch, so nothing that went wrong lingers.
 */
public final class Preview implements AutoCloseable {
    /** How long a build waits for the open pages, published ahead of the rest, to be fetched again. */
    static final Duration OPEN_PAGES_FIRST = Duration.ofMillis(100);
    private final Engine engine;
    private final PreviewServer server;
    /** Set after a build failed: the engine's state is then not to be trusted, and the next build is a full one. */
    private boolean failed;

    /**
     * What one build gave the editor.
     *
     * @param build   the engine's account of it, or null when it failed
     * @param failure what it failed with, or null
     */
    public record Outcome(ChangeSet changes, Engine.Build build, Throwable failure, Snapshot snapshot) {
        public List<Diagnostic> diagnostics() {
            return snapshot.diagnostics();
        }
    }

    /** Binds the server at once (0 picks a free port); pages answer "building" until the first build is published. */
    public Preview(Engine engine, int port) throws IOException {
        this.engine = engine;
        this.server = new PreviewServer(engine.options().source(), port);
    }

    /** Builds the changes (everything, the first time or after a failure) and publishes the result. */
    public Outcome apply(ChangeSet changes) {
        ChangeSet todo = failed || engine.current() == null ? ChangeSet.everything() : changes;
        try {
            List<List<Diagnostic>> early = new java.util.ArrayList<>();
            Set<String> viewed = server.viewed();
            Engine.Build build = engine.build(todo, viewed, snapshot -> {
                server.publish(snapshot);
                server.reloadAll();
                early.add(snapshot.diagnostics());
                // The open pages first: the rest of the build (the link check, on every core) waits until their
                // reloads are answered, for a moment at most.
                try {
                    server.awaitServed(snapshot, viewed, OPEN_PAGES_FIRST);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            failed = false;
            server.publish(build.snapshot());
            // Pages reloaded early showed what was known then: again only if the whole build says more.
            if (early.isEmpty() || !early.get(0).equals(build.diagnostics())) server.reloadAll();
            return new Outcome(todo, build, null, build.snapshot());
        } catch (RuntimeException | StackOverflowError e) {
            failed = true;
            Snapshot snapshot = engine.failed(failure(todo, e));
            server.publish(snapshot);
            server.reloadAll();
            return new Outcome(todo, null, e, snapshot);
        }
    }

    /** The failure as the one problem the preview shows, at the first file the batch changed. */
    static Diagnostic failure(ChangeSet changes, Throwable e) {
        String where = changes.paths().isEmpty() ? "content" : changes.paths().iterator().next();
        StringBuilder cause = new StringBuilder();
        for (Throwable t = e; t != null && cause.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            cause.append(cause.length() == 0 ? "" : "; caused by ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) cause.append(": ").append(t.getMessage());
        }
        return new Diagnostic(Severity.ERROR, Code.BRF120, Pos.file(where), "the preview could not rebuild the site: " + cause,
                "if a folder was removed or cannot be read, restore it; otherwise this is a bug in briefing: please report it"
                        + " with the stack trace in the terminal. The preview keeps running and builds again at the next change");
    }

    public PreviewServer server() {
        return server;
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
