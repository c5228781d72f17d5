package dev.briefing.model;

import java.util.List;
import java.util.Locale;

/**
 * What {@code briefing init} and {@code briefing new} write where only the site's editors can say
 * what goes. Each is reported as a placeholder (BRF078): an error, so nothing unfinished is
 * published, that still lets {@code check} and the preview render the page (see
 * {@code Diagnostic.isPlaceholder}).
 */
public final class Placeholders {
    /** Starts any text still to be written, in a field or in a body: "TODO: who published it". */
    public static final String MARK = dev.briefing.yaml.Binder.TODO;
    /** The first words of the body {@code new} writes for a brief or page. */
    public static final String BODY = "Say the most important thing first.";
    /** The address {@code new} writes where a URL is required. */
    public static final String URL = "https://example.org/todo";
    /** The contact address {@code init} writes: no one reads mail there. */
    public static final String EMAIL = "todo@example.org";

    /**
     * The instructions {@code init} and {@code new} write after {@link #MARK} in a field, whole, and
     * the example brief's title: an editor who deletes only the mark leaves the instructions, which
     * would be published as the site's words ("one sentence that says what this site is for…").
     * A field is one of them only when it is all of one (in any case), so an editor's own sentence
     * that starts the same way ("Who publishes this site and why.") is never taken for one. InitTest
     * keeps these in step with every mark init and new write.
     */
    private static final List<String> FIELD_INSTRUCTIONS = List.of("one sentence that says what this site is for and whom it serves.",
            "who publishes this site", "who publishes this site, why, and how it is checked.", "the title of the document you cite",
            "who published it", "one plain sentence with the bottom line.", "one plain sentence with the bottom line of your first brief.",
            "one sentence describing the page.", "an example brief");
    /**
     * What starts a text {@code new --lang} wrote to translate, after its mark ("TODO: translate: Polling
     * places"): a marker, as the rest is the source's own text.
     */
    private static final String TRANSLATE = "translate: ";
    /**
     * The instructions init and new write in a body, each a whole sentence, and the example brief's
     * how-to: found anywhere in a text, with any spacing and line breaks, but only whole.
     */
    private static final List<Instruction> TEXT_INSTRUCTIONS = java.util.stream.Stream.of(
            "who you are, whom the site is for, and how you check what you publish.",
            "what you have checked yourselves, in your readers' words. For example, once you have tried it: every page works"
                    + " without JavaScript, with a keyboard and with a screen reader, and adapts to small screens, larger text and dark mode.",
            "who hosts the site (such as GitHub Pages) and what its access logs keep, and what you do with the messages readers"
                    + " send you at [[site:contact]]: who reads them, and how long you keep them.",
            "the local numbers and the official reporting pages that apply to your readers.",
            "translate: the text below, then delete this line.", "Sources live in content/data/sources.yaml.")
            .map(Instruction::of).toList();

    /**
     * One of init's and new's sentences, and the longest of its words in lower case: a text without
     * that word cannot hold the sentence, and a search for the word is far cheaper than the pattern's
     * (every brief's every text is searched for every sentence, on every build).
     */
    private record Instruction(String sentence, java.util.regex.Pattern pattern, String clue) {
        static Instruction of(String sentence) {
            String clue = java.util.Arrays.stream(sentence.split(" ")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            return new Instruction(sentence, anySpacing(sentence), clue.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * What editors write themselves for text still to come: TODO without the colon, TBD, FIXME, XXX,
     * and the printers' filler lorem ipsum. In capitals only (lower-case "todo" is Spanish for "all"),
     * but for a lower-case "todo:" that follows no other word (see {@link #opensAClause}).
     */
    private static final java.util.regex.Pattern EDITORS_MARKS =
            java.util.regex.Pattern.compile("\\b(?:TODO|TBD|FIXME|XXX)\\b|(?i:lorem ipsum)|\\btodo:");
    private static final String LOWER_MARK = "todo:";

    /**
     * A word, in lower case, that each instruction of {@link #TEXT_INSTRUCTIONS} holds between two
     * others (a sentence is found even inside longer words, so only a word with a sentence's own characters on both
     * sides is whole wherever the sentence is): the longest such word of each.
     */
    private static final List<String> CLUES = TEXT_INSTRUCTIONS.stream().map(i -> innerClue(i.sentence())).distinct().toList();
    /** The clues by their length: a word is compared only with the few of its own length. */
    private static final char[][][] CLUES_BY_LENGTH = cluesByLength();
    /** "lorem ipsum"'s first word, as the word scan compares it. */
    private static final char[] LOREM = "lorem".toCharArray();

    private Placeholders() {
    }

    /**
     * Whether the text may hold a placeholder of a text ({@link #BODY}, {@link #MARK}, {@link #editorsMarks},
     * {@link #instructions}): false only when it certainly holds none. One pass over the text's words instead of a dozen
     * searches of it: every text of every item is asked, on every build, and nearly all hold none. Its words are its runs
     * of letters that are ASCII letters in some case ({@link #fold}), so a word a placeholder is found in is a whole run,
     * or for the marks found without a boundary, the end of one.
     */
    public static boolean mayHold(String text) {
        // Over a copy of its characters: the quick compiler calls out for each String.charAt.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (fold(chars[i]) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && fold(chars[i]) != 0) i++;
            if (mayStartOne(chars, start, i)) return true;
        }
        return false;
    }

    /** The sentences found in a text as placeholders: init's and new's instructions and the body new writes. */
    static List<String> sentences() {
        return java.util.stream.Stream.concat(TEXT_INSTRUCTIONS.stream().map(Instruction::sentence), java.util.stream.Stream.of(BODY)).toList();
    }

    /** Whether the word chars[start, end) is where a placeholder may be. */
    private static boolean mayStartOne(char[] chars, int start, int end) {
        int length = end - start;
        // TODO: and TODO found anywhere, TBD, FIXME and XXX as words, "todo:" after no word; "lorem ipsum" in any case.
        // Each tested on one character first: most words are none of them.
        if (length >= 4 && chars[end - 4] == 'T' && at(chars, end - 4, "TODO")) return true;
        if (length == 3 && (at(chars, start, "TBD") || at(chars, start, "XXX"))) return true;
        if (length == 5 && chars[start] == 'F' && at(chars, start, "FIXME")) return true;
        if (length == 4 && chars[start] == 't' && at(chars, start, "todo") && end < chars.length && chars[end] == ':'
                && opensAClause(java.nio.CharBuffer.wrap(chars), start)) {
            return true;
        }
        if (length >= 5 && fold(chars[end - 5]) == 'l' && foldedEquals(chars, end - 5, LOREM)) return true;
        // The body new writes, as written: its first word may end a longer one.
        if (length >= 3 && chars[end - 3] == BODY.charAt(0) && at(chars, end - 3, BODY)) return true;
        if (length >= CLUES_BY_LENGTH.length) return false;
        for (char[] clue : CLUES_BY_LENGTH[length]) {
            if (fold(chars[start]) == clue[0] && foldedEquals(chars, start, clue)) return true;
        }
        return false;
    }

    /** Whether {@code s} is written at chars[at…], as far as the text goes. */
    private static boolean at(char[] chars, int at, String s) {
        if (chars.length - at < s.length()) return false;
        for (int k = 0; k < s.length(); k++) {
            if (chars[at + k] != s.charAt(k)) return false;
        }
        return true;
    }

    private static boolean foldedEquals(char[] chars, int at, char[] lower) {
        for (int k = 0; k < lower.length; k++) {
            if (fold(chars[at + k]) != lower[k]) return false;
        }
        return true;
    }

    /**
     * The ASCII letter, in lower case, that {@code c} is in some case (as a case-insensitive pattern compares them:
     * the Kelvin sign is k, the long s is s), or 0 for any other character.
     */
    static char fold(char c) {
        if (c >= 'a' && c <= 'z') return c;
        if (c >= 'A' && c <= 'Z') return (char) (c + ('a' - 'A'));
        if (c < 0x80) return 0;
        char f = asciiLetter(Character.toLowerCase(c));
        if (f == 0) f = asciiLetter(Character.toUpperCase(c));
        if (f == 0) f = asciiLetter(Character.toLowerCase(Character.toUpperCase(c)));
        return f;
    }

    private static char asciiLetter(char c) {
        if (c >= 'a' && c <= 'z') return c;
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
    }

    private static char[][][] cluesByLength() {
        char[][][] out = new char[CLUES.stream().mapToInt(String::length).max().orElse(0) + 1][][];
        for (int n = 0; n < out.length; n++) {
            int length = n;
            out[n] = CLUES.stream().filter(c -> c.length() == length).map(String::toCharArray).toArray(char[][]::new);
        }
        return out;
    }

    /** The longest word of a sentence that has other characters of the sentence on both sides. */
    private static String innerClue(String sentence) {
        String best = "";
        int i = 0;
        while (i < sentence.length()) {
            if (fold(sentence.charAt(i)) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < sentence.length() && fold(sentence.charAt(i)) != 0) i++;
            if (start > 0 && i < sentence.length() && i - start > best.length()) best = sentence.substring(start, i).toLowerCase(Locale.ROOT);
        }
        if (best.isEmpty()) throw new IllegalStateException("no inner word in '" + sentence + "'");
        return best;
    }

    /** Where each placeholder an editor wrote starts ({@link #EDITORS_MARKS}), but for the {@link #MARK}s, reported as such. */
    public static List<Integer> editorsMarks(String text) {
        return editorsMarks(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * As {@link #editorsMarks(String)}, given the text in lower case ({@code lower}), which {@link #instructions}
     * needs too: a body is lower-cased once for both (every text of every item, on every build).
     */
    public static List<Integer> editorsMarks(String text, String lower) {
        // Most texts hold none: five searches cost less than the pattern's alternatives at every character.
        if (!text.contains("TODO") && !text.contains("TBD") && !text.contains("FIXME") && !text.contains("XXX")
                && !text.contains(LOWER_MARK) && !lower.contains("lorem ipsum")) {
            return List.of();
        }
        List<Integer> at = new java.util.ArrayList<>();
        java.util.regex.Matcher m = EDITORS_MARKS.matcher(text);
        while (m.find()) {
            if (text.startsWith(MARK, m.start())) continue;
            if (text.startsWith(LOWER_MARK, m.start()) && !opensAClause(text, m.start())) continue;
            at.add(m.start());
        }
        return at;
    }

    /**
     * Whether the word at {@code at} follows no other word: nothing but spaces and line breaks stands between it
     * and the start of the text or a character other than a letter or digit ("todo: confirm", "(todo: confirm)",
     * "- todo: confirm", "Open at six. todo: check"). Spanish writes "todo:" after a word ("ante todo: llame",
     * "sobre todo: agua", a line break between them or not), never as a mark.
     */
    private static boolean opensAClause(CharSequence text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || !Character.isLetterOrDigit(text.charAt(i));
    }

    /**
     * Where a one-line field's text first holds a placeholder: a {@link #MARK} anywhere in it, or one
     * an editor wrote ({@link #editorsMarks}); -1 when it holds none. A text that starts with the mark
     * is {@link #isPlaceholder} whole.
     */
    public static int firstMark(String text) {
        int mark = text.indexOf(MARK);
        List<Integer> editors = editorsMarks(text);
        if (editors.isEmpty()) return mark;
        return mark < 0 ? editors.get(0) : Math.min(mark, editors.get(0));
    }

    /** The placeholder at {@code at} (one of {@link #editorsMarks}, or a {@link #MARK}), as the text has it. */
    public static String editorsMark(String text, int at) {
        if (text.startsWith(MARK, at)) return MARK;
        java.util.regex.Matcher m = EDITORS_MARKS.matcher(text);
        return m.find(at) ? m.group() : "";
    }

    /**
     * Whether a field's text is still a placeholder: it starts with {@link #MARK} or with the
     * instructions that followed it, or is {@link #URL} or {@link #EMAIL}.
     */
    public static boolean isPlaceholder(String text) {
        if (text == null) return false;
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return text.startsWith(MARK) || text.equals(URL) || text.equals(EMAIL) || lower.startsWith(TRANSLATE)
                || FIELD_INSTRUCTIONS.contains(lower);
    }

    /** What to do about a placeholder field: its TODO text, or the instructions left when the mark was deleted. */
    public static String hint(String text) {
        return text.startsWith(MARK) ? "replace the TODO text" : "write your own words in place of these instructions";
    }

    /** Where in a text each of the instructions init or new wrote after a mark starts, in order; {@code lower} is the text in lower case. */
    public static List<Integer> instructions(String text, String lower) {
        List<Integer> at = null;
        for (Instruction i : TEXT_INSTRUCTIONS) {
            if (!lower.contains(i.clue())) continue;
            if (at == null) at = new java.util.ArrayList<>();
            java.util.regex.Matcher m = i.pattern().matcher(text);
            while (m.find()) at.add(m.start());
        }
        if (at == null) return List.of();
        at.sort(null);
        return at;
    }

    /** A sentence found whole, in any case, whatever spaces or line breaks stand between its words. */
    private static java.util.regex.Pattern anySpacing(String sentence) {
        return java.util.regex.Pattern.compile(String.join("\\s+", java.util.Arrays.stream(sentence.split(" "))
                .map(java.util.regex.Pattern::quote).toList()), java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /** Where {@code part} starts in {@code text}, each time. */
    public static List<Integer> occurrences(String text, String part) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) at.add(i);
        return at;
    }
}
