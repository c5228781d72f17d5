package dev.briefing.model;

import java.text.AttributedCharacterIterator;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
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

    /** One message: its text, when it takes no arguments, else its parsed pattern. */
    private record Message(String text, MessageFormat format) {
    }

    private Messages(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        Map<String, Message> parsed = new HashMap<>();
        patterns.forEach((key, pattern) -> {
            if (DATE_KEYS.contains(key)) return;
            MessageFormat f = format(pattern, locale);
            parsed.put(key, f.getFormatsByArgumentIndex().length == 0 ? new Message(f.format(new Object[0]), null) : new Message(null, f));
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
        // Only the numbers used have a place in getFormatsByArgumentIndex: find them by formatting markers.
        Object[] markers = new Object[f.getFormatsByArgumentIndex().length];
        for (int i = 0; i < markers.length; i++) markers[i] = "\u0000" + i + "\u0000";
        Format[] formats = f.getFormatsByArgumentIndex();
        for (int i = 0; i < markers.length; i++) if (formats[i] != null) markers[i] = 0; // a formatted argument: a number or a choice
        AttributedCharacterIterator it = f.formatToCharacterIterator(markers);
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            Object n = it.getAttribute(MessageFormat.Field.ARGUMENT);
            if (n instanceof Integer i) out.add(i);
        }
        return out;
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
        if (m.format() == null) return m.text();
        return ((MessageFormat) m.format().clone()).format(digits(m.format(), args));
    }

    /**
     * The message with its arguments in their places, for a markup language: its own text and
     * every argument escaped by {@code escape}, except the arguments {@code raw} marks, which are
     * markup already (a link a template made) and go in as they are.
     */
    public String markup(String key, Object[] args, boolean[] raw, UnaryOperator<String> escape) {
        Message m = message(key);
        if (m.format() == null) return escape.apply(m.text());
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
