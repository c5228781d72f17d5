package dev.briefing.engine;

import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.TAGS;
import static dev.briefing.model.ItemFields.UPDATED;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.render.PageJob;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which pages an edit can change. */
record Affected(Set<Key> keys, List<String> templates, boolean everything) {

    /**
     * Site paths of the pages to re-render, given the site before and after the edit, or null
     * for all of them. Templates and content may change in one batch (a pull, a checkout).
     */
    Set<String> pages(ResolvedSite before, ResolvedSite after, List<PageJob> jobs, Map<String, PageJob> lists) {
        if (everything) return null;
        Set<String> out = new HashSet<>();
        for (String t : templates) {
            // A template no page uses directly (layout, macros, stylesheet) shows on every page.
            if (jobs.stream().noneMatch(j -> ("templates/" + j.template()).equals(t))) return null;
            for (PageJob j : jobs) if (t.equals("templates/" + j.template())) out.add(j.path());
        }
        if (!Objects.equals(key(before.current()), key(after.current()))
                || keys.stream().anyMatch(k -> k.kind() == Kind.ADVISORY || k.kind() == Kind.PAGE || k.kind() == Kind.CHANNEL)) {
            // The advisory banner or the footer's page list is on every page; the channels' How to report
            // block on every critical page and handout.
            return null;
        }
        Set<Key> shownElsewhere = new HashSet<>();
        // In the site's language: a Spanish site's pages live under /es/, its untranslated items' pages are the default's.
        Urls urls = after.urls();
        for (Key k : keys) {
            out.add(before.urls().itemPage(k));
            out.add(urls.itemPage(k));
            if (!changes(before, k).equals(changes(after, k))) out.add(urls.local("/corrections/")); // its list of corrections
            if (onlyItsOwnPage(k, before, after)) continue;
            shownElsewhere.add(k);
            // Pages that count or pick items rather than list them: home (newest briefs, section
            // counts), the tag cloud, the matrix; and the corrections, which name their pages.
            for (String list : List.of("/", "/tags/", "/matrix/", "/corrections/")) out.add(urls.local(list));
            for (ResolvedSite s : List.of(before, after)) {
                s.outgoing().getOrDefault(k, List.of()).forEach(n -> out.add(s.urls().itemPage(n)));
                s.incoming().getOrDefault(k, List.of()).forEach(n -> out.add(s.urls().itemPage(n)));
                s.references().getOrDefault(k, List.of()).forEach(n -> out.add(s.urls().itemPage(n)));
            }
        }
        // A page of a list changes when it shows other items than before (an item came, went
        // or moved), when the list's page count or the page's title changed (a tag's name), or
        // when it shows an item whose title, summary or date changed; the other pages stay.
        for (PageJob j : jobs) {
            PageJob was = lists.get(j.path());
            if (j.list() == null && was == null) continue;
            boolean same = j.list() != null && was != null && j.list().equals(was.list()) && j.title().equals(was.title());
            // A body edit shows nowhere else: then no list's items are looked through (a stream over each of hundreds).
            if (!same || !shownElsewhere.isEmpty() && j.list().items().stream().anyMatch(shownElsewhere::contains)) out.add(j.path());
        }
        return out;
    }

    /**
     * True when the edit changed nothing that other pages show of the item (its title, summary,
     * dates, tags) nor what it links to or cites: typing in a brief's body re-renders that brief
     * alone. Any edit of a source counts, since every citing page prints its details.
     */
    private static boolean onlyItsOwnPage(Key k, ResolvedSite before, ResolvedSite after) {
        Item a = before.item(k);
        Item b = after.item(k);
        return a != null && b != null && k.kind() != Kind.SOURCE && a.title().equals(b.title()) && a.summary().equals(b.summary())
                && Objects.equals(a.date(), b.date())
                && Objects.equals(a.fields().get(UPDATED), b.fields().get(UPDATED))
                && a.fields().get(TAGS).equals(b.fields().get(TAGS))
                && before.outgoing().getOrDefault(k, List.of()).equals(after.outgoing().getOrDefault(k, List.of()))
                && before.references().getOrDefault(k, List.of()).equals(after.references().getOrDefault(k, List.of()));
    }

    /** Whether the published data (entities, and what links to or cites them) can differ after the edit. */
    boolean dataChanged(ResolvedSite before, ResolvedSite after) {
        if (everything || !templates.isEmpty()) return true;
        for (Key k : keys) {
            if (k.kind().isEntity() || (before.item(k) == null) != (after.item(k) == null)) return true;
            if (!before.outgoing().getOrDefault(k, List.of()).equals(after.outgoing().getOrDefault(k, List.of()))
                    || !before.references().getOrDefault(k, List.of()).equals(after.references().getOrDefault(k, List.of()))) {
                return true;
            }
        }
        return false;
    }

    /** An item's change history (corrections are listed on /corrections/), empty when it is gone. */
    private static List<dev.briefing.yaml.Fields> changes(ResolvedSite site, Key k) {
        Item i = site.item(k);
        return i == null ? List.of() : i.fields().get(CHANGES);
    }

    private static Key key(Item i) {
        return i == null ? null : i.key();
    }
}
