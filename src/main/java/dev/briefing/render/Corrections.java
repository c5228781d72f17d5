package dev.briefing.render;

import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.CORRECTION;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.NOTE;

import dev.briefing.model.Item;
import dev.briefing.resolve.ResolvedSite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The site's corrections: every change marked {@code correction: true}, newest first. */
public final class Corrections {
    /**
     * @param anchor the id of the change on its item's page ({@link #anchors})
     * @param page   the site path of the item's page (or anchored entry) in the language of the list
     */
    public record Correction(Item item, LocalDate date, String note, String anchor, String page) {
        /** The site path of the correction: its entry in the page's updates, or the anchored entry itself. */
        public String path() {
            return item.kind().anchored() ? page : page + "#" + anchor;
        }
    }

    private Corrections() {
    }

    public static List<Correction> of(ResolvedSite site) {
        List<Correction> out = new ArrayList<>();
        for (Item i : site.items().values()) {
            List<dev.briefing.yaml.Fields> changes = i.fields().get(CHANGES);
            List<String> anchors = anchors(changes);
            for (int n = 0; n < changes.size(); n++) {
                var c = changes.get(n);
                if (c.get(CORRECTION)) out.add(new Correction(i, c.get(DATE), c.get(NOTE), anchors.get(n), site.urls().item(i.key())));
            }
        }
        out.sort(Comparator.comparing(Correction::date).reversed()
                .thenComparing(c -> c.item().key()).thenComparing(Correction::note));
        return List.copyOf(out);
    }

    /** The id of each change on its page: update-DATE, with -2, -3 … for further changes of one day. */
    public static List<String> anchors(List<dev.briefing.yaml.Fields> changes) {
        java.util.Map<LocalDate, Integer> seen = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        for (var c : changes) {
            int n = seen.merge(c.get(DATE), 1, Integer::sum);
            out.add("update-" + c.get(DATE) + (n == 1 ? "" : "-" + n));
        }
        return out;
    }
}
