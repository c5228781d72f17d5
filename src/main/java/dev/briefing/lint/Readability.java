package dev.briefing.lint;

import java.util.Locale;

/** Flesch–Kincaid grade level, with a vowel-group syllable estimate (good enough for a lint). */
public final class Readability {
    private Readability() {
    }

    /**
     * Words are runs of a-z, 0-9, '.', '!' and '?' in the lowercased text (anything else separates
     * them); a word's syllables are counted over its letters only.
     */
    public static double grade(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        StringBuilder letters = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z';
            if (c == '.' || c == '!' || c == '?') sentences++;
            if (letter || (c >= '0' && c <= '9') || c == '.' || c == '!' || c == '?') {
                inWord = true;
                if (letter) letters.append(c);
            } else if (inWord) {
                words++;
                syllables += syllables(letters.toString());
                letters.setLength(0);
                inWord = false;
            }
        }
        if (words == 0) return 0;
        return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
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
