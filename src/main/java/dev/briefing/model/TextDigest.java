package dev.briefing.model;

import static dev.briefing.model.ItemFields.SECTIONS;

import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The digest of an item's translatable text (its title, summary, bodies, headings…, not its dates or
 * relations): what a translation records in {@code translates:}, so that a change to the source's
 * words, and only that, shows its translations as stale. Each run of spaces, tabs and line breaks
 * counts as one space, and those at either end of a text not at all: rewrapping a paragraph or
 * trimming a trailing space changes no word a translator must follow.
 *
 * <p>Hashed when first asked, and its texts then let go: only a site with translations asks, and a
 * site in one language would otherwise hash every item's text at every build for nothing.
 */
public final class TextDigest {
    /** Hex digits kept: enough that two versions of one item never share a digest, short enough to paste. */
    static final int LENGTH = 12;

    private final Kind kind;
    private final Fields fields;
    /** The texts to hash; null once hashed. */
    private Map<TextKey, MarkdownText> texts;
    private volatile String value;

    /**
     * @param texts the item's Markdown texts as written, keyed as {@code Item.markdown} (a brief's body is
     *              not among its fields); not changed afterwards
     */
    public TextDigest(Kind kind, Fields fields, Map<TextKey, MarkdownText> texts) {
        this.kind = kind;
        this.fields = fields;
        this.texts = texts;
    }

    /** The digest: the first {@value #LENGTH} hex digits of the SHA-256 of the text. */
    public String value() {
        String v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                value = of(kind, fields, texts);
                texts = null;
            }
            return value;
        }
    }

    /** Appends the text with each run of ASCII white space as one space, none at its ends; returns {@code out}. */
    static StringBuilder words(String text, StringBuilder out) {
        // Word by word, not character by character: the quick compiler calls out for each append of a char.
        int n = text.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            while (i < n && space(text.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !space(text.charAt(i))) i++;
            if (!first) out.append(' ');
            out.append(text, start, i);
            first = false;
        }
        return out;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static String of(Kind kind, Fields fields, Map<TextKey, MarkdownText> texts) {
        StringBuilder text = new StringBuilder();
        for (Field f : kind.schema().fields()) {
            if (!f.translatable() || !fields.has(f.key())) continue;
            if (f.type() == FieldType.MARKDOWN || f.type() == FieldType.SECTIONS) continue;
            text.append(f.name()).append('\u0000');
            words(String.valueOf((Object) fields.get(f.key())), text);
            text.append('\u0001');
        }
        fields.get(SECTIONS).forEach(s -> words(s.heading(), text.append("heading\u0000")).append('\u0001'));
        texts.forEach((key, t) -> words(t.text(), text.append(key.name()).append('\u0000')).append('\u0001'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
