package dev.briefing.engine;

import dev.briefing.check.ContentLinks;
import dev.briefing.check.LinkGate;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Messages;
import dev.briefing.model.SiteConfig;
import dev.briefing.model.StaticFile;
import dev.briefing.output.OutputPaths;
import dev.briefing.render.Alternates;
import dev.briefing.render.Assets;
import dev.briefing.render.Cap;
import dev.briefing.render.Cards;
import dev.briefing.render.Embed;
import dev.briefing.render.Feeds;
import dev.briefing.render.Handouts;
import dev.briefing.util.OutputCache;
import dev.briefing.render.LandscapeData;
import dev.briefing.render.PageJob;
import dev.briefing.render.PageRenderer;
import dev.briefing.render.SearchIndex;
import dev.briefing.render.Theme;
import dev.briefing.render.Views;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.Parallel;
import dev.briefing.util.UrlPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import dev.briefing.model.Item;
import dev.briefing.model.LoadedSite;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The render-and-check stage, one code path for {@code build}, {@code check} and the preview:
 * renders pages through the theme and hands each output file on with the links the gate keeps of
 * it; then checks the output as a whole (collisions with static files, broken links and anchors,
 * unreachable pages). The preview renders only the pages an edit affects and keeps the links of
 * the others, so its diagnostics are the build's.
 */
public final class RenderAndCheck {
    /**
     * Files made with a page, beside it (its share card and handout): an incremental build drops
     * those its page no longer makes, as it drops pages no longer planned.
     */
    public static final List<String> MADE_WITH_PAGE = List.of(Cards.FILE, Handouts.FILE);

    /**
     * The files the build makes beside a page (its share card and handout, an advisory's CAP alert), at the
     * top (robots.txt, the site's card; the sitemap is sitemap.xml or sitemap-N.xml) and the folders it makes
     * whole: feeds, the landscape data, assets, the search index and the embedded notice.
     */
    private static final Set<String> MADE_NAMES = Set.of(Cards.FILE, Handouts.FILE, "cap.xml", name(Cap.FEED), "robots.txt",
            name(Cards.SITE_CARD));
    private static final List<String> MADE_FOLDERS = List.of(folder(Feeds.CORRECTIONS), folder(LandscapeData.DIR), "assets/",
            folder(SearchIndex.DIR), folder(Embed.SCRIPT));

    private static String name(String sitePath) {
        return sitePath.substring(sitePath.lastIndexOf('/') + 1);
    }

    /** The top folder of a site path: "feeds/" for /feeds/corrections.xml. */
    private static String folder(String sitePath) {
        return sitePath.substring(1, sitePath.indexOf('/', 1) + 1);
    }

    /**
     * One output file: its bytes, the links the gate keeps of it (null for files it does not read), and the cache entry
     * it is (a share card's; else null). Its bytes are null only for a file the output folder holds already, which a
     * render asked to {@code keep} cache entries there was told it does.
     */
    public record Output(String path, byte[] bytes, LinkGate.PageLinks links, String key) {
        public Output(String path, byte[] bytes, LinkGate.PageLinks links) {
            this(path, bytes, links, null);
        }
    }

    /**
     * What else to produce beside the pages; DATA is the landscape as JSON under /data/ ({@code LandscapeData});
     * ADVISORIES the advisories for other sites and alerting systems: CAP alerts and their feed ({@code Cap}),
     * and the embeddable notice /embed/advisory.js in each language ({@code Embed}).
     */
    public enum Extra { SEARCH_INDEX, FEEDS, SITEMAP, ASSETS, DATA, ADVISORIES }

    /** The site in its default language, whose files every language shares (assets, data, sitemap). */
    private final ResolvedSite site;
    /** Each language's site with what its pages share, the default language's first. */
    private final List<Views.Shared> languages;
    private final Theme theme;
    private final Assets assets;
    private final PageRenderer renderer;
    private final LinkGate gate;
    private final Handouts handouts;
    private final Cards cards;
    private final boolean cardsOnRequest;
    /** The versions of each page in the site's languages, from the plan {@link #prepare} was given. */
    private Alternates alternates = Alternates.NONE;

    /**
     * @param sites    the site in each of its languages, the default first (one for a site in one language)
     * @param messages the theme's words in each language, by code
     * @param cache    where handouts and share cards are kept between builds, by a hash of their input
     * @param cardsOnRequest whether pages' share cards are kept as their text, drawn when asked for (the preview's:
     *                 {@link Cards#pageOnRequest})
     */
    public RenderAndCheck(List<ResolvedSite> sites, Theme theme, MarkdownEngine markdown, Map<String, Messages> messages,
            OutputCache cache, boolean cardsOnRequest) {
        this.site = sites.get(0);
        this.theme = theme;
        this.assets = new Assets(theme);
        // What each language's pages share, made for the languages at once (an ordered parallel stream keeps their order).
        this.languages = sites.parallelStream().map(s -> new Views.Shared(s, markdown, messages.get(s.config().language()))).toList();
        this.renderer = new PageRenderer(theme, markdown, assets, languages);
        SiteConfig config = site.config();
        this.gate = new LinkGate(config.baseUrl(), () -> new ContentLinks(sites));
        this.handouts = new Handouts(theme, cache);
        this.cards = new Cards(cache);
        this.cardsOnRequest = cardsOnRequest;
    }

    /** The language whose pages live at a site path: the one whose folder holds it, else the default. */
    private Views.Shared languageOf(String path) {
        for (int i = 1; i < languages.size(); i++) {
            if (path.startsWith(languages.get(i).site().urls().local("/"))) return languages.get(i);
        }
        return languages.get(0);
    }

    /**
     * The item whose handout the page at this site path makes, in the first language that has one there (the
     * default language's page for an item not translated), or null: its page job makes the handout first, to
     * link it with its size.
     */
    private Item handoutItem(String page) {
        for (Views.Shared language : languages) {
            Item item = Handouts.item(language.site(), page);
            if (item != null) return item;
        }
        return null;
    }

    /** The versions of each page in the site's languages (after {@link #prepare}). */
    public Alternates alternates() {
        return alternates;
    }

    /**
     * Loads every template the jobs use, reporting each that fails once; false if any did.
     *
     * @param known the versions of each page, when known already: those of a plan of the same pages in the same
     *              languages (the preview's edit that adds or removes no page); null to find them
     */
    public boolean prepare(List<PageJob> jobs, Alternates known, Diagnostics diags) {
        alternates = known != null ? known : Alternates.of(languages.stream().map(Views.Shared::site).toList(), jobs);
        return renderer.prepare(jobs, diags);
    }

    /**
     * Renders the jobs that {@code which} accepts and the extras, all in one pool of work on every
     * core, longest first (the search index and listing pages start at once, the many short item
     * pages fill the cores around them). Hands each file to {@code sink} (thread-safe) as soon as
     * it is made. Call {@link #prepare} first.
     */
    public void render(List<PageJob> jobs, Predicate<PageJob> which, Set<Extra> extras, Diagnostics diags,
            java.util.function.Consumer<Output> sink) {
        render(jobs, which, extras, diags, null, sink);
    }

    /**
     * As {@link #render(List, Predicate, Set, Diagnostics, java.util.function.Consumer)}, asking {@code kept} (output path,
     * cache key) whether the output folder holds a page's share card already: such a card is neither read from the cache
     * nor drawn, and goes to the sink without its bytes.
     *
     * @param kept whether the output folder holds the cache entry at the path, counting it as made if so; null for none
     */
    public void render(List<PageJob> jobs, Predicate<PageJob> which, Set<Extra> extras, Diagnostics diags,
            BiPredicate<String, String> kept, java.util.function.Consumer<Output> sink) {
        BiConsumer<String, byte[]> file = (path, bytes) -> sink.accept(new Output(path, bytes, gate.links(path, bytes).orElse(null)));
        BiConsumer<String, Cards.Entry> card = (path, entry) -> sink.accept(kept != null && kept.test(path, entry.key())
                ? new Output(path, null, null, entry.key()) : new Output(path, entry.bytes().get(), null, entry.key()));
        List<Runnable> work = new ArrayList<>();
        for (Views.Shared language : languages) {
            ResolvedSite in = language.site();
            if (extras.contains(Extra.SEARCH_INDEX)) {
                work.add(() -> SearchIndex.files(in, new Views(language, in.urls().local("/search/"))).forEach(file));
            }
            if (extras.contains(Extra.FEEDS)) work.add(() -> Feeds.feeds(in, theme, language.messages(), diags).forEach(file));
        }
        if (extras.contains(Extra.SITEMAP)) {
            // Sorted in the task, beside the others, not before any starts.
            work.add(() -> Feeds.sitemaps(site, theme, jobs.stream().map(PageJob::path).sorted().toList(), alternates, diags)
                    .forEach(file));
        }
        if (extras.contains(Extra.ASSETS)) {
            work.add(() -> assets.files().forEach(file));
            work.add(() -> card.accept(Cards.SITE_CARD.substring(1), cards.siteEntry(site, languages.get(0).messages())));
        }
        if (extras.contains(Extra.DATA)) work.add(() -> LandscapeData.files(site).forEach(file));
        if (extras.contains(Extra.ADVISORIES)) {
            work.add(() -> Cap.files(languages, theme, diags).forEach(file));
            work.add(() -> Embed.files(languages, theme).forEach(file));
        }
        // Each handout is a task of its own, ahead of every page, and the pages that link one (with its size) come
        // last: an uncached PDF (about 150 ms, its library still cold) is then made on one core while the other
        // renders pages, instead of holding up the end of the build. Measured with bench/handouts.sh: a first
        // render added 188 ms (median) and 272-310 ms (p95) made inside its page's job, 144-166 and 233-247 ms so.
        List<PageJob> chosen = jobs.stream().filter(which).sorted(Comparator.comparing((PageJob j) -> !j.listing())).toList();
        Map<String, CompletableFuture<Optional<byte[]>>> pdfs = new java.util.HashMap<>();
        List<Runnable> linking = new ArrayList<>();
        // Looked up on every core: a look-up per page and language (40,000 at 10,000 bilingual briefs) before any page starts.
        List<Item> handoutItems = Parallel.map(chosen, job -> handoutItem(job.path()));
        for (int n = 0; n < chosen.size(); n++) {
            PageJob job = chosen.get(n);
            Item item = handoutItems.get(n);
            if (item == null) continue;
            CompletableFuture<Optional<byte[]>> pdf = new CompletableFuture<>();
            pdfs.put(job.path(), pdf);
            work.add(() -> {
                try {
                    pdf.complete(handouts.make(languageOf(job.path()), item, diags));
                } catch (RuntimeException | Error e) {
                    pdf.completeExceptionally(e); // its page, waiting on another thread, must not wait for ever
                    throw e;
                }
            });
        }
        // A page job waits for its handout, whose task is earlier in the list and so already taken by a thread.
        for (PageJob job : chosen) {
            Runnable page = () -> renderer.render(languageOf(job.path()), job, alternates, handout(job, pdfs.get(job.path()), file, card), diags)
                    .ifPresent(html -> {
                        String path = Urls.outputFile(job.path());
                        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                        sink.accept(new Output(path, bytes, gate.pageLinks(path, bytes)));
                    });
            if (pdfs.containsKey(job.path())) linking.add(page);
            else work.add(page);
        }
        work.addAll(linking);
        Parallel.forEach(work, Runnable::run);
        renderer.reportFailures(diags);
    }

    /**
     * What a page is shared and printed as, made (or taken from the cache) and handed to {@code file}
     * before the page: its share card when it has one of its own, and the handout of its item, if
     * it has one, which the page links with its size (the model entry "handout").
     *
     * @param made the handout, as its own task makes it (empty when it cannot be published), or null for none
     */
    private Map<String, Object> handout(PageJob job, CompletableFuture<Optional<byte[]>> made,
            BiConsumer<String, byte[]> file, BiConsumer<String, Cards.Entry> card) {
        Views.Shared language = languageOf(job.path());
        if (language.hasCard(job.path())) {
            Optional<Item> shown = language.cardItem(job.path());
            String path = Urls.outputFile(job.path() + Cards.FILE);
            if (cardsOnRequest) file.accept(path, cards.pageOnRequest(language.site(), language.messages(), shown, job.title()));
            else card.accept(path, cards.entry(language.site(), language.messages(), shown, job.title()));
        }
        if (made == null) return Map.of();
        Optional<byte[]> pdf = made.join();
        pdf.ifPresent(bytes -> file.accept(Urls.outputFile(job.path() + Handouts.FILE), bytes));
        return pdf.<Map<String, Object>>map(bytes -> Map.of("handout", Handouts.Link.of(Handouts.FILE, bytes.length))).orElse(Map.of());
    }

    /**
     * When errors in content stop the build before it renders: the links written in content to files
     * that are neither static nor made by the build (LinkGate#checkFileLinks), so they are not hidden
     * until the other errors are fixed.
     *
     * @param sites the site in each of its languages, the default first
     */
    public static void checkFileLinks(List<ResolvedSite> sites, List<StaticFile> statics, Diagnostics diags) {
        Set<String> staticPaths = statics.stream().map(StaticFile::outputPath).collect(Collectors.toSet());
        List<String> languageFolders = sites.stream().skip(1).map(s -> s.urls().local("/").substring(1)).toList();
        LinkGate.checkFileLinks(new ContentLinks(sites), staticPaths, file -> mayBeMade(file, languageFolders), diags);
    }

    /**
     * The links to files written in items that are not rendered, checked as a published page's are
     * ({@link LinkGate#checkFileLink}): the gate never sees them. Drafts and briefs dated later: a broken
     * link went unreported until the day it was published (walkthrough 4 of issue 26); notes, as the rest
     * of their problems are, which stop neither the build nor --strict. Items whose front matter or entry
     * did not bind ({@link LoadedSite#unbound}): a broken link was hidden behind that error until it was
     * fixed (walkthrough 8); reported as a published item's, since the item is meant to be published.
     *
     * @param sites the site in each of its languages, the default first (their folders are not static files)
     */
    public static void checkUnrenderedFileLinks(LoadedSite loaded, List<ResolvedSite> sites, java.time.LocalDate asOf,
            boolean drafts, Diagnostics diags) {
        // Runs at every rebuild of the preview: the static files' paths are gathered only once an unpublished item is found.
        Set<String> staticPaths = null;
        List<String> languageFolders = sites.stream().skip(1).map(s -> s.urls().local("/").substring(1)).toList();
        for (List<Item> items : List.of(loaded.items(), loaded.unbound())) {
            boolean bound = items == loaded.items();
            for (Item item : items) {
                String why = dev.briefing.resolve.Unpublished.whyNot(List.of(item), asOf, drafts);
                if (why == null && bound) continue;
                if (staticPaths == null) staticPaths = loaded.statics().stream().map(StaticFile::outputPath).collect(Collectors.toSet());
                String page = Urls.outputFile(Urls.pageOf(item.key()));
                Diagnostics found = new Diagnostics();
                for (dev.briefing.markdown.MarkdownDoc doc : item.markdown().values()) {
                    for (List<dev.briefing.markdown.LinkRef> refs : List.of(doc.links(), doc.images())) {
                        for (dev.briefing.markdown.LinkRef l : refs) {
                            String dest = l.original();
                            // Fragments and links to .md files are the resolver's (BRF039); other sites' are not checked.
                            if (dest == null || dest.isEmpty() || dest.startsWith("#") || UrlPolicy.isExternal(dest)) continue;
                            String target = Urls.resolve("/" + page, dest);
                            if (target == null) continue;
                            LinkGate.checkFileLink(page, Urls.decodePath(target), l.pos(), staticPaths,
                                    file -> mayBeMade(file, languageFolders), found);
                        }
                    }
                }
                found.sorted().forEach(d -> diags.add(why == null ? d : d.unpublished(why)));
            }
        }
    }

    /** Whether the build may make this output file itself, in any language's folder (see {@link #MADE_NAMES}). */
    static boolean mayBeMade(String file, List<String> languageFolders) {
        String path = languageFolders.stream().filter(file::startsWith).findFirst().map(l -> file.substring(l.length())).orElse(file);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return MADE_NAMES.contains(name) || MADE_FOLDERS.stream().anyMatch(path::startsWith)
                || path.equals(name) && name.startsWith("sitemap") && name.endsWith(".xml");
    }

    /**
     * Checks the output as a whole: no generated file may collide with a static one, and the
     * link gate over every page's links.
     *
     * @param links   the links of every output file the gate reads, by output path
     * @param outputs every output file's path, in a hashed set (every link of every page is looked up in it)
     */
    public void check(Map<String, LinkGate.PageLinks> links, Set<String> outputs, List<StaticFile> statics,
            Diagnostics diags) {
        check(links, outputs, statics, diags, null);
    }

    /**
     * Whether the links on these pages (output paths, their links in {@code links}) all lead to
     * one of {@code outputs} or the static files, as the check judges each page: the preview's
     * test of the pages open in a browser before it serves them ahead of the whole check.
     */
    public boolean linksResolve(Collection<String> paths, Map<String, LinkGate.PageLinks> links, Set<String> outputs,
            List<StaticFile> statics) {
        Set<String> staticPaths = statics.stream().map(StaticFile::outputPath).collect(Collectors.toSet());
        return paths.stream().filter(links::containsKey).allMatch(p -> gate.resolves(p, links, outputs, staticPaths));
    }

    /**
     * The same check after an edit (the preview): the gate reuses what it found last time for every
     * page whose links did not change, and reports exactly what a check from scratch reports.
     *
     * @param previous what the last check found, or null
     */
    public LinkGate.Findings check(Map<String, LinkGate.PageLinks> links, Set<String> outputs,
            List<StaticFile> statics, Diagnostics diags, LinkGate.Findings previous) {
        Set<String> staticPaths = statics.stream().map(StaticFile::outputPath).collect(Collectors.toSet());
        LinkGate.Findings found = gate.check(links, outputs, staticPaths, diags, previous);
        // After an error-free check of the same files (the gate then keeps their set), no
        // generated file can collide with a static one.
        if (previous == null || found.files() != previous.files()) OutputPaths.check(outputs, statics, diags);
        return found;
    }
}
