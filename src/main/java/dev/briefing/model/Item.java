package dev.briefing.model;

import dev.briefing.diag.Pos;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.yaml.Fields;
import java.time.LocalDate;
import java.util.Map;

/**
 * One published thing: a brief, a page or a landscape entity, as loaded from its source.
 *
 * @param date     the date it is listed under (brief date, event start, incident date,
 *                 advisory issue date, source publication date), or null
 * @param markdown its parsed Markdown texts, by which text each is
 * @param textDigest the hash of its translatable text (title, summary, bodies…, as written), or null for
 *                 a translation's own item: see {@link #digest}
 */
public record Item(Key key, Pos pos, String title, String summary, LocalDate date, Fields fields,
        Map<TextKey, MarkdownDoc> markdown, TextDigest textDigest) {

    /**
     * A short hash of its translatable text: a translation records the digest it translates, so a changed
     * source shows it stale. Null for a translation's own item.
     */
    public String digest() {
        return textDigest == null ? null : textDigest.value();
    }

    public Kind kind() {
        return key.kind();
    }

    public String id() {
        return key.id();
    }

    public String sourcePath() {
        return pos.path();
    }

    /**
     * Whether it has text to translate: every item but a source without a summary. A source's
     * title, publisher and address are the publication's own, shared by all languages (its title
     * translated would name a document nobody published); only its summary, the site's own
     * sentence about it, is translated.
     */
    public boolean hasTextToTranslate() {
        return kind() != Kind.SOURCE || fields.has(ItemFields.SUMMARY);
    }

    /**
     * Its last recorded date: its {@code updated} date, else its newest change note's, else its own date
     * (null when it has none). An editor may change its text without dating the change.
     */
    public LocalDate lastDated() {
        if (fields.has(ItemFields.UPDATED)) return fields.get(ItemFields.UPDATED);
        return fields.get(ItemFields.CHANGES).stream().map(c -> c.get(ItemFields.DATE)).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(date);
    }
}
