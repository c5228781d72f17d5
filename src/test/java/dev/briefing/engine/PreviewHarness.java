package dev.briefing.engine;

import dev.briefing.diag.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine as the preview drives it, for tests: builds from changes, and the snapshot a server
 * would serve at each moment (the early one while the rest of a build runs).
 */
final class PreviewHarness {
    private final Engine engine;
    private volatile Snapshot served;

    PreviewHarness(Path source, LocalDate asOf) {
        this(source, asOf, false);
    }

    PreviewHarness(Path source, LocalDate asOf, boolean strict) {
        this.engine = new Engine(new Engine.Options(source, null, asOf, false, Map.of(), strict, true));
    }

    Engine.Build buildAll() {
        return publish(engine.build(ChangeSet.everything()));
    }

    Engine.Build rebuild(Collection<String> changed) {
        return publish(engine.build(ChangeSet.of(changed)));
    }

    /** Runs {@code viewedReady} when the open pages are served early, as the server would reload them. */
    Engine.Build rebuild(Collection<String> changed, Set<String> viewed, Runnable viewedReady) {
        return publish(engine.build(ChangeSet.of(changed), viewed, early -> {
            served = early;
            viewedReady.run();
        }));
    }

    private Engine.Build publish(Engine.Build build) {
        served = build.snapshot();
        return build;
    }

    /** The file served now at an output path, or null. */
    byte[] page(String outputPath) {
        return served.file(outputPath);
    }

    Map<String, byte[]> snapshot() {
        return served.files();
    }

    Snapshot served() {
        return served;
    }

    List<Diagnostic> diagnostics() {
        return served.diagnostics();
    }

    Engine engine() {
        return engine;
    }
}
