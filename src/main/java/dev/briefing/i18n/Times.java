package dev.briefing.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of day a text gives in digits, each as the minutes after midnight it may mean, so that a translation's
 * times can be checked against its source's however each language writes them: "7 p.m.", "7 p. m.", "19:00", "19 h",
 * "7 de la tarde" are all 19:00. A time written without a.m. or p.m. up to 12:59 ("from 8:00") may mean either half of
 * the day, and matches both. Times written in words ("noon", "a las siete") are not found.
 */
final class Times {
    /**
     * A time: hours (one or two digits) and minutes after a colon, or after a dot when a marker follows; then, optionally
     * (required after hours alone or a dot), a.m. or p.m. in their English and Spanish spellings, a 24-hour "h"
     * ("20 h", "20.00 h", "19 horas"), or a Spanish part of the day ("7 de la tarde").
     */
    private static final String SPACE = "[\\s\\u00A0\\u202F]"; // Spanish typography writes "7 p. m." with no-break spaces
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.,])(\\d{1,2})(?:(:)(\\d{2})|\\.(\\d{2}))?(?!\\d)"
                    + "(?:" + SPACE + "?(?:([ap])\\.?" + SPACE + "?m\\.?|(h)(?:rs?|oras?)?|de" + SPACE + "la" + SPACE
                    + "(mañana|madrugada|tarde|noche))(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Times() {
    }

    /**
     * One time of day in a text.
     *
     * @param written as the text writes it ("7 p.m.")
     * @param offset where it starts in the text
     * @param minutes what it may mean, in minutes after midnight: one value, or two for a time that could be either
     *                half of the day
     */
    record Time(String written, int offset, List<Integer> minutes) {
        boolean matches(Time other) {
            for (int m : minutes) if (other.minutes.contains(m)) return true;
            return false;
        }
    }

    /** The times of day in {@code text}, in order. */
    static List<Time> in(String text) {
        List<Time> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            int hours = Integer.parseInt(m.group(1));
            boolean colon = m.group(2) != null;
            String minutesText = colon ? m.group(3) : m.group(4);
            int minutes = minutesText == null ? 0 : Integer.parseInt(minutesText);
            String half = m.group(5);
            boolean clock = m.group(6) != null;
            String part = m.group(7);
            boolean marked = half != null || clock || part != null;
            // Hours alone, or hours.minutes, are a time only with a marker: "7" and "2.50" are not.
            if (!marked && !colon) continue;
            if (hours > 24 || minutes > 59 || (half != null || part != null) && (hours == 0 || hours > 12)) continue;
            out.add(new Time(m.group().strip(), m.start(), meanings(hours, minutes, half, clock, part)));
        }
        return out;
    }

    private static List<Integer> meanings(int hours, int minutes, String half, boolean clock, String part) {
        if (half != null) return List.of(((hours % 12) + (half.equalsIgnoreCase("p") ? 12 : 0)) * 60 + minutes);
        if (part != null) {
            String p = part.toLowerCase(Locale.ROOT);
            // "12 de la noche" is midnight; "12 de la tarde", noon; the afternoon and night are the day's second half.
            boolean later = p.equals("tarde") || p.equals("noche");
            int h = hours == 12 ? (p.equals("noche") || p.equals("madrugada") ? 0 : 12) : hours + (later ? 12 : 0);
            return List.of(h * 60 + minutes);
        }
        if (clock || hours == 0 || hours > 12) return List.of((hours % 24) * 60 + minutes);
        // "8:00" may be morning or evening; "12:30" noon or just after midnight.
        return List.of((hours % 12) * 60 + minutes, (hours % 12 + 12) * 60 + minutes);
    }

    /**
     * The source's times the translation lacks, as the source writes them: where the translation gives times in digits
     * at all. A translation that gives none writes them in words or leaves them out, which is not for this check to judge.
     */
    static List<String> lost(String source, String translation) {
        List<Time> translated = in(translation);
        if (translated.isEmpty()) return List.of();
        List<String> lost = new ArrayList<>();
        for (Time t : in(source)) {
            if (translated.stream().noneMatch(t::matches) && !lost.contains(t.written())) lost.add(t.written());
        }
        return lost;
    }
}
