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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        // Blocks are compared by the first characters they normalize to: a translation's blocks nearly all differ from
        // their source's within a few words, so only a block whose start is that of a source block is made a String,
        // and compared whole with the source blocks of that start alone. Hashing every character of both sides was 3%
        // of a bilingual build; normalizing every source paragraph once one block matched, 3% more.
        SourceBlocks sourceBlocks = new SourceBlocks();
        source.markdown().values().forEach(d -> blocks(d.plain().text(), sourceBlocks::add));
        for (MarkdownDoc d : t.item().markdown().values()) {
            PlainText plain = d.plain();
            blocks(plain.text(), (text, start, end, prefix) -> {
                if (!sourceBlocks.contains(prefix)) return;
                String block = normalized(text.substring(start, end));
                // A short block (a table's "2", the same in both languages) is never reported.
                if (words(block) >= MIN_WORDS && sourceBlocks.contains(prefix, block)) {
                    out.add(new Copy("a paragraph", plain.pos(start)));
                }
            });
        }
        return out;
    }

    private interface BlockSink {
        void accept(String text, int start, int end, int prefix);
    }

    /** How many characters of a normalized block {@link #prefix} reads. */
    static final int PREFIX = 16;

    /** Each block (paragraph, heading, cell: a line) of a plain text that is not blank, with its {@link #prefix}. */
    private static void blocks(String text, BlockSink sink) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int prefix = prefix(text, start, end);
            if (prefix != BLANK) sink.accept(text, start, end, prefix);
            start = end + 1;
        }
    }

    /** What {@link #prefix} gives for a blank text. */
    static final int BLANK = 0;

    /**
     * The hash code of the first {@link #PREFIX} characters of {@code normalized(text[start, end))}, without making
     * either string, or {@link #BLANK} when it is empty (a hash of 0 is made 1): stripped as {@link String#strip}
     * strips, each run of what {@code \s} matches made one space, as {@link dev.briefing.util.Spacing#single} does.
     */
    static int prefix(String text, int start, int end) {
        int a = start;
        while (a < end && Character.isWhitespace(text.codePointAt(a))) a += Character.charCount(text.codePointAt(a));
        int b = end;
        while (b > a && Character.isWhitespace(Character.codePointBefore(text, b))) {
            b -= Character.charCount(Character.codePointBefore(text, b));
        }
        if (a == b) return BLANK;
        int hash = 0;
        int length = 0;
        boolean inRun = false;
        for (int k = a; k < b && length < PREFIX; k++) {
            char c = text.charAt(k);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (space && inRun) continue;
            hash = 31 * hash + (space ? ' ' : c);
            length++;
            inRun = space;
        }
        return hash == BLANK ? 1 : hash;
    }

    /**
     * A source's blocks by their {@link #prefix}: a translation's block is looked up in time independent of the source's
     * length, and each source block is normalized at most once (a text can have hundreds of thousands of blocks).
     */
    private static final class SourceBlocks {
        private String[] texts = new String[32];
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        /** For each block, the index + 1 of the next block of its prefix, 0 for none. */
        private int[] next = new int[32];
        private int size;
        /** For each prefix, the index + 1 of its last block added. */
        private final Map<Integer, Integer> last = new HashMap<>();
        /** The prefixes whose blocks are in {@code normalized} already. */
        private final Set<Integer> loaded = new HashSet<>();
        private final Set<String> normalized = new HashSet<>();

        void add(String text, int start, int end, int prefix) {
            if (size == texts.length) {
                int n = size * 2;
                texts = Arrays.copyOf(texts, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                next = Arrays.copyOf(next, n);
            }
            texts[size] = text;
            starts[size] = start;
            ends[size] = end;
            Integer before = last.put(prefix, size + 1);
            next[size] = before == null ? 0 : before;
            size++;
        }

        boolean contains(int prefix) {
            return last.containsKey(prefix);
        }

        /** Whether a block of this prefix normalizes to {@code block}, a normalized block. */
        boolean contains(int prefix, String block) {
            if (loaded.add(prefix)) {
                for (int k = last.getOrDefault(prefix, 0); k != 0; k = next[k - 1]) {
                    normalized.add(normalized(texts[k - 1].substring(starts[k - 1], ends[k - 1])));
                }
            }
            return normalized.contains(block);
        }
    }

    private static boolean same(String a, String b, int least) {
        String n = normalized(a);
        return n.equals(normalized(b)) && words(n) >= least;
    }

    static String normalized(String s) {
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
