package dev.briefing.markdown;

/**
 * The words a rendered text adds of its own, in the language of the page it is shown on: the
 * name a citation gives its source for a screen reader, the names of footnotes, and what says a
 * link leads to a page in another language. A text is
 * parsed once, at load; these are filled in each time it is rendered, as its links are.
 */
public interface Words {
    /** What a citation says after its number, for a screen reader: "source: {title}". */
    String citation(String source);

    /** The name of a text's footnotes, which makes them a landmark. */
    String footnotes();

    /** The name of a footnote's way back to where the text refers to it: "Back to reference {number}". */
    String backToReference(String number);

    /** What follows a link to a page not translated into the page's language, naming the language it is in: "(en inglés)". */
    String untranslated(String language);

    /**
     * What follows a link to an item a reader must not take as current, such as an advisory that
     * has expired (its status, "expired", and its word, "Expired"), or null: a text that links to
     * it says so where it links, as the advisories page and the advisory's own page do.
     *
     * @param kind the kind the link names ("advisory"); id the id it names
     */
    default Stamp stamp(String kind, String id) {
        return null;
    }

    /** @param status a word for the stamp's class ("expired"); text what it says, in the page's language */
    record Stamp(String status, String text) {
    }
}
