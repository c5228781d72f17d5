package dev.briefing.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds any of many phrases in a text in one pass, as whole words, ignoring case: a tree of the
 * phrases' words, walked from each word of the text, so the time grows with the text, not with
 * the number of phrases. Words are runs of letters and digits; what stands between two words of a
 * phrase must stand between them in the text too ("TLP:CLEAR" is not "TLP CLEAR"), white space
 * of any kind and length being alike, and no line break (one ends a paragraph). The last word may
 * also take a plural ending -s or -es ("soft target" finds "soft targets"). Immutable.
 *
 * @param <T> what a phrase stands for (its replacement, its glossary term)
 */
public final class Phrases<T> {
    /** A phrase found at [start, end) of the text, and what it stands for. */
    public record Match<T>(int start, int end, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        T value;
    }

    private final Node<T> root = new Node<>();
    private final boolean empty;

    /** @param phrases each phrase and its value; a phrase without a letter or digit is left out (see {@link #words}) */
    public Phrases(Map<String, T> phrases) {
        for (var e : phrases.entrySet()) {
            List<int[]> words = words(e.getKey(), 0, e.getKey().length());
            if (words.isEmpty()) continue;
            Node<T> node = root;
            for (int i = 0; i < words.size(); i++) {
                node = node.next.computeIfAbsent(key(e.getKey(), words, i), k -> new Node<>());
            }
            if (node.value == null) node.value = e.getValue();
        }
        empty = root.next.isEmpty();
    }

    /** Every match in [from, to) of the text, leftmost first, the longest at each place, none overlapping. */
    public List<Match<T>> find(String text, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        if (empty) return out;
        List<int[]> words = words(text, from, to);
        String[] keys = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Node<T> node = root;
            int end = -1;
            T value = null;
            for (int j = i; j < words.size(); j++) {
                String prefix = j == i ? "" : separator(text, words, j) + '\u0001';
                if (prefix.startsWith("\n")) break;
                if (keys[j] == null) keys[j] = word(text, words.get(j));
                // The plural of the phrase's last word: it ends the phrase here.
                for (String stem : stems(keys[j])) {
                    Node<T> plural = node.next.get(prefix + stem);
                    if (plural != null && plural.value != null) {
                        end = j;
                        value = plural.value;
                    }
                }
                node = node.next.get(prefix + keys[j]);
                if (node == null) break;
                if (node.value != null) {
                    end = j;
                    value = node.value;
                }
            }
            if (end >= 0) {
                out.add(new Match<>(words.get(i)[0], words.get(end)[1], value));
                i = end;
            }
        }
        return out;
    }

    /** The words of [from, to) of a text: runs of letters and digits, each as {start, end}. */
    static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean in = i < to && Character.isLetterOrDigit(text.charAt(i));
            if (in && start < 0) start = i;
            if (!in && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        return out;
    }

    private static String key(String phrase, List<int[]> words, int i) {
        String word = word(phrase, words.get(i));
        return i == 0 ? word : separator(phrase, words, i) + '\u0001' + word;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }

    /** What stands between word i - 1 and word i, white space made one space. */
    private static String separator(String text, List<int[]> words, int i) {
        String between = text.substring(words.get(i - 1)[1], words.get(i)[0]);
        if (between.equals(" ")) return between;
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == '\n' || c == '\r') return "\n";
            if (Character.isWhitespace(c)) {
                if (!space) sb.append(' ');
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** The word without a plural ending: "targets" → "target", "buses" → "bus" and "buse". */
    private static List<String> stems(String word) {
        if (word.length() < 3 || !word.endsWith("s")) return List.of();
        String s = word.substring(0, word.length() - 1);
        return word.endsWith("es") ? List.of(s, word.substring(0, word.length() - 2)) : List.of(s);
    }
}
