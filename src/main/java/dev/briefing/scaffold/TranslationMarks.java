package dev.briefing.scaffold;

import static dev.briefing.model.ItemFields.ID;
import static dev.briefing.model.ItemFields.TRANSLATES;

import dev.briefing.model.Translation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code translates: <digest>} into a translation file: the digest of its source's text now,
 * recording that the translation is up to date with it (`briefing translations --mark FILE`). A line
 * edit, not a rewrite: an existing {@code translates:} line gets the new value, else one is added after
 * the front matter's opening line or the entry's {@code id:} line; every other byte stays as written.
 */
public final class TranslationMarks {
    private TranslationMarks() {
    }

    /**
     * The file's text with every translation in it marked.
     *
     * @param translations the translations loaded from this file
     * @param digests      the current digest of each one's source, by the translation (missing: left alone)
     */
    public static String mark(String text, List<Translation> translations, Map<Translation, String> digests) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // From the bottom up, so an added line does not move the ones still to edit.
        List<Translation> ordered = new ArrayList<>(translations);
        ordered.sort(Comparator.comparingInt((Translation t) -> t.item().pos().line()).reversed());
        for (Translation t : ordered) {
            String digest = digests.get(t);
            if (digest == null) continue;
            var fields = t.item().fields();
            if (fields.has(TRANSLATES)) {
                int at = fields.posOf(TRANSLATES).line() - 1;
                String line = lines.get(at);
                lines.set(at, line.substring(0, line.indexOf("translates:") + "translates:".length()) + " " + digest);
            } else if (t.key().kind().isEntity()) {
                int at = fields.posOf(ID).line() - 1;
                int column = fields.posOf(ID).column() - 1;
                String line = lines.get(at);
                int key = line.lastIndexOf("id:", column);
                lines.add(at + 1, " ".repeat(Math.max(0, key)) + "translates: " + digest);
            } else {
                lines.add(1, "translates: " + digest);
            }
        }
        return String.join("\n", lines);
    }
}
