package dev.briefing.handbook;

import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.markdown.LinkRef;
import dev.briefing.markdown.LinkValues;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.render.Theme;
import dev.briefing.yaml.MarkdownText;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * The handbook as a small static site, written by {@code briefing handbook}: the hand-written
 * pages (src/site/markdown, shipped in the jar) and the generated ones ({@link Handbook}), each
 * rendered with the site's own Markdown and the built-in theme's look ({@code handbook.ftlh},
 * {@code style.css}). Flat files with relative links, so it works from disk.
 */
public final class HandbookSite {
    /** Where the hand-written pages are on the classpath (the pom copies src/site/markdown there). */
    static final String PAGES = "/dev/briefing/handbook/pages/";
    /** Every page, in the order of the menu: the hand-written ones, then the generated reference. */
    static final List<String> ORDER = List.of("index", "workflow", "writing", "languages", "trust", "outreach", "templates", "data", "publishing",
            "security", Handbook.REFERENCE, Handbook.DIAGNOSTICS, Handbook.VARIABLES);
    static final String TITLE = "The briefing handbook";
    private static final String TEMPLATE = "handbook.ftlh";

    /** The handbook as the template sees it: its title, the generator's version, every page for the menu. */
    public record HandbookView(String title, String version, List<PageLink> pages) {
    }

    /** One page of the menu: its title (its first heading) and its file. */
    public record PageLink(String title, String href) {
    }

    private HandbookSite() {
    }

    /** Writes the handbook into {@code output}; every file is made before the first is written. */
    public static void write(Path output, Path work, String version) {
        Map<String, byte[]> files = render(work, version);
        try {
            Files.createDirectories(output);
            for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(output.resolve(f.getKey()), f.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file of the handbook by name. Its Markdown is the generator's own: a problem in it
     * (a raw HTML tag, a malformed link) is a bug of the generator, reported as such.
     */
    /** The handbook is in English: the words its rendered Markdown adds are the theme's English. */
    private static final dev.briefing.markdown.Words ENGLISH = dev.briefing.render.Views.words(Theme.builtInMessages("en"));

    static Map<String, byte[]> render(Path work, String version) {
        Map<String, String> generated = Handbook.generated(work);
        Map<String, String> markdown = new LinkedHashMap<>();
        for (String name : ORDER) markdown.put(name, generated.containsKey(name) ? generated.get(name) : page(name));
        MarkdownEngine engine = new MarkdownEngine();
        Diagnostics diags = new Diagnostics();
        List<PageLink> menu = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        markdown.forEach((name, text) -> {
            MarkdownDoc doc = engine.parse(new MarkdownText(text, new Pos(name + ".md", 1, 1), 0), diags);
            menu.add(new PageLink(title(name, text), name + ".html"));
            bodies.put(name, engine.render(doc, anchors(doc), ENGLISH));
        });
        if (!diags.isEmpty()) {
            throw new IllegalStateException("the handbook's Markdown has problems:\n"
                    + String.join("\n", diags.sorted().stream().map(DiagnosticFormatter::headline).toList()));
        }
        HandbookView handbook = new HandbookView(TITLE, version, List.copyOf(menu));
        Theme theme = new Theme(work); // no templates/ there: the built-in theme
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PageLink page : menu) {
            String name = page.href().substring(0, page.href().length() - ".html".length());
            Map<String, Object> model = Map.of("handbook", handbook, "page", page, "body", html(bodies.get(name)));
            String html = theme.process(TEMPLATE, model, diags).orElseThrow(() -> new IllegalStateException(
                    "the handbook's template failed: " + diags.sorted().stream().map(DiagnosticFormatter::headline).toList()));
            files.put(page.href(), html.getBytes(StandardCharsets.UTF_8));
        }
        for (String asset : List.of("style.css", "favicon.svg")) {
            files.put(asset, theme.asset(asset).orElseThrow(() -> new IllegalStateException("the theme has no " + asset)));
        }
        return files;
    }

    /** A hand-written page's Markdown, from the jar. */
    private static String page(String name) {
        try (InputStream in = HandbookSite.class.getResourceAsStream(PAGES + name + ".md")) {
            if (in == null) throw new IllegalStateException("missing handbook page " + PAGES + name + ".md");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's title: its first level-1 heading. */
    private static String title(String name, String markdown) {
        return markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                .orElseThrow(() -> new IllegalStateException("handbook page " + name + " has no '# ' title"));
    }

    /**
     * Links as written, with each fragment as the heading ids are made: the Markdown says
     * {@code diagnostics.html#BRF078}, after the heading "BRF078", whose id is "section-brf078".
     */
    private static LinkValues anchors(MarkdownDoc doc) {
        LinkValues.Builder values = LinkValues.builder(doc);
        for (LinkRef link : doc.links()) {
            String href = link.original();
            int hash = href.indexOf('#');
            if (hash < 0 || href.contains(":")) continue;
            values.set(link, href.substring(0, hash + 1) + MarkdownEngine.HEADING_ID_PREFIX
                    + IdGenerator.builder().build().generateId(href.substring(hash + 1)));
        }
        return values.build();
    }

    private static freemarker.core.TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
