package dev.briefing.render;

import dev.briefing.util.Parallel;
import dev.briefing.util.SharedMaps;
import static dev.briefing.model.ItemFields.TAGS;

import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.model.Item;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The search index, built at build time and split so that a query downloads only what it needs
 * (templates/search.js reads it):
 * <ul>
 * <li>{@code search/index/meta.json}: document count, chunk size, the language's rules (stop words,
 * folds, stemmer) and shard names;</li>
 * <li>{@code search/index/t-XX.json}: every term starting with XX (its first two characters),
 * each with its postings as [document-number delta, score, …];</li>
 * <li>{@code search/index/d-N.json}: title, kind, date, summary and href of {@link #CHUNK}
 * documents, so showing results fetches only the chunks those results fall in.</li>
 * </ul>
 * Documents are numbered newest first, then A to Z, so equal scores list the newer document first.
 * Text becomes terms by the rules of the site's language ({@link SearchLanguage}: accents removed,
 * split, short words and stop words left out, then folded and stemmed, so "behaviours" finds
 * "behavior" in English and "pelear" finds "pelea" in Spanish). search.js treats queries the same
 * way, with the rules meta.json carries. A document that uses a word site.yaml lists as a synonym
 * ({@code search.synonyms}) is also found by the word it stands for.
 */
public final class SearchIndex {
    /** Where the index lives, as a site path; the search page links it relative to itself. */
    public static final String DIR = "/search/index/";
    static final int CHUNK = 50;
    static final int TITLE = 8;
    static final int TAG = 4;
    static final int SUMMARY = 3;
    static final int BODY = 1;
    static final int MAX_SCORE = 99;
    /**
     * [[kind:id|text]] keeps its text; [[kind:id]] and [[cite:id]] are dropped. '[' is excluded
     * inside, as in MarkdownEngine's wiki links: otherwise a run of '[' makes every match attempt
     * scan to the end of the text, quadratic time (100,000 '[' took minutes).
     */
    private static final Pattern WIKI = Pattern.compile("\\[\\[[^\\[\\]|]*(?:\\|([^\\[\\]]*))?\\]\\]");

    private SearchIndex() {
    }

    /**
     * Output path → bytes of every index file.
     *
     * @param fromSearch views for the search page, so document hrefs are relative to it
     */
    public static Map<String, byte[]> files(ResolvedSite site, Views fromSearch) {
        SearchLanguage language = SearchLanguage.of(site.config().language());
        List<Item> docs = ordered(site.items().values());
        Map<String, List<String>> synonyms = synonyms(language, site.config().synonyms());
        // Scoring reads every document's text: the costly part, and independent per document.
        // Each distinct term is folded once for the whole site: running the fold's regexes on
        // every occurrence was nearly half of a 10,000-brief build.
        Map<String, String> folds = new java.util.concurrent.ConcurrentHashMap<>();
        List<Scored> scored = Parallel.map(docs, d -> Scored.of(scores(d, language, synonyms, folds)));
        // Documents are added in number order, so each posting list comes out sorted.
        Map<String, Postings> postings = new HashMap<>();
        for (int n = 0; n < docs.size(); n++) {
            Scored s = scored.get(n);
            for (int t = 0; t < s.terms().length; t++) {
                postings.computeIfAbsent(s.terms()[t], k -> new Postings()).add(n, Math.min(MAX_SCORE, s.scores()[t]));
            }
        }
        Map<String, Map<String, Postings>> shards = new TreeMap<>();
        postings.forEach((term, p) -> shards.computeIfAbsent(shard(term), k -> new TreeMap<>()).put(term, p));
        Map<String, byte[]> out = new TreeMap<>();
        String dir = site.urls().local(DIR).substring(1);
        out.put(dir + "meta.json", utf8(meta(docs.size(), language, shards.keySet())));
        shards.forEach((name, terms) -> out.put(dir + "t-" + name + ".json", utf8(terms(terms))));
        for (int start = 0; start < docs.size(); start += CHUNK) {
            List<Item> chunk = docs.subList(start, Math.min(docs.size(), start + CHUNK));
            out.put(dir + "d-" + (start / CHUNK) + ".json", utf8(documents(chunk, fromSearch)));
        }
        return out;
    }

    /**
     * One document's terms and their scores, as two arrays: every document's are held until all are merged, and as
     * maps (an entry and an array per term) they were 80 MB of a 10,000-brief bilingual build, kept long enough to
     * be promoted and then collected in a full collection.
     */
    private record Scored(String[] terms, int[] scores) {
        static Scored of(Map<String, int[]> map) {
            String[] terms = new String[map.size()];
            int[] scores = new int[map.size()];
            int i = 0;
            for (Map.Entry<String, int[]> e : map.entrySet()) {
                terms[i] = e.getKey();
                scores[i++] = e.getValue()[0];
            }
            return new Scored(terms, scores);
        }
    }

    /** One term's postings: document numbers ascending, each with its score, as a flat int array. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        void add(int doc, int score) {
            if (size + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
            pairs[size++] = doc;
            pairs[size++] = score;
        }
    }

    /** An item with its title in lower case, which the documents' order compares. */
    private record Sortable(Item item, String title) {
    }

    /** Newest first, then by title whatever its case, then by key; undated items last. */
    private static final Comparator<Sortable> ORDER = Comparator
            .comparing((Sortable s) -> s.item().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Sortable::title)
            .thenComparing(s -> s.item().key());

    /** The documents in their numbered order, each title lower-cased once, not at each of the sort's comparisons. */
    static List<Item> ordered(java.util.Collection<Item> items) {
        return items.stream().map(i -> new Sortable(i, i.title().toLowerCase(Locale.ROOT))).sorted(ORDER).map(Sortable::item).toList();
    }

    /** site.yaml's synonyms folded as terms are: each word the content uses → the words readers may type for it. */
    static Map<String, List<String>> synonyms(SearchLanguage language, Map<String, List<String>> configured) {
        Map<String, List<String>> out = new HashMap<>();
        configured.forEach((typed, used) -> {
            List<String> typedTerms = language.terms(typed).stream().map(language::fold).toList();
            for (String u : used) {
                for (String term : language.terms(u)) out.computeIfAbsent(language.fold(term), k -> new ArrayList<>()).addAll(typedTerms);
            }
        });
        return out;
    }

    /**
     * Each term of one document with its score ([0]): where a term appears decides how much it
     * counts. A synonym scores as the word it stands for does.
     */
    static Map<String, int[]> scores(Item item, SearchLanguage language, Map<String, List<String>> synonyms,
            Map<String, String> folds) {
        // Raw terms first, then each distinct one folded (through the site-wide cache) and merged.
        TermCounts raw = new TermCounts(language.stopWords());
        add(raw, language, item.title(), TITLE);
        for (String tag : item.fields().get(TAGS)) add(raw, language, tag, TAG);
        add(raw, language, item.summary(), SUMMARY);
        for (MarkdownDoc doc : new TreeMap<>(item.markdown()).values()) {
            String text = doc.plainText();
            if (text.contains("[[")) text = WIKI.matcher(text).replaceAll(m -> m.group(1) == null ? " " : "$1");
            add(raw, language, text, BODY);
        }
        Map<String, int[]> scores = new HashMap<>();
        raw.forEach((term, score) -> scores.computeIfAbsent(SharedMaps.get(folds, term, language::fold), t -> new int[1])[0] += score);
        if (synonyms.isEmpty()) return scores;
        Map<String, int[]> out = new HashMap<>(scores);
        scores.forEach((term, score) -> {
            for (String word : synonyms.getOrDefault(term, List.of())) {
                int[] s = out.computeIfAbsent(word, w -> new int[1]);
                s[0] = Math.max(s[0], score[0]);
            }
        });
        return out;
    }

    private static void add(TermCounts counts, SearchLanguage language, String text, int weight) {
        if (text != null) language.count(text, weight, counts);
    }

    /** The shard of a term: its first two characters, each a-z or 0-9 as is, else '_' and hex code. */
    static String shard(String term) {
        StringBuilder sb = new StringBuilder();
        term.codePoints().limit(2).forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.appendCodePoint(c);
            else sb.append('_').append(Integer.toHexString(c));
        });
        return sb.toString();
    }

    /** The index's size and the rules of its language; "stem" only when it has a stemmer. */
    private static String meta(int docs, SearchLanguage language, Set<String> shards) {
        StringBuilder sb = new StringBuilder("{\"version\":1,\"docs\":").append(docs)
                .append(",\"chunk\":").append(CHUNK).append(",\"stop\":");
        list(sb, new TreeSet<>(language.stopWords()));
        sb.append(",\"fold\":[");
        String sep = "";
        for (SearchLanguage.Fold rule : language.folds()) {
            sb.append(sep);
            list(sb, List.of(rule.pattern().pattern(), rule.replacement()));
            sep = ",";
        }
        sb.append(']');
        if (language.stemmer().metaName() != null) sb.append(",\"stem\":").append(Json.string(language.stemmer().metaName()));
        sb.append(",\"shards\":");
        list(sb, shards);
        return sb.append("}\n").toString();
    }

    private static void list(StringBuilder sb, Iterable<String> words) {
        sb.append('[');
        String sep = "";
        for (String w : words) {
            sb.append(sep).append(Json.string(w));
            sep = ",";
        }
        sb.append(']');
    }

    /** {"term":[doc delta, score, doc delta, score, …], …}: deltas keep big postings short. */
    private static String terms(Map<String, Postings> terms) {
        StringBuilder sb = new StringBuilder("{");
        String sep = "\n";
        for (Map.Entry<String, Postings> t : terms.entrySet()) {
            sb.append(sep).append(Json.string(t.getKey())).append(":[");
            int[] pairs = t.getValue().pairs;
            int previous = 0;
            for (int i = 0; i < t.getValue().size; i += 2) {
                if (i > 0) sb.append(',');
                sb.append(pairs[i] - previous).append(',').append(pairs[i + 1]);
                previous = pairs[i];
            }
            sb.append(']');
            sep = ",\n";
        }
        return sb.append("\n}\n").toString();
    }

    /** [[title, kind, iso date, display date, summary, href], …]; dates are "" when absent. */
    private static String documents(List<Item> chunk, Views views) {
        StringBuilder sb = new StringBuilder("[");
        String sep = "\n";
        for (Item i : chunk) {
            Views.ItemLink link = views.link(i.key());
            sb.append(sep).append('[').append(Json.string(link.title())).append(',')
                    .append(Json.string(link.kindLabel())).append(',')
                    .append(Json.string(link.date() == null ? "" : link.date().iso())).append(',')
                    .append(Json.string(link.date() == null ? "" : link.date().text())).append(',')
                    .append(Json.string(link.summary() == null ? "" : link.summary())).append(',')
                    .append(Json.string(link.href()));
            // On another language's pages: the language of an untranslated item (its page, title and summary), else of a
            // source's title; written only when there is one, so an index in one language carries nothing more.
            if (link.lang() != null) sb.append(',').append(Json.string(link.lang()));
            else if (link.titleLang() != null) sb.append(",\"\",").append(Json.string(link.titleLang()));
            sb.append(']');
            sep = ",\n";
        }
        return sb.append("\n]\n").toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
