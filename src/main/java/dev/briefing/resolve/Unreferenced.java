package dev.briefing.resolve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import java.util.List;

/**
 * The unreferenced-entity lint (BRF073), over the site in all its languages at once: an entity that
 * only a translation links to (a Spanish brief naming a target its English one does not) is
 * referred to, and readers of that language reach it. Item-local lints run at load
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
            // Channels are reached through the How to report block on every critical page, not by links.
            if (item.kind().isEntity() && item.kind() != Kind.CHANNEL
                    && languages.stream().noneMatch(l -> l.incoming().containsKey(item.key()))) {
                diags.warning(Code.BRF073, item.pos(), item.kind().singular() + " '" + item.id()
                        + "' is not referred to by anything", "link to it from a brief or a related entry");
            }
        }
    }
}
