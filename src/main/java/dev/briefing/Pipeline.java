package dev.briefing;

import dev.briefing.diag.Diagnostics;
import dev.briefing.engine.ChangeSet;
import dev.briefing.engine.Engine;
import dev.briefing.engine.Progress;
import dev.briefing.engine.Timings;
import dev.briefing.model.LoadedSite;
import dev.briefing.resolve.ResolvedSite;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * One full build, as {@code build} and {@code check} run it: the engine's build of everything
 * ({@link Engine}, {@link ChangeSet#everything()}), writing the site when given an output folder.
 */
public final class Pipeline {

    /**
     * @param output   where to write the site, or null to write nothing (check)
     * @param settings site.yaml settings given at build time, by name ("base_url", "contact.url"…), overriding
     *                 the file: the publish workflow passes the real address (see {@code SiteConfig.OVERRIDABLE})
     * @param strict   warnings count as errors: the output is replaced only when there are none
     * @param cache    where handouts and share cards are kept between runs, or null to keep none (see {@code Engine.Options})
     */
    public record Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings, boolean strict,
            Path cache) {
        public Options {
            settings = Map.copyOf(settings);
        }

        public Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings, boolean strict) {
            this(source, output, asOf, drafts, settings, strict, null);
        }

        public Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings) {
            this(source, output, asOf, drafts, settings, false);
        }

        public Options(Path source, Path output, LocalDate asOf, boolean drafts) {
            this(source, output, asOf, drafts, Map.of(), false);
        }
    }

    /**
     * What a run produced: its diagnostics, and the site when it got that far.
     *
     * @param languages    the resolved site in each language, the default first, when the run got that far (else empty)
     * @param translations the status of every item in each language but the default (none for a site in one language)
     */
    public record Result(Diagnostics diagnostics, LoadedSite loaded, java.util.List<ResolvedSite> languages, Map<String, byte[]> files,
            java.util.List<dev.briefing.i18n.TranslationStatus> translations) {
        public boolean ok() {
            return !diagnostics.hasErrors();
        }

        /** The resolved site in its default language, or null when the run did not get that far. */
        public ResolvedSite resolved() {
            return languages.isEmpty() ? null : languages.get(0);
        }
    }

    private final Timings timings;
    private final Progress progress;

    public Pipeline() {
        this(new Timings(), Progress.NONE);
    }

    /**
     * @param timings  where to record the wall time of each stage
     * @param progress told of each stage and page, for a terminal
     */
    public Pipeline(Timings timings, Progress progress) {
        this.timings = timings;
        this.progress = progress;
    }

    public Result run(Options o) {
        Engine engine = new Engine(new Engine.Options(o.source(), o.output(), o.asOf(), o.drafts(), o.settings(), o.strict(), false, o.cache()),
                timings, progress);
        Engine.Build build = engine.build(ChangeSet.everything());
        return new Result(build.collected(), build.snapshot().loaded(), build.languages(), build.snapshot().files(),
                build.translations());
    }
}
