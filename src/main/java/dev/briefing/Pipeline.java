package dev.briefing;

import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.LoadedSite;
import dev.briefing.output.SiteWriter;
import dev.briefing.output.WrittenFiles;
import dev.briefing.render.PageJob;
import dev.briefing.render.SitePlan;
import dev.briefing.render.Theme;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Resolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one orchestrator: load → resolve → render → check → write. Each stage takes the previous
 * stage's result; problems are collected as diagnostics, and a stage that found errors stops the
 * pipeline before anything is written, so the published site is replaced only by a good one.
 */
public final class Pipeline {

    /**
     * @param output  where to write the site, or null to write nothing (check, preview)
     * @param settings site.yaml settings given at build time, by name ("base_url", "contact.url"…), overriding
     *                 the file: the publish workflow passes the real address (see {@code SiteConfig.OVERRIDABLE})
     */
    public record Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings) {
        public Options {
            settings = Map.copyOf(settings);
        }

        public Options(Path source, Path output, LocalDate asOf, boolean drafts) {
            this(source, output, asOf, drafts, Map.of());
        }
    }

    /** What a run produced: its diagnostics, and the site when it got that far. */
    public record Result(Diagnostics diagnostics, LoadedSite loaded, ResolvedSite resolved, Map<String, byte[]> files) {
        public boolean ok() {
            return !diagnostics.hasErrors();
        }
    }

    private final MarkdownEngine markdown = new MarkdownEngine();
    private final Timings timings;

    public Pipeline() {
        this(new Timings());
    }

    /** @param timings where to record the wall time of each stage */
    public Pipeline(Timings timings) {
        this.timings = timings;
    }

    public Result run(Options options) {
        Diagnostics diags = new Diagnostics();
        timings.lap("start");
        if (options.output() != null && !SiteWriter.checkOutput(options.source(), options.output(), diags)) {
            return new Result(diags, null, null, Map.of());
        }
        // The theme does not depend on the content: its templates parse while the content loads.
        CompletableFuture<Theme> themed = CompletableFuture.supplyAsync(() -> Theme.parsed(options.source(),
                java.util.stream.Stream.concat(SitePlan.TEMPLATES.stream(), dev.briefing.render.Feeds.TEMPLATES.stream()).toList()));
        LoadedSite loaded = new dev.briefing.source.ContentLoader(markdown, options.settings()).load(options.source(), diags);
        timings.lap("load");
        // Resolve even after load errors, so one run reports every problem (wrong ids too).
        ResolvedSite resolved = new Resolver(options.asOf(), options.drafts(), diags).resolve(loaded);
        timings.lap("resolve");
        if (diags.hasErrors()) return new Result(diags, loaded, resolved, Map.of());
        Theme theme = join(themed);
        RenderAndCheck stage = new RenderAndCheck(resolved, theme, markdown);
        List<PageJob> jobs = SitePlan.pages(resolved);
        if (!stage.prepare(jobs, diags)) return new Result(diags, loaded, resolved, Map.of());
        timings.lap("plan");
        Set<RenderAndCheck.Extra> extras = java.util.EnumSet.allOf(RenderAndCheck.Extra.class);
        // Only the links of each file stay in memory for the gate; the bytes go to the staging
        // folder as soon as they are made (a build) or into the result (check, preview).
        Map<String, LinkGate.PageLinks> links = new ConcurrentHashMap<>();
        if (options.output() == null) {
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            stage.render(jobs, j -> true, extras, diags, o -> {
                files.put(o.path(), o.bytes());
                if (o.links() != null) links.put(o.path(), o.links());
            });
            timings.lap("pages");
            if (!diags.hasErrors()) stage.check(links, files.keySet(), loaded.statics(), diags);
            timings.lap("check");
            return new Result(diags, loaded, resolved, new TreeMap<>(files));
        }
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        boolean written = new SiteWriter(options.output()).write(sink -> {
            stage.render(jobs, j -> true, extras, diags, o -> {
                outputs.add(o.path());
                if (o.links() != null) links.put(o.path(), o.links());
                sink.put(o.path(), o.bytes());
            });
            timings.lap("pages");
            if (diags.hasErrors()) return false;
            stage.check(links, outputs, loaded.statics(), diags);
            timings.lap("check");
            return !diags.hasErrors();
        }, loaded.statics(), diags);
        timings.lap("write");
        return new Result(diags, loaded, resolved, written ? new WrittenFiles(options.output(), new TreeSet<>(outputs)) : Map.of());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

}
