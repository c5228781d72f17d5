package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.DRAFT;

import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.LoadedSite;
import java.time.LocalDate;

/**
 * What is checked but not published, and why: drafts ({@code draft: true}) and briefs dated after
 * the as-of date. Their problems are notes (see {@link Resolver}), and check's summary counts them.
 *
 * @param drafts the items marked {@code draft: true}
 * @param later  the briefs dated after the as-of date that are not drafts
 */
public record Unpublished(int drafts, int later) {
    /** What a run that publishes drafts or not ({@code --drafts}) leaves unpublished of the loaded site. */
    public static Unpublished of(LoadedSite loaded, LocalDate asOf, boolean withDrafts) {
        int drafts = 0;
        int later = 0;
        if (withDrafts) return new Unpublished(0, 0);
        for (Item item : loaded.items()) {
            if (item.fields().get(DRAFT)) drafts++;
            else if (later(item, asOf)) later++;
        }
        return new Unpublished(drafts, later);
    }

    /** A brief dated after the as-of date: published on its day. */
    static boolean later(Item item, LocalDate asOf) {
        return item.kind() == Kind.BRIEF && item.date() != null && item.date().isAfter(asOf);
    }

    /** Why an unpublished item is not published, as a note on its problems says it. */
    static String why(Item item, LocalDate asOf) {
        return item.fields().get(DRAFT) ? "in a draft: not published until 'draft: true' is removed"
                : "in a brief dated after " + asOf + ": not published until that day";
    }

    /**
     * Why the brief or page of a Markdown file (its one item, bound or not) is not published, or
     * null when it is (or the run publishes drafts): its file's own problems are then notes too.
     */
    public static String whyNot(java.util.List<Item> fileItems, LocalDate asOf, boolean withDrafts) {
        if (withDrafts || fileItems.size() != 1) return null;
        Item item = fileItems.get(0);
        if (item.kind().isEntity() || !item.fields().get(DRAFT) && !later(item, asOf)) return null;
        return why(item, asOf);
    }

    /** "2 files were checked but will not be published: 1 draft, 1 brief dated after 2026-12-06", or "" for none. */
    public String summary(LocalDate asOf) {
        if (drafts + later == 0) return "";
        StringBuilder sb = new StringBuilder().append(drafts + later).append(drafts + later == 1 ? " file was" : " files were")
                .append(" checked but will not be published: ");
        if (drafts > 0) sb.append(drafts).append(drafts == 1 ? " draft" : " drafts");
        if (drafts > 0 && later > 0) sb.append(", ");
        if (later > 0) sb.append(later).append(later == 1 ? " brief" : " briefs").append(" dated after ").append(asOf);
        return sb.toString();
    }
}
