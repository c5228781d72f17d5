package dev.briefing.util;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a reader compares it, spacing aside: the same words with any spaces, tabs or line breaks between
 * them are the same heading, title or paragraph. Asked of every heading, title and paragraph of a site at
 * every build, so a text already single-spaced (most) is returned as it is, without a pattern's copy.
 */
public final class Spacing {
    /** A run of what {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spacing() {
    }

    /** The text stripped, each run of spaces and line breaks in it one space. */
    public static String single(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\t' && c <= '\r' || c == ' ' && s.charAt(i + 1) == ' ') return RUN.matcher(s).replaceAll(" ");
        }
        return s;
    }

    /** {@link #single} in lower case: what 'advice:' names a heading by, and what makes two titles the same. */
    public static String folded(String text) {
        return single(text).toLowerCase(Locale.ROOT);
    }
}
