package dev.briefing.i18n;

import dev.briefing.diag.Pos;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.PlainText;
import dev.briefing.model.Item;
import dev.briefing.model.TextKey;
import dev.briefing.model.Translation;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The numbers a translation of a critical item must keep as its source has them: a phone number, a street number, a
 * year, a sum. A translator who retypes "970-244-3500" can slip a digit, and nothing else would notice: the text is
 * new words either way, and the page is current. Numbers are compared as runs of {@value #MIN_DIGITS} digits or more,
 * split at anything else, so that the same number written in either language's way (970-244-3500 and 970.244.3500,
 * 10,000 and 10.000, "May 24, 2023" and "24 de mayo de 2023") is the same; days of the month, which a language may
 * well write otherwise, are not compared. Times of day are compared as times ({@link Times}): "7 p.m." is "19:00".
 */
final class Numbers {
    static final int MIN_DIGITS = 3;

    private Numbers() {
    }

    /**
     * What a translation's numbers lack or add against its source's, in the texts both have.
     *
     * @param added numbers the translation has and the source does not, in the order the translation has them
     * @param lost  numbers and times of day the source has and the translation does not, in the source's order
     * @param at    where the translation has the first added number, else the first text lacking a time, else the
     *              translation itself
     */
    record Differ(List<String> added, List<String> lost, Pos at) {
    }

    static Optional<Differ> compare(Item source, Translation t) {
        Fields tf = t.item().fields();
        Map<String, Pos> translated = new LinkedHashMap<>();
        Set<String> original = new LinkedHashSet<>();
        // Times are compared text by text: a time the source gives in its summary is looked for in the summary.
        Set<String> lostTimes = new LinkedHashSet<>();
        Pos timesAt = null;
        for (Field f : source.kind().schema().fields()) {
            if (!f.translatable() || f.type() == FieldType.MARKDOWN || f.type() == FieldType.SECTIONS) continue;
            if (!tf.has(f.key()) || !source.fields().has(f.key())) continue;
            Pos at = tf.posOf(f.key());
            String text = String.valueOf(tf.get(f.key()));
            String from = String.valueOf(source.fields().get(f.key()));
            runs(text, (run, offset) -> translated.putIfAbsent(run, at));
            runs(from, (run, offset) -> original.add(run));
            Times.Compared times = Times.compare(from, text);
            if (!times.lost().isEmpty() && timesAt == null) timesAt = at;
            lostTimes.addAll(times.lost());
        }
        for (Map.Entry<TextKey, MarkdownDoc> e : t.item().markdown().entrySet()) {
            MarkdownDoc from = source.markdown().get(e.getKey());
            if (from == null) continue;
            PlainText plain = e.getValue().plain();
            runs(plain.text(), (run, offset) -> translated.computeIfAbsent(run, r -> plain.pos(offset)));
            runs(from.plain().text(), (run, offset) -> original.add(run));
            Times.Compared times = Times.compare(from.plain().text(), plain.text());
            // At the translation's first time that is none of the source's: the one a translator would have mistyped.
            if (!times.lost().isEmpty() && timesAt == null) timesAt = plain.pos(times.wrongAt());
            lostTimes.addAll(times.lost());
        }
        List<String> added = translated.keySet().stream().filter(n -> !original.contains(n)).toList();
        List<String> lost = new ArrayList<>(original.stream().filter(n -> !translated.containsKey(n)).toList());
        lost.addAll(lostTimes);
        if (added.isEmpty() && lost.isEmpty()) return Optional.empty();
        Pos at = !added.isEmpty() ? translated.get(added.get(0)) : timesAt != null ? timesAt : t.item().pos();
        return Optional.of(new Differ(added, List.copyOf(lost), at));
    }

    /**
     * Each run of {@value #MIN_DIGITS} ASCII digits or more in {@code text}, with the offset it starts at. A number
     * grouped in thousands ("10,000", "10.000": one to three digits, then groups of exactly three after a comma or a
     * dot) is one run, "10000", whichever separator its language uses, so that "$10,000" written "1.000 dólares" is
     * told apart and "1000" is the same as "1,000"; other groups ("970.244.3500") are runs of their own.
     */
    static void runs(String text, BiConsumer<String, Integer> sink) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isDigit(text.charAt(i))) continue;
            int start = i;
            while (i < n && isDigit(text.charAt(i))) i++;
            int end = thousands(text, start, i);
            if (end > i) {
                StringBuilder digits = new StringBuilder();
                for (int k = start; k < end; k++) if (isDigit(text.charAt(k))) digits.append(text.charAt(k));
                if (digits.length() >= MIN_DIGITS) sink.accept(digits.toString(), start);
                i = end;
                continue;
            }
            if (i - start >= MIN_DIGITS) sink.accept(text.substring(start, i), start);
        }
    }

    /**
     * Where a number grouped in thousands that starts with the digits [start, firstEnd) ends, or {@code firstEnd} when it
     * is not one: its first group has one to three digits, and every later one exactly three after one comma or dot.
     */
    private static int thousands(String text, int start, int firstEnd) {
        if (firstEnd - start > 3) return firstEnd;
        int n = text.length();
        int end = firstEnd;
        while (end + 4 <= n && (text.charAt(end) == ',' || text.charAt(end) == '.') && isDigit(text.charAt(end + 1))) {
            int g = end + 1;
            while (g < n && isDigit(text.charAt(g))) g++;
            if (g - end - 1 != 3) return firstEnd; // "970.244.3500": not thousands, each group its own
            end = g;
        }
        return end;
    }

    /** The runs of {@code text}, for tests. */
    static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        runs(text, (run, offset) -> out.add(run));
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
