package dev.briefing.model;

import static dev.briefing.model.ItemFields.*;
import static dev.briefing.yaml.Field.choice;
import static dev.briefing.yaml.Field.optional;
import static dev.briefing.yaml.Field.records;
import static dev.briefing.yaml.Field.ref;
import static dev.briefing.yaml.Field.refs;
import static dev.briefing.yaml.Field.required;

import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of thing the site publishes: briefs and pages (Markdown files) and the landscape
 * entities (entries of content/data/&lt;plural&gt;.yaml). The schema of each kind lives here and
 * nowhere else: the binder validates against it and the handbook reference is generated from it.
 */
public enum Kind {
    BRIEF("briefs", "brief", "Briefs", TITLE, false, briefFields()),
    PAGE("pages", "page", "Pages", TITLE, false, pageFields()),
    THREAT("threats", "threat", "Threats", NAME, false, entity(
            refs(TARGETS, "target", "Venue types this threat is directed at."),
            refs(DRIVERS, "driver", "Motivations behind this threat."),
            refs(INDICATORS, "indicator", "Warning behaviors associated with this threat."))),
    TARGET("targets", "target", "Targets", NAME, false, entity()),
    DRIVER("drivers", "driver", "Drivers", NAME, false, entity()),
    INDICATOR("indicators", "indicator", "Warning behaviors", NAME, false, entity(
            required(NOT_CONCERNING, "What is not a reason for concern about this behavior on its own.").translated())),
    EVENT("events", "event", "Events", NAME, false, entity(
            required(START, "First day of the event.").shown(),
            optional(END, "Last day of the event, if it spans several days.").shown(),
            optional(PLACE, "Where the event takes place.").shown().translated(),
            optional(DESIGNATION, "Its security designation, e.g. National Special Security Event.")
                    .shown().translated(),
            refs(AGENCIES, "agency", "Agencies that lead or support its security."))),
    INCIDENT("incidents", "incident", "Incidents", NAME, false, entity(
            required(DATE, "When it happened (see date_precision).").shown(),
            choice(DATE_PRECISION, false, List.of("day", "month", "year"),
                    "How precise the date is: day (default), month or year. The date is shown to that precision"
                            + " (13 July 2024, July 2024, 2024)."),
            optional(PLACE, "Where it happened. Attackers are never named.").shown().translated(),
            refs(THREATS, "threat", "Threats this incident is an instance of."),
            refs(TARGETS, "target", "Venue types attacked."),
            refs(DRIVERS, "driver", "Motivations established by the sources, if any."))),
    ADVISORY("advisories", "advisory", "Advisories", NAME, false, entity(
            choice(LEVEL, true, List.of("bulletin", "elevated", "imminent"),
                    "NTAS level: bulletin (general trends), elevated or imminent alert. The advisories are those of"
                            + " the page site.yaml's advisory_status names: one from another issuer is refused (BRF107).")
                    .shown(),
            required(ISSUED, "The day it was issued.").shown(),
            required(EXPIRES, "The day it expires (sunset date); it is shown as current until then.")
                    .shown(),
            ref(SUPERSEDES, "advisory", "The earlier advisory this one replaces.").shown(),
            refs(THREATS, "threat", "Threats it concerns."),
            refs(TARGETS, "target", "Venue types it concerns."),
            optional(AREA, "Where it applies, e.g. United States: shown, and given to alerting systems"
                    + " as the CAP alert's area.").shown().translated(),
            optional(SECTIONS, "Headed sections: Summary, Duration, Details, How you can help…").translated())),
    AGENCY("agencies", "agency", "Agencies", NAME, false, entity(
            optional(ABBREVIATION, "Short name, such as CISA.").shown(),
            optional(URL, "The agency's public website.").shown())),
    RESOURCE("resources", "resource", "Resources", NAME, false, entity(
            optional(URL, "Where to find it.").shown(),
            optional(PHONE, "A phone number, if it is a reporting line; shown as a link phones can dial.")
                    .shown(),
            optional(AUDIENCE, "Who it is for: public, election-officials, faith-leaders… (shown as words:"
                    + " election officials)").shown(),
            refs(AGENCIES, "agency", "Agencies that run it."),
            handout())),
    /**
     * A way to report (issue 28): the How to report block on the report page, on every advisory,
     * warning behavior and threat page and on every handout is rendered from these entries.
     */
    CHANNEL("channels", "channel", "Ways to report", NAME, true, entity(
            required(WHEN, "When to use it, in a few words: immediate danger, tips, crisis.")
                    .shown().translated(),
            optional(TEL, "The number to call: 911, 988, 711 or E.164 (+18005550100); shown as a tap-to-call link.")
                    .shown(),
            optional(SMS, "The number to text, in the same form.").shown(),
            optional(TTY, "The number for TTY or relay users, such as 711.").shown(),
            optional(URL, "Where to report online.").shown(),
            optional(EMAIL, "An e-mail address to report to.").shown(),
            optional(HOW, "How to reach it when no one number serves every reader, e.g. your local police"
                    + " department's non-emergency number.").shown().translated(),
            optional(HOURS, "When it answers, e.g. 24 hours a day, 7 days a week.").shown().translated(),
            optional(LANGUAGES, "Languages it answers in, e.g. English and Spanish.").shown().translated(),
            optional(ANONYMOUS, "true when a report can be made without giving a name; leave it out"
                    + " when the official page does not say."),
            required(JURISDICTION, "Whom it serves, e.g. United States, or your city or county.").shown().translated(),
            optional(VERIFIED, "The day someone last confirmed the number or address on the official page"
                    + " (a stored copy counts); the build warns without it, or when it is older than channel_max_age_days."),
            ref(VERIFIED_AT, "source", "The official source (type: official) on which it was confirmed; shown beside the date."),
            refs(AGENCIES, "agency", "Agencies that run it."))),
    GLOSSARY("glossary", "term", "Glossary", NAME, true, entity(
            optional(ALIASES, "Other names and spellings of the term, such as [NSSE]: a brief that uses the"
                    + " name or one of these without linking [[term:id]] on first use is warned (BRF114)."))),
    SOURCE("sources", "source", "Sources", TITLE, true, new Schema("source", List.of(
            required(ID, "Stable id, cited as [[cite:id]]."),
            required(TITLE, "Title of the document or page."),
            required(PUBLISHER, "Who published it."),
            choice(TYPE, false, List.of("official", "document", "news", "secondary"),
                    "What kind of source it is: official (a government agency's own page or document), document (a report,"
                            + " study, law or court filing), news (a named news organisation with an editorial standard, cited at"
                            + " its own address), or secondary (an aggregator, rewrite, blog or repost).")
                    // The value labels (messages label.source.type.*) name the groups of /sources/.
                    .shown(),
            optional(DATE, "Publication date."),
            required(URL, "Where it can be read."),
            optional(ACCESSED, "When it was last read for this site."),
            optional(LANGUAGE, "The language it is written in, as a language code (es), when that is not the site's"
                    + " default language: its title, never translated, is then marked as in that language wherever it is shown."),
            optional(COPY, "Where it was read, when its own address (url) could not be opened: the address"
                    + " of a copy of it, such as an archive, a mirror or a repost. References and the sources page then say"
                    + " it was read from that copy, on the 'accessed' date, and not at its own address."),
            optional(SUMMARY, "What it is, in one sentence.").translated(),
            optional(REVIEWED, "When this entry was last checked."),
            status(),
            changes())));

    private final String plural;
    private final String singular;
    private final String label;
    private final FieldKey<String> titleField;
    private final boolean anchored;
    private final Schema schema;
    private final Schema translationSchema;

    Kind(String plural, String singular, String label, FieldKey<String> titleField, boolean anchored, Schema schema) {
        this.plural = plural;
        this.singular = singular;
        this.label = label;
        this.titleField = titleField;
        this.anchored = anchored;
        this.schema = new Schema(singular, withReplacement(singular, schema.fields()));
        this.translationSchema = translation(singular, this.schema, plural.equals("briefs") || plural.equals("pages"));
    }

    /**
     * What a translation of this kind may give: the translatable fields, none required (what it leaves
     * out comes from its source), with what it translates and how; a data entry also names its entry by id.
     */
    private static Schema translation(String singular, Schema schema, boolean file) {
        List<Field> fields = new ArrayList<>();
        if (!file) fields.add(required(ID, "The id of the entry it translates."));
        schema.fields().stream().filter(Field::translatable).map(Field::asOptional).forEach(fields::add);
        fields.add(optional(TRANSLATES, "The digest of the source text it translates, as"
                + " `briefing translations` prints it: when the source changes, the translation shows as stale."));
        fields.add(optional(SOURCE_UPDATED, "The source's last recorded date (its updated date, else its newest change note's,"
                + " else its date; for a source with none, the day the translation was made) when the translation was made, as"
                + " `briefing new --lang` and `briefing translations --mark` write it: a stale translation's notice gives the day"
                + " its source changed only when the source dates that change later than this."));
        fields.add(choice(TRANSLATION, false, List.of("human", "machine"), "machine for a machine translation not yet"
                + " checked by a fluent reader (the page then carries a badge); human (default) otherwise."));
        return new Schema(singular + " translation", fields);
    }

    /** A kind with a lifecycle {@code status} also names what replaces a revoked entry: one of its own kind. */
    private static List<Field> withReplacement(String singular, List<Field> fields) {
        if (fields.stream().noneMatch(f -> f.is(STATUS))) return fields;
        List<Field> out = new ArrayList<>(fields);
        out.add(ref(REPLACED_BY, singular, "For a revoked entry: the entry that replaces it."));
        return out;
    }

    /** The data file and URL name: threats → content/data/threats.yaml, /threats/&lt;id&gt;/. */
    public String plural() {
        return plural;
    }

    /** The name used in wiki links: [[threat:id]]. */
    public String singular() {
        return singular;
    }

    /** The singular name with its article, for messages: "a threat", "an incident". */
    public String withArticle() {
        return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
    }

    public String label() {
        return label;
    }

    /** The field its title is written in: a brief's title, an entity's name. */
    public FieldKey<String> titleField() {
        return titleField;
    }

    /** True when entries live as anchored entries on the kind's index page, not pages of their own. */
    public boolean anchored() {
        return anchored;
    }

    public Schema schema() {
        return schema;
    }

    /** The schema of a translation of this kind: see {@link #translation}. */
    public Schema translationSchema() {
        return translationSchema;
    }

    /**
     * The field whose date an item is listed under ({@link Item#date()}): a brief's date, an
     * event's start, an advisory's issue date; null for kinds without one.
     */
    public FieldKey<LocalDate> dateField() {
        return DATE_FIELDS.get(this);
    }

    private static final Map<Kind, FieldKey<LocalDate>> DATE_FIELDS = Map.of(
            BRIEF, DATE, INCIDENT, DATE, SOURCE, DATE, EVENT, START, ADVISORY, ISSUED);

    public boolean isEntity() {
        return this != BRIEF && this != PAGE;
    }

    /** Computed once: the resolver asks for a kind by name for every link and field of every item. */
    private static final java.util.Map<String, Kind> BY_SINGULAR = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Kind::singular, k -> k));
    private static final List<Kind> ENTITIES = Arrays.stream(values()).filter(Kind::isEntity).toList();

    public static List<Kind> entities() {
        return ENTITIES;
    }

    public static Optional<Kind> bySingular(String s) {
        return Optional.ofNullable(s == null ? null : BY_SINGULAR.get(s));
    }

    public static List<String> singulars() {
        return Arrays.stream(values()).map(Kind::singular).toList();
    }

    private static Schema entity(Field... extra) {
        List<Field> fields = new ArrayList<>(List.of(
                required(ID, "Stable id: lowercase letters, digits and hyphens; never changed or reused."),
                required(NAME, "The name shown as its title.").translated(),
                required(SUMMARY, "One plain sentence.").translated(),
                optional(BODY, "Longer text in Markdown, with wiki links and [[cite:…]] citations.").translated(),
                refs(SOURCES, "source", "Sources this entry draws on."),
                optional(REVIEWED, "When the entry was last checked against its sources."),
                critical(),
                status(),
                changes()));
        fields.addAll(List.of(extra));
        return new Schema("entity", fields);
    }

    private static Schema briefFields() {
        return new Schema("brief", List.of(
                required(TITLE, "The brief's title.").translated(),
                required(DATE, "Publication date, as of its sources.").shown(),
                required(SUMMARY, "One plain sentence: the bottom line.").translated(),
                optional(TAGS, "Topic tags; each gets a page under /tags/. Shown as words"
                        + " (polling-places: polling places); site.yaml's labels can name one otherwise (brief.tags.ntas: NTAS).")
                        .shown(),
                optional(DRAFT, "true keeps the brief out of the site unless built with --drafts."),
                optional(UPDATED, "Date of the last substantive update."),
                optional(REVIEWED, "When the brief was last checked against its sources."),
                refs(THREATS, "threat", "Threats the brief concerns."),
                refs(TARGETS, "target", "Venue types the brief concerns."),
                refs(DRIVERS, "driver", "Drivers the brief discusses."),
                refs(INDICATORS, "indicator", "Warning behaviors the brief discusses."),
                refs(EVENTS, "event", "Events the brief covers."),
                refs(INCIDENTS, "incident", "Incidents the brief covers."),
                refs(ADVISORIES, "advisory", "Advisories the brief explains."),
                refs(AGENCIES, "agency", "Agencies the brief mentions."),
                refs(RESOURCES, "resource", "Resources the brief points to."),
                refs(SOURCES, "source", "Sources the brief draws on."),
                advice(),
                critical(),
                handout(),
                changes()));
    }

    private static Schema pageFields() {
        return new Schema("page", List.of(
                required(TITLE, "The page title.").translated(),
                optional(SUMMARY, "One sentence, used as the page description.").translated(),
                optional(DRAFT, "true keeps the page out of the site unless built with --drafts."),
                optional(REVIEWED, "When the page was last checked."),
                refs(SOURCES, "source", "Sources the page draws on."),
                advice(),
                critical(),
                handout(),
                changes()));
    }

    /** The change history a page shows ("Last updated … · see all updates"); corrections also go to /corrections/. */
    private static Field changes() {
        return records(CHANGES, "What changed and when, newest last: a list of {date, note, correction}.",
                required(DATE, "The day of the change."),
                required(NOTE, "What changed, in one sentence a reader understands."),
                optional(CORRECTION, "true when it corrects a factual error; it is then also listed on /corrections/."));
    }

    /**
     * Ids are never removed or reused (as in MITRE ATT&amp;CK): an entry that no longer applies stays,
     * marked deprecated, or revoked when another entry replaces it; its page and its data say so.
     */
    private static Field status() {
        return choice(STATUS, false, List.of("active", "deprecated", "revoked"),
                "active (default); deprecated when the entry no longer applies; revoked when another entry (replaced_by) replaces it."
                        + " The entry, its page and its id stay.");
    }

    /** Safety-critical content is held to the plainest reading level. */
    private static Field critical() {
        return optional(CRITICAL, "true for safety-critical content a reader must be able to act on (how to"
                + " report a threat, what to do in an attack): all its prose must read at the advice level,"
                + " plain_language.max_grade.advice in site.yaml (BRF112); its page shows How to report (BRF135).");
    }

    /** A one-page printable handout beside the page: its title, summary, advice sections and How to report block. */
    private static Field handout() {
        return optional(HANDOUT, "true: also publish a one-page PDF handout beside the page (handout.pdf),"
                + " linked from it: the title and summary, the advice sections (for a resource, its body), a QR code of the page's"
                + " address, the publisher and contact, and How to report. A handout longer than one page is an error; one that"
                + " would print none of the page's text (no section listed under advice) a warning.");
    }

    /** Sections exempt from the uncited-paragraph lint because they give advice, not facts. */
    private static Field advice() {
        return optional(ADVICE, "Headings of sections that give advice rather than facts (e.g. What you can do):"
                + " their paragraphs need no citation. Quotations still do.").translated();
    }
}
