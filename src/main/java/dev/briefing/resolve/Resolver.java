package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.DRAFT;
import static dev.briefing.model.ItemFields.REVIEWED;
import static dev.briefing.model.ItemFields.LANGUAGE;
import static dev.briefing.model.ItemFields.SOURCES;
import static dev.briefing.model.ItemFields.TAGS;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Suggest;
import dev.briefing.markdown.LinkRef;
import dev.briefing.markdown.LinkValues;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.MarkdownEngine;
import dev.briefing.markdown.WikiLink;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import dev.briefing.util.Slugs;
import dev.briefing.util.UrlPolicy;
import dev.briefing.yaml.Field;
import dev.briefing.yaml.Ref;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The resolve stage: decides what is published, checks every id and link, numbers citations,
 * and derives the link graph in both directions, tags and the advisory in force. Every pass is
 * linear in the number of items and links.
 */
public final class Resolver {
    /** Top-level URL names the generator writes itself; a page may not take them. */
    static final int EXPIRY_WARNING_DAYS = 14;

    private final LocalDate asOf;
    private final boolean drafts;
    private final Diagnostics diags;

    public Resolver(LocalDate asOf, boolean drafts, Diagnostics diags) {
        this.asOf = asOf;
        this.drafts = drafts;
        this.diags = diags;
    }

    public ResolvedSite resolve(LoadedSite loaded) {
        return resolve(loaded, null);
    }

    /**
     * Resolves again after an edit (the preview), reusing what {@code previous} found for every
     * item that is the same object as before (its file was not reloaded) and links to or cites
     * nothing that changed: its texts' link values are taken over as they were. The result is what a full
     * resolve gives, provided {@code previous} came from an error-free run of the same settings;
     * link checks only ever report errors, so an item whose links were fine before still is.
     *
     * @param previous the last error-free result, or null to resolve every item
     */
    public ResolvedSite resolve(LoadedSite loaded, ResolvedSite previous) {
        Urls urls = urls(loaded, previous);
        // Ids are looked up for every link of every item: by hash, not through the sorted map.
        Map<Key, Item> hashed = new HashMap<>(loaded.items().size() * 2);
        Map<Key, Item> unpublished = new HashMap<>();
        Map<String, Item> entities = new HashMap<>();
        Map<String, Item> byPath = new HashMap<>();
        // Each other language's pages live under /<code>/: a page of that name would replace them.
        Map<String, String> languageFolders = new HashMap<>();
        loaded.config().languages().stream().skip(1).forEach(l -> languageFolders.put(l.code(), l.name()));
        for (Item item : loaded.items()) {
            if (!register(item, hashed, entities, languageFolders)) continue;
            if (isPublished(item)) {
                hashed.put(item.key(), item);
                if (!item.kind().isEntity()) byPath.put(item.sourcePath(), item);
            } else {
                hashed.remove(item.key());
                unpublished.put(item.key(), item);
            }
        }
        Map<Key, Item> published = sorted(hashed, previous);
        Map<Key, Item> unbound = new HashMap<>();
        // An entry with a bad field is not published, but its id is still taken: a duplicate is told in the same run.
        Map<String, Item> ids = new HashMap<>(entities);
        for (Item item : loaded.unbound()) {
            unbound.put(item.key(), item);
            if (!item.kind().isEntity() || !dev.briefing.util.Slugs.isValid(item.id())) continue;
            Item first = ids.putIfAbsent(item.id(), item);
            if (first != null) duplicate(item, first);
        }
        Lookup lookup = new Lookup(hashed, unpublished, entities, byPath, loaded.incomplete(), unbound);
        checkUnbound(loaded, lookup, urls);
        checkUnpublished(unpublished.values(), loaded, lookup, urls);
        // Items are visited in key order, so 'out' and 'references' fill in key order, and each
        // list in 'in' grows in key order with any repeat next to its first.
        Map<Key, List<Key>> out = new LinkedHashMap<>();
        Map<Key, List<Key>> in = new HashMap<>();
        Map<Key, List<Key>> references = new LinkedHashMap<>();
        Set<Key> changed = previous == null ? Set.of() : changed(previous.items(), published);
        if (previous != null) {
            ResolvedSite quick = sameShape(loaded, previous, published, changed, lookup, urls);
            if (quick != null) return quick;
        }
        // Each text's links as resolved, by the text itself (the same object across rebuilds).
        Map<MarkdownDoc, LinkValues> values = new java.util.IdentityHashMap<>();
        for (Item item : published.values()) {
            if (previous != null && previous.item(item.key()) == item && unaffected(item.key(), previous, changed)) {
                for (MarkdownDoc doc : item.markdown().values()) values.put(doc, previous.links(doc));
                List<Key> sorted = previous.outgoing().get(item.key());
                List<Key> cited = previous.references().get(item.key());
                out.put(item.key(), sorted);
                for (Key t : sorted) addIncoming(in, t, item.key());
                for (Key c : cited) addIncoming(in, c, item.key());
                references.put(item.key(), cited);
                continue;
            }
            Set<Key> targets = new LinkedHashSet<>();
            List<Key> cited = new ArrayList<>();
            resolveFields(item, lookup, targets, cited);
            resolveMarkdown(item, lookup, urls, targets, cited, loaded.config(), values);
            addListedSources(item, lookup, cited);
            List<Key> sorted = new ArrayList<>(targets);
            sorted.sort(null);
            out.put(item.key(), List.copyOf(sorted));
            for (Key t : sorted) addIncoming(in, t, item.key());
            for (Key c : cited) addIncoming(in, c, item.key());
            references.put(item.key(), List.copyOf(cited));
        }
        Map<Key, List<Key>> incoming = new LinkedHashMap<>();
        in.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> incoming.put(e.getKey(), List.copyOf(e.getValue())));
        List<Item> newest = published.values().stream().filter(i -> i.kind() == Kind.BRIEF)
                .sorted(ResolvedSite.NEWEST_FIRST).toList();
        return finish(loaded, urls, published, out, incoming, references, tags(published, newest), newest, values,
                published.values(), previous);
    }

    /**
     * The site-wide checks, then the result.
     *
     * @param mayBeOverdue the items whose review may be overdue: all, or after an edit those
     *                     that were, and those edited
     * @param previous     the last error-free result, whose plain-language reports of unchanged items stand, or null
     */
    private ResolvedSite finish(LoadedSite loaded, Urls urls, Map<Key, Item> published, Map<Key, List<Key>> out,
            Map<Key, List<Key>> incoming, Map<Key, List<Key>> references, List<Tag> tags, List<Item> newest,
            Map<MarkdownDoc, LinkValues> values, java.util.Collection<Item> mayBeOverdue, ResolvedSite previous) {
        // With a site.yaml that could not be used, the settings are defaults: checks against them would be false.
        boolean settings = !loaded.config().unreadable();
        // Four shares of whole-site checks, each reading the resolved items and reporting to the one (thread-safe)
        // collector, on every core at once: after an edit in one language the other languages' cores are idle. Four,
        // not fewer: after a preview edit the titles' and the page checks' shares take the longest (5-8 ms each at
        // 10,000 briefs), and each core then takes one of them and one of the short ones.
        var advisories = new java.util.concurrent.atomic.AtomicReference<AdvisoryStatus>();
        var overdue = new java.util.concurrent.atomic.AtomicReference<Set<Key>>(Set.of());
        var checks = new java.util.concurrent.atomic.AtomicReference<PageChecks.Reports>();
        List<Runnable> shares = List.of(
                () -> checks.set(PageChecks.check(published, loaded.config(), loaded.localization(),
                        previous == null ? null : previous.pageChecks(), settings ? diags : new Diagnostics())),
                () -> DuplicateTitles.check(published, diags),
                // Each item's own dates, all of them after an edit too: a few fields per item, and nothing to keep between builds.
                () -> new DatesOfWork(asOf, diags).check(published.values(), loaded.config()),
                () -> {
                    advisories.set(new Advisories(asOf, diags).check(published, loaded.unbound(), loaded.config()));
                    new TrustChecks(diags).check(loaded.config());
                    AccessibilityStatement.check(loaded.config(), published, asOf, diags);
                    new ChannelChecks(asOf, diags).check(published, loaded.config());
                    if (settings) overdue.set(overdue(mayBeOverdue, loaded.config().reviewPeriodDays()));
                });
        dev.briefing.util.Parallel.forEach(shares, Runnable::run);
        return new ResolvedSite(loaded, asOf, urls, published, out, incoming, references,
                tags, advisories.get(), overdue.get(), newest, java.util.Collections.unmodifiableMap(values), checks.get());
    }

    /**
     * The preview's common edit, resolved without a pass over every item's links: when no item
     * came or went, no brief changed its date or tags, and the edited items (and whatever links
     * to or cites them, whose link texts show their titles) still link to and cite exactly what
     * they did, then the link graph, tags and the briefs' order are the previous ones, with the
     * new item objects in place of the old. Only those items are resolved again. Returns null
     * when the edit changed more, for the full pass to decide (with nothing reported twice).
     */
    private ResolvedSite sameShape(LoadedSite loaded, ResolvedSite previous, Map<Key, Item> published, Set<Key> changed,
            Lookup lookup, Urls urls) {
        if (published.size() != previous.items().size()) return null;
        for (Key k : changed) {
            Item before = previous.item(k);
            Item after = published.get(k);
            if (before == null || after == null) return null;
            if (k.kind() == Kind.BRIEF && (!java.util.Objects.equals(before.date(), after.date())
                    || !before.fields().get(TAGS).equals(after.fields().get(TAGS)))) {
                return null;
            }
        }
        Set<Key> redo = new TreeSet<>(changed);
        for (Key k : changed) redo.addAll(previous.incoming().getOrDefault(k, List.of()));
        Diagnostics scratch = new Diagnostics();
        Resolver again = new Resolver(asOf, drafts, scratch);
        Map<MarkdownDoc, LinkValues> values = new java.util.IdentityHashMap<>(previous.linkValues());
        for (Key k : redo) {
            Item item = published.get(k);
            for (MarkdownDoc doc : previous.item(k).markdown().values()) values.remove(doc);
            Set<Key> targets = new LinkedHashSet<>();
            List<Key> cited = new ArrayList<>();
            again.resolveFields(item, lookup, targets, cited);
            again.resolveMarkdown(item, lookup, urls, targets, cited, loaded.config(), values);
            addListedSources(item, lookup, cited);
            List<Key> sorted = new ArrayList<>(targets);
            sorted.sort(null);
            if (!sorted.equals(previous.outgoing().get(k)) || !cited.equals(previous.references().get(k))) return null;
        }
        scratch.sorted().forEach(diags::add);
        // The same lists with the edited briefs' new objects in their places.
        Map<Item, Item> replaced = new java.util.IdentityHashMap<>();
        Set<String> editedTags = new java.util.HashSet<>();
        for (Key k : changed) {
            if (k.kind() != Kind.BRIEF) continue;
            replaced.put(previous.item(k), published.get(k));
            for (String t : published.get(k).fields().get(TAGS)) editedTags.add(Slugs.slugify(t));
        }
        List<Item> newest = replaced.isEmpty() ? previous.briefsNewestFirst()
                : previous.briefsNewestFirst().stream().map(i -> replaced.getOrDefault(i, i)).toList();
        List<Tag> tags = previous.tags().stream().map(t -> !editedTags.contains(t.slug()) ? t
                : new Tag(t.name(), t.slug(), t.briefs().stream().map(i -> replaced.getOrDefault(i, i)).toList())).toList();
        // Overdue depends on an item's own review date: only the edited items can have changed.
        Map<Key, Item> mayBeOverdue = new LinkedHashMap<>();
        for (Key k : previous.overdue()) mayBeOverdue.put(k, published.get(k));
        for (Key k : changed) mayBeOverdue.put(k, published.get(k));
        return finish(loaded, urls, published, previous.outgoing(), previous.incoming(), previous.references(), tags, newest,
                values, mayBeOverdue.values(), previous);
    }

    /**
     * The links of items whose fields did not all bind: never published, but an error in their
     * links is an error of the file like the one that stopped them, and one run reports both.
     */
    private void checkUnbound(LoadedSite loaded, Lookup lookup, Urls urls) {
        for (Item item : loaded.unbound()) {
            String why = Unpublished.whyNot(List.of(item), asOf, drafts);
            if (why != null) {
                checkUnpublished(item, why, loaded, lookup, urls); // a draft's, as the rest of its file's problems
                continue;
            }
            resolveFields(item, lookup, new LinkedHashSet<>(), new ArrayList<>());
            resolveMarkdown(item, lookup, urls, new LinkedHashSet<>(), new ArrayList<>(), loaded.config(),
                    new java.util.IdentityHashMap<>());
        }
    }

    /**
     * The links of drafts and of briefs dated after the as-of date, checked as a published brief's
     * are: the editor sees what is wrong before the day it is published, but as notes, which stop
     * neither the build nor --strict, since nothing of them is published (as Hugo skips drafts and
     * future content, yet an editor's wrong id should not wait for that day to show).
     */
    private void checkUnpublished(java.util.Collection<Item> unpublished, LoadedSite loaded, Lookup lookup, Urls urls) {
        for (Item item : unpublished) checkUnpublished(item, Unpublished.why(item, asOf), loaded, lookup, urls);
    }

    private void checkUnpublished(Item item, String why, LoadedSite loaded, Lookup lookup, Urls urls) {
        Diagnostics found = new Diagnostics();
        Resolver scratch = new Resolver(asOf, drafts, found);
        scratch.resolveFields(item, lookup, new LinkedHashSet<>(), new ArrayList<>());
        scratch.resolveMarkdown(item, lookup, urls, new LinkedHashSet<>(), new ArrayList<>(), loaded.config(),
                new java.util.IdentityHashMap<>());
        for (var d : found.sorted()) diags.add(d.unpublished(why));
    }

    /** A source listed under 'sources:' is cited after those the text cites, once. */
    private static void addListedSources(Item item, Lookup lookup, List<Key> cited) {
        for (Ref r : item.fields().get(SOURCES)) {
            Key t = new Key(Kind.SOURCE, r.id());
            if (lookup.published().containsKey(t) && !cited.contains(t)) cited.add(t);
        }
    }

    /**
     * How the site's pages link: for a language other than the default, knowing which of its items and files are where;
     * the last resolution's when it was made of the same (an edit that added or removed no item or file).
     */
    private static Urls urls(LoadedSite loaded, ResolvedSite previous) {
        if (!loaded.config().multilingual()) return new Urls(loaded.config().prettyUrls());
        if (previous != null && sameUrls(previous.loaded(), loaded)) return previous.urls();
        Map<String, Key> pages = new HashMap<>();
        if (!loaded.localization().isDefault()) {
            for (Item i : loaded.items()) if (!i.kind().anchored()) pages.put(Urls.pageOf(i.key()), i.key());
        }
        Set<String> statics = new java.util.HashSet<>();
        loaded.statics().forEach(f -> statics.add("/" + f.outputPath()));
        return new Urls(loaded.config().prettyUrls(), loaded.localization(), pages, statics);
    }

    /** Whether two loads of a site have the same pages where {@link #urls} looks: items, static files, language and settings. */
    private static boolean sameUrls(LoadedSite before, LoadedSite now) {
        if (before.config().prettyUrls() != now.config().prettyUrls() || !before.localization().equals(now.localization())
                || !before.statics().equals(now.statics())) {
            return false;
        }
        return LoadedSite.sameKeys(before.items(), now.items());
    }

    /**
     * The published items in key order. After an edit that added or removed nothing (the
     * preview's usual case) the previous sorted map is copied (linearly, it is sorted already)
     * with the new items put in, instead of sorting every key again.
     */
    private static Map<Key, Item> sorted(Map<Key, Item> hashed, ResolvedSite previous) {
        if (previous != null && previous.items() instanceof java.util.SortedMap<Key, Item> before
                && before.size() == hashed.size() && hashed.keySet().containsAll(before.keySet())) {
            TreeMap<Key, Item> same = new TreeMap<>(before);
            same.replaceAll((k, v) -> hashed.get(k));
            return same;
        }
        return new TreeMap<>(hashed);
    }

    /**
     * Keys whose item is new, gone, or another object than before (its file was reloaded). Both
     * maps are sorted by key, so one walk through both finds them without a look-up per item.
     */
    private static Set<Key> changed(Map<Key, Item> before, Map<Key, Item> after) {
        Set<Key> changed = new java.util.HashSet<>();
        if (!(before instanceof java.util.SortedMap) || !(after instanceof java.util.SortedMap)) {
            after.forEach((k, item) -> {
                if (before.get(k) != item) changed.add(k);
            });
            before.keySet().forEach(k -> {
                if (!after.containsKey(k)) changed.add(k);
            });
            return changed;
        }
        java.util.Iterator<Map.Entry<Key, Item>> b = before.entrySet().iterator();
        java.util.Iterator<Map.Entry<Key, Item>> a = after.entrySet().iterator();
        Map.Entry<Key, Item> x = b.hasNext() ? b.next() : null;
        Map.Entry<Key, Item> y = a.hasNext() ? a.next() : null;
        while (x != null || y != null) {
            int c = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
            if (c < 0) {
                changed.add(x.getKey());
                x = b.hasNext() ? b.next() : null;
            } else if (c > 0) {
                changed.add(y.getKey());
                y = a.hasNext() ? a.next() : null;
            } else {
                if (x.getValue() != y.getValue()) changed.add(x.getKey());
                x = b.hasNext() ? b.next() : null;
                y = a.hasNext() ? a.next() : null;
            }
        }
        return changed;
    }

    /** Whether nothing an item links to or cites changed (its titles, ids, headings, existence). */
    private static boolean unaffected(Key key, ResolvedSite previous, Set<Key> changed) {
        if (changed.isEmpty()) return true;
        for (Key t : previous.outgoing().getOrDefault(key, List.of())) if (changed.contains(t)) return false;
        for (Key c : previous.references().getOrDefault(key, List.of())) if (changed.contains(c)) return false;
        return previous.outgoing().containsKey(key);
    }

    private static void addIncoming(Map<Key, List<Key>> in, Key target, Key from) {
        List<Key> list = in.computeIfAbsent(target, k -> new ArrayList<>());
        if (list.isEmpty() || !list.get(list.size() - 1).equals(from)) list.add(from);
    }

    private boolean isPublished(Item item) {
        if (drafts) return true;
        if (item.fields().get(DRAFT)) return false;
        if (Unpublished.later(item, asOf)) {
            diags.warning(Code.BRF077, item.fields().posOf(DATE), "brief is dated " + item.date()
                    + ", after the as-of date " + asOf + ", and is not published yet",
                    "the first build on or after that day publishes it; set 'draft: true' while it is in progress");
            return false;
        }
        return true;
    }

    /**
     * Two entries with one id. In one file, the later is the one just added: it is reported, naming
     * the line of the earlier. In two files (entries of two kinds) nothing says which was added, and
     * the order items are registered in (by kind) is not the order they were written in, so each is
     * reported, naming the other.
     */
    private void duplicate(Item item, Item first) {
        String hint = "ids are unique across the site: choose another id for the entry you added; ids are never reused";
        if (item.sourcePath().equals(first.sourcePath())) {
            Item later = item.pos().line() >= first.pos().line() ? item : first;
            Item earlier = later == item ? first : item;
            diags.error(Code.BRF032, later.pos(), "duplicate id '" + item.id() + "': the " + earlier.kind().singular()
                    + " on line " + earlier.pos().line() + " has it already", hint);
            return;
        }
        for (Item[] pair : List.of(new Item[] {item, first}, new Item[] {first, item})) {
            diags.error(Code.BRF032, pair[0].pos(), "duplicate id '" + item.id() + "': the " + pair[1].kind().singular()
                    + " at " + pair[1].pos() + " has it too", hint);
        }
    }

    /** Registers an item's id, reporting duplicates and reserved page names. */
    private boolean register(Item item, Map<Key, Item> published, Map<String, Item> entities, Map<String, String> languageFolders) {
        if (item.kind().isEntity()) {
            Item first = entities.putIfAbsent(item.id(), item);
            if (first != null) {
                duplicate(item, first);
                return false;
            }
        } else if (published.containsKey(item.key())) {
            Item first = published.get(item.key());
            diags.error(Code.BRF034, item.pos(), "'" + item.sourcePath() + "' and '" + first.sourcePath()
                    + "' would both be written to " + Urls.of(item.key()), "rename one of them");
            return false;
        }
        if (item.kind() == Kind.PAGE && dev.briefing.model.GeneratedPages.taken(item.id())) {
            diags.error(Code.BRF034, item.pos(), "page '" + item.id() + "' would replace the generated page /"
                    + item.id() + "/", "rename the file");
            return false;
        }
        if (item.kind() == Kind.PAGE && languageFolders.containsKey(item.id())) {
            diags.error(Code.BRF034, item.pos(), "page '" + item.id() + "' would replace the " + languageFolders.get(item.id())
                    + " pages at /" + item.id() + "/", "rename the file; a translation of a page is written beside it, as "
                    + "content/pages/<name>." + item.id() + ".md");
            return false;
        }
        return true;
    }

    private void resolveFields(Item item, Lookup lookup, Set<Key> targets, List<Key> cited) {
        String lang = item.fields().get(LANGUAGE);
        if (lang != null && !(dev.briefing.model.Language.isTag(lang) && dev.briefing.model.Language.isKnown(lang))) {
            // It becomes the lang attribute of the source's title.
            diags.error(Code.BRF019, item.fields().posOf(LANGUAGE), "'" + lang + "' is not a language code",
                    "write the code of the language the source is written in, in lowercase: es, fr, zh-hant");
        }
        for (Field f : item.kind().schema().fields()) {
            List<Ref> refs = item.fields().refsIn(f.key());
            if (refs.isEmpty()) continue;
            Kind expected = Kind.bySingular(f.refKind()).orElseThrow();
            for (Ref r : refs) {
                Key k = lookup.find(expected, r.id(), r.pos(), diags, false);
                if (k == null || f.is(SOURCES)) continue;
                if (k.equals(item.key())) {
                    diags.error(Code.BRF030, r.pos(), item.kind().singular() + " '" + item.id() + "' refers to itself");
                    continue;
                }
                targets.add(k);
            }
        }
    }

    /** Resolves the links of each of an item's Markdown texts into {@code values}, leaving the texts as they are. */
    private void resolveMarkdown(Item item, Lookup lookup, Urls urls, Set<Key> targets, List<Key> cited,
            dev.briefing.model.SiteConfig config, Map<MarkdownDoc, LinkValues> values) {
        String page = urls.itemPage(item.key());
        String anchorPrefix = item.kind().anchored() ? "#" + item.id() + "-ref-" : "#ref-";
        String citePrefix = item.kind().anchored() ? item.id() + "-cite-" : "cite-";
        Map<Key, Integer> occurrences = new HashMap<>();
        for (MarkdownDoc doc : item.markdown().values()) {
            LinkValues.Builder resolved = LinkValues.builder(doc);
            for (WikiLink link : doc.wikiLinks()) {
                String kindName = link.kind();
                if (link.isCitation()) {
                    Key k = lookup.find(Kind.SOURCE, link.target(), link.pos(), diags, true);
                    if (k == null) continue;
                    if (!cited.contains(k)) cited.add(k);
                    int number = cited.indexOf(k) + 1;
                    int occurrence = occurrences.merge(k, 1, Integer::sum);
                    Item source = lookup.published.get(k);
                    resolved.set(link, WikiLink.Resolution.cite(anchorPrefix + number, number, source.title(),
                            citePrefix + number + "-" + occurrence, config.foreignTitleLanguage(source)));
                    continue;
                }
                if (kindName.equals(SITE_LINK)) {
                    resolved.set(link, resolveSiteLink(link, config, urls, page));
                    continue;
                }
                Kind kind = Kind.bySingular(kindName).orElse(null);
                if (kind == null) {
                    List<String> kinds = new ArrayList<>(Kind.singulars());
                    kinds.add("cite");
                    kinds.add(SITE_LINK);
                    // A translator writes the kind in the page's language ([[página:report]]): kinds are the same words in every language.
                    boolean translated = !config.language().equals(config.defaultLanguage().code());
                    diags.error(Code.BRF033, link.pos(), "unknown link kind '" + kindName + "' in " + link.source(),
                            java.util.Optional.ofNullable(Suggest.didYouMean(fold(kindName), kinds))
                                    .orElse((translated ? "link kinds are written in English in every language: " : "kinds are ")
                                            + String.join(", ", kinds)));
                    continue;
                }
                Key k = lookup.find(kind, link.target(), link.pos(), diags, true);
                if (k == null) continue;
                if (!k.equals(item.key())) targets.add(k);
                Item target = lookup.published.get(k);
                String href = urls.relative(page, urls.item(k));
                String text = link.label() != null ? link.label() : target.title();
                String foreign = urls.foreign(k);
                resolved.set(link, foreign == null ? WikiLink.Resolution.link(href, text) : WikiLink.Resolution.link(href, text,
                        foreign, link.label() == null ? foreign : null));
            }
            for (LinkRef l : doc.links()) {
                if (l.original() != null && l.original().startsWith("#")) {
                    resolved.set(l, headingFragment(item, l.original()));
                    continue;
                }
                String site = rewrite(item, l.original(), lookup, targets, l.pos());
                if (site == null) resolved.set(l, l.original());
                else resolved.set(l, urls.relative(page, urls.local(site)), urls.foreignPage(site));
            }
            for (LinkRef img : doc.images()) {
                String dest = img.original();
                boolean sitePath = dest.startsWith("/") && !dest.startsWith("//");
                resolved.set(img, sitePath ? urls.relative(page, dest) : dest);
            }
            values.put(doc, resolved.build());
        }
    }

    /** {@code [[site:publisher]]} and {@code [[site:contact]]}: pages name them from site.yaml, so they never drift. */
    static final String SITE_LINK = "site";

    private WikiLink.Resolution resolveSiteLink(WikiLink link, dev.briefing.model.SiteConfig config, Urls urls, String page) {
        String href = null;
        String text = null;
        switch (link.target()) {
            case "publisher" -> {
                if (config.publisher() != null) {
                    href = config.publisher().url();
                    text = config.publisher().name();
                }
            }
            case "contact" -> {
                if (config.contact() != null) {
                    href = config.contact().href();
                    text = config.contact().text();
                }
            }
            default -> {
                diags.error(Code.BRF030, link.pos(), "unknown site setting '" + link.target() + "' in " + link.source(),
                        java.util.Optional.ofNullable(Suggest.didYouMean(link.target(), List.of("publisher", "contact")))
                                .orElse("write [[site:publisher]] or [[site:contact]]"));
                return null;
            }
        }
        if (href == null) {
            // A site.yaml that could not be read may well give it: its own error is the one to fix.
            if (config.unreadable()) return null;
            diags.error(Code.BRF030, link.pos(), link.source() + " needs " + link.target()
                    + (link.target().equals("publisher") ? ".url" : "") + " in site.yaml", "add it to content/site.yaml");
            return null;
        }
        boolean sitePath = href.startsWith("/") && !href.startsWith("//");
        // The publisher's name as site.yaml writes it, on a page in a language that gives none of its own: marked as the
        // default language's, as the footer marks it.
        String textLang = link.label() == null && link.target().equals("publisher") ? config.publisherNameLanguage() : null;
        return WikiLink.Resolution.link(sitePath ? urls.relative(page, urls.local(href)) : href,
                link.label() != null ? link.label() : text, null, textLang);
    }

    /**
     * The site path a Markdown link leads to, as the default language's page of the item links it (the linking
     * page's language then leads it to that language's page where there is one: {@link Urls#local}), or null to
     * leave it unchanged. A link to a brief's or page's file leads to its page; a relative link is read from the
     * item's page in the default language, so that it leads where it does there, whatever the language.
     */
    private String rewrite(Item item, String dest, Lookup lookup, Set<Key> targets, Pos pos) {
        if (dest == null || dest.isEmpty() || UrlPolicy.isExternal(dest)) return null;
        int cut = dest.indexOf('#');
        String path = cut < 0 ? dest : dest.substring(0, cut);
        String fragment = cut < 0 ? "" : dest.substring(cut);
        if (path.endsWith(".md") && !path.startsWith("/")) {
            String dir = item.sourcePath().substring(0, item.sourcePath().lastIndexOf('/') + 1);
            String file = Urls.resolve("/" + dir, path);
            Item target = file == null ? null : lookup.byPath.get(file.substring(1));
            if (target == null && file != null && lookup.unboundAt(file.substring(1))) return null;
            if (target == null) {
                diags.error(Code.BRF039, pos, "link to '" + dest + "' does not point to a brief or page",
                        java.util.Optional.ofNullable(Suggest.didYouMean(path, relativeTo(dir, lookup.byPath.keySet())))
                                .orElse("link to a .md file under content/briefs or content/pages"));
                return null;
            }
            if (!target.key().equals(item.key())) targets.add(target.key());
            return Urls.of(target.key()) + headingFragment(target, fragment);
        }
        return Urls.resolve(Urls.pageOf(item.key()), dest);
    }

    /**
     * Briefs and pages as links written from {@code dir}, so a suggestion compares like with like:
     * compared as full paths, the shared "content/briefs/" prefix let any short name look close.
     */
    private static List<String> relativeTo(String dir, Set<String> paths) {
        java.nio.file.Path from = java.nio.file.Path.of(dir);
        return paths.stream().sorted().map(p -> from.relativize(java.nio.file.Path.of(p)).toString().replace('\\', '/'))
                .toList();
    }

    /**
     * Authors link to a heading by its text's id ("#context"); rendered heading ids carry
     * {@link MarkdownEngine#HEADING_ID_PREFIX}, so such a fragment gets it. Fragments naming
     * anything else (a citation's "#ref-1") stay as written.
     */
    static String headingFragment(Item target, String fragment) {
        if (fragment.length() <= 1) return fragment;
        String id = fragment.substring(1);
        boolean heading = target.markdown().values().stream().anyMatch(d -> d.headingIds().contains(id));
        return heading ? "#" + MarkdownEngine.HEADING_ID_PREFIX + id : fragment;
    }

    private Set<Key> overdue(java.util.Collection<Item> items, int periodDays) {
        Set<Key> overdue = new TreeSet<>();
        for (Item item : items) {
            LocalDate reviewed = item.fields().get(REVIEWED);
            if (reviewOverdue(reviewed, asOf, periodDays)) {
                overdue.add(item.key());
                diags.warning(Code.BRF038, item.fields().posOf(REVIEWED), item.kind().singular() + " '"
                        + item.id() + "' was last reviewed " + reviewed + ", more than " + periodDays
                        + " days before " + asOf, "check it against its sources and update 'reviewed'");
            }
        }
        return overdue;
    }

    /** Whether something last reviewed on {@code reviewed} (null: never said) is overdue for review at {@code asOf}. */
    static boolean reviewOverdue(LocalDate reviewed, LocalDate asOf, int periodDays) {
        return reviewed != null && reviewed.isBefore(asOf.minusDays(periodDays));
    }

    private List<Tag> tags(Map<Key, Item> published, List<Item> newestBriefs) {
        // Hash maps, sorted once at the end: each tag of each brief is looked up in them.
        Map<String, String> names = new HashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a site has few distinct tags: slugify each once
        Map<String, String> folded = new HashMap<>();
        // A tag's name is its first spelling in id order, whatever order briefs are listed in.
        for (Item item : published.values()) {
            if (item.kind() != Kind.BRIEF) continue;
            for (String t : item.fields().get(TAGS)) {
                String slug = slugs.computeIfAbsent(t, Slugs::slugify);
                String first = names.putIfAbsent(slug, t);
                // Case and accents may differ ("Élection", "election"); other differences ("C++",
                // "c") are different tags sharing one page, which the editor should know.
                if (first != null && !first.equals(t)
                        && !folded.computeIfAbsent(first, Resolver::fold).equals(folded.computeIfAbsent(t, Resolver::fold))) {
                    diags.warning(Code.BRF034, item.fields().posOf(TAGS), "tags '" + first + "' and '" + t
                            + "' share the page " + Urls.tag(slug), "rename one of them");
                }
            }
        }
        // Filled newest first, so each tag's list comes out in the order its page shows. A brief
        // adds itself to a list once, even when two of its tags share a page ("Election", "election").
        Map<String, List<Item>> briefs = new HashMap<>();
        for (Item item : newestBriefs) {
            for (String t : item.fields().get(TAGS)) {
                List<Item> list = briefs.computeIfAbsent(slugs.get(t), s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != item) list.add(item);
            }
        }
        return briefs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Tag(names.get(e.getKey()), e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static String fold(String tag) {
        return java.text.Normalizer.normalize(tag, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).strip();
    }

    /** Finds ids in the right namespace and explains a miss. */
    private record Lookup(Map<Key, Item> published, Map<Key, Item> unpublished, Map<String, Item> entities,
            Map<String, Item> byPath, Set<Kind> incomplete, Map<Key, Item> unbound) {

        /** Whether a brief or page at this path failed to bind (its own error says so). */
        boolean unboundAt(String path) {
            return unbound.values().stream().anyMatch(i -> !i.kind().isEntity() && i.sourcePath().equals(path));
        }

        /** @param wiki true for a [[kind:id]] link, false for an id in a YAML field (shapes the hint) */
        Key find(Kind kind, String id, Pos pos, Diagnostics diags, boolean wiki) {
            Key key = new Key(kind, id);
            if (published.containsKey(key)) return key;
            if (unpublished.containsKey(key)) {
                diags.error(Code.BRF030, pos, kind.singular() + " '" + id + "' is not published (draft or future-dated)",
                        "publish it, remove the link, or build with --drafts");
                return null;
            }
            if (kind.isEntity()) {
                Item other = entities.get(id);
                if (other != null) {
                    diags.error(Code.BRF031, pos, "'" + id + "' is " + other.kind().withArticle() + ", not "
                            + kind.withArticle(), wiki
                                    ? "use [[" + other.kind().singular() + ":" + id + "]] or " + kind.withArticle() + " id"
                                    : "list it under '" + other.kind().plural() + ":' or use " + kind.withArticle() + " id");
                    return null;
                }
            }
            // The file that defines it, or may, already has an error.
            if (unbound.containsKey(key) || incomplete.contains(kind)) return null;
            List<String> candidates = published.keySet().stream().filter(k -> k.kind() == kind).map(Key::id).sorted().toList();
            String hint = Suggest.didYouMean(id, candidates);
            // A translator's link by the entry's name in the page's language ([[term:buzón-de-boletas]]): ids are the
            // default language's, and the title (translated in this language's site) names the one meant.
            if (hint == null) {
                String slug = dev.briefing.util.Slugs.slugify(id);
                hint = published.values().stream().filter(i -> i.kind() == kind && i.title() != null
                        && dev.briefing.util.Slugs.slugify(i.title()).equals(slug)).map(i -> "did you mean '" + i.id() + "' ("
                        + i.title() + ")? links name an entry by its id, which every language shares").findFirst().orElse(null);
            }
            // No near miss: likely an entry still to write, so the command that starts it.
            if (hint == null && kind.isEntity() && dev.briefing.util.Slugs.isValid(id)) {
                hint = "to add it, run: briefing new " + kind.singular() + " " + id;
            }
            diags.error(Code.BRF030, pos, "unknown " + kind.singular() + " '" + id + "'", hint);
            return null;
        }
    }
}
