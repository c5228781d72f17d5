package dev.briefing.source;

import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.SOURCE_UPDATED;
import static dev.briefing.model.ItemFields.SUMMARY;
import static dev.briefing.model.ItemFields.TRANSLATES;
import static dev.briefing.model.ItemFields.TRANSLATION;

import dev.briefing.model.TextKey;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Language;
import dev.briefing.model.SourceFile;
import dev.briefing.model.Translation;
import dev.briefing.util.Slugs;
import dev.briefing.yaml.Binder;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.MarkdownText;
import dev.briefing.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads translation files: {@code content/briefs/x.es.md} (and pages) translates {@code x.md};
 * {@code content/data/threats.es.yaml} lists entries of threats.yaml by id. A translation gives only
 * translatable fields; setting any other (a date, a level, a relation) is an error naming the field,
 * since it comes from the source. Whether the language is declared and the source exists is checked
 * once all files are loaded ({@code i18n.Languages}).
 */
final class TranslationFiles {
    /** A translation file's name, split: its kind, its source's slug (briefs and pages) and its language code. */
    record Name(Kind kind, String slug, String lang) {
    }

    private final MarkdownEngine markdown;

    TranslationFiles(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /**
     * The parts of a translation file's path, or empty when it is not one. A slug never holds a dot,
     * so a dot before .md or .yaml starts a language code; a code that is not written like one
     * (x.Draft.md) leaves the file to the usual file-name check.
     */
    static Optional<Name> name(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Kind kind;
        String stem;
        if (path.startsWith("content/briefs/") && name.endsWith(".md")) {
            kind = Kind.BRIEF;
            stem = name.substring(0, name.length() - 3);
        } else if (path.startsWith("content/pages/") && name.endsWith(".md")) {
            kind = Kind.PAGE;
            stem = name.substring(0, name.length() - 3);
        } else if (path.startsWith("content/data/") && name.endsWith(".yaml") && path.indexOf('/', 13) < 0) {
            stem = name.substring(0, name.length() - 5);
            int dot = stem.indexOf('.');
            String plural = dot < 0 ? stem : stem.substring(0, dot);
            kind = Kind.entities().stream().filter(k -> k.plural().equals(plural)).findFirst().orElse(null);
            if (kind == null) return Optional.empty();
        } else {
            return Optional.empty();
        }
        int dot = stem.lastIndexOf('.');
        if (dot < 0 || !Language.isTag(stem.substring(dot + 1))) return Optional.empty();
        String slug = stem.substring(0, dot);
        return Optional.of(new Name(kind, kind.isEntity() ? null : slug, stem.substring(dot + 1)));
    }

    /**
     * A translation file's translations, and whether some could not be read that far (its YAML or front matter broken, an
     * entry without a readable id): the translation status then does not call their items missing, which would only
     * echo the error already reported.
     */
    record Loaded(List<Translation> translations, boolean lost) {
    }

    Loaded load(Name name, SourceFile file, Diagnostics diags) {
        return name.kind().isEntity() ? loadData(name, file, diags) : loadMarkdown(name, file, diags);
    }

    private Loaded loadMarkdown(Name name, SourceFile file, Diagnostics diags) {
        if (!Slugs.isValid(name.slug())) {
            diags.error(Code.BRF005, Pos.file(file.path()), "file name '" + name.slug() + "." + name.lang() + ".md' cannot be a URL",
                    "a translation is named after the file it translates: run-hide-fight.es.md translates run-hide-fight.md");
            return new Loaded(List.of(), true);
        }
        Optional<FrontMatter> fm = FrontMatter.split(file, diags);
        if (fm.isEmpty()) return new Loaded(List.of(), true);
        Binder binder = new Binder(file.path(), fm.get().yamlFirstLine(), fm.get().yaml(), diags);
        String source = file.path().substring(0, file.path().lastIndexOf('/') + 1) + name.slug() + ".md";
        Fields none = Fields.none(file.pos(1, 1));
        Fields fields = YamlLoader.compose(fm.get().yaml(), file.path(), fm.get().yamlFirstLine(), diags)
                .map(n -> withoutInherited(n, name.kind(), name.lang(), source, binder, diags))
                .flatMap(n -> binder.bindPartly(n, name.kind().translationSchema()))
                .orElse(none);
        MarkdownText body = new MarkdownText(fm.get().body(), file.pos(fm.get().bodyFirstLine(), 1), 0);
        Map<TextKey, MarkdownDoc> md = new LinkedHashMap<>();
        if (!fm.get().body().isBlank()) md.put(TextKey.BODY, markdown.parse(body, diags));
        Item item = item(name, new Key(name.kind(), name.slug()), file.pos(1, 1), fields, md);
        return new Loaded(List.of(translation(name, item, fm.get().body().isBlank() ? Map.of() : Map.of(TextKey.BODY, body), diags)), false);
    }

    private Loaded loadData(Name name, SourceFile file, Diagnostics diags) {
        Optional<Node> root = YamlLoader.compose(file.text(), file.path(), 1, diags);
        if (root.isEmpty()) return new Loaded(List.of(), diags.hasErrors());
        if (!(root.get() instanceof SequenceNode seq)) {
            diags.error(Code.BRF017, YamlLoader.pos(file.path(), 1, root.get().getStartMark()),
                    name.kind().plural() + "." + name.lang() + ".yaml must be a list of entries",
                    "start each entry with '- id: …', the id of the entry it translates");
            return new Loaded(List.of(), true);
        }
        String source = "content/data/" + name.kind().plural() + ".yaml";
        Binder binder = new Binder(file.path(), 1, file.text(), diags);
        List<Translation> out = new ArrayList<>();
        boolean lost = false;
        for (Node entry : seq.getValue()) {
            Optional<Fields> bound = binder.bindPartly(withoutInherited(entry, name.kind(), name.lang(), source, binder, diags),
                    name.kind().translationSchema());
            if (bound.isEmpty() || !bound.get().has(ID)) {
                lost = true;
                continue;
            }
            Fields f = bound.get();
            Map<TextKey, MarkdownText> texts = ContentLoader.entryTexts(f);
            Map<TextKey, MarkdownDoc> md = ContentLoader.parseEntryTexts(markdown, f.get(ID), texts, diags);
            out.add(translation(name, item(name, new Key(name.kind(), f.get(ID)), f.posOf(ID), f, md), texts, diags));
        }
        return new Loaded(out, lost);
    }

    private static Item item(Name name, Key key, Pos pos, Fields f, Map<TextKey, MarkdownDoc> md) {
        String title = f.get(name.kind().titleField());
        return new Item(key, pos, title, f.get(SUMMARY), null, f, java.util.Collections.unmodifiableMap(md), null);
    }

    /**
     * The translation of these fields and texts. What `new --lang` wrote still to translate stops publishing, as in
     * any other file, and makes the translation one in progress: its status never says it is translated.
     */
    private static Translation translation(Name name, Item item, Map<TextKey, MarkdownText> texts, Diagnostics diags) {
        Diagnostics placeholders = new Diagnostics();
        dev.briefing.lint.ItemLints.placeholders(item, texts, placeholders);
        diags.addAll(placeholders);
        dev.briefing.lint.ItemLints.translation(item, diags);
        Fields f = item.fields();
        return new Translation(name.lang(), item, f.get(TRANSLATES), f.get(SOURCE_UPDATED), "machine".equals(f.get(TRANSLATION)),
                !placeholders.isEmpty());
    }

    /**
     * The mapping without the fields a translation cannot set (those of the kind's schema that are not
     * translatable), each reported at its name: only these, not every unknown field, get this message.
     */
    private static Node withoutInherited(Node node, Kind kind, String lang, String source, Binder binder, Diagnostics diags) {
        if (!(node instanceof MappingNode mapping)) return node;
        Map<String, Field> translatable = kind.translationSchema().byName();
        Map<String, Field> all = kind.schema().byName();
        List<NodeTuple> kept = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && all.containsKey(k.getValue()) && !translatable.containsKey(k.getValue())) {
                diags.error(Code.BRF153, binder.pos(k), "'" + k.getValue() + "' cannot be set in a translation",
                        "a translation gives only text to translate (" + String.join(", ", translatable.keySet().stream()
                                .filter(n -> !n.equals(ID.name()) && !n.equals(TRANSLATES.name())
                                        && !n.equals(SOURCE_UPDATED.name()) && !n.equals(TRANSLATION.name())).toList())
                                + "); '" + k.getValue() + "' comes from " + source + ": change it there"
                                + (k.getValue().equals("tags") ? "; to show a tag in this language under a name of its own, name it in"
                                        + " site.yaml: labels: {" + lang + ": {" + kind.singular() + ".tags.TAG: \"…\"}}" : ""));
                continue;
            }
            kept.add(t);
        }
        return kept.size() == mapping.getValue().size() ? node
                : new MappingNode(mapping.getTag(), kept, mapping.getFlowStyle());
    }
}
