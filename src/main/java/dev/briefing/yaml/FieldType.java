package dev.briefing.yaml;

/** The value shapes a schema field can take; the binder checks each and converts it. */
public enum FieldType {
    /** One line of plain text. */
    LINE("text"),
    /** Markdown text, rendered with the site's Markdown rules. */
    MARKDOWN("Markdown text"),
    /** A calendar date written YYYY-MM-DD. */
    DATE("date (YYYY-MM-DD)"),
    BOOL("true or false"),
    /** A positive whole number. */
    INT("whole number"),
    /** An http, https, mailto or tel URL, or a site-relative path. */
    URL("URL"),
    /** A phone number: digits, spaces and + - ( ) . only, so it can be dialled from a tel: link. */
    PHONE("phone number"),
    /** A number a reporting channel gives: 911, 988, 711, or E.164 such as +18005551234 (util.Phones). */
    TEL("911, 988, 711 or an E.164 number such as +18005551234"),
    /** This entry's own id: a lowercase slug. */
    ID("id (lowercase slug)"),
    /** The id of another entry of the field's reference kind. */
    REF("id of one entry"),
    /** A list of ids of the field's reference kind. */
    REFS("list of ids"),
    /** A list of lowercase words, such as tags or audiences. */
    WORDS("list of words"),
    /** One of the field's listed choices. */
    CHOICE("one of the allowed values"),
    /** A list of {heading, body} mappings, body in Markdown. */
    SECTIONS("list of {heading, body}"),
    /** A list of {title, url} mappings. */
    LINKS("list of {title, url}"),
    /** A mapping bound against the field's own nested schema. */
    GROUP("mapping of the fields below"),
    /** A list of mappings, each bound against the field's nested schema. */
    RECORDS("list of mappings of the fields below"),
    /** A mapping of names of the field's choosing to one line of text each. */
    TEXT_MAP("mapping of names to text"),
    /**
     * A mapping of names to text, in which a language's code holds that language's own mapping
     * (site.yaml's labels: {@code es: {brief.tags.nsse: NSSE}}).
     */
    LABEL_MAP("mapping of names to text, and of a language's code to its own such mapping"),
    /** A mapping of words to lists of words. */
    WORDS_MAP("mapping of words to lists of words");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
