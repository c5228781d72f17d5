package dev.briefing.model;

import java.text.AttributedCharacterIterator;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The theme's words in one language: every string the theme shows, by key, as a
 * {@link MessageFormat} pattern ({@code Page {0} of {1}}), and how the language writes a date
 * (the patterns {@link #DAY}, {@link #MONTH} and {@link #YEAR}, with month names from the JDK's
 * data for the language). Made from the message files by the theme, which reports their
 * problems; immutable and thread-safe.
 *
 * <p>Two rules make patterns safe for editors. An apostrophe is text (site's), unless it quotes a
 * brace ('{'), as ICU's MessageFormat reads it; the JDK's would swallow it and any argument after
 * it. A whole number is written in digits ({@code 1292}), as templates write numbers, unless the
 * pattern gives it a format ({@code {0,number}}).
 */
public final class Messages {
    /** The date patterns ({@link DateTimeFormatter}): a day, a month ("July 2024"), a year. */
    public static final String DAY = "date.day";
    public static final String MONTH = "date.month";
    public static final String YEAR = "date.year";
    static final Set<String> DATE_KEYS = Set.of(DAY, MONTH, YEAR);

    private final String language;
    private final Locale locale;
    private final Map<String, Message> messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter year;
    /** Every page shows dates, most of them the same few: each is formatted once. */
    private final Map<LocalDate, String> days = new ConcurrentHashMap<>();

    /**
     * One message, parsed once: its parts, text (a String) and arguments (an Integer, the
     * argument's number) in order, as MessageFormat reads its pattern; or, for a pattern that
     * gives an argument a format of its own ({0,number}), the MessageFormat itself. Every page
     * shows dozens of messages, and a MessageFormat formats a copy of itself each time.
     */
    private record Message(List<Object> parts, MessageFormat format) {
    }

    private Messages(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        Map<String, Message> parsed = new HashMap<>();
        patterns.forEach((key, pattern) -> {
            if (DATE_KEYS.contains(key)) return;
            MessageFormat f = format(pattern, locale);
            List<Object> parts = parts(f, pattern);
            parsed.put(key, parts != null ? new Message(parts, null) : new Message(null, f));
        });
        this.messages = Map.copyOf(parsed);
        this.day = DateTimeFormatter.ofPattern(patterns.get(DAY), locale);
        this.month = DateTimeFormatter.ofPattern(patterns.get(MONTH), locale);
        this.year = DateTimeFormatter.ofPattern(patterns.get(YEAR), locale);
    }

    /**
     * The messages of one language from their patterns, each already checked with
     * {@link #problem}.
     *
     * @throws IllegalArgumentException when a pattern is bad or a date pattern is missing
     */
    public static Messages of(String language, Map<String, String> patterns) {
        return new Messages(language, patterns);
    }

    /** What is wrong with a message's pattern, in plain words, or null when it is good. */
    public static String problem(String key, String pattern, String language) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            if (DATE_KEYS.contains(key)) DateTimeFormatter.ofPattern(pattern, locale);
            else format(pattern, locale);
            return null;
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\.$", "");
            return why.isEmpty() ? "it does not parse" : why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
        }
    }

    /** The argument numbers a pattern uses ({0} and {2}: [0, 2]); empty for a date pattern. */
    public static Set<Integer> arguments(String key, String pattern, String language) {
        Set<Integer> out = new TreeSet<>();
        if (DATE_KEYS.contains(key)) return out;
        MessageFormat f = format(pattern, Locale.forLanguageTag(language));
        // Formatted once with a placeholder for each argument (0 for one with a format of its own, a
        // number or a choice, which takes it), so MessageFormat's own reading of the pattern says which stand where.
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] placeholders = new Object[formats.length];
        for (int i = 0; i < placeholders.length; i++) placeholders[i] = formats[i] == null ? "x" : 0;
        AttributedCharacterIterator it = f.formatToCharacterIterator(placeholders);
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            if (it.getAttribute(MessageFormat.Field.ARGUMENT) instanceof Integer n) out.add(n);
        }
        return out;
    }

    /**
     * A pattern's parts, text and argument numbers in order, for one whose arguments have no
     * format of their own; else null. Found by formatting it once with a marker for each
     * argument (NUL, its number, NUL), so MessageFormat's own reading of quotes holds.
     */
    private static List<Object> parts(MessageFormat f, String pattern) {
        Format[] formats = f.getFormatsByArgumentIndex();
        if (pattern.indexOf('\u0000') >= 0 || java.util.Arrays.stream(formats).anyMatch(java.util.Objects::nonNull)) return null;
        Object[] markers = new Object[formats.length];
        for (int i = 0; i < markers.length; i++) markers[i] = "\u0000" + i + "\u0000";
        String text = f.format(markers);
        List<Object> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf('\u0000'); at >= 0; at = text.indexOf('\u0000', from)) {
            if (at > from) out.add(text.substring(from, at));
            int end = text.indexOf('\u0000', at + 1);
            out.add(Integer.valueOf(text.substring(at + 1, end)));
            from = end + 1;
        }
        if (from < text.length() || out.isEmpty()) out.add(text.substring(from));
        return List.copyOf(out);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /**
     * The message as text, its arguments in their places ({@code {0}} the first).
     *
     * @throws IllegalArgumentException when there is no such message
     */
    public String text(String key, Object... args) {
        Message m = message(key);
        if (m.format() != null) return ((MessageFormat) m.format().clone()).format(digits(m.format(), args));
        if (m.parts().size() == 1 && m.parts().get(0) instanceof String text) return text;
        StringBuilder out = new StringBuilder();
        for (Object part : m.parts()) out.append(part instanceof Integer n ? argument(args, n) : (String) part);
        return out.toString();
    }

    /**
     * The message with its arguments in their places, for a markup language: its own text and
     * every argument escaped by {@code escape}, except the arguments {@code raw} marks, which are
     * markup already (a link a template made) and go in as they are.
     */
    public String markup(String key, Object[] args, boolean[] raw, UnaryOperator<String> escape) {
        Message m = message(key);
        if (m.format() == null) {
            StringBuilder out = new StringBuilder();
            for (Object part : m.parts()) {
                if (part instanceof Integer n) out.append(n < raw.length && raw[n] ? argument(args, n) : escape.apply(argument(args, n)));
                else out.append(escape.apply((String) part));
            }
            return out.toString();
        }
        AttributedCharacterIterator it = ((MessageFormat) m.format().clone()).formatToCharacterIterator(digits(m.format(), args));
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            run.append(c);
            if (it.getIndex() + 1 < it.getRunLimit()) continue;
            Object n = it.getAttribute(MessageFormat.Field.ARGUMENT);
            boolean markup = n instanceof Integer i && i < raw.length && raw[i];
            out.append(markup ? run : escape.apply(run.toString()));
            run.setLength(0);
        }
        return out.toString();
    }

    /** "24 May 2023": a day as the language writes it. */
    public String day(LocalDate d) {
        return days.computeIfAbsent(d, day::format);
    }

    /** "July 2024": a month as the language writes it. */
    public String month(LocalDate d) {
        return month.format(d);
    }

    /** "2024". */
    public String year(LocalDate d) {
        return year.format(d);
    }

    private Message message(String key) {
        Message m = messages.get(key);
        if (m == null) throw new IllegalArgumentException("no message '" + key + "' for language '" + language + "'");
        return m;
    }

    /** An argument as MessageFormat writes one without a format of its own, but a whole number in digits; "{n}" when missing. */
    private String argument(Object[] args, int n) {
        if (n >= args.length) return "{" + n + "}";
        Object a = args[n];
        if (a instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() <= 0) return b.toBigInteger().toString();
        if (a instanceof Number && !(a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof java.math.BigInteger)) {
            return java.text.NumberFormat.getInstance(locale).format(a);
        }
        return String.valueOf(a);
    }

    /** Whole numbers as digits where the pattern gives them no format of their own (see the class comment). */
    private static Object[] digits(MessageFormat f, Object[] args) {
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            if (plain && (out[i] instanceof Integer || out[i] instanceof Long || out[i] instanceof Short
                    || out[i] instanceof java.math.BigInteger)) {
                out[i] = out[i].toString();
            } else if (plain && out[i] instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() <= 0) {
                out[i] = b.toBigInteger().toString();
            }
        }
        return out;
    }

    private static MessageFormat format(String pattern, Locale locale) {
        return new MessageFormat(javaPattern(pattern), locale);
    }

    /**
     * The pattern as the JDK's MessageFormat reads it, with ICU's rule for apostrophes: one is
     * text unless it quotes a brace ('{' or '}'), and '' is one apostrophe.
     */
    static String javaPattern(String pattern) {
        if (pattern.indexOf('\'') < 0) return pattern;
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '\'') {
                out.append(c);
            } else if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                out.append("''");
                i++;
            } else if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == '{' || pattern.charAt(i + 1) == '}')) {
                // Quoted text: copy it to its closing apostrophe ('' inside it is one apostrophe).
                int end = i + 1;
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') end += 2;
                        else break;
                    } else {
                        end++;
                    }
                }
                out.append(pattern, i, Math.min(pattern.length(), end + 1));
                i = end;
            } else {
                out.append("''");
            }
        }
        return out.toString();
    }
}
