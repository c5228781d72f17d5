package dev.briefing.handbook;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Kind;
import dev.briefing.model.Messages;
import dev.briefing.model.SiteConfig;
import dev.briefing.render.PageJob;
import dev.briefing.render.PageRenderer;
import dev.briefing.render.SitePlan;
import dev.briefing.render.Theme;
import dev.briefing.render.Views;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Schema;
import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The handbook's generated pages, as Markdown: the front-matter and data-file reference from
 * {@link Kind} and {@link SiteConfig#SCHEMA}, every diagnostic code with an example really run
 * through the pipeline, and the variables each template receives, read from the page plan and the
 * view records. Generated, so they cannot drift. {@link HandbookSite} renders them with the rest.
 */
public final class Handbook {
    static final String REFERENCE = "reference";
    static final String DIAGNOSTICS = "diagnostics";
    static final String VARIABLES = "template-variables";

    private Handbook() {
    }

    /** The three pages by name, using {@code work} for the examples' sites. */
    static Map<String, String> generated(Path work) {
        return Map.of(REFERENCE, reference(), DIAGNOSTICS, diagnostics(work.resolve("diagnostics")),
                VARIABLES, templateVariables(work.resolve("variables")));
    }

    static String reference() {
        StringBuilder sb = new StringBuilder("# Front matter and data files\n\n")
                .append("Generated from the generator's own schema (`dev.briefing.model.Kind`, `SiteConfig`): ")
                .append("what is listed here is exactly what the build accepts. An unknown field is an error (BRF015), ")
                .append("a missing required one too (BRF016).\n\n");
        for (Kind k : Kind.values()) {
            sb.append("## ").append(k.label()).append(" (`").append(k.singular()).append("`)\n\n");
            if (k == Kind.BRIEF) {
                sb.append("Front matter of `content/briefs/<slug>.md`, published at `/briefs/<slug>/`.");
            } else if (k == Kind.PAGE) {
                sb.append("Front matter of `content/pages/<slug>.md`, published at `/<slug>/`.");
            } else {
                sb.append("Entries of `content/data/").append(k.plural()).append(".yaml` (a list), ")
                        .append(k.anchored() ? "shown together on `/" + k.plural() + "/`, each at its `#id`."
                                : "each published at `/" + k.plural() + "/<id>/`.");
            }
            sb.append(" Link to one with `[[").append(k == Kind.SOURCE ? "cite" : k.singular()).append(":id]]`.\n\n");
            translated(sb, k);
            table(sb, k.schema());
        }
        sb.append("## Translations\n\nBesides the text it translates, every translation, a brief's or page's file"
                + " (`content/briefs/<slug>.es.md`) or a data entry (`content/data/<kind>.es.yaml`, by `id`), has these fields."
                + " `briefing new --lang` and `briefing translations --mark` write the first two; see [Publishing in several"
                + " languages](languages.html).\n\n");
        table(sb, new dev.briefing.yaml.Schema("translation", Kind.BRIEF.translationSchema().fields().stream()
                .filter(f -> f.is(dev.briefing.model.ItemFields.TRANSLATES) || f.is(dev.briefing.model.ItemFields.SOURCE_UPDATED)
                        || f.is(dev.briefing.model.ItemFields.TRANSLATION)).toList()));
        sb.append("## Site settings (`content/site.yaml`)\n\nEvery setting is optional.\n\n");
        table(sb, SiteConfig.SCHEMA);
        return sb.toString();
    }

    /** What a translation of the kind gives, from the schema; for sources, why that is only the summary. */
    private static void translated(StringBuilder sb, Kind k) {
        List<String> fields = k.schema().fields().stream().filter(Field::translatable).map(f -> "`" + f.name() + "`").toList();
        sb.append("In a site in several languages, a translation (in Spanish, ")
                .append(k.isEntity() ? "entries of `content/data/" + k.plural() + ".es.yaml` by `id`" : "`content/" + k.plural() + "/<slug>.es.md`")
                .append(") gives only ").append(String.join(", ", fields)).append(k.isEntity() ? "" : " and the body")
                .append(", with the fields that say what it translates (see [Translations](#translations)).");
        if (k == Kind.SOURCE) {
            sb.append(" A source's title, publisher and address are the publication's own, shared by all languages: a title"
                    + " translated would name a document nobody published. A source without a summary has nothing to translate:"
                    + " `briefing new --lang es source ID` refuses it, and the translation status does not count it.");
        }
        sb.append("\n\n");
    }

    /** The theme's English, for the labels readers see unless a site renames them. */
    private static final Messages ENGLISH = Theme.builtInMessages("en");

    private static void table(StringBuilder sb, Schema schema) {
        sb.append("| field | value | required | meaning | readers see |\n|---|---|---|---|---|\n");
        for (Field f : schema.fields()) {
            String value = f.type().description();
            if (f.refKind() != null) value += " of `" + f.refKind() + "` entries";
            if (!f.choices().isEmpty()) value += ": " + String.join(", ", f.choices().stream().map(c -> "`" + c + "`").toList());
            String label = "label." + schema.name() + "." + f.name();
            String shown = !f.shownToReaders() ? "" : ENGLISH.text(label) + (f.choices().isEmpty() ? ""
                    : " (" + String.join(", ", f.choices().stream().map(c -> ENGLISH.text(label + "." + c)).toList()) + ")");
            sb.append("| `").append(f.name()).append("` | ").append(value).append(" | ")
                    .append(f.required() ? "yes" : "no").append(" | ").append(cell(f.doc())).append(" | ")
                    .append(cell(shown)).append(" |\n");
            if (f.nested() != null) {
                for (Field n : f.nested().fields()) {
                    sb.append("| `").append(f.name()).append('.').append(n.name()).append("` | ").append(n.type().description())
                            .append(" | ").append(n.required() ? "yes" : "no").append(" | ").append(cell(n.doc())).append(" | |\n");
                }
            }
        }
        sb.append('\n');
    }

    static String diagnostics(Path work) {
        StringBuilder sb = new StringBuilder("# Diagnostics\n\n")
                .append("Every problem the generator reports has a stable code. Errors fail the build (exit status 1) ")
                .append("and leave the published site as it was; warnings are printed and allowed, unless the build runs ")
                .append("with `--strict`. Each example below is a small site the handbook build really ran: the files ")
                .append("shown, checked as of ").append(DiagnosticExamples.AS_OF).append(", print exactly the message under them.\n\n")
                .append("| code | title |\n|---|---|\n");
        for (Code c : Code.values()) {
            sb.append("| [").append(c).append("](#").append(c.name()).append(") | ")
                    .append(cell(c.title())).append(" |\n");
        }
        sb.append('\n');
        List<DiagnosticExamples.Example> silent = new java.util.ArrayList<>();
        Map<Code, List<DiagnosticExamples.Example>> examples = new TreeMap<>();
        DiagnosticExamples.all().forEach(e -> examples.computeIfAbsent(e.code(), c -> new java.util.ArrayList<>()).add(e));
        for (Code c : Code.values()) {
            sb.append("## ").append(c).append("\n\n**").append(prose(c.title())).append(".** ").append(prose(c.explanation())).append("\n\n");
            if (!examples.containsKey(c)) {
                sb.append("No example: ").append(DiagnosticExamples.WITHOUT_EXAMPLE.getOrDefault(c, "none yet.")).append("\n\n");
                continue;
            }
            for (DiagnosticExamples.Example example : examples.get(c)) {
                DiagnosticExamples.Outcome outcome = DiagnosticExamples.run(example, work);
                if (outcome.diagnostics().isEmpty()) silent.add(example);
                else example(sb, example, outcome);
            }
        }
        if (!silent.isEmpty()) throw new IllegalStateException("handbook examples that do not produce their code: " + silent);
        return sb.toString();
    }

    /** One example: its cause as a heading when its code has several, its files, what it prints. */
    private static void example(StringBuilder sb, DiagnosticExamples.Example example, DiagnosticExamples.Outcome outcome) {
        if (example.cause() != null) sb.append("### ").append(prose(example.cause())).append("\n\n");
        if (example.files().isEmpty() || example.files().keySet().stream().noneMatch(p -> p.startsWith("content/"))) {
            sb.append("A source folder without `content/`:\n\n");
        }
        example.files().forEach((path, text) -> {
            if (!path.startsWith("content/") && !path.startsWith("templates/")) return;
            sb.append('`').append(path).append("`")
                    .append(example.charset().equals(StandardCharsets.UTF_8) ? "" : " (saved as " + example.charset() + ")")
                    .append(":\n\n");
            fence(sb, text);
        });
        if (example.output() != null) sb.append("built with `--output ").append(example.output()).append("`:\n\n");
        sb.append("prints:\n\n");
        fence(sb, outcome.printed());
    }

    static String templateVariables(Path work) {
        Map<String, String> files = Map.of(
                "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One sentence.\ntags: [election]\n"
                        + "targets: [polling-places]\n---\nBody.\n",
                "content/pages/about.md", "---\ntitle: About\n---\nAbout the site.\n",
                "content/data/targets.yaml", "- id: polling-places\n  name: Polling places\n  summary: Where people vote.\n",
                "content/data/glossary.yaml", "- id: soft-target\n  name: Soft target\n  summary: A place open to the public.\n",
                "content/data/sources.yaml", "- id: dhs\n  title: A page\n  publisher: DHS\n  type: official\n  url: https://www.dhs.gov/\n",
                "content/data/channels.yaml", "- id: emergency-911\n  name: Emergency\n  summary: Call 911 when someone is in danger.\n"
                        + "  when: immediate danger\n  tel: \"911\"\n  jurisdiction: United States\n  verified: 2024-09-01\n"
                        + "  verified_at: dhs\n",
                "content/pages/accessibility.md", "---\ntitle: Accessibility\n---\nWhat the team adds.\n",
                "content/site.yaml", "publisher:\n  name: County\ncontact:\n  email: editors@county.gov\n"
                        + "accessibility:\n  exceptions:\n    - what: Maps have no text alternative.\n  reviewed: 2024-09-01\n");
        Path source = work.resolve("site");
        Pipeline.Result result;
        try {
            for (var e : files.entrySet()) {
                Files.createDirectories(source.resolve(e.getKey()).getParent());
                Files.writeString(source.resolve(e.getKey()), e.getValue());
            }
            result = new Pipeline().run(new Pipeline.Options(source, null, DiagnosticExamples.AS_OF, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.ok()) throw new IllegalStateException("the handbook's template example does not build");
        ResolvedSite resolved = result.resolved();
        MarkdownEngine markdown = new MarkdownEngine();

        Map<String, Map<String, String>> byTemplate = new TreeMap<>();
        Deque<Class<?>> records = new ArrayDeque<>(List.of(PageRenderer.SiteView.class, PageRenderer.PageMeta.class,
                Views.DateView.class, Views.ItemView.class, Views.StatusView.class, dev.briefing.render.Reporting.ChannelView.class));
        for (PageJob job : SitePlan.pages(resolved, ENGLISH)) {
            Views views = new Views(resolved, markdown, ENGLISH, job.path());
            Map<String, String> vars = byTemplate.computeIfAbsent(job.template(), t -> new TreeMap<>());
            job.model().forEach((name, value) -> {
                Object v = value instanceof PageRenderer.ViewFunction f ? f.apply(views) : value;
                vars.merge(name, describe(v, records), Handbook::either);
            });
        }

        StringBuilder sb = new StringBuilder("# Template variables\n\n")
                .append("Generated from the page plan (`SitePlan`) and the view records (`Views`): what each template ")
                .append("receives. Templates are HTML auto-escaping Freemarker; values marked *HTML* are rendered Markdown, ")
                .append("already safe, and the only values not escaped.\n\n")
                .append("## Every template\n\nEvery template of the site receives these; `handbook.ftlh`, which writes this ")
                .append("handbook, receives only its own (below).\n\n| variable | value |\n|---|---|\n")
                .append("| `site` | [SiteView](#SiteView): the site settings, navigation and pages |\n")
                .append("| `page` | [PageMeta](#PageMeta): this page's title, type, path, canonical URL and breadcrumbs |\n")
                .append("| `url(path)` | function: the href, relative to this page, of a site path such as `'/briefs/'` |\n")
                .append("| `msg(key, arguments…)` | function: the message `key` of the page's language (see [Theme strings](#theme-strings)),")
                .append(" its `{0}`, `{1}`… replaced by the arguments: `msg(\"pager.position\", 2, 5)`. Plain text, escaped like any value;")
                .append(" an argument that is markup the template made (`m.linkTo(href, text)`, `m.time(date)`, or a `<#local>` block)")
                .append(" goes in as markup |\n")
                .append("| `json(text)` | function: the text as a JSON string literal, for JSON-LD |\n")
                .append("| `assets` | the theme's fingerprinted files by name: `assets.style_css`, `assets.search_js` |\n")
                .append("| `asOf` | [DateView](#DateView): the date the site is built as of |\n")
                .append("| `channels` | list of [ChannelView](#ChannelView): the ways to report, in the order of channels.yaml,")
                .append(" for the How to report block (`<@m.howToReport/>`), which every page with `page.critical` must show |\n")
                .append("| `advisories` | [StatusView](#StatusView): what may be said of advisories: the last check of the official")
                .append(" source (`checked`, absent when none is recorded), what was in force then (`atCheck`) and what is still in force")
                .append(" by its dates (`current`). A page never states a status without `checked` and a link to `url` |\n\n");
        // Templates of the outputs that are not pages: the feeds, the sitemap, robots.txt, the preview's
        // overlay, and this handbook's pages, which receive only these (not the variables every page gets).
        byTemplate.put("atom.ftlx", new TreeMap<>(Map.of("feed", describe(dev.briefing.render.Feeds.AtomFeed.class, records))));
        byTemplate.put("sitemap.ftlx", new TreeMap<>(Map.of("index", "true or false: an index of sitemaps, or one sitemap",
                "entries", "list of " + describe(dev.briefing.render.Feeds.SitemapEntry.class, records))));
        byTemplate.put("handout.ftlh", new TreeMap<>(Map.of("handout", describe(dev.briefing.render.Handouts.HandoutView.class, records)
                + ": one page's handout (handout.pdf), laid out as HTML and set as a tagged PDF; no links")));
        byTemplate.put("cap.ftlx", new TreeMap<>(Map.of("alert", describe(dev.briefing.render.Cap.Alert.class, records)
                + ": one advisory as a CAP 1.2 alert")));
        byTemplate.put("cap-feed.ftlx", new TreeMap<>(Map.of("feed", describe(dev.briefing.render.Cap.Feed.class, records)
                + ": the CAP alerts as an Atom feed")));
        byTemplate.put("robots.txt.ftl", new TreeMap<>(Map.of("sitemap", "text: the sitemap's address")));
        // The page of translations, which only a site in several languages has, in each of its languages.
        byTemplate.put("translations.ftlh", new TreeMap<>(Map.of("languages", "list of "
                + describe(SitePlan.LanguageStatusView.class, records) + ": each language but the default")));
        byTemplate.put("handbook.ftlh", new TreeMap<>(Map.of("handbook", describe(HandbookSite.HandbookView.class, records),
                "page", describe(HandbookSite.PageLink.class, records), "body", "*HTML*: the page's rendered Markdown")));
        byTemplate.put("overlay.ftlh", new TreeMap<>(Map.of(
                "mode", "text: errors (the preview's error page), warnings (its panel at the end of each page) or all (the page listing every problem)",
                "errors", "true or false: the same as mode == \"errors\"",
                "problems", "list of at most 50 problems, each with where (file:line:col), severity (error, warning or note), code, message, hint, excerpt (the source line, or absent) and caret (its column in the excerpt)",
                "rest", "list of the problems not shown, counted by code: code, title, count",
                "total", "number: how many problems this view covers",
                "placeholders", "number: how many of them are placeholders (errors that leave the page whole, listed first)",
                "warnings", "number: how many of them are warnings",
                "notes", "number: how many of them are notes (problems in drafts and later briefs, which stop nothing)",
                "all", "text: the address of the page listing every problem",
                "summary", "text: how many errors and warnings")));
        byTemplate.forEach((template, vars) -> {
            sb.append("## `").append(template).append("`\n\n");
            if (vars.isEmpty()) {
                sb.append("Only the variables every template receives.\n\n");
                return;
            }
            sb.append("| variable | value |\n|---|---|\n");
            vars.forEach((name, type) -> sb.append("| `").append(name).append("` | ").append(type).append(" |\n"));
            sb.append('\n');
        });
        sb.append("## View records\n\nFields of the values above; a field that may be absent is tested with `??`.\n\n");
        Set<Class<?>> done = new LinkedHashSet<>();
        while (!records.isEmpty()) {
            Class<?> r = records.poll();
            if (!done.add(r)) continue;
            sb.append("### ").append(r.getSimpleName()).append("\n\n| field | value |\n|---|---|\n");
            for (RecordComponent c : r.getRecordComponents()) {
                sb.append("| `").append(c.getName()).append("` | ").append(describe(c.getGenericType(), records)).append(" |\n");
            }
            sb.append('\n');
        }
        themeStrings(sb);
        return sb.toString();
    }

    /** Every message of the theme with its English: what a translation gives, key by key. */
    private static void themeStrings(StringBuilder sb) {
        sb.append("## Theme strings\n\nEvery word the theme shows is a message of `templates/messages/<language>.properties`")
                .append(" (the theme ships `en` and `es`; a site's own file overrides them key by key, and a language the theme does")
                .append(" not ship needs every key). Templates show one with `msg(key, arguments…)`. `{0}`, `{1}`… are what the theme")
                .append(" puts there; a translation uses the same ones, in any order. The `date.*` messages are date patterns")
                .append(" (`d` the day, `MMMM` the month's name in the language, `yyyy` the year, other text in 'quotes').\n\n")
                .append("| key | English |\n|---|---|\n");
        Theme.builtInPatterns("en").forEach((key, text) -> sb.append("| `").append(key).append("` | ").append(cell(text)).append(" |\n"));
        sb.append('\n');
    }

    /** Two descriptions of one variable on different pages: an empty list says least. */
    private static String either(String a, String b) {
        if (a.equals(b) || b.equals("list") || a.contains(b)) return a;
        return a.equals("list") ? b : a + ", or " + b;
    }

    /** A runtime value as the reader needs it: its shape, linking to the record it is. */
    private static String describe(Object v, Deque<Class<?>> records) {
        if (v instanceof List<?> list) {
            return list.isEmpty() ? "list" : "list of " + describe(list.get(0), records);
        }
        if (v instanceof Map<?, ?>) return "map";
        return describe(v.getClass(), records);
    }

    private static String describe(Type t, Deque<Class<?>> records) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "list of " + describe(p.getActualTypeArguments()[0], records);
        }
        if (t instanceof Class<?> c) {
            if (c.isRecord()) {
                records.add(c);
                return "[" + c.getSimpleName() + "](#" + c.getSimpleName() + ")";
            }
            if (c == String.class) return "text";
            if (c == boolean.class || c == Boolean.class) return "true or false";
            if (c == int.class || c == Integer.class) return "number";
            if (TemplateHTMLOutputModel.class.isAssignableFrom(c)) return "*HTML*";
            if (freemarker.template.TemplateMethodModelEx.class.isAssignableFrom(c)) {
                return "function: `msg(key, arguments…)` in that language, e.g. `t.msg(\"languages.untranslated\")`";
            }
            if (Map.class.isAssignableFrom(c)) return "map";
        }
        return t.getTypeName();
    }

    private static void fence(StringBuilder sb, String text) {
        String fence = text.contains("```") ? "~~~~" : "```";
        sb.append(fence).append('\n').append(text.endsWith("\n") ? text : text + "\n").append(fence).append("\n\n");
    }

    /** Text for a table cell. */
    private static String cell(String s) {
        return prose(s).replace("|", "\\|").replace("\n", " ");
    }

    /** Wiki-link and footnote syntax shown as code, since Markdown would otherwise read [[x]] or [^x] as a link. */
    private static String prose(String s) {
        return s.replaceAll("(\\[\\[[^\\]`]*]]|\\[\\^[^\\]`]*])", "`$1`");
    }
}
