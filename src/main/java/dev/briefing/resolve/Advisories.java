package dev.briefing.resolve;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which advisory is in force. An advisory is in force from its issue date until the day before
 * its expiry date (it lapses on that day, so it is never shown as current once it may have
 * expired), unless a later advisory in force supersedes it.
 */
final class Advisories {
    private final LocalDate asOf;
    private final Diagnostics diags;

    Advisories(LocalDate asOf, Diagnostics diags) {
        this.asOf = asOf;
        this.diags = diags;
    }

    static boolean inForce(Item a, LocalDate asOf) {
        LocalDate issued = a.fields().date("issued");
        LocalDate expires = a.fields().date("expires");
        return !issued.isAfter(asOf) && asOf.isBefore(expires);
    }

    /** Checks dates and supersedes chains; returns the advisory in force, or null. */
    Item check(Map<Key, Item> items) {
        Set<Key> superseded = new HashSet<>();
        for (Item a : items.values()) {
            if (a.kind() != Kind.ADVISORY) continue;
            if (a.fields().date("expires").isBefore(a.fields().date("issued"))) {
                diags.error(Code.BRF036, a.fields().posOf("expires"), "advisory '" + a.id() + "' expires ("
                        + a.fields().date("expires") + ") before it is issued (" + a.fields().date("issued") + ")",
                        "check both dates");
            }
            checkCycle(a, items);
            if (a.fields().has("supersedes") && !a.fields().date("issued").isAfter(asOf)) {
                superseded.add(new Key(Kind.ADVISORY, a.fields().ref("supersedes").id()));
            }
        }
        Item current = items.values().stream()
                .filter(a -> a.kind() == Kind.ADVISORY && !superseded.contains(a.key()) && inForce(a, asOf))
                .max(Comparator.comparing(Item::date).thenComparing(Item::id)).orElse(null);
        if (current != null) {
            long days = ChronoUnit.DAYS.between(asOf, current.fields().date("expires"));
            if (days <= Resolver.EXPIRY_WARNING_DAYS) {
                diags.warning(Code.BRF037, current.fields().posOf("expires"), "advisory '" + current.id()
                        + "' in force expires in " + days + " day" + (days == 1 ? "" : "s"),
                        "publish its successor or confirm it should lapse");
            }
        }
        return current;
    }

    private void checkCycle(Item start, Map<Key, Item> items) {
        Set<String> seen = new HashSet<>();
        Item a = start;
        while (a != null && a.fields().has("supersedes")) {
            if (!seen.add(a.id())) {
                diags.error(Code.BRF035, start.fields().posOf("supersedes"), "advisory '" + start.id()
                        + "' is part of a supersedes cycle", "an advisory can only supersede an older one");
                return;
            }
            a = items.get(new Key(Kind.ADVISORY, a.fields().ref("supersedes").id()));
        }
    }
}
