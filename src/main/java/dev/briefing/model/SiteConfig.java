package dev.briefing.model;

import static dev.briefing.model.SiteFields.*;
import static dev.briefing.yaml.Field.choice;
import static dev.briefing.yaml.Field.group;
import static dev.briefing.yaml.Field.optional;
import static dev.briefing.yaml.Field.records;
import static dev.briefing.yaml.Field.required;

import dev.briefing.diag.Pos;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.NamedValues;
import dev.briefing.yaml.NavLink;
import dev.briefing.yaml.Schema;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * content/site.yaml, with defaults for everything so a folder of briefs alone builds.
 *
 * @param publisher     who stands behind the site, or null when site.yaml does not say
 * @param contact       where readers send corrections and accessibility reports, or null
 * @param statusCheck   when the advisories were last checked against their official source, or null
 * @param report        where readers report a threat (a site path or an address), linked beside the
 *                      emergency number at the top of every page, or null
 * @param labels        readers' names for kinds' fields and their values, by "kind.field" or "kind.field.value"
 *                      (see {@link Labels}), replacing the theme's own, for the default language and by language code
 * @param synonyms      for search: a word readers may type → the words the content uses for it
 * @param license       the license of the site's content and published data (an SPDX id such as CC-BY-4.0, or a URL), or null
 * @param plainLanguage the reading-level limits and the words to avoid
 * @param accessibility the accessibility statement's facts, or null when site.yaml gives none
 * @param navigation    the main menu in this configuration's language (see {@link #in}); empty when site.yaml gives
 *                      none, and the theme shows its own one link
 * @param languages     the languages the site publishes in, the default first (one, {@code language}, unless site.yaml
 *                      declares {@code languages}); {@code language} is the one this configuration's pages are in
 * @param translations  how translation status is enforced
 * @param channelMaxAgeDays how old a reporting channel's {@code verified} date may get before the build warns
 * @param paper         the handouts' paper size: "letter" (US Letter) or "a4"
 * @param timeZone      the zone in which the site's dates are days (the advisories' issue and expiry dates), where a
 *                      time is needed (a CAP alert's); null when site.yaml names none or no valid one
 * @param positions     where each setting was written (dotted names for nested ones: "publisher.name"),
 *                      so checks of the settings can point at them; empty for defaults
 * @param unreadable    whether content/site.yaml exists but could not be used (its YAML or its shape is broken, or its
 *                      base_url is not a web address): these are then the defaults, not the site's settings, and no check
 *                      of what the settings say is made, for it would report what the file may well say otherwise
 */
public record SiteConfig(String title, String description, String baseUrl, String language,
        int reviewPeriodDays, List<NavLink> navigation, boolean prettyUrls, int pageSize,
        Publisher publisher, Contact contact, StatusCheck statusCheck, String report, LabelNames labels,
        Map<String, List<String>> synonyms, String license, PlainLanguage plainLanguage, Accessibility accessibility,
        List<Language> languages, Translations translations,
        int channelMaxAgeDays, String paper, java.time.ZoneId timeZone,
        Map<String, Pos> positions, boolean unreadable) {

    /** Items per page of a long list: a list of 10,000 briefs on one page would weigh megabytes. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** How old the advisory check may get before the build warns that the status statement is stale. */
    public static final int DEFAULT_STATUS_MAX_AGE_DAYS = 30;
    /** How old a reporting channel's confirmation may get: numbers change rarely, but a wrong one fails a reader in need. */
    public static final int DEFAULT_CHANNEL_MAX_AGE_DAYS = 180;
    public static final String DEFAULT_PAPER = "letter";

    public SiteConfig {
        synonyms = Map.copyOf(synonyms);
        languages = List.copyOf(languages);
        positions = Map.copyOf(positions);
    }

    /**
     * site.yaml's labels: names for the default language ({@code brief.tags.ntas: NTAS}), and under a
     * language's code the names for that language ({@code es: {brief.tags.nsse: NSSE}}).
     */
    public record LabelNames(Map<String, String> names, Map<String, Map<String, String>> byLanguage) {
        public static final LabelNames NONE = new LabelNames(Map.of(), Map.of());

        public LabelNames {
            names = Map.copyOf(names);
            byLanguage = Map.copyOf(byLanguage);
        }
    }

    /**
     * How plain the writing must be.
     *
     * @param maxGrade the highest Flesch–Kincaid grade of English prose
     * @param minEase  the lowest Fernández-Huerta ease (0–100) of Spanish prose
     * @param avoid    words or phrases readers may not know or may be hurt by, each with what to write instead
     */
    public record PlainLanguage(Limits maxGrade, Limits minEase, Map<String, String> avoid) {
        public static final PlainLanguage DEFAULTS = new PlainLanguage(new Limits(8, 10), new Limits(60, 50), Map.of());

        public PlainLanguage {
            avoid = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(avoid));
        }

        /** The limits on a scale's scores: a grade's maxima, or an ease's minima. */
        public Limits limits(dev.briefing.util.Readability.Scale scale) {
            return scale.higherIsHarder() ? maxGrade : minEase;
        }
    }

    /**
     * A reading-level limit per kind of text.
     *
     * @param advice     for advice sections (a brief's {@code advice:} headings) and critical pages ({@code critical: true})
     * @param background for everything else
     */
    public record Limits(int advice, int background) {
    }

    /**
     * What the accessibility statement says, modelled on the UK public sector's model statement and
     * on what US state and local governments publish under the ADA Title II web rule.
     *
     * @param compliance "full", "partial", or null: the site only aims to meet the standard
     * @param formats    other formats readers may ask for ("large print")
     * @param replyDays  how many working days a reader waits for an answer, or null
     * @param tested     how the site was last tested, or null
     */
    public record Accessibility(String standard, String compliance, List<Barrier> exceptions, List<String> formats,
            Integer replyDays, String tested, LocalDate reviewed) {
        public static final String DEFAULT_STANDARD = "WCAG 2.2 AA";

        public Accessibility {
            exceptions = List.copyOf(exceptions);
            formats = List.copyOf(formats);
        }
    }

    /**
     * A known accessibility problem.
     *
     * @param criterion the WCAG success criterion it fails ("1.4.10 Reflow"), or null
     * @param plan      what the team will do about it and by when, or null
     */
    public record Barrier(String what, String criterion, String plan) {
    }

    /** How stale a critical translation may get, and whether machine translations say the default language's page is authoritative. */
    public record Translations(int maxStaleDays, boolean machineNotice) {
        static final Translations DEFAULT = new Translations(7, false);
    }

    /**
     * The codes of the site's languages, the default first (whose names site.yaml's labels give
     * without a code): the same in every language's build, while {@link #language()} is the
     * language of the build.
     */
    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    /** The default language: the first declared. */
    public Language defaultLanguage() {
        return languages.get(0);
    }

    /** Whether the site publishes in more than one language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /**
     * The language a source's title is written in, when it is not this configuration's: the source's own
     * {@code language}, else the default language's. A title is its publication's own and is never translated.
     */
    public String foreignTitleLanguage(Item source) {
        String lang = source.fields().has(ItemFields.LANGUAGE) ? source.fields().get(ItemFields.LANGUAGE) : defaultLanguage().code();
        return lang.equals(language) ? null : lang;
    }

    /**
     * The language of the publisher's name where it is not this language's: the default language's, on the pages of a
     * language that gives no name of its own ({@code publisher: {name: …}} in its entry); else null.
     */
    public String publisherNameLanguage() {
        Language own = languageOf(language).orElse(defaultLanguage());
        return publisher == null || own.publisherName() != null || own.code().equals(defaultLanguage().code()) ? null
                : defaultLanguage().code();
    }

    /** The declared language with this code, if any. */
    public java.util.Optional<Language> languageOf(String code) {
        // Asked of every translation at every build: a loop, not a stream.
        for (Language l : languages) if (l.code().equals(code)) return java.util.Optional.of(l);
        return java.util.Optional.empty();
    }

    /**
     * The same settings for the pages of one of its languages: that language, and its title,
     * description, navigation, publisher's name and name of the advisories' official page where it
     * gives them (a language that gives no navigation has the default language's).
     */
    public SiteConfig in(Language l) {
        StatusCheck status = statusCheck == null || l.statusName() == null ? statusCheck
                : new StatusCheck(statusCheck.checked(), statusCheck.url(), l.statusName(), statusCheck.maxAgeDays(), statusCheck.issuer());
        Publisher named = publisher == null || l.publisherName() == null ? publisher : new Publisher(l.publisherName(), publisher.url());
        return new SiteConfig(l.title() != null ? l.title() : title, l.description() != null ? l.description() : description,
                baseUrl, l.code(), reviewPeriodDays, ownNavigation(l).or(() -> ownNavigation(defaultLanguage())).orElse(navigation),
                prettyUrls, pageSize, named, contact, status, report,
                labels, synonyms, license, plainLanguage, accessibility, languages, translations, channelMaxAgeDays, paper, timeZone, positions,
                unreadable);
    }

    private static java.util.Optional<List<NavLink>> ownNavigation(Language l) {
        return l.navigation().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(l.navigation());
    }

    /**
     * The language the navigation's titles are written in: this configuration's, unless its language
     * gives no navigation of its own and has the default language's.
     */
    public String navigationLanguage() {
        boolean own = navigation.isEmpty() || languageOf(language).map(l -> !l.navigation().isEmpty()).orElse(true);
        return own ? language : defaultLanguage().code();
    }

    /** The organisation or person publishing the site. */
    public record Publisher(String name, String url) {
    }

    /** Where corrections and accessibility reports go: an e-mail address, a web address, or both. */
    public record Contact(String email, String url) {
        /** The link a reader follows: the web address if there is one, else a mailto: link. */
        public String href() {
            return url != null ? url : "mailto:" + email;
        }

        public String text() {
            return email != null ? email : url;
        }
    }

    /**
     * The data horizon of the advisories: the day someone last compared them with the official
     * source's live page ({@code url}, called {@code name}). No page may say what is in force
     * without it.
     *
     * @param checked that day, or null while nobody has checked yet (what {@code init} writes):
     *                then every page says the advisories are not yet checked, and links the page
     */
    public record StatusCheck(LocalDate checked, String url, String name, int maxAgeDays, String issuer) {
        /** Whether someone has compared the advisories with the official page at all. */
        public boolean recorded() {
            return checked != null;
        }
    }

    public static final Schema SCHEMA = new Schema("site.yaml", List.of(
            optional(TITLE, "The site's name."),
            optional(DESCRIPTION, "One sentence describing the site."),
            optional(BASE_URL, "The public address, e.g. https://example.org/; used for canonical URLs and feeds."
                    + " `--base-url` or the BRIEFING_BASE_URL environment variable override it (the publish workflow sets the real one)."),
            optional(LANGUAGE, "The language of the content, e.g. en, for a site in one language;"
                    + " a site in several lists them under `languages` instead."),
            records(LANGUAGES, "The languages the site publishes in, the default first:"
                            + " `[{code: en, name: English}, {code: es, name: Español, required: true}]`. The default keeps the"
                            + " plain URLs; each other language lives under /code/. Translations are files named x.es.md"
                            + " beside x.md, and content/data/threats.es.yaml beside threats.yaml.",
                    required(CODE, "The language tag, lower case: es, pt-br."),
                    required(NAME, "The language named in itself, as the language switcher shows it: Español."),
                    optional(REQUIRED, "true: every critical item must be translated into it"
                            + " (a missing one is an error)."),
                    optional(TITLE, "The site's title in this language."),
                    optional(DESCRIPTION, "The site's description in this language."),
                    optional(NAVIGATION, "The main menu in this language: the default language's links, entry"
                            + " for entry and in the same order, with titles in this language (`{title: Informes, url: /briefs/}`)."
                            + " Site paths are written as in the default language: the generator leads each to this language's"
                            + " page, or to the default language's where a page is not translated. An address on another site may be"
                            + " that site's page in this language. Without it, the language has the default language's menu."),
                    group(ADVISORY_STATUS, false, "The advisories' official page in this language's sentences:"
                                    + " `{name: \"la página del NTAS del DHS\"}`. The day, address and age limit are site.yaml's own.",
                            required(NAME, "What that page is called in a sentence in this language.")),
                    group(PUBLISHER, false, "The publisher in this language, where its name is translated:"
                                    + " `{name: \"Oficina Electoral del Condado\"}`. Its address is site.yaml's own. Without it,"
                                    + " this language's pages give the name as site.yaml writes it, marked as the default language's.",
                            required(NAME, "The publisher's name in this language, as the publisher itself writes it."))),
            group(TRANSLATIONS, false, "How translation status is enforced.",
                    optional(MAX_STALE_DAYS, "A critical translation whose source changed more than this"
                            + " many days ago is an error (default 7); before that, a warning."),
                    optional(MACHINE_NOTICE, "true: a machine-translated page also says that the page in the"
                            + " default language is the authoritative one.")),
            optional(REVIEW_PERIOD_DAYS, "Entries not reviewed within this many days are flagged (default 180)."),
            optional(NAVIGATION, "The main menu: a list of {title, url}, each url a site path such as /briefs/ or an https://"
                    + " address. Without it, the menu has the theme's one link, to the briefs. A site in several languages"
                    + " gives each language's titles under `languages` (a language's own `navigation`)."),
            optional(PRETTY_URLS,
                    "false (default): links end in index.html so the site also works opened from disk; true: links end in '/'."),
            optional(PAGE_SIZE, "Items per page of a long list (briefs, timeline, a tag, a kind's index, the A–Z list);"
                    + " longer lists continue on /…/page/2/ and so on (default " + DEFAULT_PAGE_SIZE + ")."),
            group(PUBLISHER, false, "Who publishes the site; shown in the footer and on every standard page. Required in a site.yaml.",
                    required(NAME, "The publisher's name."),
                    optional(URL, "The publisher's website, or a site path such as /about/.")),
            group(CONTACT, false, "Where readers send corrections and accessibility reports: an email, a url, or both."
                            + " Required in a site.yaml.",
                    optional(EMAIL, "An e-mail address."),
                    optional(URL, "A web address, such as a form or an issue tracker.")),
            group(ADVISORY_STATUS, false, "The data horizon of the advisories: without it no page says which advisory is in force.",
                    optional(CHECKED, "The day someone last read the official source's live page and recorded in advisories.yaml"
                            + " every advisory in force there: every page states it (with none recorded, that none was in force there)."
                            + " Left empty (as `init` writes it), every page says they are not yet checked, and the build warns."),
                    required(URL, "The official source's live page, linked from every status statement."),
                    required(NAME, "What that page is called in a sentence, e.g. DHS's NTAS page."),
                    optional(ISSUER, "Who issues the advisories that page lists, e.g. U.S. Department of Homeland Security:"
                            + " named as the issuer of an advisory that cites no official source of its own (else that page's name is)."),
                    optional(MAX_AGE_DAYS, "The build warns when the check is older than this many days"
                            + " (default " + DEFAULT_STATUS_MAX_AGE_DAYS + "); --strict fails.")),
            optional(REPORT, "Where readers report a threat, such as /report/: every page links to it"
                    + " at the top, beside the emergency number."),
            optional(LABELS, "Readers' names for fields and their values, replacing the theme's:"
                    + " `incident.place: Location`, `advisory.level.bulletin: NTAS Bulletin`, `brief.tags.ntas: NTAS`."
                    + " Names are kind.field or kind.field.value; an unknown one is an error. These are for the default"
                    + " language; another language's go under its code: `es: {brief.tags.nsse: NSSE}` (a name for a"
                    + " word, such as a tag's, holds in every language that does not name it otherwise)."),
            group(SEARCH, false, "How the search finds words.",
                    optional(SYNONYMS, "A word readers may type, and the words the content uses"
                            + " for it: `shooting: [shooter, gunman]` finds pages that say shooter or gunman.")),
            optional(LICENSE, "The license of the content and of the data published under /data/:"
                    + " an SPDX identifier such as CC-BY-4.0, or a URL. Every data file carries it."),
            group(PLAIN_LANGUAGE, false, "How plain the writing must be; `briefing check` prints each page's reading level.",
                    group(MAX_GRADE, false, "The highest Flesch–Kincaid grade English prose (paragraphs and list items) may"
                                    + " read at; above it is a warning (BRF112).",
                            optional(ADVICE, "For advice sections (the headings a brief lists under `advice:`) and"
                                    + " critical pages (`critical: true`); default " + PlainLanguage.DEFAULTS.maxGrade().advice() + "."),
                            optional(BACKGROUND, "For everything else; default "
                                    + PlainLanguage.DEFAULTS.maxGrade().background() + ".")),
                    group(MIN_EASE, false, "The lowest Fernández-Huerta ease (0–100, higher is easier) Spanish prose"
                                    + " may read at; below it is a warning (BRF112).",
                            optional(ADVICE, "For advice sections and critical pages; default "
                                    + PlainLanguage.DEFAULTS.minEase().advice() + "."),
                            optional(BACKGROUND, "For everything else; default "
                                    + PlainLanguage.DEFAULTS.minEase().background() + ".")),
                    optional(AVOID, "Words or phrases to avoid, each with what to write instead:"
                            + " `soft target: crowded public place`. Matched as whole words, ignoring case, the last word also"
                            + " in the plural; each use is a warning (BRF113). The glossary and the sources are not checked.")),
            group(ACCESSIBILITY, false, "The accessibility statement, generated at the top of the page"
                            + " content/pages/accessibility.md, whose own text follows it.",
                    optional(STANDARD, "The standard the site aims to meet; default "
                            + Accessibility.DEFAULT_STANDARD + "."),
                    choice(COMPLIANCE, false, List.of("full", "partial"), "full: the site meets the standard;"
                            + " partial: it does not in the ways `exceptions` lists. Without it, the statement says the site aims to meet it."),
                    records(EXCEPTIONS, "Known problems: a list of {what, criterion, plan}.",
                            required(WHAT, "The problem, in words a reader understands."),
                            optional(CRITERION, "The WCAG success criterion it fails, such as 1.4.10 Reflow."),
                            optional(PLAN, "What you will do about it, and by when.")),
                    optional(FORMATS, "Other formats readers may ask for, such as [large print, plain text]."),
                    optional(REPLY_DAYS, "Within how many working days you answer a report."),
                    optional(TESTED, "How the site was last tested, in one sentence."),
                    optional(REVIEWED, "The day someone checked the site against the standard and listed under exceptions everything"
                            + " found not accessible (with none listed, the statement says that review recorded none). Until it is given, the statement"
                            + " says it has not been reviewed, claims no knowledge of what is accessible, and the build notes it (BRF115, a note,"
                            + " which stops no publish: the statement claims nothing);"
                            + " like a brief's, the review is due after review_period_days (BRF038).")),
            optional(CHANNEL_MAX_AGE_DAYS, "The build warns when a reporting channel (content/data/channels.yaml)"
                    + " was last verified longer ago than this many days (default " + DEFAULT_CHANNEL_MAX_AGE_DAYS + "); --strict fails."),
            choice(PAPER, false, List.of("letter", "a4"), "The paper size of the one-page handouts: letter (US Letter,"
                    + " the default) or a4."),
            optional(TIMEZONE, "The time zone in which the advisories' dates are days, by its IANA name: America/New_York for"
                    + " DHS's NTAS advisories, which DHS dates in Eastern time. A CAP alert needs a time, so it starts each"
                    + " issue and expiry day at midnight there; without it, those days would start at midnight UTC, the evening"
                    + " before in U.S. time zones, and the build warns when there are advisories (BRF166). The feeds start a"
                    + " brief's or advisory's day there too (in UTC without it). The build's as-of date stays today in UTC, the"
                    + " day init and new write, so that a brief dated today is published today.")));

    public static SiteConfig defaults() {
        return new SiteConfig("Briefing", "Threat-awareness briefs.", "https://example.org/", "en", 180,
                List.of(), false, DEFAULT_PAGE_SIZE, null, null, null, null, LabelNames.NONE, Map.of(), null, PlainLanguage.DEFAULTS,
                null, List.of(Language.only("en")), Translations.DEFAULT, DEFAULT_CHANNEL_MAX_AGE_DAYS, DEFAULT_PAPER, null, Map.of(), false);
    }

    /** The defaults in place of a site.yaml that could not be used (see {@link #unreadable}). */
    public static SiteConfig unreadableFile() {
        SiteConfig d = defaults();
        return new SiteConfig(d.title, d.description, d.baseUrl, d.language, d.reviewPeriodDays, d.navigation, d.prettyUrls,
                d.pageSize, d.publisher, d.contact, d.statusCheck, d.report, d.labels, d.synonyms, d.license, d.plainLanguage,
                d.accessibility, d.languages, d.translations, d.channelMaxAgeDays, d.paper, d.timeZone, d.positions, true);
    }

    public static SiteConfig from(Fields f) {
        SiteConfig d = defaults();
        Fields p = f.get(PUBLISHER);
        Fields c = f.get(CONTACT);
        Fields s = f.get(ADVISORY_STATUS);
        Fields search = f.get(SEARCH);
        List<Language> languages = languages(f);
        Fields t = f.get(TRANSLATIONS);
        Map<String, Pos> positions = f.positionsByPath();
        return new SiteConfig(
                f.find(TITLE).orElse(d.title()),
                f.find(DESCRIPTION).orElse(d.description()),
                withSlash(f.find(BASE_URL).orElse(d.baseUrl())),
                languages.get(0).code(),
                f.find(REVIEW_PERIOD_DAYS).orElse(d.reviewPeriodDays()),
                f.get(NAVIGATION),
                f.get(PRETTY_URLS),
                f.find(PAGE_SIZE).orElse(d.pageSize()),
                p == null ? null : new Publisher(p.get(NAME), p.get(URL)),
                c == null || (!c.has(EMAIL) && !c.has(URL)) ? null : new Contact(c.get(EMAIL), c.get(URL)),
                s == null ? null : new StatusCheck(s.get(CHECKED), s.get(URL), s.get(NAME),
                        s.find(MAX_AGE_DAYS).orElse(DEFAULT_STATUS_MAX_AGE_DAYS), s.get(ISSUER)),
                f.get(REPORT),
                labelNames(f.get(LABELS), positions),
                search == null ? Map.of() : search.get(SYNONYMS).values(),
                f.get(LICENSE),
                plainLanguage(f.get(PLAIN_LANGUAGE)),
                accessibility(f.get(ACCESSIBILITY)),
                languages,
                t == null ? Translations.DEFAULT : new Translations(
                        t.find(MAX_STALE_DAYS).orElse(Translations.DEFAULT.maxStaleDays()), t.get(MACHINE_NOTICE)),
                f.find(CHANNEL_MAX_AGE_DAYS).orElse(d.channelMaxAgeDays()),
                f.find(PAPER).orElse(d.paper()),
                f.find(TIMEZONE).filter(SiteConfig::isZone).map(java.time.ZoneId::of).orElse(null),
                positions, false);
    }

    private static PlainLanguage plainLanguage(Fields f) {
        PlainLanguage d = PlainLanguage.DEFAULTS;
        if (f == null) return d;
        return new PlainLanguage(limits(f.get(MAX_GRADE), d.maxGrade()), limits(f.get(MIN_EASE), d.minEase()), f.get(AVOID).values());
    }

    /** The limits a group sets, each defaulting to its own. */
    private static Limits limits(Fields f, Limits d) {
        if (f == null) return d;
        return new Limits(f.find(ADVICE).orElse(d.advice()), f.find(BACKGROUND).orElse(d.background()));
    }

    private static Accessibility accessibility(Fields f) {
        if (f == null) return null;
        return new Accessibility(f.find(STANDARD).orElse(Accessibility.DEFAULT_STANDARD), f.get(COMPLIANCE),
                f.get(EXCEPTIONS).stream().map(e -> new Barrier(e.get(WHAT), e.get(CRITERION), e.get(PLAN))).toList(),
                f.get(FORMATS), f.get(REPLY_DAYS), f.get(TESTED), f.get(REVIEWED));
    }

    /** The declared languages that are valid and distinct ({@link #checkLanguages} reports the rest), or the one language. */
    private static List<Language> languages(Fields f) {
        List<Language> out = new java.util.ArrayList<>();
        for (Fields l : f.get(LANGUAGES)) {
            String code = l.get(CODE);
            if (!Language.isTag(code) || !Language.isKnown(code) || out.stream().anyMatch(o -> o.code().equals(code))) continue;
            Fields status = l.get(ADVISORY_STATUS);
            Fields publisher = l.get(PUBLISHER);
            out.add(new Language(code, l.get(NAME), l.get(REQUIRED), l.get(TITLE), l.get(DESCRIPTION), l.get(NAVIGATION),
                    status == null ? null : status.get(NAME), publisher == null ? null : publisher.get(NAME)));
        }
        if (!out.isEmpty()) return out;
        return List.of(Language.only(f.find(LANGUAGE).filter(c -> Language.isTag(c) && Language.isKnown(c)).orElse("en")));
    }

    /** Whether {@code id} is an IANA time zone name (America/New_York), not an offset or an abbreviation such as EST. */
    static boolean isZone(String id) {
        return java.time.ZoneId.getAvailableZoneIds().contains(id) && (id.indexOf('/') > 0 || id.equals("UTC"));
    }

    /** Reports a timezone that is not an IANA zone name: it is left out, as if site.yaml gave none. */
    public static void checkTimeZone(Fields f, dev.briefing.diag.Diagnostics diags) {
        String id = f.get(TIMEZONE);
        if (id == null || isZone(id)) return;
        diags.error(dev.briefing.diag.Code.BRF166, f.posOf(TIMEZONE), "'" + id + "' is not the name of a time zone",
                "write its IANA name, such as America/New_York (Eastern), America/Chicago (Central), America/Denver"
                        + " (Mountain), America/Phoenix, America/Los_Angeles (Pacific), America/Anchorage or Pacific/Honolulu");
    }

    /** Reports what is wrong with site.yaml's language settings: each is left out of the site's languages. */
    public static void checkLanguages(Fields f, dev.briefing.diag.Diagnostics diags) {
        if (f.has(LANGUAGE) && f.has(LANGUAGES)) {
            diags.error(dev.briefing.diag.Code.BRF150, f.posOf(LANGUAGE), "site.yaml gives both 'language' and 'languages'",
                    "remove 'language': a site in several languages lists them all under 'languages', the default first");
        }
        String single = f.get(LANGUAGE);
        if (single != null && !(Language.isTag(single) && Language.isKnown(single))) {
            diags.error(dev.briefing.diag.Code.BRF150, f.posOf(LANGUAGE), "'" + single + "' is not a language code",
                    Language.isTag(single) ? Language.suggestion(single) : "write the language tag in lower case, such as es, fr or pt-br");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fields l : f.get(LANGUAGES)) {
            String code = l.get(CODE);
            if (code == null) continue;
            if (!Language.isTag(code)) {
                diags.error(dev.briefing.diag.Code.BRF150, l.posOf(CODE), "'" + code + "' is not a language code",
                        "write the language tag in lower case, such as es, fr or pt-br");
            } else if (!Language.isKnown(code)) {
                diags.error(dev.briefing.diag.Code.BRF150, l.posOf(CODE), "'" + code + "' is not a language code",
                        Language.suggestion(code));
            } else if (!seen.add(code)) {
                diags.error(dev.briefing.diag.Code.BRF150, l.posOf(CODE), "the language '" + code + "' is declared twice",
                        "declare each language once");
            }
        }
        List<Fields> declared = f.get(LANGUAGES);
        untranslatedTitle(f, declared, diags);
        placeholderTitles(declared, diags);
        if (f.has(NAVIGATION) && !declared.isEmpty() && declared.get(0).has(NAVIGATION)) {
            // One would silently win over the other: the default language's entry.
            diags.error(dev.briefing.diag.Code.BRF150, declared.get(0).posOf(NAVIGATION), "the default language's menu is given twice:"
                    + " in site.yaml's 'navigation' and in its entry under 'languages'",
                    "keep one: the top-level 'navigation' is the default language's menu; each other language's entry translates it");
        }
        // Likewise its title, description, publisher and advisory page's name, which the entry would override unseen
        // (walkthrough of issue 24: a publisher in the English entry renamed the site's in English pages and CAP alerts).
        for (var key : List.of(TITLE, DESCRIPTION, PUBLISHER, ADVISORY_STATUS)) {
            if (declared.isEmpty() || !declared.get(0).has(key) || !f.has(key)) continue;
            // The entry's advisory_status gives only the page's name: given twice only where the top level names it too.
            if (key == ADVISORY_STATUS && !f.get(ADVISORY_STATUS).has(NAME)) continue;
            diags.error(dev.briefing.diag.Code.BRF150, declared.get(0).posOf(key), "the default language's " + key.name()
                    + " is given twice: in site.yaml's '" + key.name() + "' and in its entry under 'languages'",
                    "keep the top-level '" + key.name() + "': each other language's entry gives it in its own words");
        }
        checkNavigation(f, diags);
    }

    /** Reports a language's title or description that is still what init wrote for the editors to replace (BRF078). */
    private static void placeholderTitles(List<Fields> declared, dev.briefing.diag.Diagnostics diags) {
        for (Fields l : declared) {
            for (var key : List.of(TITLE, DESCRIPTION)) {
                String text = l.get(key);
                if (Placeholders.isPlaceholder(text)) {
                    diags.error(dev.briefing.diag.Code.BRF078, l.posOf(key), key.name() + " of the language '" + l.get(CODE)
                            + "' in site.yaml is still a placeholder", Placeholders.hint(text));
                }
            }
            Fields publisher = l.get(PUBLISHER);
            if (publisher != null && Placeholders.isPlaceholder(publisher.get(NAME))) {
                diags.error(dev.briefing.diag.Code.BRF078, publisher.posOf(NAME), "the publisher's name of the language '" + l.get(CODE)
                        + "' in site.yaml is still a placeholder", Placeholders.hint(publisher.get(NAME)));
            }
        }
    }

    /**
     * Reports each language after the first that gives no title (or no description, no menu or no name for the
     * advisories' official page, where the site has one) of its own: its pages would show the default language's words in the header of every page (marked as that
     * language, but unread by most of its readers).
     */
    private static void untranslatedTitle(Fields f, List<Fields> declared, dev.briefing.diag.Diagnostics diags) {
        if (declared.isEmpty()) return;
        boolean menu = f.has(NAVIGATION) || declared.get(0).has(NAVIGATION);
        for (Fields l : declared.subList(1, declared.size())) {
            List<String> missing = new java.util.ArrayList<>();
            if (!l.has(TITLE) && f.has(TITLE)) missing.add("title");
            if (!l.has(DESCRIPTION) && f.has(DESCRIPTION)) missing.add("description");
            if (!l.has(NAVIGATION) && menu) missing.add("navigation");
            // The advisory sentences on every page name the official page: "según DHS's … page" reads as a slip.
            if (!l.has(ADVISORY_STATUS) && f.has(ADVISORY_STATUS) && f.get(ADVISORY_STATUS).has(NAME)) missing.add("advisory page's name");
            if (missing.isEmpty() || l.get(CODE) == null) continue;
            String what = String.join(" and ", missing).replaceFirst(" and (?=.* and )", ", ");
            String language = l.get(NAME) != null ? l.get(NAME) : l.get(CODE);
            List<String> add = missing.stream().map(m -> m.equals("navigation")
                    ? "navigation: […] (the default language's links, in the same order)"
                    : m.equals("advisory page's name") ? "advisory_status: {name: \"…\"}" : m + ": \"…\"").toList();
            diags.warning(dev.briefing.diag.Code.BRF169, l.posOf(CODE), "the language '" + l.get(CODE) + "' gives no " + what
                    + " of its own: its pages would show the site's " + what.replace("navigation", "menu") + " in "
                    + declared.get(0).get(NAME), "add to its entry " + String.join(" and ", add) + ", written in " + language);
        }
    }

    /**
     * Reports each language whose navigation is not the default language's, entry for entry: readers
     * of every language find the same sections in the same places, and the switcher's promise (the
     * same page in each language) holds for the menu too. Only the first difference of a language is
     * reported: the rest usually follow from it.
     */
    private static void checkNavigation(Fields f, dev.briefing.diag.Diagnostics diags) {
        List<Fields> declared = f.get(LANGUAGES);
        if (declared.isEmpty()) return;
        List<NavLink> base = declared.get(0).has(NAVIGATION) ? declared.get(0).get(NAVIGATION) : f.get(NAVIGATION);
        for (Fields l : declared.subList(1, declared.size())) {
            List<NavLink> own = l.get(NAVIGATION);
            if (own.isEmpty()) continue;
            String which = "the navigation of '" + l.get(CODE) + "'";
            String hint = "list the default language's links in the same order, each with its title in this language and"
                    + " its site path written as in the default language (the generator adds the language's folder)";
            for (int i = 0; i < Math.max(base.size(), own.size()); i++) {
                NavLink a = i < base.size() ? base.get(i) : null;
                NavLink b = i < own.size() ? own.get(i) : null;
                // The same page, or (both on other sites) that site's page in the language.
                if (a != null && b != null && (a.url().equals(b.url()) || !a.sitePath() && !b.sitePath())) continue;
                if (b == null) {
                    diags.error(dev.briefing.diag.Code.BRF106, l.posOf(NAVIGATION), which + " leaves out " + a.url()
                            + ", link " + (i + 1) + " of the default language's", hint);
                } else if (a == null) {
                    diags.error(dev.briefing.diag.Code.BRF106, b.pos(), which + " adds " + b.url()
                            + ", which the default language's navigation does not list", base.isEmpty()
                            ? "give the default language's menu first, in site.yaml's navigation; each language's translates it" : hint);
                } else {
                    diags.error(dev.briefing.diag.Code.BRF106, b.pos(), "link " + (i + 1) + " of " + which + " goes to "
                            + b.url() + ", but the default language's link " + (i + 1) + " goes to " + a.url(), hint);
                }
                break;
            }
        }
    }

    /** Names, and under a language's code its own names (each positioned at labels.CODE.NAME). */
    private static LabelNames labelNames(NamedValues<Object> map, Map<String, Pos> positions) {
        Map<String, String> names = new java.util.TreeMap<>();
        Map<String, Map<String, String>> byLanguage = new java.util.TreeMap<>();
        map.values().forEach((k, v) -> {
            if (v instanceof NamedValues<?> nested) {
                Map<String, String> own = new java.util.TreeMap<>();
                nested.values().forEach((name, text) -> own.put(name, (String) text));
                nested.positions().forEach((name, pos) -> positions.put("labels." + k + "." + name, pos));
                byLanguage.put(k, own);
            } else {
                names.put(k, (String) v);
            }
        });
        return new LabelNames(names, byLanguage);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Settings a build may be given from outside (--base-url, the environment): where the site and its publisher are. */
    public static final List<String> OVERRIDABLE = List.of(setting(BASE_URL), setting(PUBLISHER, URL), setting(CONTACT, URL),
            setting(CONTACT, EMAIL));

    /** The environment variable that sets a setting: contact.url → BRIEFING_CONTACT_URL. */
    public static String variable(String setting) {
        return "BRIEFING_" + setting.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** The same settings with some given at build time (see {@link #OVERRIDABLE}), each positioned at its variable. */
    public SiteConfig with(Map<String, String> settings) {
        Map<String, Pos> p = new HashMap<>(positions);
        settings.keySet().forEach(k -> p.put(k, Pos.file(k.equals(setting(BASE_URL)) ? "--base-url or " + variable(k) : variable(k))));
        Publisher pub = publisher;
        if (settings.containsKey(setting(PUBLISHER, URL)) && pub != null) pub = new Publisher(pub.name(), settings.get(setting(PUBLISHER, URL)));
        Contact con = contact;
        if (settings.containsKey(setting(CONTACT, URL)) || settings.containsKey(setting(CONTACT, EMAIL))) {
            con = new Contact(settings.getOrDefault(setting(CONTACT, EMAIL), con == null ? null : con.email()),
                    settings.getOrDefault(setting(CONTACT, URL), con == null ? null : con.url()));
        }
        return new SiteConfig(title, description, withSlash(settings.getOrDefault(setting(BASE_URL), baseUrl)), language,
                reviewPeriodDays, navigation, prettyUrls, pageSize, pub, con, statusCheck, report, labels, synonyms, license,
                plainLanguage, accessibility, languages, translations, channelMaxAgeDays, paper, timeZone, p, unreadable);
    }

    /** Where a setting was written, named by its keys ({@code posOf(CONTACT, EMAIL)}), or the start of site.yaml when it was not. */
    public Pos posOf(FieldKey<?>... path) {
        return positions.getOrDefault(setting(path), new Pos("content/site.yaml", 1, 1));
    }

    /** Where one entry of a map setting was written ({@code posOf(LABELS, "es")}), or the start of site.yaml. */
    public Pos posOf(FieldKey<?> map, String entry) {
        return positions.getOrDefault(setting(map) + "." + entry, new Pos("content/site.yaml", 1, 1));
    }

    /** A setting's name as editors write it in messages, overrides and variables: {@code contact.email}. */
    public static String setting(FieldKey<?>... path) {
        return java.util.Arrays.stream(path).map(FieldKey::name).collect(java.util.stream.Collectors.joining("."));
    }

    /** Whether the settings came from a content/site.yaml (not the defaults of a folder without one). */
    public boolean written() {
        return !positions.isEmpty();
    }
}
