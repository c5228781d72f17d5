package dev.briefing.render;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The stemmers search knows, each by the name meta.json gives it ({@link #metaName}), under which
 * templates/search.js runs its own port of the same algorithm on queries.
 */
enum SearchStemmer {
    /** Terms are left as they are. */
    NONE(null),
    /**
     * Snowball's Spanish stemmer (snowballstem.org/algorithms/spanish), as Lucene 9.12 generates it.
     * A Snowball stemmer keeps the word it works on, so each call takes a new one: cheap, and the
     * index stems each distinct term once.
     */
    SPANISH("snowball-spanish");

    private final String metaName;

    SearchStemmer(String metaName) {
        this.metaName = metaName;
    }

    /** The name meta.json carries, or null for none (so an English index's meta.json is as it was). */
    String metaName() {
        return metaName;
    }

    String stem(String term) {
        return switch (this) {
            case NONE -> term;
            case SPANISH -> snowball(new SpanishStemmer(), term);
        };
    }

    private static String snowball(SnowballStemmer stemmer, String term) {
        stemmer.setCurrent(term);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
