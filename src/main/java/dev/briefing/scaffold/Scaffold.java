package dev.briefing.scaffold;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.HOW;
import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.SUMMARY;
import static dev.briefing.model.ItemFields.TYPE;
import static dev.briefing.model.ItemFields.VERIFIED;
import static dev.briefing.model.ItemFields.VERIFIED_AT;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Item;
import dev.briefing.model.ItemFields;
import dev.briefing.model.Kind;
import dev.briefing.model.Placeholders;
import dev.briefing.source.ContentLoader;
import dev.briefing.util.Slugs;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code briefing new}: writes a brief with its front matter filled in, or appends an entity
 * skeleton to its data file as text, so the rest of the file (comments, order) stays as it was.
 * What only the editors can write is a placeholder ({@link Placeholders}): an error until it is
 * replaced, so nothing unfinished is published.
 */
public final class Scaffold {
    /**
     * A review date is a claim that someone checked the text: nobody has yet, so it is written
     * commented, for whoever checks it to uncomment with that day.
     */
    static final String REVIEWED = "# reviewed: YYYY-MM-DD   # once someone has checked it against its sources: uncomment, with that day"
            + " (readers see it)\n";

    private final Path source;
    private final LocalDate today;

    /**
     * What {@code new} did, or why it did nothing: a title, id or language it cannot use is a
     * usage mistake ({@code usage}); a data file with a problem to fix first is one in content.
     */
    public record Result(boolean ok, String message, boolean usage) {
        static Result done(String message) {
            return new Result(true, message, false);
        }

        /** What was asked for cannot be done as asked: another title, id or language would do. */
        static Result refused(String message) {
            return new Result(false, message, true);
        }

        /** The file to add to has a problem to fix first. */
        static Result blocked(String message) {
            return new Result(false, message, false);
        }
    }

    public Scaffold(Path source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    public Result brief(String title) throws IOException {
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) return Result.refused("the title needs at least one letter or digit");
        Path file = source.resolve("content/briefs/" + slug + ".md");
        if (Files.exists(file)) {
            return Result.refused("content/briefs/" + slug + ".md already exists; choose another title or edit it");
        }
        Files.createDirectories(file.getParent());
        String text = "---\n"
                + "title: " + quote(title) + "\n"
                + "date: " + today + "\n"
                + "summary: \"" + Placeholders.MARK + " one plain sentence with the bottom line.\"\n"
                + "tags: []\n"
                + REVIEWED
                + "threats: []\n"
                + "targets: []\n"
                + "drivers: []\n"
                + "sources: []\n"
                + "---\n"
                + "## Bottom line\n\n"
                + Placeholders.BODY + " Cite each claim with `[[cite:source-id]]`, using an id\n"
                + "from content/data/sources.yaml, and link related entries with `[[target:polling-places]]`.\n";
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return Result.done("content/briefs/" + slug + ".md");
    }

    /** A page such as "Accessibility": content/pages/&lt;slug&gt;.md, published at /&lt;slug&gt;/. */
    public Result page(String title) throws IOException {
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) return Result.refused("the title needs at least one letter or digit");
        String rel = "content/pages/" + slug + ".md";
        Path file = source.resolve(rel);
        if (Files.exists(file)) return Result.refused(rel + " already exists; choose another title or edit it");
        if (dev.briefing.model.GeneratedPages.taken(slug)) {
            return Result.refused("the site already makes a page at /" + slug + "/ itself; choose another title, such as '"
                    + title + " policy'");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + quote(title) + "\nsummary: \"" + Placeholders.MARK
                + " one sentence describing the page.\"\n" + REVIEWED + "---\n" + Placeholders.BODY + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return Result.done(rel);
    }

    public Result entity(Kind kind, String id) throws IOException {
        if (!Slugs.isValid(id)) {
            return Result.refused("'" + id + "' is not a valid id; use lowercase letters, digits and hyphens, e.g. '"
                    + Slugs.slugify(id) + "'");
        }
        Optional<Item> existing = new ContentLoader(new MarkdownEngine()).load(source, new Diagnostics()).items()
                .stream().filter(i -> i.kind().isEntity() && i.id().equals(id)).findFirst();
        if (existing.isPresent()) {
            return Result.refused("id '" + id + "' is already used by " + existing.get().kind().withArticle()
                    + " at " + existing.get().pos());
        }
        String rel = "content/data/" + kind.plural() + ".yaml";
        Path file = source.resolve(rel);
        Files.createDirectories(file.getParent());
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Appendable target = appendable(rel, current);
        if (target.refusal() != null) return Result.blocked(target.refusal());
        String before = target.text();
        StringBuilder entry = new StringBuilder(before.isEmpty() || before.endsWith("\n") ? "" : "\n");
        if (!before.isEmpty()) entry.append('\n');
        boolean first = true;
        for (Field f : kind.schema().fields()) {
            String value = value(kind, f, id);
            String hint = hint(kind, f);
            if (hint != null) entry.append("  ").append(hint);
            if (value == null) continue;
            entry.append(first ? "- " : "  ").append(f.name()).append(": ").append(value).append('\n');
            first = false;
        }
        Files.writeString(file, before + entry, StandardCharsets.UTF_8);
        return Result.done(rel + ": added " + kind.singular() + " '" + id + "'");
    }

    /**
     * What a translation records of its source's date ({@code source_updated}): the source's last recorded date, or, for
     * a source that has none yet (a page, a data entry without change notes), the day the translation is made, so that
     * the source's first dated change after it is known to be later (walkthrough of issue 24: no date was written, and a
     * stale translation of such a page could never be dated, nor counted against max_stale_days).
     */
    public static LocalDate recorded(LocalDate sourceDate, LocalDate today) {
        return sourceDate != null ? sourceDate : today;
    }

    /**
     * The item meant by an id that names none (a brief is named by its file's slug, an entry by its id): the slug of
     * what was typed, a near id, the one whose title it is, or the one id that holds it (sheriff: county-sheriff); null.
     */
    private static String meant(String given, List<Item> ofKind) {
        List<String> ids = ofKind.stream().map(Item::id).toList();
        String slug = Slugs.slugify(given);
        if (ids.contains(slug)) return slug;
        String near = dev.briefing.diag.Suggest.closest(given, ids);
        if (near != null) return near;
        for (Item i : ofKind) if (i.title() != null && i.title().equalsIgnoreCase(given.strip())) return i.id();
        List<String> holding = slug.isEmpty() ? List.of() : ids.stream().filter(i -> i.contains(slug)).toList();
        return holding.size() == 1 ? holding.get(0) : null;
    }

    /**
     * A translation skeleton ({@code briefing new --lang es brief SLUG}): the source's text to
     * translate, each field and the body marked as a placeholder, so nothing is published until someone
     * translates it; it records the digest of the source it translates, and the source's last recorded date. A brief or page gets its sibling
     * file x.es.md; a data entry is appended to content/data/&lt;kind&gt;.es.yaml.
     */
    public Result translation(Kind kind, String id, String lang) throws IOException {
        var loaded = new ContentLoader(new MarkdownEngine()).load(source, new Diagnostics());
        var language = loaded.config().languageOf(lang);
        if (language.isEmpty() || language.get().equals(loaded.config().defaultLanguage())) {
            List<String> others = loaded.config().languages().stream().skip(1).map(dev.briefing.model.Language::code).toList();
            String meant = dev.briefing.model.Language.isKnown(lang) ? null : dev.briefing.diag.Suggest.closest(lang, others);
            return Result.refused("'" + lang + "' is not one of this site's other languages"
                    + (meant != null ? "; did you mean '" + meant + "'?"
                            : others.isEmpty() ? "; declare it in content/site.yaml's languages first" : " (" + String.join(", ", others) + ")"));
        }
        Optional<Item> item = loaded.items().stream().filter(i -> i.kind() == kind && i.id().equals(id)).findFirst();
        if (item.isEmpty()) {
            String meant = meant(id, loaded.items().stream().filter(i -> i.kind() == kind)
                    .sorted(java.util.Comparator.comparing(Item::id)).toList());
            return Result.refused("there is no " + kind.singular() + " '" + id + "' to translate" + (meant != null
                    ? "; did you mean '" + meant + "'?" : kind.isEntity() ? " (an entry is named by its id in content/data/"
                    + kind.plural() + ".yaml)" : " (a " + kind.singular() + " is named by its file name without .md, in content/"
                    + kind.plural() + "/)"));
        }
        Item source = item.get();
        if (!source.hasTextToTranslate()) {
            return Result.refused("source '" + id + "' has nothing to translate: a source's title, publisher and address are"
                    + " the publication's own, shared by all languages, and only its summary (this site's sentence about it)"
                    + " is translated, and it has none: readers in every language see it as content/data/sources.yaml gives it");
        }
        String todo = Placeholders.MARK + " translate: ";
        if (!kind.isEntity()) {
            String rel = source.sourcePath().substring(0, source.sourcePath().length() - 3) + "." + lang + ".md";
            Path file = this.source.resolve(rel);
            if (Files.exists(file)) {
                return Result.refused(rel + " already exists; edit it (to start again from the " + loaded.config().defaultLanguage().name()
                        + " text as it is now, delete it first, then run this again)");
            }
            String body = dev.briefing.source.FrontMatter.split(loaded.sources().get(source.sourcePath()), new Diagnostics())
                    .map(dev.briefing.source.FrontMatter::body).orElse("");
            StringBuilder text = new StringBuilder("---\n");
            text.append("title: ").append(quote(todo + source.title())).append('\n');
            if (!source.summary().isEmpty()) text.append("summary: ").append(quote(todo + source.summary())).append('\n');
            if (source.fields().has(ADVICE)) {
                text.append("advice: [").append(String.join(", ", source.fields().get(ADVICE).stream().map(Scaffold::quote).toList()))
                        .append("]  # the advice headings, as the translated text writes them\n");
            }
            text.append("translates: ").append(source.digest()).append('\n');
            text.append("source_updated: ").append(recorded(source.lastDated(), today)).append('\n');
            text.append("---\n")
                    .append(todo).append("the text below, then delete this line.\n\n").append(body);
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return Result.done(rel);
        }
        String rel = "content/data/" + kind.plural() + "." + lang + ".yaml";
        Path file = this.source.resolve(rel);
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (loaded.translations().stream().anyMatch(t -> t.lang().equals(lang) && t.key().equals(source.key()))) {
            return Result.refused(rel + " already translates " + kind.singular() + " '" + id + "'; edit it");
        }
        Appendable target = appendable(rel, current);
        if (target.refusal() != null) return Result.blocked(target.refusal());
        String before = target.text();
        StringBuilder entry = new StringBuilder(before.isEmpty() || before.endsWith("\n") ? "" : "\n");
        if (!before.isEmpty()) entry.append('\n');
        entry.append("- id: ").append(id).append('\n').append("  translates: ").append(source.digest()).append('\n');
        entry.append("  source_updated: ").append(recorded(source.lastDated(), today)).append('\n');
        for (Field f : kind.schema().fields()) {
            if (!f.translatable() || !source.fields().has(f.key())) continue;
            Object value = source.fields().get(f.key());
            if (value instanceof String line) {
                entry.append("  ").append(f.name()).append(": ").append(quote(todo + line)).append('\n');
            } else if (value instanceof dev.briefing.yaml.MarkdownText md) {
                entry.append("  ").append(f.name()).append(": |\n");
                block(entry, "    ", todo, md);
            } else if (value instanceof List<?> sections && f.type() == dev.briefing.yaml.FieldType.SECTIONS) {
                // A translation's sections replace all of its source's, so every one is written out to translate.
                entry.append("  ").append(f.name()).append(":\n");
                for (dev.briefing.yaml.Section s : sections.stream().map(dev.briefing.yaml.Section.class::cast).toList()) {
                    entry.append("    - heading: ").append(quote(todo + s.heading())).append('\n').append("      body: |\n");
                    block(entry, "        ", todo, s.body());
                }
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, before + entry, StandardCharsets.UTF_8);
        return Result.done(rel + ": added the " + language.get().name() + " skeleton of " + kind.singular() + " '" + id + "'");
    }

    /** A Markdown text as a YAML block at this indent, after the line that marks it to translate. */
    private static void block(StringBuilder entry, String indent, String todo, dev.briefing.yaml.MarkdownText md) {
        entry.append(indent).append(todo).append("the text below, then delete this line.\n");
        md.text().lines().forEach(l -> entry.append(l.isEmpty() ? "" : indent + l).append('\n'));
    }

    /** The data file's text ready for a "- " entry to be appended, or why it cannot take one. */
    private record Appendable(String text, String refusal) {
    }

    /**
     * A data file can take a block entry at its end when it holds nothing yet, or a block list.
     * An empty flow list ({@code []}, which {@code init} writes so the file is a valid empty list)
     * is taken out first: a "- " item after it would be a second document, a YAML error.
     */
    private static Appendable appendable(String rel, String text) {
        Diagnostics diags = new Diagnostics();
        Optional<Node> root = YamlLoader.compose(text, rel, 1, diags);
        if (diags.hasErrors()) {
            Diagnostic d = diags.sorted().get(0);
            return new Appendable(text, rel + " has an error to fix first, at line " + d.pos().line() + ", column "
                    + d.pos().column() + ": " + d.message() + " (briefing check shows it in full)");
        }
        if (root.isEmpty()) return new Appendable(text, null);
        if (!(root.get() instanceof SequenceNode list)) {
            return new Appendable(text, rel + " must be a list of entries, each starting with '- ', but it is not");
        }
        if (list.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) return new Appendable(text, null);
        if (!list.getValue().isEmpty()) {
            return new Appendable(text, rel + " writes its entries inside [ ] at line " + (list.getStartMark().getLine() + 1)
                    + "; write each entry on its own lines starting with '- ' to add to it with 'briefing new'");
        }
        int start = text.offsetByCodePoints(0, list.getStartMark().getIndex());
        int end = text.offsetByCodePoints(0, list.getEndMark().getIndex());
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        boolean aloneOnItsLine = text.substring(lineStart, start).isBlank()
                && text.substring(end, lineEnd).strip().replaceFirst("^#.*", "").isEmpty();
        String rest = aloneOnItsLine ? text.substring(0, lineStart) + text.substring(lineEnd)
                : text.substring(0, start) + text.substring(end);
        return new Appendable(rest, null);
    }

    /**
     * A commented line for a field only the editor can fill in truthfully, or null: check warns
     * until it is written (a source's type, BRF110; a channel's confirmation, BRF132).
     */
    private static String hint(Kind kind, Field f) {
        if (f.is(ItemFields.REVIEWED)) return REVIEWED;
        if (kind == Kind.SOURCE && f.is(TYPE)) {
            return "# type: " + String.join(", ", f.choices()) + " (say which, and uncomment)\n";
        }
        if (kind == Kind.CHANNEL && f.is(VERIFIED)) {
            return "# verified: YYYY-MM-DD   # the day someone confirmed it on the official page: uncomment, with that day\n";
        }
        if (kind == Kind.CHANNEL && f.is(VERIFIED_AT)) {
            return "# verified_at: source-id   # that official page, from content/data/sources.yaml (type: official)\n";
        }
        return null;
    }

    /** The skeleton value of a field, or null to leave it out. */
    private String value(Kind kind, Field f, String id) {
        if (f.is(ID)) return id;
        // A channel needs one way to reach it; it stays unverified (a warning) until someone confirms it.
        if (kind == Kind.CHANNEL && f.is(HOW)) return quote(Placeholders.MARK + " " + f.doc().toLowerCase(java.util.Locale.ROOT));
        // A new advisory expires on the day it is issued: never in force by dates nobody copied from
        // the bulletin, and a placeholder (an error) until its editor gives the real ones. Any other
        // day (when an incident happened, when an event starts) is today marked as a placeholder: a
        // draft renders with it, and nothing publishes the day 'new' ran as a fact.
        return switch (f.type()) {
            case REFS -> "[]";
            case LINE, MARKDOWN -> f.required() || f.is(SUMMARY)
                    ? quote(Placeholders.MARK + " " + f.doc().toLowerCase(java.util.Locale.ROOT)) : null;
            case DATE -> !f.required() ? null : kind == Kind.ADVISORY ? today.toString() : quote(Placeholders.MARK + " " + today);
            case CHOICE -> f.required() ? f.choices().get(0) : null;
            case URL -> f.required() ? quote(Placeholders.URL) : null;
            default -> null;
        };
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
