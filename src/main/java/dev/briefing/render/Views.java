package dev.briefing.render;

import static dev.briefing.model.ItemFields.ACCESSED;
import static dev.briefing.model.ItemFields.AREA;
import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.COPY;
import static dev.briefing.model.ItemFields.CORRECTION;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.DATE_PRECISION;
import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.LEVEL;
import static dev.briefing.model.ItemFields.NOTE;
import static dev.briefing.model.ItemFields.NOT_CONCERNING;
import static dev.briefing.model.ItemFields.PUBLISHER;
import static dev.briefing.model.ItemFields.REPLACED_BY;
import static dev.briefing.model.ItemFields.REVIEWED;
import static dev.briefing.model.ItemFields.SECTIONS;
import static dev.briefing.model.ItemFields.STATUS;
import static dev.briefing.model.ItemFields.TAGS;
import static dev.briefing.model.ItemFields.LANGUAGE;
import static dev.briefing.model.ItemFields.SOURCE_UPDATED;
import static dev.briefing.model.ItemFields.TRANSLATES;
import static dev.briefing.model.ItemFields.TYPE;
import static dev.briefing.model.ItemFields.UPDATED;
import static dev.briefing.model.ItemFields.URL;

import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.model.TextKey;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.markdown.WikiLink;
import dev.briefing.resolve.Issuer;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.FieldType;
import dev.briefing.yaml.Fields;
import dev.briefing.yaml.Ref;
import dev.briefing.yaml.Section;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the read-only view records templates see, for one page at a time. Templates never see
 * the loader, the resolver or any service; only these records, plain strings and lists.
 */
public final class Views {
    /** The site path of the page servers send for any missing URL. */
    public static final String NOT_FOUND = "/404.html";

    private final ResolvedSite site;
    private final MarkdownEngine markdown;
    private final String page;
    private final Labels labels;
    private final Messages messages;

    private final Shared shared;

    /**
     * @param messages the theme's words in the language of the page
     * @param page     the site path of the page being rendered; every href is relative to it
     */
    public Views(ResolvedSite site, MarkdownEngine markdown, Messages messages, String page) {
        this(new Shared(site, markdown, messages), page);
    }

    /** Views of one page, sharing with every other page of the build what does not depend on the page. */
    public Views(Shared shared, String page) {
        this.shared = shared;
        this.site = shared.site;
        this.markdown = shared.markdown;
        this.page = page;
        this.labels = shared.labels;
        this.messages = shared.messages;
    }

    /**
     * What every page of one build shows alike: the language's words and labels, and each item's
     * link as it reads anywhere (its href a site path, made relative per page). An item is linked
     * from many pages (lists, tags, the matrix, related and cited-by lists); its link is made once.
     * Thread-safe.
     */
    public static final class Shared {
        private final ResolvedSite site;
        private final MarkdownEngine markdown;
        private final Messages messages;
        private final Labels labels;
        private final MessageFunction msg;
        private final dev.briefing.markdown.Words words;
        private final java.util.concurrent.ConcurrentHashMap<Key, ItemLink> links = new java.util.concurrent.ConcurrentHashMap<>();
        private final Reporting.CriticalPages critical;
        private final Cards.Pages cards;

        /** @param messages the theme's words in the language of the pages */
        public Shared(ResolvedSite site, MarkdownEngine markdown, Messages messages) {
            this.site = site;
            this.markdown = markdown;
            this.messages = messages;
            this.labels = Labels.of(site.config(), messages);
            this.msg = new MessageFunction(messages);
            this.words = words(messages, site);
            this.critical = new Reporting.CriticalPages(site);
            this.cards = new Cards.Pages(site, messages);
        }

        /** Whether the page at this site path has a share card of its own (else it shows the site's). */
        public boolean hasCard(String page) {
            return cards.has(page);
        }

        /** The item the page at this site path shows on its card (empty for the home page), if it has a card of its own. */
        public java.util.Optional<Item> cardItem(String page) {
            return cards.item(page);
        }

        /** Whether the page at this site path must show the How to report block. */
        public boolean critical(String page) {
            return critical.contains(page);
        }

        public ResolvedSite site() {
            return site;
        }

        public Messages messages() {
            return messages;
        }

        /** Templates' msg("key", arguments…). */
        MessageFunction msg() {
            return msg;
        }

        /** The item's link with its site path as href. */
        ItemLink link(Key key) {
            return links.computeIfAbsent(key, k -> {
                Item i = site.item(k);
                return new ItemLink(k.kind().singular(), labels.kind(k.kind()), labels.one(k.kind()), k.id(), i.title(),
                        site.urls().item(k), i.summary(), date(i, messages), status(site, i), site.urls().foreign(k),
                        k.kind() == Kind.SOURCE ? site.config().foreignTitleLanguage(i) : null);
            });
        }
    }

    public record LinkView(String title, String href) {
    }

    /** A date: its machine form for datetime="", and its text as the page's language writes it. */
    public record DateView(String iso, String text) {
        static DateView of(LocalDate d, Messages messages) {
            return d == null ? null : new DateView(d.toString(), messages.day(d));
        }

        /**
         * A date as precise as it is known: "month" gives "July 2024" (datetime 2024-07), "year"
         * gives "2024"; anything else the whole day.
         */
        static DateView of(LocalDate d, String precision, Messages messages) {
            if (d == null || precision == null || d.getYear() < 1 || d.getYear() > 9999) return of(d, messages);
            String year = String.format(Locale.ROOT, "%04d", d.getYear());
            return switch (precision) {
                case "month" -> new DateView(year + "-" + String.format(Locale.ROOT, "%02d", d.getMonthValue()), messages.month(d));
                case "year" -> new DateView(year, messages.year(d));
                default -> of(d, messages);
            };
        }
    }

    /** What a rendered text adds of its own (a citation's name, its footnotes'), in the language of {@code messages}. */
    public static dev.briefing.markdown.Words words(Messages messages) {
        return words(messages, null);
    }

    /**
     * The same, for the texts of {@code site} (or none): a link to an advisory no longer or not yet
     * in force is stamped as the advisories page stamps it, decided as each page is rendered, so an
     * edit that supersedes an advisory stamps every link to it.
     */
    static dev.briefing.markdown.Words words(Messages messages, ResolvedSite site) {
        return new dev.briefing.markdown.Words() {
            @Override
            public Stamp stamp(String kind, String id) {
                if (site == null || !kind.equals(Kind.ADVISORY.singular())) return null;
                Item advisory = site.item(new Key(Kind.ADVISORY, id));
                String status = advisory == null ? null : status(site, advisory);
                return status == null || status.equals("current") ? null
                        : new Stamp(status, messages.text("advisory." + status));
            }

            @Override
            public String citation(String source) {
                return messages.text("cite.source", source);
            }

            @Override
            public String footnotes() {
                return messages.text("footnotes.label");
            }

            @Override
            public String backToReference(String number) {
                return messages.text("footnotes.back", number);
            }

            @Override
            public String untranslated(String language) {
                return untranslatedNote(messages, language);
            }
        };
    }

    /**
     * What follows a link to a page not translated into the page's language: that page's language,
     * named in the page's, from the JDK's data ("(en inglés)"), so a reader knows before following it.
     */
    public static String untranslatedNote(Messages messages, String language) {
        return messages.text("link.untranslated", languageName(messages, language));
    }

    /** A language named in the messages' language, as the JDK's data names it: "inglés" for en in Spanish. */
    static String languageName(Messages messages, String language) {
        return java.util.Locale.forLanguageTag(language).getDisplayLanguage(messages.locale());
    }

    /** A date as this page's language writes it, or null for none. */
    public DateView date(LocalDate d) {
        return DateView.of(d, messages);
    }

    /**
     * A link to an item with what a listing shows of it.
     *
     * @param kindLabel the name of its kind ("Threats"); kindName the name of one ("Threat")
     * @param status    an advisory's status as on its own page (current, expired, superseded, upcoming), so lists stamp it too; else null
     * @param lang      the language of the page it leads to, when that is not the linking page's (an item not yet
     *                  translated: its title and page are in the default language), else null
     */
    /**
     * A link to an item. {@code lang}: the default language's code when the item has no page in the page's language, so
     * the link leads to the default language's page; else null. {@code titleLang}: the language of a source's title when it
     * is not the page's (a publication's title is never translated); else null.
     */
    public record ItemLink(String kind, String kindLabel, String kindName, String id, String title, String href, String summary,
            DateView date, String status, String lang, String titleLang) {
    }

    public record Group(String label, List<ItemLink> items) {
    }

    /**
     * One numbered source of a page.
     *
     * @param copy      where it was read instead of at its url (a mirror or a repost), or null
     * @param citations the ids of the places in the text that cite it, in order, to link back to
     * @param host      the host of its url, shown so readers see where the link goes
     * @param lang      the language of its title when that is not the page's ({@link #titleLang}), else null
     */
    public record Reference(int number, String anchor, String title, String publisher, DateView date, DateView accessed,
            String url, String host, CopyView copy, String href, List<String> citations, String lang) {
    }

    /** The copy of a source that was read because its own address could not be opened, and that copy's host. */
    public record CopyView(String url, String host) {
        static CopyView of(Fields fields) {
            String url = fields.get(COPY);
            return url == null ? null : new CopyView(url, Views.host(url));
        }
    }

    /** One entry of a page's change history, with its id on the page. */
    public record ChangeView(String anchor, DateView date, String note, boolean correction, String lang) {
    }

    /** An advisory as status statements name it: typed fields, never looked up by their display labels. */
    public record AdvisoryRef(String id, String title, String href, String level, String levelLabel, DateView issued,
            DateView expires, String summary, String lang) {
    }

    /**
     * What the site may say about advisories (see {@code AdvisoryStatus}): the last check of the
     * official source ({@code checked}, null when none is recorded), what was in force then, and
     * what is still in force by its own dates at the as-of date. With {@code url} but no
     * {@code checked}, site.yaml names the official source but nobody has checked it yet: pages
     * say "not yet checked" and link it. Without either, site.yaml names no source.
     *
     * @param past whether an advisory has expired or been superseded: the advisories page lists it as past
     */
    public record StatusView(boolean any, boolean past, DateView checked, String source, String url, boolean stale, long ageDays,
            AdvisoryRef atCheck, AdvisoryRef current) {
    }

    /** One fact of an entity: its label and its value, as a date, a link (href) or text. */
    public record FieldView(String name, String label, String text, String href, DateView date) {
    }

    public record SectionView(String heading, String id, TemplateHTMLOutputModel body) {
    }

    /**
     * Everything a template may show of one item.
     *
     * @param dateLabel    what its date is ("Published", "Happened", "Starts"), or null without a date
     * @param related      everything it links to and everything that links to it, by kind, each once
     * @param referencedBy only what links to it (for a source: what cites it)
     * @param lang         the language of its text (summary, body) when that is not the page's, else null: an item not
     *                     translated into the page's language is shown in the default language's words ({@link #textLang})
     * @param titleLang    the same of its title: for a source, the language its publication is written in ({@link #titleLang})
     */
    public record ItemView(String kind, String kindLabel, String id, String title, String summary, String href,
            DateView date, String dateLabel, DateView updated, DateView reviewed, List<TagLink> tags, TemplateHTMLOutputModel body,
            List<FieldView> facts, List<SectionView> sections, TemplateHTMLOutputModel notConcerning,
            List<Group> related, List<Group> referencedBy, List<Reference> references, boolean overdue,
            String status, String url, List<ChangeView> changes, SourceView source, String lifecycle, ItemLink replacedBy,
            TranslationView translation, AdvisoryView advisory, String lang, String titleLang) {
    }

    /**
     * An advisory's own fields (null for other kinds), for its JSON-LD and its CAP alert's link.
     *
     * @param area           where it applies, or null
     * @param issuer         who issued it, whom this site republishes (its JSON-LD names them as author), or null
     *                       when it names none (refused at resolve, BRF138)
     * @param cap            the href of its CAP 1.2 alert
     * @param checkedExpired whether the official page was last checked on or after its expiry date: only then may
     *                       an expired advisory be called no longer in force, not just past its own stated end
     */
    public record AdvisoryView(DateView issued, DateView expires, String area, Issuer issuer, String cap,
            boolean checkedExpired) {
    }

    /**
     * What a reader of a translated page is told about the translation (null on other pages).
     *
     * @param machine      a machine translation not yet checked by a fluent reader (the page carries a badge)
     * @param stale        its source changed since it was translated
     * @param changed      the day the source changed after the translation was made, when the source dates that change
     *                     later than the date the translation records; else null (the notice then gives no date)
     * @param source       the page in the default language
     * @param sourceLang   the default language's code, and its name in the page's language ("inglés")
     * @param authoritative the site asks machine-translated pages to say the default language's page is the authoritative one
     */
    public record TranslationView(boolean machine, boolean stale, DateView changed, String source, String sourceLang,
            String sourceLanguage, boolean authoritative) {
    }

    /** A source's own fields (null for other kinds), so templates never look them up by display label. */
    public record SourceView(String publisher, String url, String address, DateView date, DateView accessed, CopyView copy) {
    }

    /**
     * The sources of one type on /sources/.
     *
     * @param type  the type's value ("official"), or "" for sources that do not say
     * @param label the group's name as readers see it (the type's label, which site.yaml's labels may rename), or null for ""
     * @param id    the id of its heading: not a slug, so no source's anchor can take it
     */
    public record SourceGroup(String type, String label, String id, List<ItemView> items) {
    }

    private static final Field SOURCE_TYPE = Kind.SOURCE.schema().field(TYPE);

    /** The order the sources page lists types in: the schema's, first-hand first, then sources that do not say. */
    static final List<String> SOURCE_TYPES = java.util.stream.Stream.concat(SOURCE_TYPE.choices().stream(),
            java.util.stream.Stream.of("")).toList();

    /** The sources, grouped by type in {@link #SOURCE_TYPES} order, each group as listed; empty groups left out. */
    public List<SourceGroup> sourceGroups(List<Item> sources) {
        Map<String, List<ItemView>> by = new LinkedHashMap<>();
        for (String t : SOURCE_TYPES) by.put(t, new ArrayList<>());
        for (Item s : sources) {
            String type = s.fields().get(TYPE);
            by.get(type == null ? "" : type).add(item(s));
        }
        List<SourceGroup> out = new ArrayList<>();
        by.forEach((type, items) -> {
            if (items.isEmpty()) return;
            out.add(new SourceGroup(type, type.isEmpty() ? null : labels.value(Kind.SOURCE, SOURCE_TYPE, type),
                    "type_" + (type.isEmpty() ? "unknown" : type), List.copyOf(items)));
        });
        return out;
    }

    /**
     * The accessibility statement (site.yaml's {@code accessibility}), shown first on the accessibility page.
     *
     * @param compliance "full", "partial", or null when the site only aims to meet the standard
     * @param replyDays  within how many working days reports are answered, or null
     * @param tested     how the site was tested, or null
     * @param overdue    whether its review is overdue by the site's review period
     */
    public record StatementView(String standard, String compliance, List<BarrierView> exceptions, List<String> formats,
            Integer replyDays, String tested, DateView reviewed, boolean overdue) {
    }

    /** A known accessibility problem: what it is, the WCAG criterion it fails (or null), and the plan for it (or null). */
    public record BarrierView(String what, String criterion, String plan) {
    }

    /** The statement, or null when site.yaml has none. */
    public StatementView statement() {
        var a = site.config().accessibility();
        if (a == null) return null;
        return new StatementView(a.standard(), a.compliance(),
                a.exceptions().stream().map(b -> new BarrierView(b.what(), b.criterion(), b.plan())).toList(), a.formats(),
                a.replyDays(), a.tested(), date(a.reviewed()),
                dev.briefing.resolve.AccessibilityStatement.overdue(site.config(), site.asOf()));
    }

    /** One correction on the site-wide corrections page: what was corrected, when, where, and the note's language if not the page's. */
    public record CorrectionView(ItemLink item, DateView date, String note, String href, String lang) {
    }

    /** The ways to report, for the How to report block. */
    public List<Reporting.ChannelView> channels() {
        return Reporting.channels(site, this);
    }

    /** Every correction of the site, newest first. */
    public List<CorrectionView> corrections() {
        return Corrections.of(site).stream()
                .map(c -> new CorrectionView(link(c.item().key()), date(c.date()), c.note(), href(c.path()), site.urls().defaultLanguageElsewhere())).toList();
    }

    /**
     * The href from this page to a site path: relative, so the site works from any folder and
     * from disk; except on the 404 page, which servers send for a missing URL at any depth, so
     * its links start from the base URL's path ("/briefs/" for https://example.org/).
     */
    public String href(String sitePath) {
        if (page.equals(NOT_FOUND)) return basePath() + sitePath.substring(1);
        return site.urls().relative(page, sitePath);
    }

    /** The href from this page to one of the site's own pages in this page's language (see {@code Urls.local}). */
    public String localHref(String sitePath) {
        return href(local(sitePath));
    }

    /** The languages of the site, the default first. */
    public List<dev.briefing.model.Language> languages() {
        return site.config().languages();
    }

    /** A site path in this page's language (see {@code Urls.local}). */
    public String local(String sitePath) {
        return site.urls().local(sitePath);
    }

    /** The language of the page a site path leads to from this page, when it is not this page's (see {@code Urls.foreignPage}), else null. */
    public String foreign(String sitePath) {
        return site.urls().foreignPage(sitePath);
    }

    private String basePath() {
        String path = java.net.URI.create(site.config().baseUrl()).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    public ItemLink link(Key key) {
        ItemLink l = shared.link(key);
        return new ItemLink(l.kind(), l.kindLabel(), l.kindName(), l.id(), l.title(), href(l.href()), l.summary(), l.date(), l.status(),
                l.lang(), l.titleLang());
    }

    /** An item's own date, as precise as its date_precision says (an incident known only to the month). */
    private static DateView date(Item i, Messages messages) {
        return DateView.of(i.date(), i.fields().get(DATE_PRECISION), messages);
    }

    /** The labels of this page's language. */
    public Labels labels() {
        return labels;
    }

    /** The theme's words in this page's language. */
    /** The language these pages are in, or null for a site in one language. */
    public dev.briefing.model.Localization language() {
        return site.urls().language();
    }

    public Messages messages() {
        return messages;
    }

    /** A tag as readers see it: its words, or the name site.yaml's labels give it. */
    public String tagName(String tag) {
        return labels.tag(tag);
    }

    /** The language of a tag's name when it is not the page's: one the page's language does not name, in another. */
    public String tagLang(String tag) {
        return labels.namesTag(tag) ? null : site.urls().defaultLanguageElsewhere();
    }

    /** A tag linked to its page, with its name's language when it is not the page's ({@link #tagLang}). */
    public record TagLink(String title, String href, String lang) {
    }

    public List<ItemLink> links(List<Item> items) {
        return items.stream().map(i -> link(i.key())).toList();
    }

    public ItemView item(Item item) {
        Key key = item.key();
        List<TagLink> tags = item.fields().get(TAGS).stream()
                .map(t -> new TagLink(tagName(t), href(site.urls().local(Urls.tag(dev.briefing.util.Slugs.slugify(t)))), tagLang(t))).toList();
        List<SectionView> sections = new ArrayList<>();
        List<Section> raw = item.fields().get(SECTIONS);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            // Unique on the page even for repeated or symbol-only headings.
            String id = dev.briefing.util.Slugs.slugify(raw.get(i).heading());
            if (id.isEmpty() || !ids.add(id)) id = (id.isEmpty() ? "section" : id) + "-" + (i + 1);
            ids.add(id);
            sections.add(new SectionView(raw.get(i).heading(), id, html(item.markdown().get(TextKey.section(i)))));
        }
        List<Fields> written = item.fields().get(CHANGES);
        List<String> anchors = Corrections.anchors(written);
        List<ChangeView> changes = new ArrayList<>();
        for (int n = 0; n < written.size(); n++) {
            Fields c = written.get(n);
            // A translation has no notes of its own: they are its source's, in the default language's words.
            changes.add(new ChangeView(anchors.get(n), date(c.get(DATE)), c.get(NOTE), c.get(CORRECTION), site.urls().defaultLanguageElsewhere()));
        }
        // Newest first; changes of one day in the order written.
        changes.sort(java.util.Comparator.comparing((ChangeView c) -> c.date().iso()).reversed());
        LocalDate updated = item.fields().get(UPDATED);
        if (updated == null && !changes.isEmpty()) updated = LocalDate.parse(changes.get(0).date().iso());
        List<Key> both = new ArrayList<>(site.outgoing().getOrDefault(key, List.of()));
        both.addAll(site.incoming().getOrDefault(key, List.of()));
        FieldKey<LocalDate> dateField = key.kind().dateField();
        return new ItemView(key.kind().singular(), labels.kind(key.kind()), key.id(), item.title(), item.summary(),
                href(site.urls().item(key)), date(item, messages), dateField == null ? null : labels.field(key.kind(), key.kind().schema().field(dateField)),
                date(updated), date(item.fields().get(REVIEWED)), tags, html(item.markdown().get(TextKey.BODY)),
                facts(item), sections, html(item.markdown().get(TextKey.of(NOT_CONCERNING))), groups(both),
                groups(site.incoming().getOrDefault(key, List.of())), references(item),
                site.overdue().contains(key), status(site, item), absolute(site.urls().item(key)), changes,
                key.kind() != Kind.SOURCE ? null : new SourceView(item.fields().get(PUBLISHER), item.fields().get(URL),
                        readable(item.fields().get(URL)),
                        date(item.fields().get(DATE)), date(item.fields().get(ACCESSED)),
                        CopyView.of(item.fields())),
                lifecycle(item), replacedBy(item), translation(item),
                key.kind() != Kind.ADVISORY ? null : new AdvisoryView(date(item.fields().get(ISSUED)),
                        date(item.fields().get(EXPIRES)), item.fields().get(AREA), Issuer.of(item, site.items(), site.config()),
                        href(Cap.path(key)), checkedExpired(item)),
                textLang(key), titleLang(item));
    }

    /**
     * The language of an item's text on this language's pages when it is not theirs (WCAG 3.1.2, language of parts):
     * the default language's, for an item not translated into this one; else null.
     */
    public String textLang(Key key) {
        var language = site.urls().language();
        // Not Localization.has: an anchored kind's entries are on its list page in every language, translated or not.
        return language == null || language.isDefault() || language.translated().contains(key) ? null : language.defaultCode();
    }

    /**
     * The language of an item's title on this language's pages when it is not theirs: a source's title is its
     * publication's own, never translated, in the language the source gives (else the default language's); any other
     * item's is as its text ({@link #textLang}).
     */
    public String titleLang(Item item) {
        return item.kind() != Kind.SOURCE ? textLang(item.key()) : site.config().foreignTitleLanguage(item);
    }

    /** What a reader is told of an item's translation on this language's pages: null where the item is not translated. */
    TranslationView translation(Item item) {
        var language = site.urls().language();
        if (language == null || language.isDefault() || !language.translated().contains(item.key())) return null;
        boolean stale = !item.digest().equals(item.fields().get(TRANSLATES));
        // The day the source changed only when it is the day of a change this translation lacks: never a day it cannot know.
        return new TranslationView(language.machine().contains(item.key()), stale,
                stale ? date(dev.briefing.i18n.TranslationStatus.staleSince(item, item.fields().get(SOURCE_UPDATED))) : null,
                href(Urls.of(item.key())),
                language.defaultCode(), languageName(messages, language.defaultCode()),
                site.config().translations().machineNotice());
    }

    /** "deprecated" or "revoked" for an entry kept only so its id and links stay valid; null otherwise. */
    private static String lifecycle(Item item) {
        String s = item.fields().get(STATUS);
        return s == null || s.equals("active") ? null : s;
    }

    private ItemLink replacedBy(Item item) {
        if (!item.fields().has(REPLACED_BY)) return null;
        Key k = new Key(item.kind(), item.fields().get(REPLACED_BY).id());
        return site.items().containsKey(k) ? link(k) : null;
    }

    public StatusView advisories() {
        var s = site.advisories();
        var check = s.check();
        boolean any = !site.ofKind(Kind.ADVISORY).isEmpty();
        boolean past = site.ofKind(Kind.ADVISORY).stream().map(a -> status(site, a))
                .anyMatch(status -> status.equals("expired") || status.equals("superseded"));
        return new StatusView(any, past, check == null ? null : date(check.checked()), check == null ? null : check.name(),
                check == null ? null : check.url(), s.stale(), s.ageDays(), advisory(s.atCheck()), advisory(s.current()));
    }

    private AdvisoryRef advisory(Item a) {
        if (a == null) return null;
        String level = a.fields().get(LEVEL);
        return new AdvisoryRef(a.id(), a.title(), href(site.urls().item(a.key())), level,
                labels.value(Kind.ADVISORY, Kind.ADVISORY.schema().field(LEVEL), level),
                date(a.fields().get(ISSUED)), date(a.fields().get(EXPIRES)), a.summary(), textLang(a.key()));
    }

    /** Whether the advisories were last checked on or after this advisory's expiry date. */
    private boolean checkedExpired(Item advisory) {
        var check = site.config().statusCheck();
        return check != null && check.recorded() && !check.checked().isBefore(advisory.fields().get(EXPIRES));
    }

    /** For advisories: "current", "expired", "superseded", or "upcoming"; otherwise null. */
    static String status(ResolvedSite site, Item item) {
        if (item.kind() != Kind.ADVISORY) return null;
        if (site.current() != null && site.current().key().equals(item.key())) return "current";
        if (item.fields().get(ISSUED).isAfter(site.asOf())) return "upcoming";
        return site.asOf().isBefore(item.fields().get(EXPIRES)) ? "superseded" : "expired";
    }

    public String absolute(String sitePath) {
        return site.config().baseUrl() + sitePath.substring(1);
    }

    private TemplateHTMLOutputModel html(MarkdownDoc doc) {
        if (doc == null) return null;
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markdown.render(doc, site.links(doc), shared.words));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Groups linked items by kind, in kind order, each item once, each group sorted by title. */
    private List<Group> groups(List<Key> keys) {
        Map<Kind, List<ItemLink>> by = new LinkedHashMap<>();
        for (Kind k : Kind.values()) by.put(k, new ArrayList<>());
        for (Key key : new java.util.LinkedHashSet<>(keys)) {
            if (key.kind() == Kind.SOURCE) continue;
            by.get(key.kind()).add(link(key));
        }
        List<Group> out = new ArrayList<>();
        by.forEach((k, list) -> {
            if (list.isEmpty()) return;
            list.sort(java.util.Comparator.comparing(ItemLink::title).thenComparing(ItemLink::id));
            out.add(new Group(labels.kind(k), List.copyOf(list)));
        });
        return out;
    }

    private List<Reference> references(Item item) {
        List<Key> refs = site.references().getOrDefault(item.key(), List.of());
        String prefix = item.kind().anchored() ? item.id() + "-ref-" : "ref-";
        Map<Integer, List<String>> citations = new java.util.HashMap<>();
        for (MarkdownDoc doc : item.markdown().values()) {
            var values = site.links(doc);
            for (WikiLink w : doc.wikiLinks()) {
                WikiLink.Resolution r = values.of(w);
                if (w.isCitation() && r != null) citations.computeIfAbsent(r.citation(), n -> new ArrayList<>()).add(r.id());
            }
        }
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Item s = site.item(refs.get(i));
            String url = s.fields().get(URL);
            out.add(new Reference(i + 1, prefix + (i + 1), s.title(), s.fields().get(PUBLISHER),
                    date(s.fields().get(DATE)), date(s.fields().get(ACCESSED)), url, host(url),
                    CopyView.of(s.fields()), href(site.urls().item(s.key())), List.copyOf(citations.getOrDefault(i + 1, List.of())),
                    titleLang(s)));
        }
        return out;
    }

    /** "www.cisa.gov" for https://www.cisa.gov/topics/…; the address itself when it has no host. */
    static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** An address as readers read it: without https:// and a closing slash (www.dhs.gov). */
    static String readable(String url) {
        String s = url.replaceFirst("^https?://", "");
        return s.endsWith("/") && s.indexOf('/') == s.length() - 1 ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The facts of an entity: each field the schema labels for readers (except its own date,
     * which the page's dates line shows), under its label, in the format of its type.
     */
    private List<FieldView> facts(Item item) {
        List<FieldView> out = new ArrayList<>();
        Kind kind = item.kind();
        for (Field f : kind.schema().fields()) {
            if (!f.shownToReaders() || f.is(kind.dateField()) || !item.fields().has(f.key()) || f.is(TAGS)) continue;
            String label = labels.field(kind, f);
            String name = f.name();
            // The schema's own fields, read generically: each value has its type's class.
            Object value = item.fields().get(f.key());
            if (value instanceof LocalDate date) {
                out.add(new FieldView(name, label, null, null, date(date)));
            } else if (value instanceof Ref ref) {
                Key k = new Key(Kind.bySingular(f.refKind()).orElseThrow(), ref.id());
                if (site.items().containsKey(k)) out.add(new FieldView(name, label, site.item(k).title(), href(site.urls().item(k)), null));
            } else if (value instanceof List<?> words && f.type() == FieldType.WORDS) {
                out.add(new FieldView(name, label, String.join(", ", words.stream().map(w -> labels.value(kind, f, (String) w)).toList()),
                        null, null));
            } else if (value instanceof String text) {
                out.add(switch (f.type()) {
                    case URL -> new FieldView(name, label, readable(text), text, null);
                    case PHONE -> new FieldView(name, label, text, "tel:" + text.replaceAll("[^+0-9]", ""), null);
                    case TEL -> new FieldView(name, label, dev.briefing.util.Phones.readable(text), dev.briefing.util.Phones.tel(text), null);
                    case CHOICE -> new FieldView(name, label, labels.value(kind, f, text), null, null);
                    case LINE -> new FieldView(name, label, text, null, null);
                    default -> throw unformatted(kind, f);
                });
            } else {
                throw unformatted(kind, f);
            }
        }
        return out;
    }

    private static IllegalStateException unformatted(Kind kind, Field f) {
        return new IllegalStateException(kind.singular() + "." + f.name() + " is labelled but has no format");
    }
}
