package dev.briefing.model;

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

    private Placeholders() {
    }

    /** Whether a field's text is still a placeholder: it starts with {@link #MARK}, or is {@link #URL} or {@link #EMAIL}. */
    public static boolean isPlaceholder(String text) {
        return text != null && (text.startsWith(MARK) || text.equals(URL) || text.equals(EMAIL));
    }
}
