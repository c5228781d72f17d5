package dev.briefing.engine;

import dev.briefing.diag.Diagnostic;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.StaticFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one build made, whole and unchanging: every output file, the diagnostics, and what the
 * preview shows beside them (the warnings panel, the error page). The preview's server holds one
 * snapshot at a time and swaps in the next at once, so a request always sees one build whole,
 * never a new page with an old panel. Files that few requests need (the search index, a sitemap
 * that changed) are made on first request from this snapshot's own site, once.
 */
public final class Snapshot {
    private final Map<String, byte[]> files;
    /** Makes a kept file what is served (a share card kept as its text drawn), or null when each is kept as it is served. */
    private final UnaryOperator<byte[]> served;
    private final List<Diagnostic> diagnostics;
    /** Asked at every page served, of what may be tens of thousands of warnings: found once. */
    private final boolean placeholders;
    private final boolean ok;
    private final boolean blocked;
    private final LoadedSite loaded;
    private final Memo<Map<String, byte[]>> search;
    private final Memo<Map<String, byte[]>> sitemap;
    private final Memo<Overlay.Views> overlay;

    /**
     * @param ok      no error: the site would be published
     * @param blocked an error that leaves nothing to show (every error but a placeholder; under --strict, any problem)
     */
    Snapshot(Map<String, byte[]> files, UnaryOperator<byte[]> served, List<Diagnostic> diagnostics, boolean ok, boolean blocked, LoadedSite loaded,
            Memo<Map<String, byte[]>> search, Memo<Map<String, byte[]>> sitemap, Memo<Overlay.Views> overlay) {
        this.files = files;
        this.served = served;
        this.diagnostics = List.copyOf(diagnostics);
        this.placeholders = this.diagnostics.stream().anyMatch(Diagnostic::isPlaceholder);
        this.ok = ok;
        this.blocked = blocked;
        this.loaded = loaded;
        this.search = search;
        this.sitemap = sitemap;
        this.overlay = overlay;
    }

    Map<String, byte[]> madeFiles() {
        return files;
    }

    Memo<Map<String, byte[]>> search() {
        return search;
    }

    Memo<Map<String, byte[]>> sitemap() {
        return sitemap;
    }

    /** A file of the site by output path ("briefs/a/index.html"), or null. */
    public byte[] file(String outputPath) {
        if (search != null && outputPath.startsWith(Engine.SEARCH_INDEX)) return search.get().get(outputPath);
        if (sitemap != null && Engine.isSitemap(outputPath)) return sitemap.get().get(outputPath);
        byte[] kept = files.get(outputPath);
        return served == null ? kept : served.apply(kept);
    }

    /** Every file, by output path, in order (the lazily made ones made now); a build's are read from disk when asked for. */
    public Map<String, byte[]> files() {
        if (search == null && sitemap == null && served == null) return files;
        Map<String, byte[]> all = new TreeMap<>(files);
        if (served != null) all.replaceAll((path, bytes) -> served.apply(bytes));
        if (search != null) all.putAll(search.get());
        if (sitemap != null) all.putAll(sitemap.get());
        return all;
    }

    /** The build's diagnostics, in order; under --strict every one is an error. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when the site has no error: it would be published. */
    public boolean ok() {
        return ok;
    }

    /**
     * True when an error leaves nothing to show: the preview shows the error page instead of every
     * page. A placeholder is an error (nothing unfinished is published) that blocks nothing: the
     * page is shown, the placeholder marked, and the panel lists it.
     */
    public boolean blocked() {
        return blocked;
    }

    /** Whether any problem is a placeholder the editors still have to fill in. */
    public boolean hasPlaceholders() {
        return placeholders;
    }

    /** The loaded content, for the source line of a diagnostic. */
    public LoadedSite loaded() {
        return loaded;
    }

    /**
     * The file under content/static/ published at this output path, if the load stage took it (it
     * refuses links that lead outside the source folder).
     */
    public Optional<Path> staticFile(String outputPath) {
        if (loaded == null) return Optional.empty();
        return loaded.statics().stream().filter(f -> f.outputPath().equals(outputPath)).map(StaticFile::file).findFirst();
    }

    /** The page shown instead of any page while an error blocks the site; null when none does. */
    public String errorPage() {
        return blocked ? overlay.get().errorPage() : null;
    }

    /**
     * The panel at the end of every page: at most {@link Overlay#SHOWN} problems (placeholders, then
     * warnings, in file order); empty when there are none, or when the error page is shown instead.
     */
    public String panel() {
        return blocked ? "" : overlay.get().panel();
    }

    /** Every problem on one page (the panel and error page link to it). */
    public String problemsPage() {
        return overlay.get().problemsPage().get();
    }

    /** A value made on first use, once, by whichever thread asks first; later ones wait for it. */
    static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Memo(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) value = make.get();
                return value;
            }
        }
    }
}
