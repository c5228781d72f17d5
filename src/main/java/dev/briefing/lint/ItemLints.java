package dev.briefing.lint;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.markdown.WikiLink;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Editorial lints that need nothing but the item itself. They run at load time, so the preview
 * caches them with the file and does not repeat them for unchanged files. Lints that need the
 * whole site (an entity nothing refers to) run in the resolve stage.
 */
public final class ItemLints {
    public static final int MAX_SUMMARY = 300;
    public static final double MAX_GRADE = 10;
    public static final String PLACEHOLDER = "TODO:";
    /** The first words of the body 'briefing new' writes. */
    public static final String PLACEHOLDER_BODY = "Say the most important thing first.";
    /** The address 'briefing new' writes where a URL is required. */
    public static final String PLACEHOLDER_URL = "https://example.org/todo";

    private ItemLints() {
    }

    public static void check(Item item, Diagnostics diags) {
        for (String field : List.of(item.kind().titleField(), "summary")) {
            String v = item.fields().text(field);
            if (v != null && v.startsWith(PLACEHOLDER)) {
                diags.warning(Code.BRF078, item.fields().posOf(field), "'" + field + "' is still a placeholder",
                        "replace the TODO text");
            }
        }
        for (var f : item.kind().schema().fields()) {
            if (f.type() == dev.briefing.yaml.FieldType.URL && PLACEHOLDER_URL.equals(item.fields().text(f.name()))) {
                diags.warning(Code.BRF078, item.fields().posOf(f.name()), "'" + f.name() + "' is still a placeholder",
                        "replace " + PLACEHOLDER_URL + " with the real address");
            }
        }
        var body = item.markdown().get("body");
        if (body != null && body.plainText().contains(PLACEHOLDER_BODY)) {
            diags.warning(Code.BRF078, item.fields().posOf("body"), "the text still starts with the placeholder '"
                    + PLACEHOLDER_BODY + "'", "write the bottom line in its place");
        }
        if (item.summary().length() > MAX_SUMMARY) {
            diags.warning(Code.BRF074, item.fields().posOf("summary"), "summary is " + item.summary().length()
                    + " characters", "keep it under " + MAX_SUMMARY + " characters");
        }
        if (item.kind() == Kind.SOURCE && !item.fields().has("accessed")) {
            diags.warning(Code.BRF085, item.pos(), "source '" + item.id() + "' has no 'accessed' date",
                    "add accessed: YYYY-MM-DD, the day it was last read for this site");
        }
        Citations.check(item, diags);
        if (item.kind() != Kind.BRIEF) return;
        LocalDate updated = item.fields().date("updated");
        if (updated != null && item.fields().records("changes").stream().noneMatch(c -> updated.equals(c.date("date")))) {
            diags.warning(Code.BRF086, item.fields().posOf("updated"), "'updated' is " + updated
                    + " but no entry of 'changes' says what changed that day",
                    "add to changes: - {date: " + updated + ", note: <what changed>}");
        }
        boolean cites = !item.fields().refs("sources").isEmpty() || item.markdown().values().stream()
                .flatMap(d -> d.wikiLinks().stream()).anyMatch(WikiLink::isCitation);
        if (!cites) {
            diags.warning(Code.BRF072, item.pos(), "brief '" + item.id() + "' cites no source",
                    "add [[cite:source-id]] after its claims or list 'sources:'");
        }
        double grade = Readability.grade(item.summary());
        if (grade > MAX_GRADE) {
            diags.warning(Code.BRF075, item.fields().posOf("summary"), String.format(Locale.ROOT,
                    "summary reads at grade %.1f", grade), "use shorter sentences and plainer words");
        }
    }
}
