package dev.briefing.serve;

import dev.briefing.RenderAndCheck;
import dev.briefing.Timings;
import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import dev.briefing.render.Feeds;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview's incremental build. It keeps every file's load result and every rendered page in
 * memory; an edit reloads only the changed files, re-resolves (one linear pass) and re-renders
 * only the pages the edit can affect: the changed items' own pages, the pages of everything they
 * link to or are linked from (before and after the edit), and the listings that show them.
 * A template change re-renders the pages that use that template (all pages for the shared layout).
 *
 * <p>Pages open in a browser are rendered first, and the caller told, so they can reload while the
 * rest (a 1.5 MB matrix, say) renders and the gate checks the whole: as Hugo's fast render does,
 * but every affected page is still made and checked before the rebuild returns. Rebuilds hold this
 * object's lock; serving a page does not, so a reloading browser is answered during a rebuild.
 */
public final class Preview {
    private final Path source;
    private final LocalDate asOf;
    private final boolean drafts;
    private final boolean strict;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final ContentLoader loader;
    /** Every content file's load result, in path order (the order the loader assembles them in). */
    private final java.util.NavigableMap<String, FileResult> files = new java.util.TreeMap<>();
    private volatile Theme theme;
    private ResolvedSite site;
    private static final String SEARCH_INDEX = "search/index/";
    private static final String SITEMAP = "sitemap.xml";
    private static final String SITEMAPS = "sitemaps/";
    /** Read without the lock by the server while a rebuild writes it. */
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    /** The links the gate keeps of every page in {@link #pages}, kept up to date with them. */
    private final Map<String, LinkGate.PageLinks> links = new HashMap<>();
    /** What the gate found at the last rebuild, so the next one rechecks only what an edit changed. */
    private LinkGate.Findings findings;
    /** The pages of lists at the last good rebuild, by site path: what each showed, and its title. */
    private Map<String, PageJob> lists = Map.of();
    /** The paths of the last plan's pages, in plan order: when a plan has the same, no page went away. */
    private List<String> planned = List.of();
    private volatile boolean searchStale;
    /** The site's pages for the sitemap, when it is to be rebuilt on its next request; else null. */
    private volatile List<String> sitemapPages;
    private volatile List<Diagnostic> diagnostics = List.of();
    /** Whether {@link #diagnostics} has no error: asked twice per edit, and a site may have tens of thousands of warnings. */
    private boolean ok = true;
    private volatile LoadedSite loaded;
    /** Wall time per stage of the rebuilds since the first build. */
    private Timings timings = new Timings();

    /**
     * What one rebuild did, for the terminal.
     *
     * @param viewedMillis when the pages open in a browser were ready (the caller was told), or -1 if
     *                     they were not rendered ahead of the rest
     */
    public record Rebuild(Set<String> changed, Set<String> rendered, long millis, long viewedMillis, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    public Preview(Path source, LocalDate asOf, boolean drafts) {
        this(source, asOf, drafts, Map.of());
    }

    /** @param settings site.yaml settings given at start, overriding the file (see {@code SiteConfig.OVERRIDABLE}) */
    public Preview(Path source, LocalDate asOf, boolean drafts, Map<String, String> settings) {
        this(source, asOf, drafts, settings, false);
    }

    /** @param strict warnings count as errors, as with build --strict: the preview shows them instead of pages */
    public Preview(Path source, LocalDate asOf, boolean drafts, Map<String, String> settings, boolean strict) {
        this.strict = strict;
        this.source = source;
        this.asOf = asOf;
        this.drafts = drafts;
        this.loader = new ContentLoader(markdown, settings);
    }

    /** The first, full build. */
    public synchronized Rebuild buildAll() {
        long start = System.nanoTime();
        files.clear();
        Diagnostics diags = new Diagnostics();
        for (String path : loader.listFiles(source, diags)) files.put(path, loader.loadFile(source, path));
        theme = new Theme(source);
        Rebuild first = finish(Set.of("(all)"), null, diags, start, Set.of(), null);
        timings = new Timings();
        return first;
    }

    /**
     * Rebuilds after the given source-relative paths changed (created, modified or deleted).
     */
    public Rebuild rebuild(Collection<String> changedPaths) {
        return rebuild(changedPaths, Set.of(), null);
    }

    /**
     * The same, rendering the {@code viewed} pages (site paths, such as "/briefs/a/") first when the
     * edit affects them and others: {@code viewedReady} runs as soon as they are served, unless
     * the edit has errors so far. It runs on this thread, under this object's lock.
     */
    public synchronized Rebuild rebuild(Collection<String> changedPaths, Set<String> viewed, Runnable viewedReady) {
        long start = System.nanoTime();
        timings.lap("idle");
        Diagnostics diags = new Diagnostics();
        // Editors' temporary files come and go within one batch; they are not changes. A folder
        // that was renamed or deleted stands for every file that was under it.
        Set<String> changed = new java.util.TreeSet<>();
        for (String p : changedPaths) {
            // '0' follows '/': the files under folder p, found in the sorted map without a scan.
            List<String> under = List.copyOf(files.subMap(p + "/", p + "0").keySet());
            if (!under.isEmpty() && !Files.isDirectory(source.resolve(p))) changed.addAll(under);
            else if (files.containsKey(p) || Files.isRegularFile(source.resolve(p)) || p.startsWith("templates/")) {
                changed.add(p);
            }
        }
        List<String> templates = changed.stream().filter(p -> p.startsWith("templates/")).toList();
        Set<Key> touched = new HashSet<>();
        for (String path : changed) {
            if (!path.startsWith("content/")) continue;
            FileResult before = files.remove(path);
            if (before != null) before.items().forEach(i -> touched.add(i.key()));
            if (Files.isRegularFile(source.resolve(path))) {
                FileResult after = loader.loadFile(source, path);
                files.put(path, after);
                after.items().forEach(i -> touched.add(i.key()));
            }
        }
        if (!templates.isEmpty()) theme = new Theme(source);
        Affected affected = new Affected(touched, templates, changed.contains("content/site.yaml") || site == null);
        timings.lap("reload");
        return finish(changed, affected, diags, start, viewed, viewedReady);
    }

    private Rebuild finish(Set<String> changed, Affected affected, Diagnostics diags, long start, Set<String> viewed,
            Runnable viewedReady) {
        long viewedMillis = -1;
        loaded = loader.assemble(source, files.values(), diags);
        timings.lap("assemble");
        // The last site, if the last rebuild was error-free and the settings stayed: the resolver
        // then re-resolves only the items that changed or link to something that did.
        ResolvedSite reusable = affected != null && !affected.everything() && site != null && diagnosticsOk() ? site : null;
        ResolvedSite next = new Resolver(asOf, drafts, diags).resolve(loaded, reusable);
        timings.lap("resolve");
        Set<String> rendered = new java.util.concurrent.ConcurrentSkipListSet<>();
        if (next != null && !diags.hasErrors()) {
            List<PageJob> jobs = SitePlan.pages(next);
            Set<String> wanted = affected == null || site == null || !diagnosticsOk()
                    ? null : affected.pages(site, next, jobs, lists);
            // The same render-and-check stage as the build, over only the pages the edit affects.
            RenderAndCheck stage = new RenderAndCheck(next, theme, markdown);
            Map<String, RenderAndCheck.Output> fresh = new ConcurrentHashMap<>();
            List<String> plan = jobs.stream().map(PageJob::path).toList();
            // The same pages as last time (most edits): every one is in memory, and none went away.
            boolean samePlan = wanted != null && plan.equals(planned);
            // The home page is re-rendered exactly when an edit changed what other pages show of
            // an item (or added or removed one): then feeds, sitemap and search index may change too.
            boolean listings = wanted == null || wanted.contains("/");
            Set<RenderAndCheck.Extra> extras = listings || wanted.contains("/corrections/")
                    ? EnumSet.of(RenderAndCheck.Extra.ASSETS, RenderAndCheck.Extra.FEEDS) : EnumSet.of(RenderAndCheck.Extra.ASSETS);
            // The data holds the entities and what refers to them: an edit of a brief or page changes
            // it only when that item came, went or links to other things than before.
            if (wanted == null || affected.dataChanged(site, next)) extras.add(RenderAndCheck.Extra.DATA);
            // A full render (the first, after an error, after a template change) writes the sitemap
            // too, so a mistake in sitemap.ftlx is reported as the build reports it; after that it is
            // made again only when asked for, from the same template.
            if (wanted == null) extras.add(RenderAndCheck.Extra.SITEMAP);
            timings.lap("plan");
            java.util.function.Consumer<RenderAndCheck.Output> sink = o -> {
                fresh.put(o.path(), o);
                // Pages are the only HTML files made (the extras are feeds, data, assets).
                if (o.path().endsWith(".html")) rendered.add(Urls.sitePath(o.path()));
            };
            // The open pages this edit changes, when it changes others too: rendered and served first.
            Set<String> first = new HashSet<>();
            if (viewedReady != null && wanted != null) for (String v : viewed) if (wanted.contains(v)) first.add(v);
            if (wanted != null && first.size() == wanted.size()) first.clear(); // nothing else to wait for
            if (stage.prepare(jobs, diags)) {
                if (!first.isEmpty()) {
                    stage.render(jobs, j -> first.contains(j.path()), EnumSet.noneOf(RenderAndCheck.Extra.class), diags, sink);
                    fresh.forEach((path, o) -> {
                        if (o.links() != null) links.put(path, o.links());
                    });
                    // Served early only if rendered without error and its links pass the gate's
                    // test (against the pages made so far: a link to a page this edit adds waits).
                    if (!diags.hasErrors() && stage.linksResolve(fresh.keySet(), links, pages.keySet(), loaded.statics())) {
                        fresh.forEach((path, o) -> pages.put(path, o.bytes()));
                        viewedMillis = (System.nanoTime() - start) / 1_000_000;
                        viewedReady.run();
                    }
                }
                stage.render(jobs, j -> !first.contains(j.path()) && (wanted == null || wanted.contains(j.path())
                        || (!samePlan && !pages.containsKey(Urls.outputFile(j.path())))), extras, diags, sink);
            }
            timings.lap("render");
            if (!diags.hasErrors()) {
                // Updated in place (under this object's lock, which page() also takes): copying every
                // page on every keystroke would cost more than rendering the one that changed.
                if (wanted == null) {
                    // Not cleared first: the server may be answering from this map meanwhile.
                    pages.keySet().retainAll(fresh.keySet());
                    links.clear();
                }
                // Pages that are no longer made go; when the plan is the same, none did (most edits).
                if (!samePlan) {
                    Set<String> live = new HashSet<>();
                    jobs.forEach(j -> live.add(Urls.outputFile(j.path())));
                    pages.keySet().removeIf(p -> p.endsWith(".html") && !live.contains(p));
                    links.keySet().removeIf(p -> p.endsWith(".html") && !live.contains(p));
                }
                planned = plan;
                fresh.forEach((path, o) -> {
                    pages.put(path, o.bytes());
                    if (o.links() != null) links.put(path, o.links());
                });
                site = next;
                lists = lists(jobs);
                searchStale |= listings || affected == null || !affected.keys().isEmpty();
                sitemapPages = listings && wanted != null ? jobs.stream().map(PageJob::path).sorted().toList() : null;
                if (sitemapPages != null) {
                    // Out of date until asked for again: neither served nor checked as it was.
                    pages.keySet().removeIf(Preview::isSitemap);
                    links.keySet().removeIf(Preview::isSitemap);
                }
                // The gate over what the build would write: the links of the pages just rendered
                // and of those kept from before, so the preview refuses what the build refuses.
                timings.lap("store");
                findings = stage.check(links, pages.keySet(), loaded.statics(), diags, wanted == null ? null : findings);
            }
        }
        timings.lap("check");
        diagnostics = strict ? diags.sorted().stream().map(d -> d.withSeverity(dev.briefing.diag.Severity.ERROR)).toList()
                : diags.sorted();
        ok = strict ? diagnostics.isEmpty() : !diags.hasErrors();
        timings.lap("diagnostics");
        return new Rebuild(changed, rendered, (System.nanoTime() - start) / 1_000_000, viewedMillis, diagnostics);
    }

    private static Map<String, PageJob> lists(List<PageJob> jobs) {
        Map<String, PageJob> out = new HashMap<>();
        for (PageJob j : jobs) if (j.list() != null) out.put(j.path(), j);
        return out;
    }

    private boolean diagnosticsOk() {
        return ok;
    }

    /**
     * The current page at an output path, or null; answered during a rebuild, from what is made so
     * far. The search index and the sitemap are rebuilt only when asked for after listings
     * changed: each covers every page, and a preview rarely needs them.
     */
    public byte[] page(String outputPath) {
        if ((searchStale && outputPath.startsWith(SEARCH_INDEX)) || (sitemapPages != null && isSitemap(outputPath))) {
            return stalePage(outputPath);
        }
        return pages.get(outputPath);
    }

    private synchronized byte[] stalePage(String outputPath) {
        if (searchStale && site != null && outputPath.startsWith(SEARCH_INDEX)) {
            pages.keySet().removeIf(p -> p.startsWith(SEARCH_INDEX));
            pages.putAll(SearchIndex.files(site, new Views(site, markdown, "/search/")));
            searchStale = false;
        }
        if (sitemapPages != null && site != null && isSitemap(outputPath)) {
            pages.putAll(Feeds.sitemaps(site, theme, sitemapPages, new Diagnostics()));
            sitemapPages = null;
        }
        return pages.get(outputPath);
    }

    private static boolean isSitemap(String outputPath) {
        return outputPath.equals(SITEMAP) || outputPath.startsWith(SITEMAPS);
    }

    /** Every page as currently served (the search index and sitemap brought up to date first). */
    synchronized Map<String, byte[]> snapshot() {
        page(SEARCH_INDEX + "meta.json");
        page(SITEMAP);
        return new java.util.TreeMap<>(pages);
    }

    /** The last rebuild's diagnostics (the one before, while a rebuild runs). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public LoadedSite loaded() {
        return loaded;
    }

    /** The theme the site renders with (the preview's error page and warnings panel use it too). */
    public Theme theme() {
        return theme;
    }

    /** Wall time per rebuild stage, summed over every rebuild so far (for the preview benchmark). */
    public synchronized Timings timings() {
        return timings;
    }

    public Path source() {
        return source;
    }

    /** Which pages an edit can change. */
    private record Affected(Set<Key> keys, List<String> templates, boolean everything) {

        /**
         * Site paths of the pages to re-render, given the site before and after the edit, or null
         * for all of them. Templates and content may change in one batch (a pull, a checkout).
         */
        Set<String> pages(ResolvedSite before, ResolvedSite after, List<PageJob> jobs, Map<String, PageJob> lists) {
            if (everything) return null;
            Set<String> out = new HashSet<>();
            for (String t : templates) {
                // A template no page uses directly (layout, macros, stylesheet) shows on every page.
                if (jobs.stream().noneMatch(j -> ("templates/" + j.template()).equals(t))) return null;
                for (PageJob j : jobs) if (t.equals("templates/" + j.template())) out.add(j.path());
            }
            if (!Objects.equals(key(before.current()), key(after.current()))
                    || keys.stream().anyMatch(k -> k.kind() == Kind.ADVISORY || k.kind() == Kind.PAGE)) {
                return null; // the advisory banner or the footer's page list is on every page
            }
            Set<Key> shownElsewhere = new HashSet<>();
            for (Key k : keys) {
                out.add(Urls.pageOf(k));
                if (!changes(before, k).equals(changes(after, k))) out.add("/corrections/"); // its list of corrections
                if (onlyItsOwnPage(k, before, after)) continue;
                shownElsewhere.add(k);
                // Pages that count or pick items rather than list them: home (newest briefs, section
                // counts), the tag cloud, the matrix; and the corrections, which name their pages.
                out.addAll(List.of("/", "/tags/", "/matrix/", "/corrections/"));
                for (ResolvedSite s : List.of(before, after)) {
                    s.outgoing().getOrDefault(k, List.of()).forEach(n -> out.add(Urls.pageOf(n)));
                    s.incoming().getOrDefault(k, List.of()).forEach(n -> out.add(Urls.pageOf(n)));
                    s.references().getOrDefault(k, List.of()).forEach(n -> out.add(Urls.pageOf(n)));
                }
            }
            // A page of a list changes when it shows other items than before (an item came, went
            // or moved), when the list's page count or the page's title changed (a tag's name), or
            // when it shows an item whose title, summary or date changed; the other pages stay.
            for (PageJob j : jobs) {
                PageJob was = lists.get(j.path());
                if (j.list() == null && was == null) continue;
                boolean same = j.list() != null && was != null && j.list().equals(was.list()) && j.title().equals(was.title());
                if (!same || j.list().items().stream().anyMatch(shownElsewhere::contains)) out.add(j.path());
            }
            return out;
        }

        /**
         * True when the edit changed nothing that other pages show of the item (its title, summary,
         * dates, tags) nor what it links to or cites: typing in a brief's body re-renders that brief
         * alone. Any edit of a source counts, since every citing page prints its details.
         */
        private static boolean onlyItsOwnPage(Key k, ResolvedSite before, ResolvedSite after) {
            Item a = before.item(k);
            Item b = after.item(k);
            return a != null && b != null && k.kind() != Kind.SOURCE && a.title().equals(b.title()) && a.summary().equals(b.summary())
                    && Objects.equals(a.date(), b.date())
                    && Objects.equals(a.fields().date("updated"), b.fields().date("updated"))
                    && a.fields().words("tags").equals(b.fields().words("tags"))
                    && before.outgoing().getOrDefault(k, List.of()).equals(after.outgoing().getOrDefault(k, List.of()))
                    && before.references().getOrDefault(k, List.of()).equals(after.references().getOrDefault(k, List.of()));
        }

        /** Whether the published data (entities, and what links to or cites them) can differ after the edit. */
        boolean dataChanged(ResolvedSite before, ResolvedSite after) {
            if (everything || !templates.isEmpty()) return true;
            for (Key k : keys) {
                if (k.kind().isEntity() || (before.item(k) == null) != (after.item(k) == null)) return true;
                if (!before.outgoing().getOrDefault(k, List.of()).equals(after.outgoing().getOrDefault(k, List.of()))
                        || !before.references().getOrDefault(k, List.of()).equals(after.references().getOrDefault(k, List.of()))) {
                    return true;
                }
            }
            return false;
        }

        /** An item's change history (corrections are listed on /corrections/), empty when it is gone. */
        private static List<dev.briefing.yaml.Fields> changes(ResolvedSite site, Key k) {
            Item i = site.item(k);
            return i == null ? List.of() : i.fields().records("changes");
        }

        private static Key key(Item i) {
            return i == null ? null : i.key();
        }
    }
}
