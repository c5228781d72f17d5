package dev.briefing.lint;

import static dev.briefing.model.ItemFields.ACCESSED;
import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.SOURCES;
import static dev.briefing.model.ItemFields.SUMMARY;
import static dev.briefing.model.ItemFields.TYPE;
import static dev.briefing.model.ItemFields.UPDATED;

import dev.briefing.model.TextKey;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.WikiLink;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.Placeholders;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.Schema;
import dev.briefing.yaml.Section;
import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.MarkdownText;
import dev.briefing.util.Readability;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Editorial lints that need nothing but the item itself. They run at load time, so the preview
 * caches them with the file and does not repeat them for unchanged files. Lints that need the
 * whole site (an entity nothing refers to) run in the resolve stage.
 */
public final class ItemLints {
    public static final int MAX_SUMMARY = 300;
    public static final double MAX_GRADE = 10;

    private ItemLints() {
    }

    /**
     * @param texts the Markdown source of each of the item's texts, by the names of {@link Item#markdown},
     *              to point at a placeholder where it is written
     */
    public static void check(Item item, Map<TextKey, MarkdownText> texts, Diagnostics diags) {
        placeholders(item, texts, diags);
        summaryLength(item, diags);
        if (item.kind() == Kind.SOURCE && !item.fields().has(ACCESSED)) {
            diags.warning(Code.BRF085, item.pos(), "source '" + item.id() + "' has no 'accessed' date",
                    "add accessed: YYYY-MM-DD, the day it was last read for this site");
        }
        if (item.kind() == Kind.SOURCE && !item.fields().written(TYPE)) {
            diags.warning(Code.BRF110, item.pos(), "source '" + item.id() + "' does not say what kind of source it is",
                    "add type: official, document, news or secondary");
        }
        Citations.check(item, diags);
        HandoutContent.check(item, diags);
        if (item.kind() != Kind.BRIEF) return;
        LocalDate updated = item.fields().get(UPDATED);
        if (updated != null && item.fields().get(CHANGES).stream().noneMatch(c -> updated.equals(c.get(DATE)))) {
            diags.warning(Code.BRF086, item.fields().posOf(UPDATED), "'updated' is " + updated
                    + " but no entry of 'changes' says what changed that day",
                    "add to changes: - {date: " + updated + ", note: <what changed>}");
        }
        boolean cites = !item.fields().get(SOURCES).isEmpty() || item.markdown().values().stream()
                .flatMap(d -> d.wikiLinks().stream()).anyMatch(WikiLink::isCitation);
        if (!cites) {
            diags.warning(Code.BRF072, item.pos(), "brief '" + item.id() + "' cites no source",
                    "add [[cite:source-id]] after its claims or list 'sources:'");
        }
        double grade = Readability.grade(item.summary());
        if (grade > MAX_GRADE) {
            diags.warning(Code.BRF075, item.fields().posOf(SUMMARY), String.format(Locale.ROOT,
                    "summary reads at grade %.1f", grade), "use shorter sentences and plainer words");
        }
    }

    /**
     * The lints of a translation's own text: its summary's length, its citations and its advice headings, as in
     * its source's language (a translated brief is held to the same standard). What it inherits (dates, sources,
     * changes) is linted in its source; the reading-grade formula is English's, so it is not applied here.
     */
    public static void translation(Item item, Diagnostics diags) {
        if (item.summary() != null) summaryLength(item, diags);
        Citations.check(item, diags);
    }

    private static void summaryLength(Item item, Diagnostics diags) {
        if (item.summary().length() > MAX_SUMMARY) {
            diags.warning(Code.BRF074, item.fields().posOf(SUMMARY), "summary is " + item.summary().length()
                    + " characters", "keep it under " + MAX_SUMMARY + " characters");
        }
    }

    /**
     * The placeholders of a mapping's one-line fields and addresses, and of the mappings and section headings
     * within it (a change's note), each reported at its field: every one of them is published.
     *
     * @param prefix the dotted path of the mapping, as editors read it ("changes.0."), or "" for the item's own
     */
    private static void fields(Schema schema, Fields fields, String prefix, Diagnostics diags) {
        for (Field f : schema.fields()) {
            String name = prefix + f.name();
            Object value = fields.get(f.key());
            Pos pos = fields.posOf(f.key());
            if (f.type() == FieldType.LINE && value instanceof String text) {
                line(name, text, f.doc(), pos, diags);
            } else if (f.type() == FieldType.URL && Placeholders.URL.equals(value)) {
                diags.error(Code.BRF078, pos, "'" + name + "' is still a placeholder", "replace " + Placeholders.URL + " with the real address");
            } else if (value instanceof Fields group) {
                fields(f.nested(), group, name + ".", diags);
            } else if (f.type() == FieldType.RECORDS && value instanceof List<?> records) {
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i) instanceof Fields record) fields(f.nested(), record, name + "." + i + ".", diags);
                }
            } else if (f.type() == FieldType.SECTIONS && value instanceof List<?> sections) {
                for (int i = 0; i < sections.size(); i++) {
                    if (sections.get(i) instanceof Section s) line(name + "." + i + ".heading", s.heading(), null, pos, diags);
                }
            }
        }
    }

    /**
     * A one-line text: all placeholder (what 'new' wrote, or its instructions without their mark: 'new'
     * writes a field's own description), or holding one ("TODO check the name", "(TBD)").
     */
    private static void line(String name, String text, String doc, Pos pos, Diagnostics diags) {
        if (Placeholders.isPlaceholder(text) || doc != null && text.strip().equalsIgnoreCase(doc)) {
            diags.error(Code.BRF078, pos, "'" + name + "' is still a placeholder", Placeholders.hint(text));
            return;
        }
        int at = Placeholders.firstMark(text);
        if (at >= 0) {
            diags.error(Code.BRF078, pos, "'" + name + "' still has a placeholder ('" + Placeholders.editorsMark(text, at)
                    + "'), which would be published as it is", "write what is still to come in its place, or remove it");
        }
    }

    /**
     * What 'briefing new' and 'init' leave to fill in ({@link Placeholders}), in any text field or
     * text, each reported where it is written: an error, so nothing unfinished is published.
     */
    public static void placeholders(Item item, Map<TextKey, MarkdownText> texts, Diagnostics diags) {
        fields(item.kind().schema(), item.fields(), "", diags);
        // Every placeholder of a text, so one run lists them all.
        texts.forEach((key, text) -> {
            String t = text.text();
            boolean mayHold = Placeholders.mayHold(t);
            for (int body : mayHold ? Placeholders.occurrences(t, Placeholders.BODY) : List.<Integer>of()) {
                diags.error(Code.BRF078, text.posOf(body), "the placeholder '" + Placeholders.BODY + "' is still in the text",
                        "write the bottom line in its place");
            }
            // A field (a summary) that is all placeholder is one.
            Field field = key.isSection() ? null
                    : item.kind().schema().fields().stream().filter(f -> f.is(key.field())).findFirst().orElse(null);
            if (field != null && (Placeholders.isPlaceholder(t) || t.strip().equalsIgnoreCase(field.doc()))) {
                diags.error(Code.BRF078, text.posOf(t.indexOf(t.strip())), "'" + key.name() + "' is still a placeholder",
                        Placeholders.hint(t.strip()));
                return;
            }
            if (!mayHold) return;
            for (int mark : Placeholders.occurrences(t, Placeholders.MARK)) {
                diags.error(Code.BRF078, text.posOf(mark), "the text still has a placeholder (" + Placeholders.MARK
                        + " …) to write", "write what it asks for in its place");
            }
            String lower = t.toLowerCase(Locale.ROOT);
            for (int at : Placeholders.editorsMarks(t, lower)) {
                diags.error(Code.BRF078, text.posOf(at), "the text still has a placeholder ('" + Placeholders.editorsMark(t, at)
                        + "'), which would be published as it is", "write what is still to come in its place, or remove it");
            }
            for (int at : Placeholders.instructions(t, lower)) {
                if (t.substring(0, at).stripTrailing().endsWith(Placeholders.MARK)) continue;
                diags.error(Code.BRF078, text.posOf(at), "the text still has the instructions 'briefing init' or"
                        + " 'briefing new' wrote", "write what they ask for in their place");
            }
        });
        LocalDate issued = item.fields().get(ISSUED);
        if (item.kind() == Kind.ADVISORY && issued != null && issued.equals(item.fields().get(EXPIRES))) {
            // What 'briefing new' writes, so that an advisory is never in force by dates nobody copied.
            diags.error(Code.BRF078, item.fields().posOf(EXPIRES), "advisory '" + item.id()
                    + "' expires on the day it is issued, so it is never in force: its dates are still placeholders",
                    "copy 'issued' and 'expires' from the bulletin or alert itself");
        }
    }
}
