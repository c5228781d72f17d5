package dev.briefing.render;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates and assets of one build: the site's templates/ folder over the built-in theme
 * (the same files, shipped on the classpath). The Freemarker configuration is built once, is
 * not changed afterwards and is shared by all render threads. Templates cannot create Java
 * objects (?new), reach Java APIs (?api) or fail silently.
 */
public final class Theme {
    static final String CLASSPATH_ROOT = "/dev/briefing/theme/";

    private final Configuration config;
    private final Path siteTemplates;
    /** Each template is looked up once: Freemarker would report a failed one as a vague I/O error the second time. */
    private final Map<String, Lookup> lookups = new ConcurrentHashMap<>();

    public Theme(Path sourceRoot) {
        this.siteTemplates = sourceRoot.resolve("templates");
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader builtIn = new ClassTemplateLoader(Theme.class, CLASSPATH_ROOT);
            c.setTemplateLoader(Files.isDirectory(siteTemplates)
                    ? new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteTemplates.toFile()), builtIn})
                    : builtIn);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // A build reads each template once; re-checking it for changes per page costs a file stat.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setAttemptExceptionReporter((e, env) -> { });
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setObjectWrapper(new ViewWrapper());
        this.config = c;
    }

    /**
     * A theme with the named templates already parsed and cached, and its English messages read,
     * so that a build can do that while it loads content. A template that is missing or broken is left to {@link #template}
     * to report when a page asks for it.
     */
    public static Theme parsed(Path sourceRoot, java.util.Collection<String> names) {
        Theme theme = new Theme(sourceRoot);
        for (String name : names) theme.template(name, new Diagnostics());
        // The messages too, in the language most sites are in: read while the content loads, not after.
        // Their problems are kept with them and reported when a build asks for these languages.
        theme.messages(List.of(MessageFiles.ENGLISH), new Diagnostics());
        return theme;
    }

    /** A template by name, or empty with a diagnostic if it is missing or does not parse. */
    public Optional<Template> template(String name, Diagnostics diags) {
        Lookup lookup = lookups.computeIfAbsent(name, this::lookUp);
        lookup.problems().forEach(diags::add);
        return lookup.template();
    }

    /** The message files, read once per list of languages: a build asks for them once, the preview at each rebuild. */
    private final Map<List<String>, MessageFiles.Loaded> messages = new ConcurrentHashMap<>();

    /**
     * The theme's words in each of {@code languages} (codes, the default first), by code: the site's
     * templates/messages/ files over the theme's, key by key. Their problems are reported each time,
     * as a template's are; a message that is missing or bad is then the English one.
     */
    public Map<String, dev.briefing.model.Messages> messages(List<String> languages, Diagnostics diags) {
        MessageFiles.Loaded loaded = messages.computeIfAbsent(List.copyOf(languages), l -> MessageFiles.load(siteTemplates, l));
        loaded.problems().forEach(diags::add);
        return loaded.messages();
    }

    /** The built-in theme's words in one language it ships (en, es), for what documents the theme. */
    public static dev.briefing.model.Messages builtInMessages(String language) {
        MessageFiles.Loaded loaded = MessageFiles.load(null, List.of(language));
        if (!loaded.problems().isEmpty()) throw new IllegalStateException("the theme's " + language + " messages: " + loaded.problems());
        return loaded.messages().get(language);
    }

    /** The built-in theme's message file of a language it ships: each key's pattern, in the file's order. */
    public static Map<String, String> builtInPatterns(String language) {
        return MessageFiles.builtIn(language, new Diagnostics()).map(MessageFiles.MessageFile::patterns)
                .orElseThrow(() -> new IllegalArgumentException("the theme has no messages for '" + language + "'"));
    }

    /** What looking a template up gave: the template, or the problems that stopped it. */
    private record Lookup(Optional<Template> template, List<Diagnostic> problems) {
    }

    private Lookup lookUp(String name) {
        Diagnostics diags = new Diagnostics();
        Optional<Template> template = Optional.empty();
        try {
            template = Optional.of(config.getTemplate(name));
        } catch (TemplateNotFoundException e) {
            diags.error(Code.BRF051, Pos.file("templates/" + name), "template '" + name + "' not found");
        } catch (ParseException e) {
            diags.error(Code.BRF051, new Pos(sourceName(e.getTemplateName()), e.getLineNumber(),
                    e.getColumnNumber()), "template does not parse: " + firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            diags.error(Code.BRF051, Pos.file("templates/" + name), "cannot read template: " + e.getMessage());
        }
        return new Lookup(template, diags.sorted());
    }

    /**
     * A machine-readable output (a feed, the sitemap, robots.txt) through its template, which a
     * site may override like any other: the template's output format escapes every value (XML
     * for .ftlx). Empty, with the error reported, when the template is missing or fails.
     */
    public Optional<String> process(String name, Map<String, Object> model, Diagnostics diags) {
        Optional<Template> template = template(name, diags);
        if (template.isEmpty()) return Optional.empty();
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            template.get().process(model, out);
        } catch (freemarker.template.TemplateException e) {
            diags.error(Code.BRF050, new Pos(sourceName(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber()), firstLine(e.getMessageWithoutStackTop()) + " (writing " + name + ")");
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.of(out.toString());
    }

    /** The bytes of an asset (stylesheet, script): the site's copy if it has one, else the theme's. */
    public Optional<byte[]> asset(String name) {
        try {
            Path own = siteTemplates.resolve(name);
            if (Files.isRegularFile(own)) return Optional.of(Files.readAllBytes(own));
            try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The prefix of {@link #sourceName} for a template of the built-in theme. */
    public static final String BUILT_IN = "(built-in theme) ";

    /**
     * The text of a template named as diagnostics name it ({@link #sourceName}), so an error can
     * show its line: a site's own from its templates/ folder, a built-in one from the jar.
     */
    public static Optional<String> text(Path sourceRoot, String sourceName) {
        try {
            if (sourceName.startsWith(BUILT_IN + "templates/")) {
                try (InputStream in = Theme.class.getResourceAsStream(CLASSPATH_ROOT
                        + sourceName.substring((BUILT_IN + "templates/").length()))) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            if (!sourceName.startsWith("templates/")) return Optional.empty();
            Path dir = sourceRoot.resolve("templates").toAbsolutePath().normalize();
            Path file = dir.resolve(sourceName.substring("templates/".length())).normalize();
            return file.startsWith(dir) && Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** "templates/x.ftlh" when the site overrides x.ftlh, else a name that says it is built in. */
    String sourceName(String templateName) {
        if (templateName == null) return "templates";
        return Files.isRegularFile(siteTemplates.resolve(templateName))
                ? "templates/" + templateName : BUILT_IN + "templates/" + templateName;
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
