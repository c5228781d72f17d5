package dev.briefing.util;

import java.util.Locale;
import java.util.Optional;

/**
 * Reading-level formulas, one per language, and the counts they need: words, sentences and
 * syllables. Counting is one pass over the text, without regular expressions.
 *
 * <ul>
 * <li>A word is a run of characters without white space that holds a letter or a digit; letters
 * with accents are letters ("piñata" is one word, "—" none).</li>
 * <li>A sentence ends at '.', '!' or '?' followed by white space or the end of the text (a run
 * such as "?!" ends one sentence, and so does one inside closing quotes or brackets: 'stop."'),
 * except a '.' after a single letter ("U.S.", "J."); and at a
 * line break (the end of a paragraph or list item) or the end of the text, if words came since
 * the last end.</li>
 * <li>A word's syllables are its scale's estimate over its letters; a word without letters
 * ("911") has one.</li>
 * </ul>
 */
public final class Readability {
    private Readability() {
    }

    /** What a formula needs of a text. */
    public record Counts(int words, int sentences, int syllables) {
        public Counts plus(Counts o) {
            return new Counts(words + o.words, sentences + o.sentences, syllables + o.syllables);
        }
    }

    /** A reading-level formula for one language, with the syllable count it was made for. */
    public enum Scale {
        /** The Flesch–Kincaid grade level (Kincaid et al., 1975): a US school grade; higher is harder. */
        FLESCH_KINCAID("en", "Flesch–Kincaid grade", true) {
            @Override
            public double score(Counts c) {
                if (c.words() == 0) return 0;
                return 0.39 * c.words() / Math.max(1, c.sentences()) + 11.8 * c.syllables() / c.words() - 15.59;
            }

            /** Vowel groups (y counts as a vowel), less a silent final e ("make", but not "table"). */
            @Override
            int syllables(char[] letters, int n) {
                int count = 0;
                boolean vowel = false;
                for (int i = 0; i < n; i++) {
                    boolean v = isVowel(letters[i]);
                    if (v && !vowel) count++;
                    vowel = v;
                }
                if (n > 1 && letters[n - 1] == 'e' && letters[n - 2] != 'l' && count > 1) count--;
                return Math.max(1, count);
            }
        },
        /**
         * The Fernández-Huerta ease (1959), Flesch's reading ease adapted to Spanish: 206.84 − 0.60 ×
         * syllables per 100 words − 1.02 × words per sentence, kept within 0–100; higher is easier.
         */
        FERNANDEZ_HUERTA("es", "Fernández-Huerta ease", false) {
            @Override
            public double score(Counts c) {
                if (c.words() == 0) return 100;
                double ease = 206.84 - 60.0 * c.syllables() / c.words() - 1.02 * c.words() / Math.max(1, c.sentences());
                return Math.max(0, Math.min(100, ease));
            }

            /**
             * Spanish syllables: one per vowel group, where two open vowels (a, e, o, or an accented
             * í or ú) side by side are two ("le-er", "dí-a") and a closed one (i, u, ü) joins its
             * neighbour ("bien", "cui-dad"); y is a vowel only at the end of a word ("hoy"). Every
             * letter is sounded: no silent e.
             */
            @Override
            int syllables(char[] letters, int n) {
                int count = 0;
                char previous = 0;
                for (int i = 0; i < n; i++) {
                    char c = letters[i];
                    boolean vowel = isVowel(c) && (c != 'y' || i == n - 1 && i > 0 && isVowel(letters[i - 1]));
                    if (vowel && (previous == 0 || open(c) && open(previous))) count++;
                    previous = vowel ? c : 0;
                }
                return Math.max(1, count);
            }
        };

        /** A Spanish vowel that is a syllable's nucleus of its own: a, e, o, or a stressed í or ú. */
        private static boolean open(char c) {
            return switch (c) {
                case 'a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú', 'à', 'è', 'ò' -> true;
                default -> false;
            };
        }

        /** The language it measures, as a BCP 47 primary tag. */
        private final String language;
        private final String label;
        private final boolean higherIsHarder;

        Scale(String language, String label, boolean higherIsHarder) {
            this.language = language;
            this.label = label;
            this.higherIsHarder = higherIsHarder;
        }

        /** The score of counted text. */
        public abstract double score(Counts c);

        /** The syllables of one word, given its first {@code n} letters in lower case. */
        abstract int syllables(char[] letters, int n);

        /** Its name in a sentence: "Flesch–Kincaid grade". */
        public String label() {
            return label;
        }

        /** Whether a higher score is harder to read (a grade), or easier (an ease). */
        public boolean higherIsHarder() {
            return higherIsHarder;
        }

        /** Whether {@code score} is harder to read than {@code limit} allows. */
        public boolean harder(double score, double limit) {
            return higherIsHarder ? score > limit : score < limit;
        }

        /** "above" or "below": where a score too hard to read lies from its limit. */
        public String beyond() {
            return higherIsHarder ? "above" : "below";
        }

        /** Counts a whole text. */
        public Counts count(CharSequence text) {
            Counter c = counter();
            c.add(text.toString(), 0, text.length());
            return c.counts();
        }

        /** A counter to which text is given piece by piece. */
        public Counter counter() {
            return new Counter(this);
        }
    }

    /** The scale for a site's language ("en", "en-US"), if there is one. */
    public static Optional<Scale> forLanguage(String language) {
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Scale s : Scale.values()) {
            if (s.language.equals(primary)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The Flesch–Kincaid grade of an English text. */
    public static double grade(String text) {
        return Scale.FLESCH_KINCAID.score(Scale.FLESCH_KINCAID.count(text));
    }

    /**
     * Counts text given in pieces, as if they were one text: a piece may end inside a word or
     * a sentence, which the next continues.
     */
    public static final class Counter {
        private final Scale scale;
        private char[] letters = new char[32];
        private int length;
        private int words;
        private int sentences;
        private int syllables;
        /** Inside a word; whether it holds a letter or digit; words since the last sentence end. */
        private boolean inWord;
        private boolean counts;
        private int open;
        /** The letters since the word's last '.', to tell "U.S." from the end of a sentence. */
        private int segment;
        private boolean ending;

        /** The characters of the run being added. */
        private char[] run = new char[256];

        Counter(Scale scale) {
            this.scale = scale;
        }

        public void add(String text, int from, int to) {
            // Every character of a site's prose passes here: copied out first (the quick compiler calls out for each
            // String.charAt), and ASCII, nearly all of it, is tested without lookups.
            if (run.length < to - from) run = new char[Math.max(to - from, 2 * run.length)];
            text.getChars(from, to, run, 0);
            for (int k = 0; k < to - from; k++) {
                char c = run[k];
                boolean ascii = c < 0x80;
                if (ascii ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c)) {
                    endWord();
                    if (c == '\n' || c == '\r') endSentence();
                    continue;
                }
                if (!inWord) {
                    inWord = true;
                    counts = false;
                    segment = 0;
                    ending = false;
                }
                if (ascii ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                    if (length == letters.length) letters = java.util.Arrays.copyOf(letters, length * 2);
                    letters[length++] = ascii ? (char) (c | 0x20) : Character.toLowerCase(c);
                    segment++;
                    counts = true;
                    ending = false;
                } else if (c == '.' || c == '!' || c == '?') {
                    // Provisionally a sentence end: confirmed if white space or the end follows.
                    if (c != '.' || segment != 1) ending = true;
                    segment = 0;
                } else if (CLOSING.indexOf(c) >= 0) {
                    segment = 0; // a sentence may end inside quotes or brackets: 'stop.”'
                } else {
                    ending = false;
                    if (Character.isDigit(c)) counts = true;
                }
            }
        }

        private void endWord() {
            if (!inWord) return;
            inWord = false;
            if (counts) {
                words++;
                open++;
                syllables += length == 0 ? 1 : scale.syllables(letters, length);
            }
            length = 0;
            if (ending) endSentence();
        }

        private void endSentence() {
            if (open > 0) sentences++;
            open = 0;
        }

        /** The counts so far, the text ended where it is. */
        public Counts counts() {
            endWord();
            endSentence();
            return new Counts(words, sentences, syllables);
        }
    }

    /** What may close a sentence after its end: quotation marks and brackets. */
    private static final String CLOSING = ")]\"'”’»";

    /** A vowel, with or without an accent (é, ü, å). */
    static boolean isVowel(char c) {
        if (c < 0x80) return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return !base.isEmpty() && base.charAt(0) < 0x80 && isVowel(base.charAt(0));
    }
}
