package dev.briefing.render;

import java.util.Set;

/**
 * One document's terms, each with its summed weight: what a map from term to score would hold, filled from the
 * characters of each occurrence, so that only a term's first occurrence makes a String (a brief has hundreds of
 * words and tens of distinct ones, and every document of the site is counted at every build). Stop words are
 * kept out: each is looked up once, when first met.
 */
final class TermCounts {
    /** What a stop word's score is held at: never counted, never listed. */
    private static final int STOP = -1;

    private final Set<String> stopWords;
    private String[] keys = new String[64];
    private char[][] chars = new char[64][];
    private int[] hashes = new int[64];
    private int[] scores = new int[64];
    private int size;

    TermCounts(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    /** Adds weight to the term term[0, length). */
    void add(char[] term, int length, int weight) {
        int hash = 0;
        for (int k = 0; k < length; k++) hash = 31 * hash + term[k];
        int mask = keys.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == null) {
                insert(i, new String(term, 0, length), hash, weight);
                return;
            }
            if (hashes[i] == hash && same(chars[i], term, length)) {
                if (scores[i] != STOP) scores[i] += weight;
                return;
            }
        }
    }

    /** Adds weight to a term already made a String. */
    void add(String term, int weight) {
        add(term.toCharArray(), term.length(), weight);
    }

    interface Sink {
        void accept(String term, int score);
    }

    /** Each term but the stop words, with its score, in no particular order. */
    void forEach(Sink sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && scores[i] != STOP) sink.accept(keys[i], scores[i]);
        }
    }

    private void insert(int at, String key, int hash, int weight) {
        keys[at] = key;
        chars[at] = key.toCharArray();
        hashes[at] = hash;
        scores[at] = stopWords.contains(key) ? STOP : weight;
        if (++size * 2 > keys.length) grow();
    }

    private void grow() {
        String[] oldKeys = keys;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        int[] oldScores = scores;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        chars = new char[capacity][];
        hashes = new int[capacity];
        scores = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = spread(oldHashes[j]) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            chars[i] = oldChars[j];
            hashes[i] = oldHashes[j];
            scores[i] = oldScores[j];
        }
    }

    private static boolean same(char[] key, char[] term, int length) {
        if (key.length != length) return false;
        for (int k = 0; k < length; k++) {
            if (key[k] != term[k]) return false;
        }
        return true;
    }

    /** The hash's high bits mixed into its low ones, which pick the slot (as HashMap does). */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
