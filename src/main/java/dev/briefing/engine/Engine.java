package dev.briefing.engine;

import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Key;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.Messages;
import dev.briefing.model.SourceFile;
import dev.briefing.output.DiskCache;
import dev.briefing.output.SiteWriter;
import dev.briefing.output.WrittenFiles;
import dev.briefing.render.Cap;
import dev.briefing.render.Cards;
import dev.briefing.render.Feeds;
import dev.briefing.render.Handouts;
import dev.briefing.resolve.Unreferenced;
import dev.briefing.render.PageJob;
import dev.briefing.render.SearchIndex;
import dev.briefing.render.SitePlan;
import dev.briefing.render.Theme;
import dev.briefing.render.Views;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Resolver;
import dev.briefing.resolve.Urls;
import dev.briefing.source.ContentLoader;
import dev.briefing.source.FileResult;
import dev.briefing.i18n.Languages;
import dev.briefing.i18n.TranslationStatus;
import dev.briefing.util.OutputCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one build engine: load → resolve → render → check → write, from a set of changes. A full
 * build is the build of {@link ChangeSet#everything()}; {@code build} and {@code check} make one,
 * and the preview makes one at start and then one per batch of edits, through the same stages.
 *
 * <p>Between builds it keeps every file's load result, the last error-free resolution, the pages'
 * links and what the link gate found, so that an edit reloads only the changed files, resolves
 * again only what they can change, and re-renders only the pages they can affect ({@link Affected}):
 * the edited items' pages, the pages of what they link to or are linked from, and the lists that
 * show them. A change it cannot place (a new folder, events the system dropped) makes a full build.
 *
 * <p>Each build ends in a {@link Snapshot}. With an output folder, the pages stream into a staging
 * folder that replaces the output only if the whole build succeeded; without one, they stay in
 * memory (check, preview). Not thread-safe: one thread builds; snapshots may be read by any.
 */
public final class Engine {
    static final String SEARCH_INDEX = "search/index/";
    private static final String SITEMAP = "sitemap.xml";
    private static final String SITEMAPS = "sitemaps/";
    private static final List<String> TEMPLATES = Stream.of(SitePlan.TEMPLATES, Feeds.TEMPLATES, Cap.TEMPLATES,
            List.of(Handouts.TEMPLATE))
            .flatMap(List::stream).toList();

    /**
     * @param output   where to write the site, or null to keep it in memory (check, preview)
     * @param settings site.yaml settings given at build time, by name ("base_url", "contact.url"…), overriding
     *                 the file (see {@code SiteConfig.OVERRIDABLE})
     * @param strict   warnings count as errors: nothing is published while there are any
     * @param preview  make the search index and a changed sitemap when first asked for, not with every build
     * @param cache    where handouts and share cards are kept between runs (the command line's is the source's
     *                 {@link DiskCache#FOLDER}), or null to keep none: a test's fixture folder is never written to
     */
    public record Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings,
            boolean strict, boolean preview, Path cache) {
        public Options {
            settings = Map.copyOf(settings);
        }

        /** Options that keep no cache on disk. */
        public Options(Path source, Path output, LocalDate asOf, boolean drafts, Map<String, String> settings,
                boolean strict, boolean preview) {
            this(source, output, asOf, drafts, settings, strict, preview, null);
        }
    }

    /**
     * What one build did.
     *
     * @param rendered     site paths of the pages it rendered
     * @param viewedMillis when the pages open in a browser were published ahead of the rest, or -1
     * @param collected    every diagnostic as the stages reported them (before --strict)
     * @param languages    the resolved site in each language, the default first, when the build got that far (else empty)
     * @param translations the status of every item in every language but the default (none for a site in one language)
     */
    public record Build(ChangeSet changes, Set<String> rendered, long millis, long viewedMillis, Snapshot snapshot,
            Diagnostics collected, List<ResolvedSite> languages, List<TranslationStatus> translations) {
        public Build {
            languages = List.copyOf(languages);
        }

        public boolean ok() {
            return snapshot.ok();
        }

        /** The resolved site in its default language, or null when the build did not get that far. */
        public ResolvedSite resolved() {
            return languages.isEmpty() ? null : languages.get(0);
        }

        public List<Diagnostic> diagnostics() {
            return snapshot.diagnostics();
        }
    }

    private final Options options;
    private final Timings timings;
    private final Progress progress;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final ContentLoader loader;
    /** Handouts and share cards kept between builds and between runs, outside the published site, or null for none. */
    private final DiskCache disk;
    /** {@link #disk}, or no cache. */
    private final OutputCache cache;
    /** The preview's: draws the share cards it keeps as their text when they are asked for (else null). */
    private final java.util.function.UnaryOperator<byte[]> served;
    /** Every content file's load result, in path order (the order the loader assembles them in). */
    private final NavigableMap<String, FileResult> files = new TreeMap<>();
    /**
     * The links the gate keeps of every file of {@link #current}, kept up to date with them.
     * Concurrent: a build that writes puts each file's links from the render threads.
     */
    private final Map<String, LinkGate.PageLinks> links = new ConcurrentHashMap<>();
    private Theme theme;
    /**
     * The last build's resolution in each language (by code, the default first), when it had no
     * error: the next one re-resolves only what changed.
     */
    private Map<String, ResolvedSite> sites = Map.of();
    /** The last check of the translations that reported nothing, kept across builds (see {@code Languages.LastCheck}). */
    private final Languages.LastCheck lastCheck = new Languages.LastCheck();
    /** Each language's merged items, kept across builds (see {@code Languages.Merged}). */
    private final Map<String, Languages.Merged> merged = new HashMap<>();
    /** Each language's resolution at the last build, by code: taken over whole by an edit that changed nothing of it. */
    private final Map<String, Resolution> resolutions = new HashMap<>();
    /** The languages whose resolution this build took over whole from the last (see {@link Resolution#sameInput}). */
    private Set<String> takenOver = Set.of();
    /** Each language's plan at the last good build, by code: a language whose resolution is taken over has the same plan. */
    private Map<String, Plan> plans = Map.of();
    private List<TranslationStatus> translations = List.of();
    /** Each item's translation status and what it reported, reused while neither its source nor its translation changed. */
    private final TranslationStatus.Kept keptStatuses = new TranslationStatus.Kept();
    /** The statuses the translations pages of the last good build show. */
    private List<TranslationStatus> shownTranslations = List.of();
    /** The pages of lists at the last good build, by site path: what each showed, and its title. */
    private Map<String, PageJob> lists = Map.of();
    /** The paths of the last plan's pages, in plan order: when a plan has the same, no page went away. */
    private List<String> planned = List.of();
    /** The versions of each of those pages in the site's languages. */
    private dev.briefing.render.Alternates alternates;
    /** What the gate found at the last good build, so the next one rechecks only what an edit changed. */
    private LinkGate.Findings findings;
    private List<Diagnostic> gateDiagnostics = List.of();
    private Snapshot current;

    public Engine(Options options) {
        this(options, new Timings(), Progress.NONE);
    }

    /**
     * @param timings  where to record the wall time of each stage
     * @param progress told of each stage and of pages rendered, for a terminal
     */
    public Engine(Options options, Timings timings, Progress progress) {
        this.options = options;
        this.timings = timings;
        this.progress = progress;
        this.loader = new ContentLoader(markdown, options.settings(), options.preview());
        this.disk = options.cache() == null ? null : new DiskCache(options.cache());
        this.cache = disk == null ? OutputCache.NONE : disk;
        this.served = options.preview() ? new Cards(cache)::served : null;
    }

    public Build build(ChangeSet changes) {
        return build(changes, Set.of(), null);
    }

    /**
     * Builds what {@code changes} affect. The pages open in a browser ({@code viewed}, site paths
     * such as "/briefs/a/") that an edit changes are rendered first when it changes others too;
     * if they render without error and their links pass the gate's test, {@code early} is given a
     * snapshot with them at once (on this thread), before the rest is rendered and checked.
     */
    public Build build(ChangeSet changes, Set<String> viewed, Consumer<Snapshot> early) {
        long start = System.nanoTime();
        timings.lap("idle");
        Diagnostics diags = new Diagnostics();
        Optional<Placed> placed = changes.all() || current == null ? Optional.empty() : place(changes.paths());
        if (options.output() != null && placed.isPresent()) throw new IllegalStateException("a build that writes is a full build");
        CompletableFuture<Theme> themed = null;
        Affected affected = null;
        if (placed.isEmpty()) {
            if (options.output() != null && !SiteWriter.checkOutput(options.source(), options.output(), diags)) {
                return finish(changes, diags, null, Map.of(), Map.of(), null, null, Set.of(), -1, start);
            }
            progress.stage("load");
            // The theme does not depend on the content: its templates parse while the content loads.
            themed = CompletableFuture.supplyAsync(() -> Theme.parsed(options.source(), TEMPLATES));
            files.clear();
            for (FileResult r : loader.loadAll(options.source(), diags)) files.put(r.path(), unpublishedAsNotes(r));
        } else {
            Set<Key> touched = new HashSet<>();
            for (String path : placed.get().content()) {
                FileResult before = files.remove(path);
                if (before != null) touched(before, touched);
                if (Files.isRegularFile(options.source().resolve(path))) {
                    FileResult after = unpublishedAsNotes(loader.loadFile(options.source(), path));
                    files.put(path, after);
                    touched(after, touched);
                }
            }
            List<String> templates = placed.get().templates();
            if (!templates.isEmpty()) themed = CompletableFuture.supplyAsync(() -> Theme.parsed(options.source(), TEMPLATES));
            affected = new Affected(touched, templates, placed.get().content().contains("content/site.yaml") || sites.isEmpty());
        }
        LoadedSite loaded = loader.assemble(options.source(), files.values(), diags);
        timings.lap("load");
        progress.stage("resolve");
        // The last site, if the last build was error-free and the settings stayed: the resolver
        // then re-resolves only the items that changed or link to something that did. Resolve
        // runs even after load errors, so one run reports every problem (wrong ids too).
        boolean reuse = affected != null && !affected.everything() && !sites.isEmpty() && lastOk();
        Map<String, ResolvedSite> nexts = resolve(loaded, reuse, diags);
        RenderAndCheck.checkUnrenderedFileLinks(loaded, List.copyOf(nexts.values()), options.asOf(), options.drafts(), diags);
        ResolvedSite next = nexts.get(loaded.config().defaultLanguage().code());
        timings.lap("resolve");
        if (themed != null) theme = join(themed);
        // The theme's words in each of the site's languages; a message file's problems block the build as a template's do.
        Map<String, Messages> messages = theme.messages(loaded.config().languageCodes(), diags);
        // Placeholders (BRF078) stop publishing, not rendering: check and the preview still render and link-check.
        if (next == null || diags.hasBlockingErrors()) {
            if (next != null) checkFileLinks(nexts, loaded, diags);
            return finish(changes, diags, loaded, nexts, unchanged(), null, null, Set.of(), -1, start);
        }
        List<PageJob> jobs = new java.util.ArrayList<>();
        Set<String> affectedPages = reuse ? new HashSet<>() : null;
        // Each language's pages planned on every core at once.
        Map<String, List<PageJob>> plans = new ConcurrentHashMap<>();
        dev.briefing.util.Parallel.forEach(List.copyOf(nexts.entrySet()),
                language -> plans.put(language.getKey(), plan(language.getKey(), language.getValue(), messages.get(language.getKey()))));
        for (Map.Entry<String, ResolvedSite> language : nexts.entrySet()) {
            List<PageJob> plan = plans.get(language.getKey());
            jobs.addAll(plan);
            ResolvedSite before = sites.get(language.getKey());
            Set<String> pages = affectedPages == null || before == null ? null : affected.pages(before, language.getValue(), plan, lists);
            if (pages == null) affectedPages = null;
            else affectedPages.addAll(pages);
        }
        if (next.config().multilingual()) {
            // The page of translations in each language, made again only when what it shows of some item's status
            // changed: it lists every item (10,000 rows on a site of 10,000 briefs), and most edits change no status.
            boolean statusShown = affectedPages != null && SitePlan.sameTranslationsPage(shownTranslations, translations);
            for (ResolvedSite in : nexts.values()) {
                PageJob page = SitePlan.translations(in, translations, messages.get(in.config().language()));
                jobs.add(page);
                if (affectedPages != null && !statusShown) affectedPages.add(page.path());
            }
        }
        Set<String> wanted = affectedPages;
        List<String> plan = jobs.stream().map(PageJob::path).toList();
        // The same pages as last time (most edits): every one is made already, none went away, and each page's
        // versions in the other languages are the same.
        boolean samePlan = wanted != null && plan.equals(planned);
        RenderAndCheck stage = new RenderAndCheck(List.copyOf(nexts.values()), theme, markdown, messages, cache, options.preview());
        if (!stage.prepare(jobs, samePlan ? alternates : null, diags)) {
            checkFileLinks(nexts, loaded, diags);
            return finish(changes, diags, loaded, nexts, unchanged(), null, null, Set.of(), -1, start);
        }
        timings.lap("plan");
        Set<String> rendered = new ConcurrentSkipListSet<>();
        Pages pages = new Pages(jobs.size(), rendered);
        if (options.output() != null) return write(changes, stage, jobs, loaded, nexts, diags, pages, start);

        // In memory: check, and the preview.
        Map<String, RenderAndCheck.Output> fresh = new ConcurrentHashMap<>();
        // The home page is re-rendered exactly when an edit changed what other pages show of an
        // item (or added or removed one): then feeds, sitemap and search index may change too.
        boolean listings = wanted == null || nexts.values().stream().anyMatch(l -> wanted.contains(l.urls().local("/")));
        Set<RenderAndCheck.Extra> extras = extras(wanted, listings, affected, next);
        Consumer<RenderAndCheck.Output> sink = o -> {
            fresh.put(o.path(), o);
            pages.made(o.path());
        };
        long viewedMillis = -1;
        Map<String, byte[]> before = unchanged();
        // The open pages this edit changes, when it changes others too: rendered and published first.
        Set<String> first = new HashSet<>();
        if (early != null && wanted != null) for (String v : viewed) if (wanted.contains(v)) first.add(v);
        if (wanted != null && first.size() == wanted.size()) first.clear(); // nothing else to wait for
        progress.stage("pages");
        if (!first.isEmpty()) {
            stage.render(jobs, j -> first.contains(j.path()), EnumSet.noneOf(RenderAndCheck.Extra.class), diags, sink);
            fresh.forEach((path, o) -> {
                if (o.links() != null) links.put(path, o.links());
            });
            // Published early only if rendered without error and its links pass the gate's test
            // (against the pages made so far: a link to a page this edit adds waits for the rest).
            if (!diags.hasBlockingErrors() && stage.linksResolve(fresh.keySet(), links, before.keySet(), loaded.statics())) {
                FileOverlay soFar = FileOverlay.over(before);
                fresh.forEach((path, o) -> soFar.put(path, o.bytes()));
                // What is known so far: everything but the gate's findings, which stay those of last time.
                Diagnostics known = new Diagnostics();
                // As one sorted run, which the build's own snapshot then takes up again (Diagnostics keeps it).
                known.addSorted(diags.sorted(), diags.hasErrors());
                known.addSorted(gateDiagnostics, false);
                early.accept(snapshot(soFar, known, loaded, current.search(), current.sitemap()));
                viewedMillis = (System.nanoTime() - start) / 1_000_000;
            }
        }
        stage.render(jobs, j -> !first.contains(j.path()) && (wanted == null || wanted.contains(j.path())
                || (!samePlan && !before.containsKey(Urls.outputFile(j.path())))), extras, diags, sink);
        timings.lap("pages");
        if (diags.hasBlockingErrors()) {
            checkFileLinks(nexts, loaded, diags);
            return finish(changes, diags, loaded, nexts, before, null, null, rendered, viewedMillis, start);
        }

        CompletableFuture<Void> swept = wanted == null ? sweepCache() : CompletableFuture.completedFuture(null);
        // After an edit that keeps the plan, the last files with this edit's laid over them; else a map of its own.
        Map<String, byte[]> made = wanted == null ? new HashMap<>() : samePlan ? FileOverlay.over(before) : new HashMap<>(before);
        if (wanted == null) links.clear();
        if (!samePlan) {
            // Pages that are no longer made go, and with them their cards and handouts.
            Set<String> live = new HashSet<>();
            jobs.forEach(j -> live.add(Urls.outputFile(j.path())));
            made.keySet().removeIf(p -> p.endsWith(".html") ? !live.contains(p) : companionOf(p).map(page -> !live.contains(page)).orElse(false));
            links.keySet().removeIf(p -> p.endsWith(".html") && !live.contains(p));
        }
        // A page made again without its card or handout (a handout switched off) has lost it. When
        // the plan is the same (most edits) only the pages just made can have: no pass over the site.
        for (String page : fresh.keySet()) {
            if (!page.equals("index.html") && !page.endsWith("/index.html")) continue;
            String folder = page.substring(0, page.length() - "index.html".length());
            for (String name : RenderAndCheck.MADE_WITH_PAGE) if (!fresh.containsKey(folder + name)) made.remove(folder + name);
        }
        fresh.forEach((path, o) -> {
            made.put(path, o.bytes());
            if (o.links() != null) links.put(path, o.links());
        });
        Snapshot.Memo<Map<String, byte[]>> search = null;
        Snapshot.Memo<Map<String, byte[]>> sitemap = null;
        if (options.preview()) {
            boolean contentChanged = affected == null || !affected.keys().isEmpty() || listings;
            search = contentChanged || current == null || current.search() == null
                    ? new Snapshot.Memo<>(() -> searchIndexes(nexts.values(), messages)) : current.search();
            if (wanted != null && listings) {
                // Out of date: made again from this build when asked for; neither served nor checked as it was.
                List<String> sitePages = plan.stream().sorted().toList();
                Theme withTheme = theme;
                dev.briefing.render.Alternates alternates = stage.alternates();
                sitemap = new Snapshot.Memo<>(() -> Feeds.sitemaps(next, withTheme, sitePages, alternates, new Diagnostics()));
                made.keySet().removeIf(Engine::isSitemap);
                links.keySet().removeIf(Engine::isSitemap);
            } else if (wanted != null) {
                sitemap = current.sitemap();
            }
        }
        // The gate over what the build would write: the links of the pages just rendered and of
        // those kept from before, so the preview refuses what the build refuses.
        progress.stage("check");
        Diagnostics gate = new Diagnostics();
        findings = stage.check(links, made.keySet(), loaded.statics(), gate, wanted == null ? null : findings);
        gateDiagnostics = gate.sorted();
        diags.addAll(gate);
        swept.join();
        timings.lap("check");
        if (!diags.hasBlockingErrors()) {
            sites = nexts;
            Map<String, Plan> kept = new HashMap<>();
            nexts.forEach((code, site) -> kept.put(code, new Plan(site, messages.get(code), plans.get(code))));
            this.plans = kept;
            lists = lists(jobs);
            planned = plan;
            alternates = stage.alternates();
            shownTranslations = translations;
        }
        return finish(changes, diags, loaded, nexts, diags.hasBlockingErrors() ? before : made, search, sitemap, rendered, viewedMillis, start);
    }

    /**
     * Once a build has made every page without errors (so has asked the cache for every card and handout the site
     * has): the cache's other entries go, on a thread of their own beside the gate.
     */
    private CompletableFuture<Void> sweepCache() {
        return disk == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(disk::sweep);
    }

    /**
     * Errors stopped the build before its gate (content or template errors): the links written in
     * content to missing files are still reported, so fixing the other errors does not reveal them only then.
     */
    private static void checkFileLinks(Map<String, ResolvedSite> nexts, LoadedSite loaded, Diagnostics diags) {
        RenderAndCheck.checkFileLinks(List.copyOf(nexts.values()), loaded.statics(), diags);
    }

    /**
     * A language's pages: the last good build's plan when this build took over that build's resolution of the
     * language and the theme's words are the same (a plan is made of nothing else), else planned anew. The pages
     * then read the last build's resolution, which holds the same as this one's.
     */
    private List<PageJob> plan(String code, ResolvedSite site, Messages words) {
        Plan last = plans.get(code);
        if (takenOver.contains(code) && last != null && last.site() == sites.get(code) && last.messages() == words) return last.jobs();
        return SitePlan.pages(site, words);
    }

    /** One language's plan, made of its site in the words of its messages. */
    private record Plan(ResolvedSite site, Messages messages, List<PageJob> jobs) {
    }

    /** A full build into the output folder: streamed to a staging folder, swapped in only if all is well. */
    private Build write(ChangeSet changes, RenderAndCheck stage, List<PageJob> jobs, LoadedSite loaded,
            Map<String, ResolvedSite> nexts,
            Diagnostics diags, Pages pages, long start) {
        // Only the links of each file stay in memory for the gate; the bytes go to the staging
        // folder as soon as they are made.
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        links.clear();
        progress.stage("pages");
        boolean written = new SiteWriter(options.output()).write(sink -> {
            stage.render(jobs, j -> true, EnumSet.allOf(RenderAndCheck.Extra.class), diags, sink::keep, o -> {
                outputs.add(o.path());
                if (o.links() != null) links.put(o.path(), o.links());
                if (o.bytes() != null && o.key() != null) sink.put(o.path(), o.bytes(), o.key());
                else if (o.bytes() != null) sink.put(o.path(), o.bytes());
                pages.made(o.path());
            });
            timings.lap("pages");
            if (diags.hasBlockingErrors()) {
                checkFileLinks(nexts, loaded, diags);
                return false;
            }
            progress.stage("check");
            // What was reported so far (every file's warnings: 160,000 on the bilingual bench) is put in order on
            // another thread while the gate checks; the snapshot then merges in only what the gate found.
            CompletableFuture<Void> sorting = CompletableFuture.runAsync(diags::sorted);
            CompletableFuture<Void> swept = sweepCache();
            stage.check(links, outputs, loaded.statics(), diags);
            sorting.join();
            swept.join();
            timings.lap("check");
            return options.strict() ? !diags.failsStrict() : !diags.hasErrors();
        }, loaded.statics(), diags);
        timings.lap("write");
        Map<String, byte[]> made = written ? new WrittenFiles(options.output(), new TreeSet<>(outputs)) : Map.of();
        return finish(changes, diags, loaded, nexts, made, null, null, pages.rendered(), -1, start);
    }

    private Set<RenderAndCheck.Extra> extras(Set<String> wanted, boolean listings, Affected affected, ResolvedSite next) {
        if (!options.preview()) return EnumSet.allOf(RenderAndCheck.Extra.class);
        // The preview makes the search index when asked for it (from the snapshot); a full render
        // writes the sitemap, so a mistake in sitemap.ftlx is reported as the build reports it.
        if (wanted == null) return EnumSet.complementOf(EnumSet.of(RenderAndCheck.Extra.SEARCH_INDEX));
        Set<RenderAndCheck.Extra> extras = EnumSet.of(RenderAndCheck.Extra.ASSETS);
        if (listings || wanted.contains("/corrections/")) extras.add(RenderAndCheck.Extra.FEEDS);
        // The CAP alerts and the embedded notice show advisories and what they cite (few files, cheap).
        if (listings || wanted.stream().anyMatch(p -> p.startsWith("/advisories/"))) extras.add(RenderAndCheck.Extra.ADVISORIES);
        // The data holds the entities and what refers to them: an edit of a brief or page changes
        // it only when that item came, went or links to other things than before.
        if (affected.dataChanged(sites.get(next.config().defaultLanguage().code()), next)) extras.add(RenderAndCheck.Extra.DATA);
        return extras;
    }

    private Build finish(ChangeSet changes, Diagnostics diags, LoadedSite loaded, Map<String, ResolvedSite> nexts, Map<String, byte[]> made,
            Snapshot.Memo<Map<String, byte[]>> search, Snapshot.Memo<Map<String, byte[]>> sitemap, Set<String> rendered,
            long viewedMillis, long start) {
        if (diags.hasBlockingErrors() && current != null) {
            // The pages stay those of the last good build; the lazily made files too.
            search = current.search();
            sitemap = current.sitemap();
        }
        current = snapshot(made, diags, loaded, search, sitemap);
        progress.done();
        timings.lap("diagnostics");
        return new Build(changes, Set.copyOf(rendered), (System.nanoTime() - start) / 1_000_000, viewedMillis, current, diags,
                List.copyOf(nexts.values()), translations);
    }

    private Snapshot snapshot(Map<String, byte[]> made, Diagnostics diags, LoadedSite loaded,
            Snapshot.Memo<Map<String, byte[]>> search, Snapshot.Memo<Map<String, byte[]>> sitemap) {
        List<Diagnostic> sorted = diags.sorted();
        List<Diagnostic> shown = options.strict() ? sorted.stream().map(Diagnostic::strict).toList() : sorted;
        boolean ok = options.strict() ? shown.stream().noneMatch(Diagnostic::isError) : !diags.hasErrors();
        boolean blocked = options.strict() ? !ok : diags.hasBlockingErrors();
        Theme built = theme;
        Function<Diagnostic, String> lines = sourceLines(loaded);
        // In path order for those who list it; never copied when it is the written output (WrittenFiles,
        // in path order already), whose copy would read every file of the site back from disk.
        Map<String, byte[]> files = made instanceof java.util.SortedMap || made instanceof WrittenFiles || options.preview()
                ? made : new TreeMap<>(made);
        // An overlay stays one, unwrapped, for the next edit's to lay its files over the same shared ones.
        Map<String, byte[]> kept = files instanceof FileOverlay overlay ? overlay.freeze() : java.util.Collections.unmodifiableMap(files);
        return new Snapshot(kept, served, shown, ok, blocked, loaded, search, sitemap,
                new Snapshot.Memo<>(() -> Overlay.views(() -> built != null ? built : new Theme(options.source()), shown, blocked, lines)));
    }

    /**
     * The snapshot of a build that failed with an exception (a bug, or a folder that cannot be
     * read): the last one's files with the failure as its one problem, shown instead of any page.
     * The next build after it must be a full one ({@link ChangeSet#everything()}).
     */
    public Snapshot failed(Diagnostic failure) {
        Map<String, byte[]> made = current == null ? Map.of() : current.madeFiles();
        Diagnostics diags = new Diagnostics();
        diags.add(failure);
        sites = Map.of();
        return snapshot(made, diags, current == null ? null : current.loaded(), current == null ? null : current.search(),
                current == null ? null : current.sitemap());
    }

    /**
     * The site in each of its languages, the default first, each resolved from the loaded site with its
     * translations merged in; reusing the last resolution when {@code reuse}. Only the default language
     * reports on what every language shares: another language's resolve reports only what is wrong in
     * its translation files. Also sets the translation status. Empty where the default could not be resolved.
     */
    private Map<String, ResolvedSite> resolve(LoadedSite loaded, boolean reuse, Diagnostics diags) {
        dev.briefing.model.SiteConfig config = loaded.config();
        Languages.Checked checked = Languages.check(loaded, diags, lastCheck);
        List<dev.briefing.model.Language> languages = config.languages();
        List<Languages.Merged> caches = languages.stream().map(l -> merged.computeIfAbsent(l.code(), c -> new Languages.Merged())).toList();
        // The languages resolve independently (each from the loaded site with its own translations
        // merged in): on every core at once, so a second language adds little to the wait.
        Resolution[] done = new Resolution[languages.size()];
        Set<String> reused = ConcurrentHashMap.newKeySet();
        dev.briefing.util.Parallel.forEach(java.util.stream.IntStream.range(0, languages.size()).boxed().toList(), i -> {
            dev.briefing.model.Language language = languages.get(i);
            LoadedSite in = Languages.in(loaded, language, checked, caches.get(i));
            ResolvedSite previous = reuse ? sites.get(language.code()) : null;
            Resolution last = resolutions.get(language.code());
            if (previous != null && last != null && last.site() == previous && last.sameInput(in)) {
                // Nothing this language's site is made of changed (the edit was in another language's file): its
                // resolution and what it reported are the last build's, which a full resolve would give again.
                done[i] = new Resolution(in, previous.with(in), last.reported());
                reused.add(language.code());
                return;
            }
            Diagnostics found = new Diagnostics();
            ResolvedSite site = new Resolver(options.asOf(), options.drafts(), found).resolve(in, previous);
            done[i] = new Resolution(in, site, i == 0 ? found : translationFiles(found, checked.byLanguage().getOrDefault(language.code(), Map.of())));
        });
        takenOver = Set.copyOf(reused);
        Map<String, ResolvedSite> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i).code();
            diags.addAll(done[i].reported());
            resolutions.put(code, done[i]);
            if (done[i].site() == null) {
                if (i == 0) return Map.of();
                for (int j = i + 1; j < languages.size(); j++) resolutions.remove(languages.get(j).code());
                return out;
            }
            out.put(code, done[i].site());
        }
        merged.keySet().retainAll(out.keySet());
        resolutions.keySet().retainAll(out.keySet());
        Unreferenced.check(List.copyOf(out.values()), diags);
        translations = config.multilingual()
                ? TranslationStatus.of(config, out.get(config.defaultLanguage().code()).items().values(), checked, options.asOf(),
                        loaded.incomplete(), diags, keptStatuses)
                : List.of();
        return out;
    }

    /** Of what another language's resolve reported, only what is in its own translation files, in order. */
    private static Diagnostics translationFiles(Diagnostics found, Map<Key, dev.briefing.model.Translation> translations) {
        Set<String> files = new HashSet<>();
        translations.values().forEach(t -> files.add(t.path()));
        List<Diagnostic> mine = found.sorted().stream().filter(d -> files.contains(d.pos().path())).toList();
        Diagnostics out = new Diagnostics();
        out.addSorted(mine, mine.stream().anyMatch(Diagnostic::isError));
        return out;
    }

    /**
     * One language's resolution: its site as loaded in the language, what the resolver made of it (null when it
     * could not), and what it reported that the build reports.
     */
    private record Resolution(LoadedSite in, ResolvedSite site, Diagnostics reported) {
        /**
         * Whether the resolver would be given the same site again: the same item objects (none was reloaded or
         * merged again), the same static files, and the same items translated. The settings are the same
         * while a previous resolution is reused at all (an edit of site.yaml resolves everything again).
         */
        boolean sameInput(LoadedSite next) {
            return same(in.items(), next.items()) && same(in.unbound(), next.unbound()) && in.statics().equals(next.statics())
                    && in.incomplete().equals(next.incomplete()) && in.localization().equals(next.localization());
        }

        private static boolean same(List<dev.briefing.model.Item> a, List<dev.briefing.model.Item> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
            return true;
        }
    }

    /** The search index of every language, each in its own folder. */
    private Map<String, byte[]> searchIndexes(java.util.Collection<ResolvedSite> languages, Map<String, Messages> messages) {
        Map<String, byte[]> out = new TreeMap<>();
        for (ResolvedSite s : languages) {
            out.putAll(SearchIndex.files(s, new Views(s, markdown, messages.get(s.config().language()), s.urls().local("/search/"))));
        }
        return out;
    }

    /**
     * A draft's or later brief's own problems (its fields, its text, placeholders that `new` wrote)
     * as notes: shown to the editor, but in the way of neither the build nor --strict, since
     * nothing of it is published (its links are checked likewise, by the resolver).
     */
    private FileResult unpublishedAsNotes(FileResult r) {
        if (r.diagnostics().isEmpty()) return r;
        List<dev.briefing.model.Item> mine = new ArrayList<>(r.items());
        mine.addAll(r.unbound());
        String why = dev.briefing.resolve.Unpublished.whyNot(mine, options.asOf(), options.drafts());
        if (why == null) return r;
        List<Diagnostic> notes = r.diagnostics().stream().map(d -> d.pos().path().equals(r.path()) ? d.unpublished(why) : d)
                .sorted(Diagnostic.ORDER).toList();
        return new FileResult(r.path(), r.file(), r.items(), r.unbound(), notes, notes.stream().anyMatch(Diagnostic::isError),
                r.atOwnPath(), r.lost(), r.translations());
    }

    /** The keys a loaded file holds, as items or as translations of items. */
    private static void touched(FileResult file, Set<Key> keys) {
        file.items().forEach(i -> keys.add(i.key()));
        file.translations().forEach(t -> keys.add(t.key()));
    }

    /** The last snapshot, or null before the first build. */
    public Snapshot current() {
        return current;
    }

    public Options options() {
        return options;
    }

    /** Whether the last build rendered its pages: it had no error that blocks them (a placeholder does not). */
    private boolean lastOk() {
        return current != null && !current.blocked();
    }

    private Map<String, byte[]> unchanged() {
        return current == null ? Map.of() : current.madeFiles();
    }

    /** A diagnostic's source line: content as loaded, templates as the theme reads them. */
    private Function<Diagnostic, String> sourceLines(LoadedSite loaded) {
        return d -> {
            SourceFile f = loaded == null ? null : loaded.sources().get(d.pos().path());
            if (f == null) f = Theme.text(options.source(), d.pos().path()).map(text -> new SourceFile(d.pos().path(), text)).orElse(null);
            return f == null ? null : f.line(d.pos().line());
        };
    }

    /** The changed files, by what they are; empty when a change cannot be placed and everything must be reloaded. */
    private record Placed(Set<String> content, List<String> templates) {
    }

    /**
     * Sorts changed paths into content files and templates. A folder that was removed stands for
     * every file that was under it; a path that is now a folder (its files may have come before
     * it was watched), or anything else that is neither a file nor gone, cannot be placed.
     */
    private Optional<Placed> place(Set<String> paths) {
        Set<String> content = new TreeSet<>();
        List<String> templates = new java.util.ArrayList<>();
        for (String p : paths) {
            Path file = options.source().resolve(p);
            if (p.startsWith("templates/") || p.equals("templates")) {
                if (Files.isDirectory(file)) return Optional.empty();
                templates.add(p);
                continue;
            }
            if (!p.startsWith("content/")) return Optional.empty();
            // '0' follows '/': the files under folder p, found in the sorted map without a scan.
            List<String> under = List.copyOf(files.subMap(p + "/", p + "0").keySet());
            if (Files.isDirectory(file)) return Optional.empty();
            if (!under.isEmpty()) content.addAll(under);
            else if (files.containsKey(p) || Files.isRegularFile(file)) content.add(p);
            else if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            // else: a file that came and went within the batch (an editor's temporary file): no change.
        }
        return Optional.of(new Placed(content, templates));
    }

    /** The page a card or handout is made with ("briefs/x/card.png" gives "briefs/x/index.html"), if it is one. */
    private static Optional<String> companionOf(String path) {
        for (String name : RenderAndCheck.MADE_WITH_PAGE) {
            if (path.equals(name) || path.endsWith("/" + name)) return Optional.of(path.substring(0, path.length() - name.length()) + "index.html");
        }
        return Optional.empty();
    }

    static boolean isSitemap(String outputPath) {
        return outputPath.equals(SITEMAP) || outputPath.startsWith(SITEMAPS);
    }

    private static Map<String, PageJob> lists(List<PageJob> jobs) {
        Map<String, PageJob> out = new HashMap<>();
        for (PageJob j : jobs) if (j.list() != null) out.put(j.path(), j);
        return out;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** Counts the pages made, for the progress line and the build's result. */
    private final class Pages {
        private final int total;
        private final Set<String> rendered;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();

        Pages(int total, Set<String> rendered) {
            this.total = total;
            this.rendered = rendered;
        }

        void made(String outputPath) {
            // Pages are the only HTML files made (the extras are feeds, data, assets).
            if (!outputPath.endsWith(".html")) return;
            rendered.add(Urls.sitePath(outputPath));
            progress.pages(done.incrementAndGet(), total);
        }

        Set<String> rendered() {
            return rendered;
        }
    }
}
