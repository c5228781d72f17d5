package dev.briefing;

import dev.briefing.check.ContentLinks;
import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.StaticFile;
import dev.briefing.output.OutputPaths;
import dev.briefing.output.SiteWriter;
import dev.briefing.output.WrittenFiles;
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
import dev.briefing.util.Parallel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

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
        CompletableFuture<Theme> themed = CompletableFuture.supplyAsync(() -> Theme.parsed(options.source(), SitePlan.TEMPLATES));
        LoadedSite loaded = new dev.briefing.source.ContentLoader(markdown, options.settings()).load(options.source(), diags);
        timings.lap("load");
        // Resolve even after load errors, so one run reports every problem (wrong ids too).
        ResolvedSite resolved = new Resolver(options.asOf(), options.drafts(), diags).resolve(loaded);
        timings.lap("resolve");
        if (diags.hasErrors()) return new Result(diags, loaded, resolved, Map.of());
        Theme theme = join(themed);
        LinkGate gate = new LinkGate(resolved.config().baseUrl(), resolved.config().handbook()
                ? Set.of(dev.briefing.model.SiteConfig.HANDBOOK_PATH) : Set.of(), new ContentLinks(resolved));
        Set<String> statics = loaded.statics().stream().map(StaticFile::outputPath).collect(Collectors.toSet());
        if (options.output() == null) {
            Map<String, byte[]> files = render(resolved, theme, diags);
            timings.lap("render");
            if (diags.hasErrors()) return new Result(diags, loaded, resolved, files);
            OutputPaths.check(files.keySet(), loaded.statics(), diags);
            gate.check(files, statics, diags);
            timings.lap("check");
            return new Result(diags, loaded, resolved, files);
        }
        // A build streams: each file goes to the staging folder as soon as it is rendered, and
        // only its links stay in memory for the gate, which decides whether the staging folder
        // may replace the site.
        Map<String, LinkGate.PageLinks> links = new ConcurrentHashMap<>();
        SortedSet<String> outputs = new TreeSet<>();
        boolean written = new SiteWriter(options.output()).write(sink -> {
            outputs.addAll(render(resolved, theme, diags, (path, bytes, html) -> {
                (html != null ? Optional.of(gate.pageLinks(path, html)) : gate.links(path, bytes))
                        .ifPresent(l -> links.put(path, l));
                sink.put(path, bytes);
            }));
            timings.lap("render");
            if (diags.hasErrors()) return false;
            OutputPaths.check(outputs, loaded.statics(), diags);
            gate.check(links, outputs, statics, diags);
            timings.lap("check");
            return !diags.hasErrors();
        }, loaded.statics(), diags);
        timings.lap("write");
        return new Result(diags, loaded, resolved, written ? new WrittenFiles(options.output(), outputs) : Map.of());
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

    /** The render stage, in memory: every page in parallel over shared, immutable services. */
    Map<String, byte[]> render(ResolvedSite site, Theme theme, Diagnostics diags) {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        render(site, theme, diags, (path, bytes, html) -> out.put(path, bytes));
        return new TreeMap<>(out);
    }

    /** Takes each output file as it is made: its bytes, and for a page also its HTML text. */
    private interface Output {
        void accept(String path, byte[] bytes, String html);
    }

    /**
     * Renders every page in parallel and hands each output file to {@code sink} (thread-safe) as
     * soon as it is made. Returns the paths of all files handed over.
     */
    private Set<String> render(ResolvedSite site, Theme theme, Diagnostics diags, Output sink) {
        Assets assets = new Assets(theme);
        PageRenderer renderer = new PageRenderer(theme, markdown, assets);
        Set<String> paths = ConcurrentHashMap.newKeySet();
        Output out = (path, bytes, html) -> {
            paths.add(path);
            sink.accept(path, bytes, html);
        };
        BiConsumer<String, byte[]> file = (path, bytes) -> out.accept(path, bytes, null);
        var jobs = SitePlan.pages(site);
        if (!renderer.prepare(jobs, diags)) return paths;
        timings.lap("plan");
        // One pool of work, longest first: the search index and the listing pages start at once,
        // and the many short item pages fill the cores around them.
        List<Runnable> work = new ArrayList<>();
        work.add(() -> SearchIndex.files(site, new Views(site, markdown, "/search/")).forEach(file));
        work.add(() -> Feeds.files(site, jobs.stream().map(PageJob::path).sorted().toList()).forEach(file));
        work.add(() -> assets.files().forEach(file));
        jobs.stream().sorted(Comparator.comparing((PageJob j) -> !j.listing())).forEach(job -> work.add(() ->
                renderer.render(site, job, diags).ifPresent(html ->
                        out.accept(Urls.outputFile(job.path()), html.getBytes(StandardCharsets.UTF_8), html))));
        Parallel.forEach(work, Runnable::run);
        timings.lap("pages");
        return paths;
    }

}
