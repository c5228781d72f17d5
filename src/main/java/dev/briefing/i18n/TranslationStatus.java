package dev.briefing.i18n;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.CRITICAL;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.HANDOUT;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.HandoutText;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Language;
import dev.briefing.model.SiteConfig;
import dev.briefing.model.TextKey;
import dev.briefing.model.Translation;
import dev.briefing.util.Parallel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of one item in one language other than the default: what `check`, the /translations/
 * page and the stale-translation notice report.
 *
 * @param path         the translation file, or null when it is missing
 * @param sourceDigest the digest of the source's text now (what {@code translates:} should say)
 * @param translates   the digest the translation records, or null
 * @param changed      the day the source changed: for a stale translation, the day of the change it lacks, known only
 *                     when the source dates a change later than the date the translation records ({@code source_updated}),
 *                     else null (an editor may change the text without dating it); for any other, the source's last
 *                     recorded date ({@link Item#lastDated}). How long a stale translation has been stale counts from it
 * @param sourceDate   the source's last recorded date now (what {@code source_updated} should say)
 * @param critical     whether the item is safety-critical (marked {@code critical: true}, an advisory or a channel)
 * @param translatedTitle the translation's own title (the source's where it gives none, or there is no translation)
 */
public record TranslationStatus(String lang, Key key, String title, State state, boolean machine, String path,
        String sourceDigest, String translates, LocalDate changed, LocalDate sourceDate, boolean critical, String translatedTitle) {

    public enum State {
        /** The translation translates the source as it is now. */
        CURRENT,
        /** The source changed since (or the translation does not record which version it translates). */
        STALE,
        /** There is no translation. */
        MISSING,
        /** A translation still being written: its text holds placeholders (what {@code briefing new --lang} wrote). */
        IN_PROGRESS,
        /**
         * A translation that copies text of its source unchanged (a field or paragraph of six words or more,
         * {@link Untranslated}): published, but in part in the default language.
         */
        UNTRANSLATED,
        /** A current machine translation, not yet checked by a fluent reader. */
        MACHINE;

        /** As reports print it: current, stale, missing, in-progress, untranslated, machine. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Whether an item must be translated into every required language and kept current: it tells readers how to stay safe.
     * An advisory is, and so is a way to report: its words (when to use it, how, its hours) are the How to report block
     * of every critical page and handout, which would otherwise tell a reader of that language in the default's.
     */
    public static boolean critical(Item item) {
        return item.kind() == Kind.ADVISORY || item.kind() == Kind.CHANNEL || item.fields().get(CRITICAL);
    }

    /**
     * The status of every published item with text to translate ({@link Item#hasTextToTranslate}) in
     * every language but the default, in language then key order, reporting what critical items
     * require: missing in a required language is an error (in another, a warning); stale is a warning, an error once stale
     * longer than translations.max_stale_days; text copied from the source unchanged is reported (BRF170).
     *
     * @param published the default language's published items, in key order
     */
    public static List<TranslationStatus> of(SiteConfig config, Collection<Item> published, Languages.Checked checked,
            LocalDate asOf, Diagnostics diags) {
        return of(config, published, checked, asOf, java.util.Set.of(), diags, new Kept());
    }

    /**
     * The statuses of the last build and what they reported, reused for each item whose source and translation are
     * the same objects as then (the preview's edits change one or two of thousands): the same diagnostic objects,
     * which the preview's comparisons of one build's warnings with the last's then find at once. Not thread-safe.
     */
    public static final class Kept {
        private record Entry(Item item, Translation translation, TranslationStatus status, List<Diagnostic> found) {
        }

        /** What the statuses depend on besides the items: the languages, the stale limit and the as-of date. */
        private List<Object> rules = List.of();
        private Map<String, Map<Key, Entry>> last = Map.of();
        /** Each language's sorted run of diagnostics at the last build. */
        private Map<String, List<Diagnostic>> runs = Map.of();
    }

    /**
     * As {@link #of(SiteConfig, Collection, Languages.Checked, LocalDate, Diagnostics)}, reusing what {@code kept} kept.
     *
     * @param incomplete kinds some of whose files (a translation file among them) could not be read: a critical item of
     *                   one is not reported missing, as its translation may be in the file whose error is reported, and
     *                   "write it: briefing new --lang" would send the editor to a command that refuses
     */
    public static List<TranslationStatus> of(SiteConfig config, Collection<Item> published, Languages.Checked checked,
            LocalDate asOf, java.util.Set<Kind> incomplete, Diagnostics diags, Kept kept) {
        List<Object> rules = List.of(config.languages(), config.translations(), asOf, incomplete);
        if (!rules.equals(kept.rules)) {
            kept.last = Map.of();
            kept.runs = Map.of();
        }
        List<TranslationStatus> out = new ArrayList<>();
        Map<String, Map<Key, Kept.Entry>> next = new HashMap<>();
        Map<String, List<Diagnostic>> runs = new HashMap<>();
        List<Item> items = published.stream().filter(Item::hasTextToTranslate).toList();
        for (Language language : config.languages().subList(1, config.languages().size())) {
            Map<Key, Kept.Entry> before = kept.last.getOrDefault(language.code(), Map.of());
            Kept.Entry[] entries = new Kept.Entry[items.size()];
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < entries.length; i++) {
                Item item = items.get(i);
                Kept.Entry e = before.get(item.key());
                if (e != null && e.item() == item && e.translation() == checked.of(language.code(), item.key())) entries[i] = e;
                else changed.add(i);
            }
            // On every core: comparing each translation's text with its source's (Untranslated) reads every paragraph of both.
            Parallel.forEach(changed, i -> entries[i] = entry(config, language, items.get(i), checked.of(language.code(), items.get(i).key()),
                    asOf, incomplete.contains(items.get(i).kind())));
            Map<Key, Kept.Entry> now = new HashMap<>(Math.max(16, entries.length * 2));
            List<Diagnostic> found = new ArrayList<>();
            boolean same = changed.isEmpty();
            for (Kept.Entry e : entries) {
                now.put(e.item().key(), e);
                out.add(e.status());
                found.addAll(e.found());
            }
            // One sorted run per language (the preview asks for every diagnostic after each edit): the last one when
            // every item's status was kept.
            List<Diagnostic> run = same && now.size() == before.size() && kept.runs.containsKey(language.code())
                    ? kept.runs.get(language.code()) : sorted(found);
            next.put(language.code(), now);
            runs.put(language.code(), run);
            diags.addSorted(run, run.stream().anyMatch(Diagnostic::isError));
        }
        kept.rules = rules;
        kept.last = next;
        kept.runs = runs;
        return List.copyOf(out);
    }

    /** An item's status in a language, and what it reports. */
    private static Kept.Entry entry(SiteConfig config, Language language, Item item, Translation t, LocalDate asOf, boolean unread) {
        List<Untranslated.Copy> copies = t == null || t.unfinished() ? List.of() : Untranslated.in(item, t);
        TranslationStatus s = status(language, item, t, !copies.isEmpty());
        List<Diagnostic> reported = new ArrayList<>(2);
        if (!(unread && t == null)) report(config, language, item, t, s, asOf, reported);
        reportCopies(config, language, item, s, copies, reported);
        if (t != null && !t.unfinished() && s.critical()) reportNumbers(config, language, item, t, reported);
        if (t != null && !t.unfinished()) reportHandout(language, item, t, reported);
        return new Kept.Entry(item, t, s, List.copyOf(reported));
    }

    /** Reports a critical translation whose numbers are not its source's: a reader would call or go to the wrong one. */
    private static void reportNumbers(SiteConfig config, Language language, Item item, Translation t, List<Diagnostic> diags) {
        Numbers.compare(item, t).ifPresent(d -> {
            String source = config.defaultLanguage().name() + " " + item.kind().singular();
            List<String> parts = new ArrayList<>(2);
            if (!d.added().isEmpty()) parts.add("has " + listed(d.added()) + ", which the " + source + " does not");
            if (!d.lost().isEmpty()) parts.add("lacks " + listed(d.lost()) + ", which the " + source + " has");
            diags.add(warning(Code.BRF174, d.at(), "the " + language.name() + " translation of critical " + item.kind().singular() + " '"
                    + item.id() + "' " + String.join(", and ", parts), "a phone number, address, date, time or sum a reader acts on"
                    + " must be the source's: copy a number from " + item.pos().path() + " in digits as it writes it; a time may be"
                    + " written as " + language.name() + " writes times (such as 19:00 for 7 p.m.)"));
        });
    }

    /**
     * Reports a translation whose handout would print none of its text where its source's prints some: the handout prints
     * the sections listed under 'advice:', which a translation lists by its own headings (walkthrough of issue 24: advice
     * added to the English after the translation left the Spanish handout with a title and How to report only).
     */
    private static void reportHandout(Language language, Item item, Translation t, List<Diagnostic> diags) {
        if (item.kind() != Kind.BRIEF && item.kind() != Kind.PAGE || !item.fields().get(HANDOUT)) return;
        var body = t.item().markdown().get(TextKey.BODY);
        var sourceBody = item.markdown().get(TextKey.BODY);
        if (body == null || sourceBody == null) return;
        var tf = t.item().fields();
        List<String> listed = tf.has(ADVICE) ? tf.get(ADVICE) : item.fields().get(ADVICE);
        if (HandoutText.printsAny(body.sections(), listed) || !HandoutText.printsAny(sourceBody.sections(), item.fields().get(ADVICE))) {
            return;
        }
        diags.add(warning(Code.BRF172, tf.has(ADVICE) ? tf.posOf(ADVICE) : t.item().pos(), "the " + language.name() + " handout of '"
                + item.id() + "' will hold its title, summary and How to report block, but none of its text: it prints only the"
                + " sections listed under 'advice:', and this translation lists none of its own headings", body.sections().isEmpty()
                ? "give the translation the source's headings, translated, and list them under advice:"
                : "list the translated headings of the sections to print under advice: in " + t.path() + ", such as "
                        + HandoutText.adviceFor(meant(sourceBody.sections(), item.fields().get(ADVICE), body.sections()))));
    }

    /** The translation's heading in the place of the source's first printed section (its first, if it has fewer). */
    private static String meant(List<String> sourceSections, List<String> sourceAdvice, List<String> sections) {
        for (int i = 0; i < sourceSections.size() && i < sections.size(); i++) {
            if (HandoutText.printsAny(List.of(sourceSections.get(i)), sourceAdvice)) return sections.get(i);
        }
        return sections.get(0);
    }

    /** "3050" or "3050, 1234 and 5678". */
    private static String listed(List<String> numbers) {
        return numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    /** The diagnostics in {@link Diagnostic#ORDER}, each once. */
    private static List<Diagnostic> sorted(List<Diagnostic> found) {
        Diagnostics all = new Diagnostics();
        found.forEach(all::add);
        return all.sorted();
    }

    private static TranslationStatus status(Language language, Item item, Translation t, boolean copies) {
        State state = t == null ? State.MISSING
                : t.unfinished() ? State.IN_PROGRESS
                : copies ? State.UNTRANSLATED
                : !item.digest().equals(t.translates()) ? State.STALE
                : t.machine() ? State.MACHINE : State.CURRENT;
        boolean stale = t != null && !t.unfinished() && !item.digest().equals(t.translates());
        LocalDate changed = stale ? staleSince(item, t.sourceDate()) : item.lastDated();
        return new TranslationStatus(language.code(), item.key(), item.title(), state, t != null && t.machine(),
                t == null ? null : t.path(), item.digest(), t == null ? null : t.translates(), changed, item.lastDated(),
                critical(item), t == null || t.item().title() == null ? item.title() : t.item().title());
    }

    /**
     * The day a stale translation's source changed, when that is known: the source's last recorded date, if it is later
     * than the one the translation was made from ({@code recorded}); else null. An editor may change the text without
     * dating the change, so the source's date alone never says when it changed.
     */
    public static LocalDate staleSince(Item source, LocalDate recorded) {
        LocalDate now = source.lastDated();
        return recorded != null && now != null && now.isAfter(recorded) ? now : null;
    }

    /**
     * Reports each text a translation copies from its source: as missing text is, an error where the item is critical
     * and the language required, else a warning (readers would be given the default language's words marked as theirs).
     */
    private static void reportCopies(SiteConfig config, Language language, Item item, TranslationStatus s,
            List<Untranslated.Copy> copies, List<Diagnostic> diags) {
        String what = item.kind().singular() + " '" + item.id() + "'";
        for (Untranslated.Copy c : copies) {
            String message = "this " + language.name() + " translation of " + (s.critical() ? "critical " : "") + what + " has "
                    + c.what() + " in the same words as its source: it is not translated, yet would be published as "
                    + language.name();
            // A critical item must be translated into a required language: deleting the file would only make it missing (BRF155).
            String hint = s.critical() && language.required() ? "translate it into " + language.name() + ": a critical " + item.kind().singular()
                    + " must be translated into each required language"
                    : "translate it into " + language.name() + ", or delete " + s.path() + " to show readers the "
                    + config.defaultLanguage().name() + " page, marked as " + config.defaultLanguage().name();
            diags.add(s.critical() && language.required() ? error(Code.BRF170, c.pos(), message, hint)
                    : warning(Code.BRF170, c.pos(), message, hint));
        }
    }

    private static void report(SiteConfig config, Language language, Item item, Translation t, TranslationStatus s,
            LocalDate asOf, List<Diagnostic> diags) {
        String what = item.kind().singular() + " '" + item.id() + "'";
        if (t != null && t.translates() == null) {
            diags.add(warning(Code.BRF158, t.item().pos(), "this translation does not record which version of " + what
                    + " it translates", "compare it with the " + config.defaultLanguage().name() + " " + what + " as it is now and update"
                    + " what differs, then run: briefing translations --mark " + t.path() + (item.kind().isEntity() ? " --entry " + item.id() : "")
                    + " (marking says it translates the source as it is now, and takes away the stale notice readers see)"));
        }
        if (!s.critical()) return;
        if (s.state() == State.MISSING) {
            if (!language.required()) {
                diags.add(warning(Code.BRF168, item.pos(), "critical " + what + " has no " + language.name() + " translation, so "
                        + language.name() + " readers are shown it in " + config.defaultLanguage().name(), "write it: briefing new --lang "
                        + language.code() + " " + item.kind().singular() + " " + item.id() + " (or declare " + language.name()
                        + " with required: true in site.yaml to make this an error)"));
                return;
            }
            diags.add(error(Code.BRF155, item.pos(), "critical " + what + " has no " + language.name() + " translation, and "
                    + language.name() + " is required", "write it: briefing new --lang " + language.code() + " "
                    + item.kind().singular() + " " + item.id()));
            return;
        }
        if (t.unfinished() || item.digest().equals(t.translates()) || t.translates() == null) return; // not stale
        String hint = "update the translation" + changesSince(item, t.sourceDate()) + ", then run: briefing translations --mark " + t.path()
                + (item.kind().isEntity() ? " --entry " + item.id() : "");
        if (s.changed() == null) {
            // How long it has been stale is not known, so it is never said to be too long, and --strict refuses it.
            boolean updated = item.kind().schema().byName().containsKey(dev.briefing.model.ItemFields.UPDATED.name());
            // The source's last date may be the very day the translation records (walkthrough of issue 24: a change note
            // dated the day of the translation was asked for again): a change that day may be before or after it.
            boolean sameDay = t.sourceDate() != null && item.fields().get(CHANGES).stream().anyMatch(c -> t.sourceDate().equals(c.get(DATE)));
            diags.add(warning(Code.BRF175, t.item().pos(), "the " + language.name() + " translation of critical " + what
                    + " is stale: its source changed since it was translated, on a day the source does not record"
                    + (sameDay ? " apart from the day the translation records" : ""), sameDay
                    ? hint + "; the source's change note is dated " + t.sourceDate() + ", the day the translation records"
                            + " (source_updated), so whether it came after the translation is not known: a change made after"
                            + " it the same day is best brought into the translation at once"
                    : hint + "; date the source's change with a change note (changes: [{date: YYYY-MM-DD, note: \"what changed\"}])"
                    + (updated ? " and its 'updated' date" : "") + ", so readers are told when it changed and the days are counted"));
            return;
        }
        long days = ChronoUnit.DAYS.between(s.changed(), asOf);
        int max = config.translations().maxStaleDays();
        String since = " (changed " + s.changed() + ", " + days + " day" + (days == 1 ? "" : "s") + " ago)";
        if (days > max) {
            diags.add(error(Code.BRF157, t.item().pos(), "the " + language.name() + " translation of critical " + what
                    + " is stale for longer than " + max + " days" + since, hint));
        } else {
            diags.add(warning(Code.BRF156, t.item().pos(), "the " + language.name() + " translation of critical " + what
                    + " is stale: its source changed" + since, hint));
        }
    }

    /**
     * What the source's change notes say changed after the version a translation was made from (its source_updated),
     * so that a translator knows what to redo: " (changed since: 2026-11-30, Summary rewritten.)"; nothing without them.
     */
    private static String changesSince(Item source, LocalDate recorded) {
        if (recorded == null) return "";
        List<String> notes = source.fields().get(CHANGES).stream()
                .filter(c -> c.get(DATE) != null && c.get(DATE).isAfter(recorded))
                .sorted(java.util.Comparator.comparing(c -> c.get(DATE)))
                .map(c -> c.get(DATE) + ": " + c.get(dev.briefing.model.ItemFields.NOTE)).toList();
        return notes.isEmpty() ? "" : " (the source's change notes since it was translated: " + String.join("; ", notes) + ")";
    }

    private static Diagnostic warning(Code code, dev.briefing.diag.Pos pos, String message, String hint) {
        return new Diagnostic(dev.briefing.diag.Severity.WARNING, code, pos, message, hint);
    }

    private static Diagnostic error(Code code, dev.briefing.diag.Pos pos, String message, String hint) {
        return new Diagnostic(dev.briefing.diag.Severity.ERROR, code, pos, message, hint);
    }
}
