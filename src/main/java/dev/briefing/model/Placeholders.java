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
     * How the instructions {@code init} and {@code new} write after {@link #MARK} in a field start,
     * and the example brief's title: an editor who deletes only the mark leaves the instructions,
     * which would be published as the site's words ("one sentence that says what this site is
     * for…"). InitTest keeps these in step with every mark init and new write.
     */
    private static final List<String> FIELD_INSTRUCTIONS = List.of("one sentence that says what this site is for",
            "who publishes this site", "the title of the document you cite", "who published it",
            "one plain sentence with the bottom line", "one sentence describing the page", "translate:", "an example brief");
    /** The same in a body, where they may follow other words, and the example brief's how-to. */
    private static final List<String> TEXT_INSTRUCTIONS = List.of("who you are, whom the site is for",
            "what you have checked yourselves, in your readers' words", "who hosts the site (such as github pages)",
            "the local numbers and the official", "translate: the text below", "sources live in content/data/sources.yaml");

    /**
     * What editors write themselves for text still to come: TODO without the colon, TBD, FIXME, XXX,
     * and the printers' filler lorem ipsum. In capitals only (lower-case "todo" is Spanish for "all").
     */
    private static final java.util.regex.Pattern EDITORS_MARKS =
            java.util.regex.Pattern.compile("\\b(?:TODO|TBD|FIXME|XXX)\\b|(?i:lorem ipsum)");

    private Placeholders() {
    }

    /** Where each placeholder an editor wrote starts ({@link #EDITORS_MARKS}), but for the {@link #MARK}s, reported as such. */
    public static List<Integer> editorsMarks(String text) {
        List<Integer> at = new java.util.ArrayList<>();
        java.util.regex.Matcher m = EDITORS_MARKS.matcher(text);
        while (m.find()) if (!text.startsWith(MARK, m.start())) at.add(m.start());
        return at;
    }

    /** The placeholder an editor wrote at {@code at} (one of {@link #editorsMarks}), as the text has it. */
    public static String editorsMark(String text, int at) {
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
        return text.startsWith(MARK) || text.equals(URL) || text.equals(EMAIL) || FIELD_INSTRUCTIONS.stream().anyMatch(lower::startsWith);
    }

    /** What to do about a placeholder field: its TODO text, or the instructions left when the mark was deleted. */
    public static String hint(String text) {
        return text.startsWith(MARK) ? "replace the TODO text" : "write your own words in place of these instructions";
    }

    /** Where in a text each of the instructions init or new wrote after a mark starts, in order. */
    public static List<Integer> instructions(String text) {
        // Lowercasing keeps each character's index for the texts init writes (none changes length).
        String lower = text.toLowerCase(Locale.ROOT);
        return TEXT_INSTRUCTIONS.stream().flatMap(i -> occurrences(lower, i).stream()).sorted().toList();
    }

    /** Where {@code part} starts in {@code text}, each time. */
    public static List<Integer> occurrences(String text, String part) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) at.add(i);
        return at;
    }
}
