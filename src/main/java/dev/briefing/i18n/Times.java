package dev.briefing.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of day a text gives, each as the minutes after midnight it may mean, so that a translation's times can be
 * checked against its source's however each language writes them: "7 p.m.", "7 p. m.", "19:00", "a las 19 h",
 * "7 de la tarde" are all 19:00, and "noon" is "mediodía". A time written without a.m. or p.m. up to 12:59 ("from
 * 8:00") may mean either half of the day, and matches both, unless its text writes other times on the 24-hour clock
 * ("de 8:00 a 20:00"). The first number of a range takes the kind of its end: "de 8 a 17 h", "8 to 5 p.m.". Times
 * written in words ("a las siete") are not found, nor durations ("24 horas").
 */
final class Times {
    private static final String SPACE = "[\\s\\u00A0\\u202F]"; // Spanish typography writes "7 p. m." with no-break spaces
    private static final Pattern TIME = Pattern.compile(
            // A range's start, hours and perhaps minutes: "8 a", "8:30 -", "8 to", "7 a las", "7 y las", "8 hasta las".
            "(?<![\\d:.,])(?:(\\d{1,2})(?::(\\d{2}))?" + SPACE + "?(?:-|–|a|to|and|hasta|y)(?:" + SPACE + "las)?" + SPACE
                    + "?(?=\\d))?"
                    // The time: hours, and minutes after a colon or (before a marker) a dot.
                    + "(?<![\\d:.,])(\\d{1,2})(?:(:)(\\d{2})|\\.(\\d{2}))?(?!\\d)"
                    // Its marker: a.m. or p.m., the 24-hour clock's h, or a Spanish part of the day.
                    + "(?:" + SPACE + "?(?:([ap])\\.?" + SPACE + "?m\\.?|(h)(?:rs?|oras?)?|de" + SPACE + "la" + SPACE
                    + "(mañana|madrugada|tarde|noche))(?!\\p{L}))?"
                    // Or noon and midnight in words.
                    + "|(?<!\\p{L})(noon|midday|mediod[ií]a|midnight|medianoche)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BEFORE_CLOCK = Pattern.compile("(?:las|the)" + SPACE + "$", Pattern.CASE_INSENSITIVE);

    private Times() {
    }

    /**
     * One time of day in a text.
     *
     * @param written as the text writes it ("7 p.m.")
     * @param offset  where it starts in the text
     * @param minutes what it may mean, in minutes after midnight: one value, or two for a time that could be either
     *                half of the day
     */
    record Time(String written, int offset, List<Integer> minutes) {
        boolean matches(Time other) {
            for (int m : minutes) if (other.minutes.contains(m)) return true;
            return false;
        }
    }

    /** A time as found, before its text says whether an unmarked one is on the 24-hour clock. */
    private record Found(String written, int offset, int hours, int minutes, String half, boolean clock, String part) {
        boolean bare() {
            return half == null && !clock && part == null;
        }

        /** Written on the 24-hour clock beyond doubt: "19:00", "0:30", "a las 19 h". */
        boolean twentyFourHour() {
            return clock || bare() && (hours > 12 || hours == 0);
        }
    }

    /** The times of day in {@code text}, in order. */
    static List<Time> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            if (m.group(10) != null) {
                String word = m.group(10).toLowerCase(Locale.ROOT);
                boolean midnight = word.equals("midnight") || word.equals("medianoche");
                // As "12 a.m." and "12 p.m." are: a time of day, but no sign that the text counts hours to 24.
                found.add(new Found(m.group(10), m.start(), 12, 0, midnight ? "a" : "p", false, null));
                continue;
            }
            boolean range = m.group(1) != null;
            String half = m.group(7);
            String part = m.group(9);
            // "24 horas" is a duration; "a las 19 horas", "19.00 h" and a range's end are times.
            boolean clock = m.group(8) != null && (range || m.group(5) != null || m.group(6) != null
                    || BEFORE_CLOCK.matcher(text.substring(Math.max(0, m.start(3) - 5), m.start(3))).find());
            boolean colon = m.group(4) != null;
            int hours = Integer.parseInt(m.group(3));
            String minutesText = colon ? m.group(5) : m.group(6);
            int minutes = minutesText == null ? 0 : Integer.parseInt(minutesText);
            Found end = new Found(text.substring(m.start(3), m.end()).strip(), m.start(3), hours, minutes, half, clock, part);
            // Hours alone, or hours.minutes, are a time only with a marker: "7", "2.50" and "24 horas" are not.
            boolean time = colon || end.half != null || end.clock || end.part != null;
            if (range && (time || m.group(2) != null)) {
                int startHours = Integer.parseInt(m.group(1));
                int startMinutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                // The start takes the end's clock: "de 8 a 17 h" is 8:00; "8 to 5 p.m." may be 8 a.m. or 8 p.m.
                boolean startColon = m.group(2) != null;
                Found start = new Found(text.substring(m.start(1), m.end(1) + (startColon ? 3 : 0)), m.start(1), startHours,
                        startMinutes, null, end.clock, null);
                if (startColon || !end.bare()) found.add(start);
            }
            if (time) found.add(end);
        }
        boolean twentyFour = found.stream().anyMatch(Found::twentyFourHour);
        List<Time> out = new ArrayList<>();
        for (Found f : found) {
            // "las 24 horas" is all day, not a time of it.
            if (f.hours > 23 || f.minutes > 59 || (f.half != null || f.part != null) && (f.hours == 0 || f.hours > 12)) continue;
            out.add(new Time(f.written, f.offset, meanings(f, twentyFour)));
        }
        return out;
    }

    private static List<Integer> meanings(Found f, boolean twentyFour) {
        int hours = f.hours;
        int minutes = f.minutes;
        if (f.half != null) return List.of(((hours % 12) + (f.half.equalsIgnoreCase("p") ? 12 : 0)) * 60 + minutes);
        if (f.part != null) {
            String p = f.part.toLowerCase(Locale.ROOT);
            // "12 de la noche" is midnight; "12 de la tarde", noon; the afternoon and night are the day's second half.
            boolean later = p.equals("tarde") || p.equals("noche");
            int h = hours == 12 ? (p.equals("noche") || p.equals("madrugada") ? 0 : 12) : hours + (later ? 12 : 0);
            return List.of(h * 60 + minutes);
        }
        // A text that writes 19:00 writes 8:00 for the morning; elsewhere "8:00" may be morning or evening.
        if (f.clock || twentyFour || hours == 0 || hours > 12) return List.of(hours * 60 + minutes);
        return List.of((hours % 12) * 60 + minutes, (hours % 12 + 12) * 60 + minutes);
    }

    /**
     * What a translation lacks of its source's times, where it gives times at all (one that gives none writes them in
     * words or leaves them out, which is not for this check to judge).
     *
     * @param lost    the source's times the translation lacks, as the source writes them
     * @param wrongAt where in the translation its first time that is none of the source's starts, else its first time;
     *                -1 when nothing is lost
     */
    record Compared(List<String> lost, int wrongAt) {
    }

    static Compared compare(String source, String translation) {
        List<Time> translated = in(translation);
        if (translated.isEmpty()) return new Compared(List.of(), -1);
        List<Time> original = in(source);
        List<String> lost = new ArrayList<>();
        for (Time t : original) {
            if (translated.stream().noneMatch(t::matches) && !lost.contains(t.written())) lost.add(t.written());
        }
        if (lost.isEmpty()) return new Compared(List.of(), -1);
        int wrongAt = translated.stream().filter(t -> original.stream().noneMatch(t::matches)).findFirst()
                .orElse(translated.get(0)).offset();
        return new Compared(List.copyOf(lost), wrongAt);
    }

    /** The source's times the translation lacks ({@link #compare}), for tests. */
    static List<String> lost(String source, String translation) {
        return compare(source, translation).lost();
    }
}
