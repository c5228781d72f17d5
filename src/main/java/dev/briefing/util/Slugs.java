package dev.briefing.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the only strings that become path segments of the output. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /** True for a lowercase slug such as "polling-places": safe as a file and URL segment. */
    public static boolean isValid(String s) {
        return s != null && s.length() <= MAX_LENGTH && VALID.matcher(s).matches();
    }

    /** Latin letters that Unicode decomposition does not reduce to a-z. */
    private static final java.util.Map<Character, String> LATIN = java.util.Map.ofEntries(
            java.util.Map.entry('ø', "o"), java.util.Map.entry('æ', "ae"), java.util.Map.entry('œ', "oe"),
            java.util.Map.entry('ß', "ss"), java.util.Map.entry('đ', "d"), java.util.Map.entry('ð', "d"),
            java.util.Map.entry('ł', "l"), java.util.Map.entry('þ', "th"), java.util.Map.entry('ı', "i"));

    /**
     * A safe slug from any text: accents folded, a few Latin letters transliterated, anything but
     * letters and digits becomes a hyphen. The result only ever contains [a-z0-9-], so it can
     * never name a path outside its folder. Text in other scripts (选举, выборы), which cannot be
     * spelled in a-z, gets a stable slug from its hash, so it still has a page. The result is
     * empty only when the text has no letters or digits at all.
     */
    public static String slugify(String text) {
        // Plain ASCII (most tags and headings, slugged for every page that shows them) has nothing to fold.
        String folded = text.chars().allMatch(c -> c < 0x80) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(Math.min(lower.length(), MAX_LENGTH + 2));
        boolean hyphen = false;
        boolean other = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = c < 0x80 ? null : LATIN.get(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || latin != null) {
                if (hyphen && sb.length() > 0) sb.append('-');
                if (latin != null) sb.append(latin);
                else sb.append(c);
                hyphen = false;
            } else {
                other |= Character.isLetterOrDigit(c);
                hyphen = true;
            }
            if (sb.length() >= MAX_LENGTH) break;
        }
        if (other) {
            // Some letters could not be spelled in a-z: keep what could, and make it unique.
            String hash = Integer.toHexString(text.strip().hashCode() & 0x7fffffff);
            return (sb.length() == 0 ? "" : sb + "-") + "u" + hash;
        }
        return sb.toString();
    }
}
