package dev.briefing.scaffold;

import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.SOURCE_UPDATED;
import static dev.briefing.model.ItemFields.TRANSLATES;

import dev.briefing.model.Translation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code translates: <digest>} into a translation file: the digest of its source's text now,
 * recording that the translation is up to date with it (`briefing translations --mark FILE`), and
 * {@code source_updated: <date>}, the source's last recorded date, so that a later dated change of the
 * source can be told apart from an undated one. A line edit, not a rewrite: an existing line gets the
 * new value, else one is added (translates after the front matter's opening line or the entry's
 * {@code id:} line, source_updated after translates); every other byte stays as written.
 */
public final class TranslationMarks {
    private TranslationMarks() {
    }

    /** What a translation records of its source: its digest, and its last recorded date (null: none). */
    public record Mark(String digest, LocalDate sourceDate) {
    }

    /**
     * The file's text with every translation in it marked.
     *
     * @param translations the translations loaded from this file
     * @param marks        what each one's source is now, by the translation (missing: left alone)
     */
    public static String mark(String text, List<Translation> translations, Map<Translation, Mark> marks) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // From the bottom up, so an added line does not move the ones still to edit.
        List<Translation> ordered = new ArrayList<>(translations);
        ordered.sort(Comparator.comparingInt((Translation t) -> t.item().pos().line()).reversed());
        for (Translation t : ordered) {
            Mark mark = marks.get(t);
            if (mark == null) continue;
            var fields = t.item().fields();
            // The date first: it may be on a line below translates, which an added translates line would move.
            if (fields.has(SOURCE_UPDATED)) {
                set(lines, fields.posOf(SOURCE_UPDATED).line() - 1, "source_updated:", String.valueOf(mark.sourceDate()));
            }
            int at;
            if (fields.has(TRANSLATES)) {
                at = fields.posOf(TRANSLATES).line() - 1;
                set(lines, at, "translates:", mark.digest());
            } else if (t.key().kind().isEntity()) {
                int column = fields.posOf(ID).column() - 1;
                String line = lines.get(fields.posOf(ID).line() - 1);
                at = fields.posOf(ID).line();
                lines.add(at, " ".repeat(Math.max(0, line.lastIndexOf("id:", column))) + "translates: " + mark.digest());
            } else {
                at = 1;
                lines.add(at, "translates: " + mark.digest());
            }
            if (!fields.has(SOURCE_UPDATED) && mark.sourceDate() != null) {
                String line = lines.get(at);
                lines.add(at + 1, line.substring(0, line.indexOf("translates:")) + "source_updated: " + mark.sourceDate());
            }
        }
        return String.join("\n", lines);
    }

    /** The line with the value after {@code key} replaced. */
    private static void set(List<String> lines, int at, String key, String value) {
        String line = lines.get(at);
        lines.set(at, line.substring(0, line.indexOf(key) + key.length()) + " " + value);
    }
}
