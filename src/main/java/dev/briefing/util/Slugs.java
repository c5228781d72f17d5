package dev.briefing.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the only strings that become path segments of the output. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    /** True for a lowercase slug such as "polling-places": safe as a file and URL segment. */
    public static boolean isValid(String s) {
        return s != null && s.length() <= MAX_LENGTH && VALID.matcher(s).matches();
    }

    /**
     * A safe slug from any text: accents folded, anything but letters and digits becomes a
     * hyphen. The result only ever contains [a-z0-9-], so it can never name a path outside
     * its folder; it is empty when the text has no letters or digits.
     */
    public static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (char c : folded.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) sb.append('-');
                sb.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
            if (sb.length() >= MAX_LENGTH) break;
        }
        return sb.toString();
    }
}
