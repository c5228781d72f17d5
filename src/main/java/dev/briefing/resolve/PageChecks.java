package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.ALIASES;
import static dev.briefing.model.ItemFields.CRITICAL;
import static dev.briefing.model.ItemFields.NAME;
import static dev.briefing.model.ItemFields.SUMMARY;
import static dev.briefing.model.ItemFields.TYPE;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.markdown.Claim;
import dev.briefing.markdown.MarkdownDoc;
import dev.briefing.markdown.PlainText;
import dev.briefing.markdown.WikiLink;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Localization;
import dev.briefing.model.SiteConfig;
import dev.briefing.util.Phrases;
import dev.briefing.util.Readability;
import dev.briefing.yaml.FieldKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of each page against rules the whole site sets: the plain-language gate (the
 * reading level of its prose against site.yaml's limits, BRF112; the words site.yaml says to
 * avoid, BRF113; glossary terms a brief uses before it links them, BRF114) and claims that rest
 * only on secondary sources (BRF111). A page's report depends only on the page and the
 * {@link Rules}: after an edit, every page that is the same object as before keeps its report
 * while the rules stay the same, so the preview checks only what changed.
 */
public final class PageChecks {
    /** Prose of fewer words is not judged: a grade from a few sentences says little. */
    public static final int MIN_WORDS = 100;
    /** Paragraphs shorter than this are not named as a page's hardest: one long word would top them all. */
    static final int MIN_PARAGRAPH_WORDS = 10;

    private PageChecks() {
    }

    /** Which limit prose is held to: advice sections and critical pages, or the rest. */
    public enum Part {
        ADVICE, BACKGROUND
    }

    /**
     * What pages are checked against, from site.yaml, the glossary and the sources; equal rules give equal reports.
     *
     * @param scale     the reading-level formula of the site's language, or null when there is none for it
     * @param terms     each name and alias of a glossary term (as written) → the term's id
     * @param secondary the ids of the sources whose type is secondary
     */
    public record Rules(Readability.Scale scale, SiteConfig.Limits limits, Map<String, String> avoid, Map<String, String> terms,
            Set<String> secondary) {
        static Rules of(SiteConfig config, Collection<Item> glossary, Collection<Item> sources, Diagnostics diags) {
            Map<String, String> terms = new LinkedHashMap<>();
            Map<String, Item> byPhrase = new java.util.HashMap<>();
            for (Item term : glossary) {
                List<String> phrases = new ArrayList<>();
                phrases.add(term.title());
                phrases.addAll(term.fields().get(ALIASES));
                for (String phrase : phrases) {
                    Item other = byPhrase.putIfAbsent(normal(phrase), term);
                    if (other == null) {
                        terms.put(phrase, term.id());
                    } else if (other != term) {
                        diags.warning(Code.BRF116, term.fields().posOf(phrase.equals(term.title()) ? NAME : ALIASES),
                                "'" + phrase + "' names both glossary terms '" + other.id() + "' and '" + term.id() + "'",
                                "keep it as a name or alias of one of them only");
                    }
                }
            }
            Set<String> secondary = sources.stream().filter(s -> SecondarySources.SECONDARY.equals(s.fields().get(TYPE)))
                    .map(Item::id).collect(Collectors.toUnmodifiableSet());
            Readability.Scale scale = Readability.forLanguage(config.language()).orElse(null);
            return new Rules(scale, scale == null ? config.plainLanguage().maxGrade() : config.plainLanguage().limits(scale),
                    config.plainLanguage().avoid(), terms, secondary);
        }

        int limit(Part part) {
            return part == Part.ADVICE ? limits.advice() : limits.background();
        }
    }

    /** One part of a page's prose, counted, and its score on the site's scale. */
    public record Measure(Part part, Readability.Counts counts, double score, int limit, boolean over) {
        /** Whether the part has words enough to be judged. */
        public boolean judged() {
            return counts.words() >= MIN_WORDS;
        }
    }

    /**
     * What the gate found on one page.
     *
     * @param item        the item as it was measured (by identity: an edited item is another object)
     * @param measures    its prose by part, parts without prose left out
     * @param diagnostics its warnings
     */
    public record Report(Item item, boolean critical, List<Measure> measures, List<Diagnostic> diagnostics) {
    }

    /**
     * Every page's report in key order, the rules they were made under, and all their warnings
     * sorted by {@link Diagnostic#ORDER} (added to a run's diagnostics whole, not sorted again).
     */
    public record Reports(Rules rules, Map<Key, Report> byItem, List<Diagnostic> diagnostics) {
        /** The reports of pages with words enough to judge, in key order. */
        public List<Report> measured() {
            return byItem.values().stream().filter(r -> r.measures().stream().anyMatch(Measure::judged)).toList();
        }
    }

    /**
     * Reports on every published item written in the site's language (in another language than the
     * default, those translated into it: the rest are in the default language, which checks them),
     * reusing {@code previous} reports of items that are the same objects when the rules are the same,
     * and adds their warnings to {@code diags}.
     */
    static Reports check(Map<Key, Item> published, SiteConfig config, Localization language, Reports previous, Diagnostics diags) {
        List<Item> glossary = new ArrayList<>();
        List<Item> sources = new ArrayList<>();
        for (Item i : published.values()) {
            if (i.kind() == Kind.GLOSSARY) glossary.add(i);
            else if (i.kind() == Kind.SOURCE) sources.add(i);
        }
        Rules rules = Rules.of(config, glossary, sources, diags);
        boolean reuse = previous != null && rules.equals(previous.rules());
        Checker checker = new Checker(rules);
        List<Item> items = published.values().stream()
                .filter(i -> language.isDefault() || language.translated().contains(i.key())).toList();
        Report[] reports = new Report[items.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Report before = reuse ? previous.byItem().get(items.get(i).key()) : null;
            if (before != null && before.item() == items.get(i)) reports[i] = before;
            else todo.add(i);
        }
        dev.briefing.util.Parallel.forEach(todo, i -> reports[i] = checker.report(items.get(i)));
        // In key order (the published items' order), and hashed: the preview looks every page up after each edit.
        Map<Key, Report> out = new LinkedHashMap<>(reports.length * 2);
        for (Report r : reports) out.put(r.item().key(), r);
        List<Diagnostic> warnings = reuse ? warnings(previous, out, todo.stream().map(i -> reports[i]).toList())
                : sortedWarnings(List.of(reports));
        diags.addSorted(warnings, false);
        return new Reports(rules, java.util.Collections.unmodifiableMap(out), warnings);
    }

    /**
     * The warnings after an edit: the previous ones without those of reports no longer there,
     * and the new reports' ones merged in, so a few edited pages cost no sort of every warning.
     */
    private static List<Diagnostic> warnings(Reports previous, Map<Key, Report> now, List<Report> fresh) {
        Set<Diagnostic> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Report r : previous.byItem().values()) {
            if (now.get(r.item().key()) != r) gone.addAll(r.diagnostics());
        }
        List<Diagnostic> kept = gone.isEmpty() ? previous.diagnostics()
                : previous.diagnostics().stream().filter(d -> !gone.contains(d)).toList();
        return Diagnostics.union(kept, sortedWarnings(fresh));
    }

    private static List<Diagnostic> sortedWarnings(List<Report> reports) {
        Diagnostics all = new Diagnostics();
        for (Report r : reports) all.addSorted(r.diagnostics(), false);
        return all.sorted();
    }

    /** The rules made into matchers, once per check. */
    private static final class Checker {
        private final Rules rules;
        private final Phrases<String> avoid;
        private final Phrases<String> terms;

        Checker(Rules rules) {
            this.rules = rules;
            this.avoid = new Phrases<>(rules.avoid());
            this.terms = new Phrases<>(rules.terms());
        }

        Report report(Item item) {
            Diagnostics diags = new Diagnostics();
            boolean critical = item.fields().get(CRITICAL);
            List<Measure> measures = rules.scale() == null || item.kind().anchored() ? List.of() : measure(item, critical, diags);
            // The glossary explains the very words others avoid, and a source's title is its publisher's.
            if (item.kind() != Kind.GLOSSARY && item.kind() != Kind.SOURCE) avoid(item, diags);
            if (item.kind() == Kind.BRIEF) jargon(item, diags);
            if (item.kind() != Kind.SOURCE) SecondarySources.check(item, rules.secondary(), diags);
            return new Report(item, critical, measures, diags.sorted());
        }

        /**
         * Counts the prose of each paragraph, list and block quote, sums them by part, and warns
         * of each part above its limit, at its hardest paragraph.
         */
        private List<Measure> measure(Item item, boolean critical, Diagnostics diags) {
            Set<String> advice = item.fields().get(ADVICE).stream().map(PageChecks::normal).collect(Collectors.toSet());
            Map<Part, Readability.Counts> totals = new java.util.EnumMap<>(Part.class);
            // Where a warning points: each part's hardest paragraph of some length, else its first.
            Map<Part, Claim> first = new java.util.EnumMap<>(Part.class);
            Map<Part, Claim> hardest = new java.util.EnumMap<>(Part.class);
            Map<Part, Double> hardestScore = new java.util.EnumMap<>(Part.class);
            for (MarkdownDoc doc : item.markdown().values()) {
                PlainText text = doc.plain();
                Readability.Counter[] counters = new Readability.Counter[doc.claims().size()];
                for (int run = 0; run < text.runs(); run++) {
                    int claim = text.claim(run);
                    if (text.role(run) != PlainText.Role.PROSE || claim < 0) continue;
                    if (counters[claim] == null) counters[claim] = rules.scale().counter();
                    // With the separator after it, so the counter sees where a paragraph ends.
                    int to = run + 1 < text.runs() ? text.start(run + 1) : text.text().length();
                    counters[claim].add(text.text(), text.start(run), to);
                }
                for (int i = 0; i < counters.length; i++) {
                    if (counters[i] == null) continue;
                    Claim claim = doc.claims().get(i);
                    boolean inAdvice = !advice.isEmpty() && claim.headings().stream().anyMatch(h -> advice.contains(normal(h)));
                    Part part = critical || inAdvice ? Part.ADVICE : Part.BACKGROUND;
                    Readability.Counts counts = counters[i].counts();
                    totals.merge(part, counts, Readability.Counts::plus);
                    double score = rules.scale().score(counts);
                    first.putIfAbsent(part, claim);
                    if (counts.words() >= MIN_PARAGRAPH_WORDS
                            && (!hardest.containsKey(part) || rules.scale().harder(score, hardestScore.get(part)))) {
                        hardest.put(part, claim);
                        hardestScore.put(part, score);
                    }
                }
            }
            List<Measure> out = new ArrayList<>();
            for (var e : totals.entrySet()) {
                Part part = e.getKey();
                double score = rules.scale().score(e.getValue());
                int limit = rules.limit(part);
                // Judged as shown, to one decimal: 8.04 is "8.0", not above 8.
                boolean over = e.getValue().words() >= MIN_WORDS && rules.scale().harder(Math.round(score * 10) / 10.0, limit);
                out.add(new Measure(part, e.getValue(), score, limit, over));
                if (!over) continue;
                Claim at = hardest.get(part);
                String what = critical ? "this critical " + page(item) + " reads" : part == Part.ADVICE
                        ? "the advice sections of this " + page(item) + " read" : "this " + page(item) + " reads";
                diags.warning(Code.BRF112, (at == null ? first.get(part) : at).pos(), what + " at " + rules.scale().label() + " "
                        + number(score) + ", " + rules.scale().beyond() + " the limit of " + limit
                        + (critical ? " for critical pages" : part == Part.ADVICE ? " for advice" : ""),
                        (at == null ? "" : "its hardest paragraph, here, reads at " + number(hardestScore.get(part)) + "; ")
                                + "use shorter sentences and shorter, plainer words");
            }
            return out;
        }

        /** Each use of a word to avoid, in the item's texts and in its title and summary. */
        private void avoid(Item item, Diagnostics diags) {
            if (rules.avoid().isEmpty()) return;
            for (FieldKey<String> field : List.of(item.kind().titleField(), SUMMARY)) {
                String value = item.fields().get(field);
                if (value == null) continue;
                for (var m : avoid.find(value, 0, value.length())) {
                    avoided(value.substring(m.start(), m.end()), m.value(), item.fields().posOf(field), diags);
                }
            }
            for (MarkdownDoc doc : item.markdown().values()) {
                PlainText text = doc.plain();
                for (var m : avoid.find(text.text(), 0, text.text().length())) {
                    avoided(text.text().substring(m.start(), m.end()), m.value(), text.pos(m.start()), diags);
                }
            }
        }

        private static void avoided(String found, String instead, Pos pos, Diagnostics diags) {
            diags.warning(Code.BRF113, pos, "'" + found + "' is on this site's list of words to avoid",
                    "write '" + instead + "' instead: site.yaml's plain_language.avoid lists it");
        }

        /**
         * Each glossary term whose first use in the brief's prose comes before any link to it. A
         * use that is also a word to avoid is left to BRF113: it is to be replaced, not linked.
         */
        private void jargon(Item item, Diagnostics diags) {
            if (rules.terms().isEmpty()) return;
            for (MarkdownDoc doc : item.markdown().values()) {
                Map<String, Pos> linked = new java.util.HashMap<>();
                for (WikiLink w : doc.wikiLinks()) {
                    if (w.kind().equals(Kind.GLOSSARY.singular())) linked.putIfAbsent(w.target(), w.pos());
                }
                PlainText text = doc.plain();
                // Both lists are in text order and without overlaps, so one index walks the words to avoid.
                List<Phrases.Match<String>> avoided = avoid.find(text.text(), 0, text.text().length());
                int next = 0;
                for (var m : terms.find(text.text(), 0, text.text().length())) {
                    while (next < avoided.size() && avoided.get(next).end() <= m.start()) next++;
                    if (next < avoided.size() && avoided.get(next).start() < m.end()) continue;
                    int run = text.runAt(m.start());
                    PlainText.Role role = text.role(run);
                    // Headings, notes and link texts are not where a reader meets a term first.
                    if (role != PlainText.Role.PROSE && role != PlainText.Role.TABLE || text.inLink(run)
                            || text.inLink(text.runAt(m.end() - 1))) {
                        continue;
                    }
                    Pos at = text.pos(m.start());
                    Pos link = linked.get(m.value());
                    if (link == null || link.compareTo(at) > 0) {
                        String found = text.text().substring(m.start(), m.end());
                        diags.warning(Code.BRF114, at, "'" + found + "' is in the glossary, but its first use here does not link to it",
                                "write [[term:" + m.value() + "|" + found + "]]");
                    }
                    linked.put(m.value(), at); // later uses need no link
                }
            }
        }
    }

    /** "brief", "page" or the entry's kind, as a reader calls it. */
    private static String page(Item item) {
        return item.kind() == Kind.BRIEF ? "brief" : item.kind() == Kind.PAGE ? "page" : item.kind().singular();
    }

    private static String number(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    /** A heading as 'advice:' names it: case and spacing aside. */
    static String normal(String heading) {
        return dev.briefing.util.Spacing.folded(heading);
    }
}
