package dev.briefing.lint;

import java.util.Locale;

/** Flesch–Kincaid grade level, with a vowel-group syllable estimate (good enough for a lint). */
public final class Readability {
    private Readability() {
    }

    public static double grade(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\s.!?]", " ").trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return 0;
        long sentences = Math.max(1, text.chars().filter(c -> c == '.' || c == '!' || c == '?').count());
        int syllables = 0;
        for (String w : words) syllables += syllables(w.replaceAll("[^a-z]", ""));
        return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
    }

    static int syllables(String word) {
        if (word.isEmpty()) return 1;
        int count = 0;
        boolean vowel = false;
        for (char c : word.toCharArray()) {
            boolean v = "aeiouy".indexOf(c) >= 0;
            if (v && !vowel) count++;
            vowel = v;
        }
        if (word.endsWith("e") && !word.endsWith("le") && count > 1) count--;
        return Math.max(1, count);
    }
}
