package dev.briefing;

import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.StaticFile;
import dev.briefing.output.OutputPaths;
import dev.briefing.output.SiteWriter;
import dev.briefing.render.Assets;
import dev.briefing.render.Feeds;
import dev.briefing.render.PageJob;
import dev.briefing.render.PageRenderer;
import dev.briefing.render.SearchIndex;
import dev.briefing.render.SitePlan;
import dev.briefing.render.Theme;
import dev.briefing.render.Views;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Resolver;
import dev.briefing.resolve.Urls;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one orchestrator: load → resolve → render → check → write. Each stage takes the previous
 * stage's result; problems are collected as diagnostics, and a stage that found errors stops the
 * pipeline before anything is written, so the published site is replaced only by a good one.
 */
public final class Pipeline {

    /**
     * @param output where to write the site, or null to write nothing (check, preview)
     */
    public record Options(Path source, Path output, LocalDate asOf, boolean drafts) {
    }

    /** What a run produced: its diagnostics, and the site when it got that far. */
    public record Result(Diagnostics diagnostics, LoadedSite loaded, ResolvedSite resolved, Map<String, byte[]> files) {
        public boolean ok() {
            return !diagnostics.hasErrors();
        }
    }

    private final MarkdownEngine markdown = new MarkdownEngine();

    public Result run(Options options) {
        Diagnostics diags = new Diagnostics();
        if (options.output() != null && !SiteWriter.checkOutput(options.source(), options.output(), diags)) {
            return new Result(diags, null, null, Map.of());
        }
        LoadedSite loaded = new dev.briefing.source.ContentLoader(markdown).load(options.source(), diags);
        // Resolve even after load errors, so one run reports every problem (wrong ids too).
        ResolvedSite resolved = new Resolver(options.asOf(), options.drafts(), diags).resolve(loaded);
        if (diags.hasErrors()) return new Result(diags, loaded, resolved, Map.of());
        Map<String, byte[]> files = render(resolved, new Theme(options.source()), diags);
        if (diags.hasErrors()) return new Result(diags, loaded, resolved, files);
        OutputPaths.check(files.keySet(), loaded.statics(), diags);
        Set<String> statics = loaded.statics().stream().map(StaticFile::outputPath).collect(Collectors.toSet());
        new LinkGate(resolved.config().baseUrl(), resolved.config().handbook()
                ? Set.of(dev.briefing.model.SiteConfig.HANDBOOK_PATH) : Set.of()).check(files, statics, diags);
        if (!diags.hasErrors() && options.output() != null) {
            new SiteWriter(options.output()).write(files, loaded.statics(), diags);
        }
        return new Result(diags, loaded, resolved, files);
    }

    /** The render stage: every page in parallel over shared, immutable services. */
    Map<String, byte[]> render(ResolvedSite site, Theme theme, Diagnostics diags) {
        Assets assets = new Assets(theme);
        PageRenderer renderer = new PageRenderer(theme, markdown, assets);
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        var jobs = SitePlan.pages(site);
        jobs.parallelStream().forEach(job -> renderer.render(site, job, diags)
                .ifPresent(bytes -> out.put(Urls.outputFile(job.path()), bytes)));
        out.putAll(assets.files());
        out.putAll(Feeds.files(site, jobs.stream().map(PageJob::path).sorted().toList()));
        out.putAll(SearchIndex.files(site, new Views(site, markdown, "/search/")));
        return new TreeMap<>(out);
    }

}
