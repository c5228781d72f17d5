package dev.briefing.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one language's text becomes search terms, the same at build time ({@link SearchIndex}) and in
 * the browser (templates/search.js, which reads these rules from the index's meta.json). Every
 * language lowercases, removes accents (NFKD, marks dropped: "escóndete" and "escondete" are one
 * word), splits at anything not a letter or digit, and drops terms shorter than two characters.
 * Then each language has its own rules: stop words dropped, folds (regexes applied in order, in
 * the syntax Java and JavaScript share) and a stemmer, applied last.
 * <ul>
 * <li>English ("en", "en-GB", …): English stop words; folds for British and American spellings
 * and simple plurals; no stemmer.</li>
 * <li>Spanish ("es", "es-MX", …): Snowball's Spanish stop words, as Lucene's SpanishAnalyzer uses
 * them, accents removed; the Snowball Spanish stemmer ("pelear" and "pelea" share a stem).</li>
 * <li>Any other language: none of these, so a word is found as it is written, less its accents.</li>
 * </ul>
 */
record SearchLanguage(Set<String> stopWords, List<Fold> folds, SearchStemmer stemmer) {
    /** Terms longer than this many characters are cut to it. */
    static final int MAX_TERM = 32;
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Folds in order: plurals first, so "behaviours" becomes "behaviour" and then "behavior". */
    static final SearchLanguage ENGLISH = new SearchLanguage(Set.of("a", "an", "and", "are", "as", "at",
            "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their",
            "this", "to", "was", "were", "will", "with"), List.of(
            new Fold("^(.{3,}[^aeiou])ies$", "$1y"),
            // Not after i: crisis, analysis, basis are singular.
            new Fold("^(.{3,}[^sui])s$", "$1"),
            new Fold("^(?!det|dev|cont|param)(.{3,})our(al|ally|ite|ites|able|ably|ed|ing|er|ers|hood|ful|less|)$", "$1or$2"),
            new Fold("^(.{3,})is(e|ed|ing|ation|er)$", "$1iz$2"),
            new Fold("^(.{2,})ys(e|ed|ing|er)$", "$1yz$2"),
            new Fold("^(cen|thea|fib|li|me|spec)tre$", "$1ter"),
            new Fold("^(def|off|pret|lic)ence$", "$1ense"),
            new Fold("^(.{3,})ogue$", "$1og"),
            new Fold("^(.{3,}[aeiou])ll(ed|ing|er)$", "$1l$2"),
            new Fold("^programme$", "program")), SearchStemmer.NONE);

    /**
     * Words of Snowball's Spanish stop list that search keeps: "estado" and "estados" are listed as
     * forms of estar, but in public-safety text they are mostly the noun (the state, Estados
     * Unidos), which readers search for.
     */
    static final Set<String> SPANISH_KEPT = Set.of("estado", "estados");


    SearchLanguage {
        stopWords = Set.copyOf(stopWords);
        folds = List.copyOf(folds);
    }

    /**
     * One folding rule: the first match of {@code pattern} is replaced by {@code replacement}
     * ($1 for a group). Folding two real words together only adds a result; failing to fold one
     * spelling loses them all.
     */
    record Fold(Pattern pattern, String replacement) {
        Fold(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    /** The rules for a site's language: by its primary subtag, so "es-MX" searches as "es" does. */
    static SearchLanguage of(String code) {
        String primary = code == null ? "" : code.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "en" -> ENGLISH;
            case "es" -> spanish();
            default -> new SearchLanguage(Set.of(), List.of(), SearchStemmer.NONE);
        };
    }

    /** Spanish's rules; its stop list is read from Lucene's jar the first time a site asks for them. */
    static SearchLanguage spanish() {
        return Spanish.RULES;
    }

    private static final class Spanish {
        static final SearchLanguage RULES = new SearchLanguage(spanishStopWords(), List.of(), SearchStemmer.SPANISH);
    }

    /** A term after the folds, then the stemmer: "behaviours" → "behavior" in English, "peleas" → "pel" in Spanish. */
    String fold(String term) {
        String t = term;
        for (Fold rule : folds) {
            Matcher m = rule.pattern().matcher(t);
            if (m.find()) t = m.replaceFirst(rule.replacement());
        }
        return stemmer.stem(t);
    }

    /** The index terms of a text, in order, with repeats, before {@link #fold}. */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        // Most text is plain ASCII, which has no accents to fold: split and lowercase it in one
        // pass over its characters, making one string per term; other text takes the general rule.
        if (!ascii(text, (term, length) -> {
            String t = new String(term, 0, length);
            if (!stopWords.contains(t)) out.add(t);
        })) {
            return general(text);
        }
        return out;
    }

    /**
     * Adds each of {@link #terms}, with the weight, to a document's counts (which leave out the stop words): for
     * plain ASCII text, from its characters, without a String for each.
     */
    void count(String text, int weight, TermCounts counts) {
        if (!ascii(text, (term, length) -> counts.add(term, length, weight))) {
            for (String t : general(text)) counts.add(t, weight);
        }
    }

    private interface AsciiTerms {
        /** A term, term[0, length), lower case, cut to {@link #MAX_TERM}; stop words among them. */
        void accept(char[] term, int length);
    }

    /** Gives the terms of plain ASCII text, in order; false, having given none, if the text is not ASCII. */
    private static boolean ascii(String text, AsciiTerms sink) {
        char[] chars = text.toCharArray();
        for (char c : chars) {
            if (c >= 0x80) return false;
        }
        char[] term = new char[MAX_TERM];
        int length = 0;
        int full = 0;
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (length < MAX_TERM) term[length++] = c;
                full++;
            } else if (full > 0) {
                if (full >= 2) sink.accept(term, length);
                length = 0;
                full = 0;
            }
        }
        return true;
    }

    private List<String> general(String text) {
        List<String> out = new ArrayList<>();
        for (String t : SPLIT.split(withoutAccents(text))) {
            if (t.codePointCount(0, t.length()) < 2 || stopWords.contains(t)) continue;
            out.add(t.length() > MAX_TERM ? t.substring(0, t.offsetByCodePoints(0, MAX_TERM)) : t);
        }
        return out;
    }

    private static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Snowball's Spanish stop words, from the file in Lucene's jar that SpanishAnalyzer reads (its
     * format: words at the start of lines, comments after '|'), without accents and without
     * {@link #SPANISH_KEPT}.
     */
    private static Set<String> spanishStopWords() {
        Set<String> words = new TreeSet<>();
        try (InputStream in = SearchLanguage.class.getResourceAsStream("/org/apache/lucene/analysis/snowball/spanish_stop.txt")) {
            if (in == null) throw new IllegalStateException("spanish_stop.txt is missing from the classpath (lucene-analysis-common)");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int bar = line.indexOf('|');
                for (String w : (bar < 0 ? line : line.substring(0, bar)).trim().split("\\s+")) {
                    if (!w.isEmpty()) words.add(withoutAccents(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.removeAll(SPANISH_KEPT);
        return words;
    }
}
