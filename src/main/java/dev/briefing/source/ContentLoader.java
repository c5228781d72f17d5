package dev.briefing.source;

import static dev.briefing.model.ItemFields.BODY;
import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.NOT_CONCERNING;
import static dev.briefing.model.ItemFields.SECTIONS;
import static dev.briefing.model.ItemFields.SUMMARY;

import dev.briefing.model.TextDigest;
import dev.briefing.model.TextKey;
import dev.briefing.model.SiteFields;
import dev.briefing.model.SourceFile;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Suggest;
import dev.briefing.lint.ItemLints;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import dev.briefing.model.SiteConfig;
import dev.briefing.model.StaticFile;
import dev.briefing.model.Translation;
import dev.briefing.model.Localization;
import dev.briefing.util.EditorFiles;
import dev.briefing.util.Slugs;
import dev.briefing.yaml.Binder;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.MarkdownText;
import dev.briefing.yaml.Section;
import dev.briefing.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The load stage: walks content/, reads each file once and turns it into validated items.
 * Files are parsed in parallel; the result is sorted, so it never depends on the order the
 * file system lists files in.
 */
public final class ContentLoader {
    /**
     * A file name's stem and, after its last dot or underscore, what reads as a language code: a translation's name
     * with its code in capitals (about.ES, about.es-US) or an underscore where the dot goes (about_es).
     */
    private static final java.util.regex.Pattern TRANSLATION_LIKE =
            java.util.regex.Pattern.compile("(.+)([._])([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)");
    private final MarkdownEngine markdown;
    private final boolean keepTexts;
    /** Settings given at build time (the published address…), overriding site.yaml's. */
    private final Map<String, String> settings;
    private final TranslationFiles translations;

    public ContentLoader(MarkdownEngine markdown) {
        this(markdown, Map.of());
    }

    public ContentLoader(MarkdownEngine markdown, Map<String, String> settings) {
        this(markdown, settings, true);
    }

    /**
     * @param keepTexts whether each file's text is kept once it is loaded (the preview's, which shows diagnostics' lines
     *                  after every edit); else it is let go and read again for the few lines a one-off build prints
     *                  (see {@link SourceFile#released}). site.yaml's is always kept: the site's settings are read from it.
     */
    public ContentLoader(MarkdownEngine markdown, Map<String, String> settings, boolean keepTexts) {
        this.keepTexts = keepTexts;
        this.markdown = markdown;
        this.settings = Map.copyOf(settings);
        this.translations = new TranslationFiles(markdown);
    }

    public LoadedSite load(Path sourceRoot, Diagnostics diags) {
        return assemble(sourceRoot, loadAll(sourceRoot, diags), diags);
    }

    /** Every file under content/, each loaded on its own (in parallel), in path order; none without content/. */
    public List<FileResult> loadAll(Path sourceRoot, Diagnostics diags) {
        if (!hasContent(sourceRoot, diags)) return List.of();
        List<String> files = listFiles(sourceRoot, diags);
        return dev.briefing.util.Parallel.map(files, p -> loadFile(sourceRoot, p));
    }

    static boolean hasContent(Path sourceRoot, Diagnostics diags) {
        if (Files.isDirectory(sourceRoot.resolve("content"))) return true;
        diags.error(Code.BRF004, Pos.file("content"), "no content/ folder in " + sourceRoot,
                "run the command in the folder holding content/, or pass --source DIR");
        return false;
    }

    /** Every file under content/, as sorted '/'-separated paths relative to the source root. */
    public List<String> listFiles(Path sourceRoot, Diagnostics diags) {
        return SourceTree.walk(sourceRoot, "content", diags).files();
    }

    /** Loads one file on its own, so the preview can reload just the files that changed. */
    public FileResult loadFile(Path sourceRoot, String path) {
        Diagnostics diags = new Diagnostics();
        Map<String, SourceFile> texts = new java.util.HashMap<>();
        SourceTree tree = new SourceTree(sourceRoot, List.of());
        Read read = loadPath(tree, path, texts, diags);
        List<Diagnostic> sorted = diags.sorted();
        SourceFile file = texts.get(path);
        if (file != null && !keepTexts && !path.equals("content/site.yaml")) {
            file = file.released(() -> SourceReader.read(tree.absolute(path), path, new Diagnostics()).map(SourceFile::text).orElse(null));
        }
        return new FileResult(path, file, read.items(), read.unbound(), sorted, diags.hasErrors(),
                sorted.stream().allMatch(d -> d.pos().path().equals(path)), read.lost(), read.translations());
    }

    /** Combines per-file results, given in path order (as {@link #listFiles} lists them), into the load stage's result. */
    public LoadedSite assemble(Path sourceRoot, java.util.Collection<FileResult> results, Diagnostics diags) {
        // Looked up by path only (to show a diagnostic's line): hashed, not sorted.
        Map<String, SourceFile> texts = new java.util.HashMap<>(results.size() * 2);
        List<Item> items = new ArrayList<>(results.size());
        List<Item> unbound = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        List<Translation> translations = new ArrayList<>();
        java.util.Set<Kind> incomplete = java.util.EnumSet.noneOf(Kind.class);
        // The diagnostics of files in path order, each at its own path, are in order one after
        // another: one run, so no collector compares where 10,000 files' diagnostics meet.
        List<Diagnostic> inOrder = new ArrayList<>();
        boolean inOrderErrors = false;
        for (FileResult r : results) {
            if (r.path().startsWith(StaticFile.FOLDER)) {
                statics.add(new StaticFile(sourceRoot.resolve(r.path()), r.path().substring(StaticFile.FOLDER.length())));
            }
        }
        java.util.Set<String> staticPaths = new java.util.HashSet<>();
        statics.forEach(f -> staticPaths.add(f.outputPath()));
        for (FileResult r : results) {
            String path = r.path();
            // Same positions and severities, so the list stays in order.
            List<Diagnostic> found = SpacedFileHints.apply(r, staticPaths);
            if (r.atOwnPath()) {
                inOrder.addAll(found);
                inOrderErrors |= r.hasErrors();
            } else {
                diags.addSorted(found, r.hasErrors());
            }
            if (r.lost()) kindOf(path).ifPresent(incomplete::add);
            // One by one: addAll copies each file's list into an array first (three per file, after every edit).
            for (Item i : r.items()) items.add(i);
            for (Item i : r.unbound()) unbound.add(i);
            for (Translation t : r.translations()) translations.add(t);
            if (r.file() != null) texts.put(path, r.file());
        }
        diags.addSorted(inOrder, inOrderErrors);
        items.sort(Comparator.comparing(Item::key));
        SourceFile siteYaml = texts.get("content/site.yaml");
        SiteConfig config = siteYaml == null ? SiteConfig.defaults()
                : loadConfig(siteYaml, diags).orElseGet(SiteConfig::unreadableFile);
        if (!settings.isEmpty()) config = config.with(settings);
        return new LoadedSite(config, List.copyOf(items), List.copyOf(unbound), List.copyOf(statics), texts, incomplete,
                List.copyOf(translations), Localization.of(config));
    }

    /**
     * What one file gave: its items, those whose fields did not all bind ({@link LoadedSite#unbound}),
     * and whether an item of it may be missing without even its id known (its file or entry was
     * unreadable before that).
     */
    private record Read(List<Item> items, List<Item> unbound, boolean lost, List<Translation> translations) {
        static final Read NOTHING = new Read(List.of(), List.of(), false);
        static final Read LOST = new Read(List.of(), List.of(), true);

        Read(List<Item> items, List<Item> unbound, boolean lost) {
            this(items, unbound, lost, List.of());
        }

    }

    private Read loadPath(SourceTree tree, String path, Map<String, SourceFile> texts, Diagnostics diags) {
        if (path.startsWith(StaticFile.FOLDER)) {
            StaticSize.check(tree.absolute(path), path, diags);
            return Read.NOTHING;
        }
        Kind kind = null;
        if (path.startsWith("content/briefs/") && path.endsWith(".md")) kind = Kind.BRIEF;
        else if (path.startsWith("content/pages/") && path.endsWith(".md")) kind = Kind.PAGE;
        boolean data = path.startsWith("content/data/") && path.endsWith(".yaml");
        if (kind == null && !data && !path.equals("content/site.yaml")) {
            diags.warning(Code.BRF005, Pos.file(path), "file is not part of the site and is ignored",
                    "briefs go in content/briefs/*.md, pages in content/pages/*.md, data in content/data/*.yaml,"
                            + " files to copy in content/static/");
            return Read.NOTHING;
        }
        Optional<SourceFile> read = SourceReader.read(tree.absolute(path), path, diags);
        if (read.isEmpty()) return Read.LOST;
        SourceFile file = read.get();
        texts.put(path, file);
        if (path.equals("content/site.yaml")) return Read.NOTHING;
        Optional<TranslationFiles.Name> translation = TranslationFiles.name(path);
        if (translation.isPresent()) {
            TranslationFiles.Loaded loaded = translations.load(translation.get(), file, diags);
            return new Read(List.of(), List.of(), loaded.lost(), List.copyOf(loaded.translations()));
        }
        if (data) return loadData(file, diags);
        return loadMarkdownFile(kind, file, diags);
    }

    /** The kind of items a content file holds, if any. */
    static Optional<Kind> kindOf(String path) {
        if (path.startsWith("content/briefs/")) return Optional.of(Kind.BRIEF);
        if (path.startsWith("content/pages/")) return Optional.of(Kind.PAGE);
        if (!path.startsWith("content/data/") || !path.endsWith(".yaml")) return Optional.empty();
        String name = path.substring("content/data/".length(), path.length() - ".yaml".length());
        // A translation (threats.es.yaml) holds entries of its source's kind.
        String plural = name.indexOf('.') < 0 ? name : name.substring(0, name.indexOf('.'));
        return Kind.entities().stream().filter(k -> k.plural().equals(plural)).findFirst();
    }

    private Optional<SiteConfig> loadConfig(SourceFile file, Diagnostics diags) {
        return YamlLoader.compose(file.text(), file.path(), 1, diags)
                .flatMap(node -> new Binder(file.path(), 1, file.text(), diags).bind(node, SiteConfig.SCHEMA))
                .filter(f -> validBaseUrl(f, diags))
                .map(f -> {
                    SiteConfig.checkLanguages(f, diags);
                    SiteConfig.checkTimeZone(f, diags);
                    return f;
                })
                .map(SiteConfig::from)
                .map(c -> {
                    dev.briefing.model.Labels.check(c, c.languageCodes(), diags);
                    return c;
                });
    }

    /** Canonical URLs and feeds are built on base_url, so it must be an absolute web address. */
    private static boolean validBaseUrl(dev.briefing.yaml.Fields f, Diagnostics diags) {
        String url = f.get(SiteFields.BASE_URL);
        if (url == null) return true;
        boolean ok = dev.briefing.util.UrlPolicy.isAbsoluteWebAddress(url);
        if (!ok) {
            diags.error(Code.BRF019, f.posOf(SiteFields.BASE_URL), "base_url '" + url + "' is not an absolute web address",
                    "write it like https://example.org/ or https://example.org/briefing/, without ? or #");
        }
        return ok;
    }

    /**
     * The hint for a name that reads as a translation's written wrong (about.ES.md, about_es.md), or null: the slug hint
     * alone would make a page of its own (about-es, in the default language) of what was most likely meant as a
     * translation. Each file loads on its own, before site.yaml says which languages the site has, so any language's
     * code is taken.
     */
    private static String translationHint(String slug, String better) {
        java.util.regex.Matcher m = TRANSLATION_LIKE.matcher(slug);
        if (!m.matches() || !Slugs.isValid(m.group(1))) return null;
        String code = m.group(3).toLowerCase(java.util.Locale.ROOT);
        if (!dev.briefing.model.Language.isKnown(code)) return null;
        String name = m.group(1) + "." + code + ".md";
        return m.group(2).equals(".") ? "a translation's name ends in its language code in lower case: rename it to '" + name + "'"
                : "if it translates " + m.group(1) + ".md, name it '" + name + "'; else rename it to '" + better + ".md'";
    }

    /**
     * A brief or page. Its key comes from its file name, so even when its front matter fails to
     * parse or bind it is known (links to it are not called unknown) and its body is still parsed
     * and its links checked: one run reports every error of the file.
     */
    private Read loadMarkdownFile(Kind kind, SourceFile file, Diagnostics diags) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        String slug = name.substring(0, name.length() - 3);
        if (!Slugs.isValid(slug)) {
            String better = Slugs.slugify(slug);
            String hint = java.util.Optional.ofNullable(translationHint(slug, better))
                    .orElse(better.isEmpty() ? "use lowercase letters, digits and hyphens" : "rename it to '" + better + ".md'");
            diags.error(Code.BRF005, Pos.file(file.path()), "file name '" + name + "' cannot be a URL", hint);
            return Read.LOST;
        }
        Key key = new Key(kind, slug);
        Fields none = Fields.none(file.pos(1, 1));
        Optional<FrontMatter> fm = FrontMatter.split(file, diags);
        if (fm.isEmpty()) return new Read(List.of(), List.of(item(key, file.pos(1, 1), none, Map.of(), Map.of())), false);
        Binder binder = new Binder(file.path(), fm.get().yamlFirstLine(), fm.get().yaml(), diags);
        Optional<Node> node = YamlLoader.compose(fm.get().yaml(), file.path(), fm.get().yamlFirstLine(), diags);
        if (node.isEmpty() && fm.get().yaml().isBlank()) {
            diags.error(Code.BRF016, file.pos(1, 1), "front matter is empty",
                    "add title, " + (kind == Kind.BRIEF ? "date and summary" : "and summary"));
        }
        Optional<Fields> fields = node.flatMap(n -> binder.bindPartly(n, kind.schema()));
        MarkdownText body = new MarkdownText(fm.get().body(), file.pos(fm.get().bodyFirstLine(), 1), 0);
        Map<TextKey, MarkdownDoc> md = Map.of(TextKey.BODY, markdown.parse(body, diags));
        Item item = item(key, file.pos(1, 1), fields.orElse(none), md, Map.of(TextKey.BODY, body));
        return complete(item, fields.isPresent() && kind.schema().isComplete(fields.get()), Map.of(TextKey.BODY, body), diags);
    }

    /** A list of entries. An entry whose fields do not all bind is kept unbound, its links still checked, if its id is known. */
    private Read loadData(SourceFile file, Diagnostics diags) {
        String name = file.path().substring("content/data/".length(), file.path().length() - ".yaml".length());
        Optional<Kind> kind = Kind.entities().stream().filter(k -> k.plural().equals(name)).findFirst();
        if (kind.isEmpty()) {
            List<String> names = Kind.entities().stream().map(Kind::plural).toList();
            diags.error(Code.BRF005, Pos.file(file.path()), "'" + name + ".yaml' is not a known data file",
                    Optional.ofNullable(Suggest.didYouMean(name, names))
                            .orElse("data files are " + String.join(", ", names.stream().map(n -> n + ".yaml").toList())));
            return Read.NOTHING;
        }
        Optional<Node> root = YamlLoader.compose(file.text(), file.path(), 1, diags);
        if (root.isEmpty()) return new Read(List.of(), List.of(), diags.hasErrors());
        if (!(root.get() instanceof SequenceNode seq)) {
            diags.error(Code.BRF017, YamlLoader.pos(file.path(), 1, root.get().getStartMark()),
                    name + ".yaml must be a list of entries", "start each entry with '- id: …'");
            return Read.LOST;
        }
        Binder binder = new Binder(file.path(), 1, file.text(), diags);
        List<Item> items = new ArrayList<>();
        List<Item> unbound = new ArrayList<>();
        boolean lost = false;
        for (Node entry : seq.getValue()) {
            Optional<Fields> bound = binder.bindPartly(entry, kind.get().schema());
            if (bound.isEmpty() || !bound.get().has(ID)) {
                lost = true;
                continue;
            }
            Fields f = bound.get();
            Map<TextKey, MarkdownText> texts = entryTexts(f);
            Map<TextKey, MarkdownDoc> md = parseEntryTexts(markdown, f.get(ID), texts, diags);
            Read read = complete(item(new Key(kind.get(), f.get(ID)), f.posOf(ID), f, md, texts),
                    kind.get().schema().isComplete(f), texts, diags);
            items.addAll(read.items());
            unbound.addAll(read.unbound());
        }
        return new Read(items, unbound, lost);
    }

    /** An entry's Markdown texts in document order: body, not_concerning, each section's body. */
    static Map<TextKey, MarkdownText> entryTexts(Fields f) {
        Map<TextKey, MarkdownText> texts = new LinkedHashMap<>();
        for (FieldKey<MarkdownText> field : List.of(BODY, NOT_CONCERNING)) f.find(field).ifPresent(t -> texts.put(TextKey.of(field), t));
        List<Section> sections = f.get(SECTIONS);
        for (int i = 0; i < sections.size(); i++) texts.put(TextKey.section(i), sections.get(i).body());
        return texts;
    }

    /** Parses an entry's texts; footnote ids are scoped by entry and field, since a page can show several of them. */
    static Map<TextKey, MarkdownDoc> parseEntryTexts(MarkdownEngine markdown, String id, Map<TextKey, MarkdownText> texts,
            Diagnostics diags) {
        Map<TextKey, MarkdownDoc> md = new LinkedHashMap<>();
        texts.forEach((key, text) -> md.put(key, markdown.parse(text, id + "-" + key.footnotePrefix() + "-", diags)));
        return md;
    }

    /**
     * A complete item, linted; or one whose fields did not all bind, which has its links checked and its
     * placeholders reported (those of its text and of the fields that did bind), so that fixing a date does not
     * reveal a 'TODO' the same run could have named.
     *
     * @param texts the Markdown source of each of its texts, keyed as {@link Item#markdown}
     */
    private static Read complete(Item item, boolean complete, Map<TextKey, MarkdownText> texts, Diagnostics diags) {
        if (!complete) {
            ItemLints.placeholders(item, texts, diags);
            return new Read(List.of(), List.of(item), false);
        }
        ItemLints.check(item, texts, diags);
        return new Read(List.of(item), List.of(), false);
    }

    private static Item item(Key key, Pos pos, Fields f, Map<TextKey, MarkdownDoc> md, Map<TextKey, MarkdownText> texts) {
        Kind kind = key.kind();
        String summary = f.find(SUMMARY).orElse("");
        // Insertion (document) order, not Map.copyOf: its iteration order changes from run to run,
        // and citations are numbered in the order the Markdown fields are walked.
        return new Item(key, pos, f.get(kind.titleField()), summary, dateOf(kind, f), f,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(md)), new TextDigest(kind, f, texts));
    }

    private static LocalDate dateOf(Kind kind, Fields f) {
        return kind.dateField() == null ? null : f.get(kind.dateField());
    }

    /** The files under one folder of the source root, as sorted relative paths. */
    record SourceTree(Path root, List<String> files) {
        static SourceTree walk(Path root, String folder, Diagnostics diags) {
            Path realRoot;
            try {
                realRoot = root.toRealPath();
            } catch (IOException e) {
                diags.error(Code.BRF001, Pos.file(folder), "cannot read the source folder: " + e.getMessage());
                return new SourceTree(root, List.of());
            }
            List<String> files = new ArrayList<>();
            // walkFileTree hands each entry's attributes over from the one lstat it makes anyway;
            // asking Files.isSymbolicLink and isRegularFile again cost two more calls per file.
            try {
                Files.walkFileTree(root.resolve(folder), new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path relative = root.relativize(dir);
                        if (hasUnsafeName(relative)) unsafeName(relative);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                        Path relative = root.relativize(p);
                        String rel = relative.toString().replace('\\', '/');
                        if (hasUnsafeName(relative)) {
                            unsafeName(relative);
                        } else if (attrs.isSymbolicLink() && !insideRoot(p, realRoot)) {
                            diags.error(Code.BRF003, Pos.file(rel), "symbolic link points outside the source folder",
                                    "copy the file into content/ instead of linking to it");
                        } else if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(p)) {
                            if (!EditorFiles.isSideFile(p.getFileName().toString())) files.add(rel);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    private void unsafeName(Path relative) {
                        diags.error(Code.BRF005, Pos.file(relative.toString().replace('\\', '/')),
                                "file name contains a backslash or a control character",
                                "rename it using letters, digits, hyphens and dots");
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                diags.error(Code.BRF001, Pos.file(folder), "cannot list files: " + e.getMessage());
            }
            files.sort(null);
            return new SourceTree(root, List.copyOf(files));
        }

        /**
         * Names with '\\' would read as separators once paths use '/' (a file "a\\..\\x" would
         * look like "a/../x"), and control characters would corrupt diagnostics and URLs.
         */
        private static boolean hasUnsafeName(Path relative) {
            for (Path part : relative) {
                String name = part.toString();
                for (int i = 0; i < name.length(); i++) {
                    char c = name.charAt(i);
                    if (c == '\\' || c < 0x20 || c == 0x7f) return true;
                }
            }
            return false;
        }

        private static boolean insideRoot(Path p, Path realRoot) {
            try {
                return p.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return false;
            }
        }

        Path absolute(String relative) {
            return root.resolve(relative);
        }
    }
}
