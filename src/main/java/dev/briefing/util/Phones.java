package dev.briefing.util;

import java.util.regex.Pattern;

/**
 * Which phone numbers a reporting channel may give, and which {@code tel:} links content may use.
 * A reader taps them in a moment of need, so a number that might dial the wrong place is refused
 * rather than shown: the United States' three-digit service codes 911 (emergency), 988 (the
 * Suicide &amp; Crisis Lifeline) and 711 (relay for TTY users), or a full international number
 * in E.164 form (+ then the country code and at most 15 digits).
 */
public final class Phones {
    /** As a channel's data writes a number: no spaces or punctuation, so it is never misread. */
    private static final Pattern NUMBER = Pattern.compile("911|988|711|\\+[1-9][0-9]{6,14}");
    /**
     * A tel: link (RFC 3966): a service code, or a global number that may carry the visual
     * separators - . ( ) between its digits.
     */
    private static final Pattern TEL = Pattern.compile("tel:(?:911|988|711|\\+[1-9](?:[-.()]?[0-9]){6,14})", Pattern.CASE_INSENSITIVE);

    /** What to write instead of a malformed tel: link. */
    public static final String TEL_HINT = "write tel:911, tel:988, tel:711 or a full number with its country code,"
            + " e.g. tel:+1-800-555-0100";

    private Phones() {
    }

    /** True for 911, 988, 711 or an E.164 number such as +18005551234. */
    public static boolean isNumber(String number) {
        return NUMBER.matcher(number).matches();
    }

    /** True for a tel: URL whose number {@link #isNumber} accepts, visual separators allowed. */
    public static boolean isTelUrl(String url) {
        return TEL.matcher(url).matches();
    }

    /** The tel: link that dials a number in data ({@link #isNumber} form). */
    public static String tel(String number) {
        return "tel:" + number;
    }

    /**
     * A number as readers read it: service codes as they are, a North American number as
     * 1-800-555-0100, any other as written.
     */
    public static String readable(String number) {
        if (number.length() == 12 && number.startsWith("+1")) {
            return "1-" + number.substring(2, 5) + "-" + number.substring(5, 8) + "-" + number.substring(8);
        }
        return number;
    }
}
