package dev.briefing.i18n;

import dev.briefing.diag.Pos;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.PlainText;
import dev.briefing.model.Item;
import dev.briefing.model.Translation;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text a translation copies from its source unchanged: a translatable field (a title, a summary, a channel's
 * {@code when}…) or a paragraph of a body equal to one of the source's, but for whitespace. What {@code briefing new
 * --lang} wrote, with only its placeholder markers deleted, is the source's text: published as a translation it would
 * be English under {@code lang="es"}. Only text of {@link #MIN_WORDS} words or more counts: a name, an acronym, a
 * phone number or an address may well be the same in both languages.
 */
public final class Untranslated {
    /** Fewer words than this may be the same in both languages ("NSSE", "988 Suicide & Crisis Lifeline"). */
    static final int MIN_WORDS = 6;
    /**
     * A brief's or page's title or summary is copied from three words: "How to report" left in English is a Spanish
     * page's heading. An entry's name may well be a proper name ("Power of Hello"), so names count from six.
     */
    static final int MIN_HEADING_WORDS = 3;
    private static final Set<String> HEADINGS = Set.of("title", "summary");

    private Untranslated() {
    }

    /** One text copied unchanged: what it is (a field's name, or "a paragraph") and where the translation has it. */
    record Copy(String what, Pos pos) {
    }

    /** The texts of {@code t} that are its source's unchanged, in the order the translation has them. */
    static List<Copy> in(Item source, Translation t) {
        List<Copy> out = new ArrayList<>();
        Fields tf = t.item().fields();
        for (Field f : source.kind().schema().fields()) {
            if (!f.translatable() || f.type() == FieldType.MARKDOWN || f.type() == FieldType.SECTIONS || !tf.has(f.key())) continue;
            String text = String.valueOf(tf.get(f.key()));
            int least = HEADINGS.contains(f.name()) ? MIN_HEADING_WORDS : MIN_WORDS;
            if (source.fields().has(f.key()) && same(text, String.valueOf(source.fields().get(f.key())), least)) {
                out.add(new Copy("'" + f.name() + "'", tf.posOf(f.key())));
            }
        }
        // Every block of the source, short ones too: a block of the translation found among them has as many words as
        // the source's, so words are counted only for the few blocks found, not for every block of both texts.
        Set<String> paragraphs = new HashSet<>();
        source.markdown().values().forEach(d -> blocks(d, (text, offset) -> paragraphs.add(text)));
        for (MarkdownDoc d : t.item().markdown().values()) {
            PlainText plain = d.plain();
            blocks(d, (text, offset) -> {
                if (paragraphs.contains(text) && words(text) >= MIN_WORDS) out.add(new Copy("a paragraph", plain.pos(offset)));
            });
        }
        return out;
    }

    private interface BlockSink {
        void accept(String normalized, int offset);
    }

    /** Each block (paragraph, heading, cell) of the text, its whitespace made single spaces. */
    private static void blocks(MarkdownDoc doc, BlockSink sink) {
        String text = doc.plain().text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String block = normalized(text.substring(start, end));
            if (!block.isEmpty()) sink.accept(block, start);
            start = end + 1;
        }
    }

    private static boolean same(String a, String b, int least) {
        String n = normalized(a);
        return n.equals(normalized(b)) && words(n) >= least;
    }

    private static String normalized(String s) {
        return dev.briefing.util.Spacing.single(s);
    }

    /** Words with a letter in them: numbers and symbols are the same in every language. */
    private static int words(String normalized) {
        // A loop, not a pattern per word: every paragraph of every translation passes here at each build.
        int n = 0;
        boolean letter = false;
        for (int i = 0; i <= normalized.length(); i++) {
            if (i == normalized.length() || normalized.charAt(i) == ' ') {
                if (letter) n++;
                letter = false;
            } else if (Character.isLetter(normalized.codePointAt(i))) {
                letter = true;
            }
        }
        return n;
    }
}
