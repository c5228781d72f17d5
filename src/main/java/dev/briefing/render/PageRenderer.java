package dev.briefing.render;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.Json;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders page jobs through the theme's templates. Thread-safe: one instance serves all threads. */
public final class PageRenderer {
    private final Theme theme;
    private final MarkdownEngine markdown;
    private final Assets assets;
    /** Each language's msg(), by code: the switcher and the 404 page speak each language in its own words. */
    private final Map<String, MessageFunction> msgs;
    /** One output buffer per render thread, reused page after page instead of grown anew for each. */
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(64 * 1024));

    /** @param languages each language's site and words, the default first (one for a site in one language) */
    public PageRenderer(Theme theme, MarkdownEngine markdown, Assets assets, List<Views.Shared> languages) {
        this.theme = theme;
        this.markdown = markdown;
        this.assets = assets;
        this.msgs = languages.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                l -> l.site().config().language(), Views.Shared::msg));
    }

    /**
     * Loads every template the jobs use, once, reporting each that is missing or does not parse
     * (once, not once per page). Returns false if any failed: then nothing should be rendered.
     */
    public boolean prepare(List<PageJob> jobs, Diagnostics diags) {
        boolean ok = true;
        for (String name : jobs.stream().map(PageJob::template).distinct().sorted().toList()) {
            ok &= theme.template(name, diags).isPresent();
        }
        return ok;
    }

    /** Renders one page to its HTML; on a template error reports it and returns empty. */
    public Optional<String> render(Views.Shared shared, PageJob job, Diagnostics diags) {
        return render(shared, job, Alternates.NONE, diags);
    }

    /** As {@link #render(Views.Shared, PageJob, Diagnostics)}, the page linking its versions in the site's other languages. */
    public Optional<String> render(Views.Shared shared, PageJob job, Alternates alternates, Diagnostics diags) {
        return render(shared, job, alternates, Map.of(), diags);
    }

    /** The same, with model entries made while rendering (the link to the page's handout). */
    public Optional<String> render(Views.Shared shared, PageJob job, Alternates alternates, Map<String, Object> made, Diagnostics diags) {
        Optional<Template> template = theme.template(job.template(), diags);
        if (template.isEmpty()) return Optional.empty();
        ResolvedSite site = shared.site();
        Views views = new Views(shared, job.path());
        Map<String, Object> model = new HashMap<>(job.model());
        model.replaceAll((k, v) -> v instanceof ViewFunction f ? f.apply(views) : v);
        model.put("site", SiteView.of(site, views, job.path()));
        List<Alternates.Version> versions = alternates.of(job.path());
        String xDefault = versions.isEmpty() ? null : views.absolute(Alternates.xDefault(versions));
        model.put("page", new PageMeta(job.title(), job.type(), job.path(),
                views.absolute(job.path()), Breadcrumbs.of(job, views), translations(versions, job.path(), views, reports(site, job, alternates)), xDefault,
                shared.critical(job.path()), views.absolute(shared.hasCard(job.path()) ? job.path() + Cards.FILE : Cards.SITE_CARD)));
        model.put("channels", views.channels());
        model.put("msg", shared.msg());
        model.put("url", (TemplateMethodModelEx) args -> {
            if (args.size() != 1) throw new TemplateModelException("url() takes one site path, e.g. url('/briefs/')");
            String p = String.valueOf(args.get(0));
            if (!p.startsWith("/")) throw new TemplateModelException("url() takes a site path starting with '/': " + p);
            return new SimpleScalar(views.localHref(p));
        });
        model.put("json", (TemplateMethodModelEx) args -> HTMLOutputFormat.INSTANCE.fromMarkup(
                Json.string(args.isEmpty() ? "" : String.valueOf(args.get(0)))));
        model.put("assets", assets.hrefs(views));
        model.put("asOf", views.date(site.asOf()));
        model.put("advisories", views.advisories());
        model.putAll(made);
        TextWriter out = new TextWriter(buffers.get());
        try {
            Environment env = template.get().createProcessingEnvironment(model, out);
            env.process();
        } catch (TemplateException e) {
            Pos at = new Pos(theme.sourceName(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber());
            failures.computeIfAbsent(new Failure(Code.BRF050, at, message(e), hint(e)), f -> new java.util.concurrent.ConcurrentSkipListSet<>())
                    .add(job.path());
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String html = out.toString();
        if (shared.critical(job.path()) && !Reporting.shows(html)) {
            failures.computeIfAbsent(new Failure(Code.BRF135, Pos.file(theme.sourceName(job.template())), "a critical page does not show the"
                    + " How to report block", "keep <@m.howToReport/> in the template: on this page readers must find"
                    + " 'If someone is in immediate danger, call 911'"), f -> new java.util.concurrent.ConcurrentSkipListSet<>())
                    .add(job.path());
        }
        return Optional.of(html);
    }

    /**
     * The first line of Freemarker's message. When that line only introduces the expression
     * ("The following has evaluated to null or missing:"), the expression is on a later line, so
     * it is appended: the author must see which name is missing. The Java classes Freemarker names
     * are left out, except a view's own name, which the handbook's template variables list.
     */
    static String message(TemplateException e) {
        String first = Theme.firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        String message = first.endsWith(":") && blamed != null ? first + " " + blamed : first;
        return JAVA_CLASSES.matcher(VIEW_CLASS.matcher(message).replaceAll("(a $1)")).replaceAll("");
    }

    /** "(dev.briefing.render.Views$DateView wrapped into dev.briefing.render.ViewWrapper$RecordModel)". */
    private static final java.util.regex.Pattern VIEW_CLASS =
            java.util.regex.Pattern.compile("\\((?:[\\w.]+[.$])?(\\w+) wrapped into [\\w.$]+\\)");
    /** " (wrapper: f.t.SimpleScalar)". */
    private static final java.util.regex.Pattern JAVA_CLASSES = java.util.regex.Pattern.compile(" \\(wrapper: [^)]*\\)");

    /** One template mistake; a mistake in a shared template fails many pages the same way. */
    private record Failure(Code code, Pos at, String message, String hint) {
    }

    /** Every template failure so far, with the pages it failed (sorted, so the report does not depend on threads). */
    private final Map<Failure, java.util.SortedSet<String>> failures = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reports each template mistake once, naming the first page it failed and how many others:
     * a typo in the layout would otherwise print one error per page of the site.
     */
    public void reportFailures(Diagnostics diags) {
        failures.forEach((f, pages) -> diags.error(f.code(), f.at(), f.message() + " (rendering " + pages.first()
                + (pages.size() > 1 ? " and " + (pages.size() - 1) + " other page" + (pages.size() > 2 ? "s" : "") : "") + ")",
                f.hint()));
        failures.clear();
    }

    /** What to do about a template error, when its kind says. */
    static String hint(TemplateException e) {
        if (e instanceof freemarker.core.InvalidReferenceException) {
            return "check the name against the handbook's template variables, or give a default: ${name!''}";
        }
        if (e instanceof freemarker.core.UnexpectedTypeException) {
            return "the value has another type here than the template expects; see the handbook's template variables";
        }
        return null;
    }

    /** A model entry computed per page, because its hrefs depend on the page. */
    public interface ViewFunction {
        Object apply(Views views);
    }

    /**
     * @param translations the page in each of the site's languages (empty for a site in one language)
     * @param xDefault     the absolute address of the page in the default language (or its home), the hreflang
     *                     x-default; null for a site in one language
     * @param critical     whether the page must show the How to report block ({@link Reporting})
     * @param card         the absolute address of its share card ({@link Cards}): its own, or the site's
     */
    public record PageMeta(String title, String type, String path, String canonical, List<Views.LinkView> breadcrumbs,
            List<TranslationLink> translations, String xDefault, boolean critical, String card) {
    }

    /**
     * The page in one of the site's languages, for the language switcher and the hreflang links.
     *
     * @param code       the language's code (hreflang, lang)
     * @param name       the language named in itself (Español)
     * @param href       the page in that language, or, when it is not translated, that language's home page
     * @param absolute   the absolute address of the page in that language, or null when it is not translated
     * @param current    whether it is the language of this page
     * @param translated whether the page exists in that language
     * @param msg        msg() in that language: what the switcher says of a language, it says in that language
     * @param report     on the 404 page, which speaks every language, the report page in that language when the site's
     *                   report page is translated into it, else null
     */
    public record TranslationLink(String code, String name, String direction, String href, String absolute, boolean current,
            boolean translated, TemplateMethodModelEx msg, String report) {
    }

    private List<TranslationLink> translations(List<Alternates.Version> versions, String path, Views views, Map<String, String> reports) {
        String own = Alternates.languageOf(views.languages(), path);
        return versions.stream().map(v -> new TranslationLink(v.language().code(), v.language().name(),
                v.language().direction(), views.href(v.translated() ? v.path() : v.home()),
                v.translated() ? views.absolute(v.path()) : null, v.language().code().equals(own), v.translated(),
                msgs.get(v.language().code()), reports.containsKey(v.language().code()) ? views.href(reports.get(v.language().code())) : null))
                .toList();
    }

    /** For the 404 page: the site's report page (site.yaml's report, a page of the site) in each language it is in, by code. */
    private static Map<String, String> reports(ResolvedSite site, PageJob job, Alternates alternates) {
        String report = site.config().report();
        if (!"404".equals(job.type()) || report == null || !report.startsWith("/")) return Map.of();
        Map<String, String> out = new HashMap<>();
        for (Alternates.Version v : alternates.of(report)) if (v.translated()) out.put(v.language().code(), v.path());
        return out;
    }

    /**
     * A link of the main menu.
     *
     * @param current "page" when it is the page being shown, "true" when that page is within its
     *                section (/briefs/ for a brief), else null: the value of aria-current
     * @param lang    the language of its title when it is not the page's (a language that gives no
     *                navigation shows the default language's titles), else null
     * @param hreflang the language of the page it leads to when that page is not translated into the
     *                page's language, else null
     */
    public record NavLink(String title, String href, String current, String lang, String hreflang) {
        static NavLink of(dev.briefing.yaml.NavLink n, String lang, Views views, String page) {
            if (!n.sitePath()) return new NavLink(n.title(), n.url(), null, lang, null);
            String url = views.local(n.url());
            String home = views.local("/");
            String current = url.equals(page) ? "page"
                    : !url.equals(home) && url.endsWith("/") && page.startsWith(url) ? "true" : null;
            return new NavLink(n.title(), views.href(url), current, lang, views.foreign(n.url()));
        }
    }

    /**
     * @param pages            the site's pages (content/pages/), for the footer; one not translated into the page's
     *                         language carries the language it is in ({@code lang}), as any link to it does
     * @param publisher        who publishes the site (title: name, href: their website, or null), or null
     * @param contact          where corrections and accessibility reports go (title: address, href), or null
     * @param report           where readers report a threat (site.yaml's report), or null
     * @param reportLang         the language of that page when it is not this page's (not translated into it), else null
     * @param publisherLang    the same for the publisher's page, when it is one of the site's
     * @param dataLang         the language of the page of published data (one, in the default language) when it is not this page's
     * @param publisherNameLang the language of the publisher's name, as site.yaml writes it (in the default language), on a
     *                         page in another language; else null
     * @param untranslatedNote what follows a link to an item not translated into the page's language,
     *                         naming the language it is in: "(en inglés)"; null in the default language
     * @param translations     the page of translation status in the page's language, for a site in several languages; else null
     * @param titleLang        the language of {@code title} when the page's language gives none of its own, else null
     * @param descriptionLang  the same for {@code description}
     */
    public record SiteView(String title, String description, String language, String direction, String baseUrl,
            List<NavLink> navigation, List<Views.ItemLink> pages,
            Views.LinkView publisher, Views.LinkView organization, Views.LinkView contact, String report, String reportLang,
            String untranslatedNote, String translations, String license, String titleLang, String descriptionLang,
            String publisherLang, String dataLang, String publisherNameLang) {
        static SiteView of(ResolvedSite site, Views views, String page) {
            var c = site.config();
            // Without a menu in site.yaml, the theme's own: its one link in the page's language.
            List<dev.briefing.yaml.NavLink> menu = !c.navigation().isEmpty() ? c.navigation()
                    : List.of(new dev.briefing.yaml.NavLink(views.messages().text("nav.briefs"), "/briefs/", null));
            String titles = c.navigationLanguage().equals(c.language()) ? null : c.navigationLanguage();
            return new SiteView(c.title(), c.description(), c.language(), c.languageOf(c.language())
                    .map(dev.briefing.model.Language::direction).orElse("ltr"), c.baseUrl(),
                    menu.stream().map(n -> NavLink.of(n, titles, views, page)).toList(),
                    site.ofKind(dev.briefing.model.Kind.PAGE).stream().map(p -> views.link(p.key())).toList(),
                    c.publisher() == null ? null : new Views.LinkView(c.publisher().name(), link(c.publisher().url(), views)),
                    organization(c, views),
                    c.contact() == null ? null : new Views.LinkView(c.contact().text(), link(c.contact().href(), views)),
                    link(c.report(), views), c.report() == null || !c.report().startsWith("/") ? null : views.foreign(c.report()),
                    site.urls().language() == null || site.urls().language().isDefault() ? null
                            : Views.untranslatedNote(views.messages(), site.urls().language().defaultCode()),
                    c.multilingual() ? views.localHref(SitePlan.TRANSLATIONS) : null, c.license(),
                    untranslated(c, dev.briefing.model.Language::title), untranslated(c, dev.briefing.model.Language::description),
                    c.publisher() == null || c.publisher().url() == null || !c.publisher().url().startsWith("/") ? null
                            : views.foreign(c.publisher().url()),
                    site.urls().defaultLanguageElsewhere(), c.publisherNameLanguage());
        }

        /** The default language's code when the page's language gives no text of its own for this setting (BRF169), else null. */
        private static String untranslated(dev.briefing.model.SiteConfig c,
                java.util.function.Function<dev.briefing.model.Language, String> setting) {
            var language = c.languageOf(c.language()).orElse(c.defaultLanguage());
            return language.code().equals(c.defaultLanguage().code()) || setting.apply(language) != null ? null
                    : c.defaultLanguage().code();
        }

        /**
         * Who stands behind the site as structured data (JSON-LD) names it: the publisher site.yaml
         * names, at its absolute address (the site's own without one); the site itself only when
         * site.yaml names no publisher, which the build refuses anyway (BRF080).
         */
        private static Views.LinkView organization(dev.briefing.model.SiteConfig c, Views views) {
            if (c.publisher() == null) return new Views.LinkView(c.title(), c.baseUrl());
            String url = c.publisher().url();
            return new Views.LinkView(c.publisher().name(), url == null ? c.baseUrl()
                    : url.startsWith("/") && !url.startsWith("//") ? views.absolute(url) : url);
        }

        private static String link(String url, Views views) {
            return url == null ? null : url.startsWith("/") ? views.localHref(url) : url;
        }
    }

    /**
     * A Writer over an unsynchronised StringBuilder: StringWriter's StringBuffer takes a lock on
     * every one of the many small writes a template makes.
     */
    private static final class TextWriter extends Writer {
        private final StringBuilder text;

        TextWriter(StringBuilder buffer) {
            buffer.setLength(0);
            this.text = buffer;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int off, int len) {
            // append(CharSequence, start, end) copies a String char by char; a whole one is copied as an array.
            if (off == 0 && len == s.length()) text.append(s);
            else text.append(s, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Home › section › page, from the page's site path. */
    static final class Breadcrumbs {
        static List<Views.LinkView> of(PageJob job, Views views) {
            // In the language's own folder: /es/briefs/x/ has the crumbs of /briefs/x/, in Spanish.
            String home = views.local("/");
            String path = job.path();
            if (!path.startsWith(home) || path.equals(home) || !path.endsWith("/")) return List.of();
            String[] parts = path.substring(home.length(), path.length() - 1).split("/");
            Views.LinkView first = new Views.LinkView(views.messages().text("breadcrumb.home"), views.href(home));
            if (parts.length < 2) return List.of(first);
            String section = home + parts[0] + "/";
            return List.of(first, new Views.LinkView(section(parts[0], views), views.href(section)));
        }

        /** The sections that list no kind, by their path's first segment, and their titles. */
        private static final Map<String, String> SECTIONS = Map.of("tags", "page.tags", "timeline", "page.timeline",
                "search", "page.search");

        /** A section's name: its page's title, or the kind it lists. */
        private static String section(String segment, Views views) {
            if (SECTIONS.containsKey(segment)) return views.messages().text(SECTIONS.get(segment));
            return java.util.Arrays.stream(dev.briefing.model.Kind.values())
                    .filter(k -> k.plural().equals(segment)).map(k -> views.labels().kind(k))
                    .findFirst().orElse(segment);
        }
    }

}
