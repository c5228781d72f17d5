package dev.briefing.check;

import dev.briefing.util.SharedMaps;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.Kind;
import dev.briefing.model.StaticFile;
import dev.briefing.resolve.Urls;
import dev.briefing.util.UrlPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check stage: the build checks its own output before it may replace the published site.
 * Every internal href and src in HTML, every url(...) and @import in CSS, and every site URL in
 * feeds and the sitemap, must name a generated file; every #fragment an id on its target page;
 * every page must be reachable from the home page. External links are not fetched (see
 * {@link ExternalLinks} for that).
 */
public final class LinkGate {
    /** Addresses in feeds, the sitemap, CAP alerts (their web page) and the embedded notice's data. */
    private static final String[] XML_MARKERS = {"href=\"", "<loc>", "<id>", "\"url\": \"", "<web>"};
    /**
     * The published data (data/*.json): only the addresses the build writes, each entry's page and
     * each file's schema. An entry's own "url" field is what it cites, external as in prose.
     */
    private static final String[] DATA_MARKERS = {"\"page\": \"", "\"$schema\": \""};
    /** url(x), url('x'), url("x") and @import 'x' / "x" in a stylesheet. */
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** The embeddable advisory notice, in each language's folder: its data name the site's pages as "url": "…" (render.Embed). */
    private static final String EMBED_SCRIPT = "embed/advisory.js";

    /** Page 2, 3, … of a paged list (render.Pager#path); not a brief or entry whose id is "page". */
    private static final Pattern LATER_LIST_PAGE = Pattern.compile(".*/page/[0-9]+/index\\.html");

    private final String baseUrl;
    /** The base URL's path with a final '/' ("/briefing/"), or null when it is the root: what site-absolute hrefs start with. */
    private final String basePath;
    /** Built the first time a broken link needs its source position: most checks find none. */
    private final java.util.function.Supplier<ContentLinks> source;
    private volatile ContentLinks sourceLinks;
    /** One shared copy of each link target: most pages repeat the same navigation links. */
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    /**
     * The target of each link that leads from the site's root whatever page it is on (an absolute path, or as many
     * "../" as its page is deep: the theme's links), or {@link #NOWHERE}: each worked out once, not on every page.
     */
    private final Map<String, String> fromRoot = new ConcurrentHashMap<>();
    /** What {@link #fromRoot} holds for a link that climbs above the site's root. */
    private static final String NOWHERE = new String("");

    public LinkGate(String baseUrl) {
        this(baseUrl, ContentLinks::none);
    }

    /**
     * Every link must name a file this build writes: a link into something published beside the
     * site by another tool (the handbook) cannot be checked, so it is not taken on trust either.
     *
     * @param source where content links were written, to report broken ones at their source
     */
    public LinkGate(String baseUrl, java.util.function.Supplier<ContentLinks> source) {
        this.baseUrl = baseUrl;
        String base = java.net.URI.create(baseUrl).getRawPath();
        this.basePath = base == null || base.isEmpty() || base.equals("/") ? null : base.endsWith("/") ? base : base + "/";
        this.source = source;
    }

    /** What the gate keeps of one output file: its ids and the site paths it links to. */
    public record PageLinks(Set<String> ids, List<String> targets) {
    }

    /** @param files every output file by relative path ('/'-separated, no leading slash) */
    public void check(Map<String, byte[]> files, Set<String> statics, Diagnostics diags) {
        Map<String, PageLinks> pages = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> links(e.getKey(), e.getValue())
                .ifPresent(l -> pages.put(e.getKey(), l)));
        check(pages, new HashSet<>(files.keySet()), statics, diags);
    }

    /**
     * The links of one output file (HTML, feed, sitemap), so a build can keep only these and
     * write the bytes out at once; empty for files the gate does not read.
     */
    public java.util.Optional<PageLinks> links(String path, byte[] bytes) {
        if (path.endsWith(".html")) return java.util.Optional.of(pageLinks(path, bytes));
        if (path.startsWith("data/") && path.endsWith(".json")) return java.util.Optional.of(feed(bytes, DATA_MARKERS));
        if (path.endsWith(".xml") || path.endsWith(".json") || path.endsWith(".atom") || path.endsWith(EMBED_SCRIPT)) {
            return java.util.Optional.of(feed(bytes, XML_MARKERS));
        }
        if (path.endsWith(".css")) return java.util.Optional.of(css(path, bytes));
        return java.util.Optional.empty();
    }

    /**
     * @param pages   the links of every HTML page, feed and sitemap, by output path
     * @param outputs every output file the build produces (relative paths), in a hashed set:
     *                every link of every page is looked up in it
     */
    public void check(Map<String, PageLinks> pages, Set<String> outputs, Set<String> statics, Diagnostics diags) {
        check(pages, outputs, statics, diags, null);
    }

    /**
     * What one check found, kept so the next check after an edit (the preview) can redo only what
     * the edit can change: the pages it re-rendered, unless files came or went or a page's ids or
     * links changed, when everything is checked again.
     */
    public record Findings(Set<String> files, List<String> paths, Map<String, PageLinks> pages,
            Map<String, List<Broken>> broken, Set<String> reached, List<String> unreached) {

        /** Whether the output of a build is the same set of files as when these were found. */
        boolean sameFiles(Set<String> outputs, Set<String> statics) {
            return files.size() == outputs.size() + statics.size() && files.containsAll(outputs) && files.containsAll(statics);
        }
    }

    /**
     * The same check, reusing {@code previous} (null: check everything) for each page whose
     * links are the same object as before. Reports exactly what a check from scratch reports.
     */
    public Findings check(Map<String, PageLinks> pages, Set<String> outputs, Set<String> statics, Diagnostics diags,
            Findings previous) {
        // The same files as last time (most edits in the preview): their set is kept, not copied again.
        boolean sameFiles = previous != null && previous.sameFiles(outputs, statics);
        Set<String> files = sameFiles ? previous.files() : new HashSet<>(outputs);
        if (!sameFiles) files.addAll(statics);
        // The same files: the same pages, already sorted.
        List<String> paths = sameFiles && previous.paths().size() == pages.size() ? previous.paths()
                : pages.keySet().stream().sorted().toList();
        List<String> edited = sameFiles ? paths.stream().filter(p -> previous.pages().get(p) != pages.get(p)).toList() : paths;
        // A page's own findings depend on the ids of the pages it links to: if any edited page's
        // ids changed, every page is checked again.
        boolean sameIds = sameFiles && edited.stream().allMatch(p -> previous.pages().get(p) != null
                && previous.pages().get(p).ids().equals(pages.get(p).ids()));
        boolean sameTargets = sameFiles && edited.stream().allMatch(p -> previous.pages().get(p) != null
                && previous.pages().get(p).targets().equals(pages.get(p).targets()));
        // The walk from the home page is one thread's work (0.1-0.2 s at 20,000 pages): on a thread of its own, beside
        // the pages' own checks, instead of after them with the other cores idle.
        CompletableFuture<Set<String>> walked = sameTargets ? CompletableFuture.completedFuture(previous.reached())
                : CompletableFuture.supplyAsync(() -> reached(pages, outputs));
        Map<String, List<Broken>> broken = new java.util.HashMap<>();
        List<String> recheck = sameIds ? edited : paths;
        // Pages are checked in parallel; their findings are then reported in path order.
        List<List<Broken>> fresh = dev.briefing.util.Parallel.map(recheck, path -> broken(path, pages, files::contains));
        if (sameIds) {
            for (String p : paths) broken.put(p, previous.broken().get(p));
        }
        for (int n = 0; n < recheck.size(); n++) broken.put(recheck.get(n), fresh.get(n));
        report(paths, broken, files, statics, diags);
        Set<String> reached = walked.join();
        // The same pages reached among the same files: the same pages not reached, found without a pass over every page.
        List<String> unreached = sameTargets && paths == previous.paths() ? previous.unreached()
                : paths.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html") && !reached.contains(p)).toList();
        unreached.forEach(p -> diags.error(Code.BRF063, Pos.file(p),
                        "page cannot be reached by following links from the home page",
                        LATER_LIST_PAGE.matcher(p).matches()
                                ? "a long list's template must link its pages: add <@m.pager pager/> as templates/briefs.ftlh does"
                                : "link to it from an index, a brief or the navigation"));
        // A hash map, not Map.copyOf, whose open addressing is slower to look up in: the next edit compares every page.
        return new Findings(files, paths, java.util.Collections.unmodifiableMap(new java.util.HashMap<>(pages)), broken, reached,
                unreached);
    }

    private void report(List<String> paths, Map<String, List<Broken>> found, Set<String> files, Set<String> statics,
            Diagnostics diags) {
        // A broken link in a template or the navigation is on every page: report it once.
        Map<String, List<String>> missing = new java.util.TreeMap<>();
        for (String path : paths) {
            for (Broken b : found.get(path)) {
                String on = b.written().isPresent() ? " (on " + path + ")" : "";
                Pos at = b.written().orElse(Pos.file(path));
                if (b.fragment() == null && b.written().isEmpty()) {
                    // A navigation link, however a page writes it (404.html from the root): the site path of its file.
                    String target = sourceLinks().navigation(b.target()).isPresent()
                            ? Urls.sitePath(Urls.outputFile(b.target())) : b.target();
                    missing.computeIfAbsent(target, t -> new java.util.ArrayList<>()).add(path);
                } else if (b.fragment() == null) {
                    diags.error(Code.BRF061, at, "links to " + b.target() + ", which the build does not produce" + on,
                            staticHint(b.target(), statics).orElseGet(() -> contentHint(b.target(), path, files)));
                } else {
                    diags.error(Code.BRF062, at, "links to " + b.target() + ", but " + Urls.outputFile(b.target())
                            + " has no element with id '" + b.fragment() + "'" + on);
                }
            }
        }
        missing.forEach((target, on) -> {
            Optional<Pos> menu = sourceLinks().navigation(target);
            if (menu.isPresent()) {
                diags.error(Code.BRF061, menu.get(), "the navigation links to " + target + ", which the build does not produce"
                        + " (on " + on.size() + (on.size() == 1 ? " page, " : " pages, such as ") + on.get(0) + ")",
                        staticHint(target, statics).orElse("write the site path of a page the site makes, such as /briefs/,"
                                + " as the default language has it (a language's pages get their folder added)"));
            } else {
                diags.error(Code.BRF061, Pos.file(on.get(0)), "links to " + target + ", which the build does not produce"
                        + (on.size() > 1 ? " (and so do " + (on.size() - 1) + " other pages)" : ""), staticHint(target, statics)
                        .orElse("fix the link, the navigation in site.yaml or the template that writes it"));
            }
        });
    }

    /**
     * The links written in content to files, when errors in content stop the build before it
     * renders, so the gate cannot run: a link to a file that is not in content/static/ is reported
     * as the gate reports it, so one run still lists every problem of a file. Links to pages, to
     * Markdown files (which the resolver checks) and to what the build would make itself
     * ({@code mayBeMade}: the gate checks those once the content renders) are left to the gate.
     */
    public static void checkFileLinks(ContentLinks written, Set<String> statics, Predicate<String> mayBeMade, Diagnostics diags) {
        written.forEach((page, target, pos) -> checkFileLink(page, target, pos, statics, mayBeMade, diags));
    }

    /**
     * One link written in content, on the output file {@code page}, to the decoded site path {@code target}: an error
     * when it names a file that is neither static nor one the build may make.
     */
    public static void checkFileLink(String page, String target, Pos pos, Set<String> statics, Predicate<String> mayBeMade,
            Diagnostics diags) {
        String file = Urls.outputFile(target);
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (name.indexOf('.') < 0 || name.endsWith(".html") || name.endsWith(".md") || statics.contains(file)
                || mayBeMade.test(file)) {
            return;
        }
        diags.error(Code.BRF061, pos, "links to " + target + ", which the build does not produce (on " + page + ")",
                staticHint(target, statics).orElseGet(() -> contentHint(target, page, Set.of())));
    }

    /**
     * For a link to a missing file whose name is a static file's: the address that file is
     * published at. Editors link to content/static/img/map.gif as "static/img/map.gif",
     * "/content/static/img/map.gif" or "img/map.gif" from a brief; it is published at /img/map.gif.
     */
    static Optional<String> staticHint(String target, Set<String> statics) {
        String file = Urls.outputFile(target);
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (name.isEmpty()) return java.util.Optional.empty();
        // The static file the link's path ends with (the longest), else one with the same name.
        Optional<String> match = statics.stream().filter(s -> file.endsWith("/" + s))
                .max(java.util.Comparator.comparingInt(String::length));
        if (match.isEmpty()) {
            match = statics.stream().filter(s -> s.equals(name) || s.endsWith("/" + name)).sorted().findFirst();
        }
        if (match.isEmpty()) {
            // map.png for Map.PNG: a web server tells capitals from small letters.
            Optional<String> cased = statics.stream().filter(file::equalsIgnoreCase).sorted().findFirst();
            if (cased.isPresent()) {
                return cased.map(s -> "did you mean " + Urls.encodePath("/" + s) + "? An address tells capital letters from small ones");
            }
        }
        return match.map(s -> "link to " + Urls.encodePath("/" + s) + ": files in " + StaticFile.FOLDER + " are published from the site's top folder, so "
                + StaticFile.sourcePath(s) + " is " + Urls.encodePath("/" + s));
    }

    /**
     * What to do about a link written in content to something the build does not make, when no
     * static file has its name, in plain words: where files to link live and how their address is
     * written, or how links to briefs and pages are written, with the nearest page of the same folder.
     *
     * @param page the output file the link is on, such as briefs/a/index.html
     */
    static String contentHint(String target, String page, Set<String> files) {
        String file = Urls.outputFile(target);
        if (!file.endsWith(".html")) {
            String here = page.substring(0, page.lastIndexOf('/') + 1);
            // A link such as "docs/plan.pdf" on /briefs/a/ is read from the page's address.
            boolean relative = !here.isEmpty() && file.startsWith(here);
            String name = relative ? file.substring(here.length()) : file;
            return (relative ? "a link that does not start with / is read from the page's own address, /" + here + "; " : "")
                    + "files to link are kept in " + StaticFile.FOLDER + ", the site's top folder: put it at "
                    + StaticFile.sourcePath(name) + " and link it as " + Urls.encodePath("/" + name) + ", or correct the address";
        }
        String howTo = "link to a brief as [[brief:slug]] and to a page as [[page:slug]], where the slug is the name of its file"
                + " in content/briefs/ or content/pages/ without .md";
        if (!file.endsWith("/index.html")) return howTo;
        String path = file.substring(0, file.length() - "/index.html".length());
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String slug = path.substring(folder.length());
        List<String> siblings = files.stream()
                .filter(f -> f.startsWith(folder) && f.endsWith("/index.html") && f.length() > folder.length() + "/index.html".length())
                .map(f -> f.substring(folder.length(), f.length() - "/index.html".length()))
                .filter(s -> s.indexOf('/') < 0).toList();
        String near = dev.briefing.diag.Suggest.closest(slug, siblings);
        if (near == null) return howTo;
        // In a kind's folder, the link by id, which the build checks as it is written.
        Optional<Kind> kind = java.util.Arrays.stream(Kind.values()).filter(k -> folder.equals(k.plural() + "/")).findFirst();
        return "did you mean /" + folder + near + "/?" + kind.map(k -> " Write it [[" + k.singular() + ":" + near + "]]").orElse("");
    }

    /** The output files reached by following links from the home page. */
    private static Set<String> reached(Map<String, PageLinks> pages, Set<String> produced) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (produced.contains("index.html")) queue.add("index.html");
        reached.addAll(queue);
        // Each target's file worked out once: the walk follows every link of every page, one thread, while the
        // build waits, and most links are the theme's, the same on every page.
        Map<String, String> files = new java.util.HashMap<>();
        while (!queue.isEmpty()) {
            PageLinks links = pages.get(queue.poll());
            if (links == null) continue;
            for (String t : links.targets()) {
                String f = files.computeIfAbsent(t, Urls::outputFile);
                if (produced.contains(f) && reached.add(f)) queue.add(f);
            }
        }
        return reached;
    }

    private ContentLinks sourceLinks() {
        ContentLinks links = sourceLinks;
        if (links == null) {
            synchronized (this) {
                if (sourceLinks == null) sourceLinks = source.get();
                links = sourceLinks;
            }
        }
        return links;
    }

    /** A link that leads nowhere: to a missing file, or (fragment set) to a missing id on a page. */
    public record Broken(String target, String fragment, Optional<Pos> written) {
    }

    /**
     * Whether every link on the page leads to one of the outputs or statics and, with a fragment, to
     * an id on its target page as {@code pages} holds it: the check's own test of one page, for the
     * preview to serve a page that is open in a browser before it has checked the whole site.
     */
    public boolean resolves(String path, Map<String, PageLinks> pages, Set<String> outputs, Set<String> statics) {
        return broken(path, pages, f -> outputs.contains(f) || statics.contains(f)).isEmpty();
    }

    private List<Broken> broken(String path, Map<String, PageLinks> pages, Predicate<String> exists) {
        List<Broken> out = new java.util.ArrayList<>();
        for (String target : pages.get(path).targets()) {
            String file = Urls.outputFile(target);
            if (!exists.test(file)) {
                out.add(new Broken(target, null, sourceLinks().find(path, target)));
                continue;
            }
            int hash = target.indexOf('#');
            if (hash < 0 || hash == target.length() - 1) continue;
            PageLinks linked = pages.get(file);
            String id = target.substring(hash + 1);
            if (linked != null && !linked.ids().contains(id)) out.add(new Broken(target, id, sourceLinks().find(path, target)));
        }
        return out;
    }

    /** The links of one HTML page, from its UTF-8 bytes (what a build writes). */
    public PageLinks pageLinks(String path, byte[] html) {
        HtmlLinks.Found found = HtmlLinks.scan(html);
        String page = "/" + path;
        int depth = depth(page);
        // A loop, not a stream of seven stages: every link of every page passes here.
        List<String> targets = new java.util.ArrayList<>(found.links().size());
        for (String link : found.links()) {
            if (link.isEmpty() || UrlPolicy.isExternal(link)) continue;
            String h = fromBasePath(link);
            String t;
            if (h.startsWith("#")) {
                t = target(page + h);
            } else if (h.startsWith("/") || climbs(h) == depth) {
                // Led to from the site's root whatever the page's folder: worked out once for every page.
                t = fromRoot.get(h);
                if (t == null) {
                    String resolved = Urls.resolve(page, h);
                    t = resolved == null ? NOWHERE : target(resolved);
                    fromRoot.putIfAbsent(h, t);
                }
                if (t == NOWHERE) t = null;
            } else {
                String resolved = Urls.resolve(page, h);
                t = resolved == null ? null : target(resolved);
            }
            if (t != null) targets.add(t);
        }
        if (!found.images().isEmpty()) {
            // Share images are absolute (other sites fetch them): those under the base URL name site files.
            List<String> all = new java.util.ArrayList<>(targets);
            for (String image : found.images()) if (image.startsWith(baseUrl)) all.add(stripQuery("/" + image.substring(baseUrl.length())));
            targets = List.copyOf(all);
        }
        return new PageLinks(Set.copyOf(found.ids()), java.util.Collections.unmodifiableList(targets));
    }

    /** A resolved link's target as the check compares it: without its query, decoded, the one shared copy. */
    private String target(String resolved) {
        return shared(Urls.decodePath(stripQuery(resolved)));
    }

    /** How many folders deep a page is: 0 for /index.html, 2 for /briefs/x/index.html. */
    private static int depth(String page) {
        int slashes = 0;
        for (int at = page.indexOf('/'); at >= 0; at = page.indexOf('/', at + 1)) slashes++;
        return slashes - 1;
    }

    /** How many "../" a relative link starts with. */
    private static int climbs(String href) {
        int up = 0;
        while (href.startsWith("../", up * 3)) up++;
        return up;
    }

    /** The one copy of a target all pages share. */
    private String shared(String target) {
        return SharedMaps.get(shared, target, k -> k);
    }

    /** Site URLs in a feed or sitemap: absolute URLs under the base URL. */
    private PageLinks feed(byte[] bytes, String[] markers) {
        List<String> targets = new java.util.ArrayList<>();
        for (String url : xmlUrls(new String(bytes, StandardCharsets.UTF_8), markers)) {
            url = url.replace("&amp;", "&");
            if (url.startsWith(baseUrl)) targets.add("/" + url.substring(baseUrl.length()));
        }
        return new PageLinks(Set.of(), targets.stream().map(this::shared).toList());
    }

    /**
     * The text after each href=", <loc>, <id> or "url": " up to the next '"' or '<' (what the
     * regex {@code (?:href="|<loc>|<id>|"url": ")([^"<]+)} finds, without trying four
     * alternatives at every character of a 10,000-entry sitemap).
     */
    static List<String> xmlUrls(String text) {
        return xmlUrls(text, XML_MARKERS);
    }

    /** The same, after the given markers. */
    private static List<String> xmlUrls(String text, String[] markers) {
        List<String> out = new java.util.ArrayList<>();
        int[] next = new int[markers.length];
        for (int k = 0; k < next.length; k++) next[k] = text.indexOf(markers[k]);
        int from = 0;
        while (true) {
            int marker = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(markers[k], from);
                if (next[k] >= 0 && (marker < 0 || next[k] < next[marker])) marker = k;
            }
            if (marker < 0) return out;
            int start = next[marker] + markers[marker].length();
            int end = start;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '<') end++;
            if (end > start) out.add(text.substring(start, end));
            from = end > start ? end : next[marker] + 1;
        }
    }

    /** A root-relative href (the 404 page's) names a site path below the base URL's path. */
    private String fromBasePath(String href) {
        if (basePath == null || !href.startsWith(basePath)) return href;
        return "/" + href.substring(basePath.length());
    }

    /** Stylesheet references, resolved against the stylesheet's own path as browsers do. */
    private static PageLinks css(String path, byte[] bytes) {
        String text = CSS_COMMENT.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("");
        Matcher m = CSS_URL.matcher(text);
        List<String> targets = new java.util.ArrayList<>();
        while (m.find()) {
            String ref = null;
            for (int g = 1; g <= m.groupCount() && ref == null; g++) ref = m.group(g);
            ref = ref.strip();
            if (ref.isEmpty() || ref.startsWith("#") || UrlPolicy.isExternal(ref)) continue;
            String target = Urls.resolve("/" + path, ref);
            if (target != null) targets.add(stripQuery(target));
        }
        return new PageLinks(Set.of(), targets);
    }

    private static String stripQuery(String target) {
        int q = target.indexOf('?');
        if (q < 0) return target;
        int h = target.indexOf('#', q);
        return target.substring(0, q) + (h < 0 ? "" : target.substring(h));
    }
}
