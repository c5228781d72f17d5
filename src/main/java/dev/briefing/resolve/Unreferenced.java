package dev.briefing.resolve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import java.util.List;

/**
 * The unreferenced-entity lint (BRF073), over the site in all its languages at once: an entity that
 * only a translation links to (a Spanish brief naming a target its English one does not) is
 * referred to, and readers of that language reach it. What readers reach from the site's own pages is
 * referred to: an entity that links to another is listed among that one's related entries (an
 * incident naming its threat and target appears on their pages), and an advisory is listed on
 * /advisories/ and, in force, in every page's banner. Only an entity with no link either way is
 * reported. Item-local lints run at load
 * (lint.ItemLints), the other site-wide checks in the resolver.
 */
public final class Unreferenced {
    private Unreferenced() {
    }

    /** @param languages the site in each of its languages, the default first */
    public static void check(List<ResolvedSite> languages, Diagnostics diags) {
        ResolvedSite site = languages.get(0);
        // With items missing after errors, "nothing refers to it" would mostly be an echo of those errors.
        if (!site.loaded().incomplete().isEmpty() || !site.loaded().unbound().isEmpty()) return;
        for (Item item : site.items().values()) {
            // Channels are reached through the How to report block on every critical page, advisories
            // through their list and the banner, not by links.
            if (item.kind().isEntity() && item.kind() != Kind.CHANNEL && item.kind() != Kind.ADVISORY
                    && languages.stream().noneMatch(l -> linked(l, item))) {
                diags.warning(Code.BRF073, item.pos(), item.kind().singular() + " '" + item.id()
                        + "' is not referred to by anything", "link to it from a brief or a related entry");
            }
        }
    }

    /** Whether a link leads to the item or from it: either way, its page and the other's list each other. */
    private static boolean linked(ResolvedSite site, Item item) {
        return site.incoming().containsKey(item.key()) || !site.outgoing().getOrDefault(item.key(), List.of()).isEmpty();
    }
}
