package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.SOURCES;
import static dev.briefing.model.ItemFields.SUPERSEDES;
import static dev.briefing.model.SiteFields.ADVISORY_STATUS;
import static dev.briefing.model.SiteFields.CHECKED;
import static dev.briefing.model.SiteFields.TIMEZONE;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
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
        LocalDate issued = a.fields().get(ISSUED);
        LocalDate expires = a.fields().get(EXPIRES);
        return !issued.isAfter(asOf) && asOf.isBefore(expires);
    }

    /**
     * Checks dates and supersedes chains; returns what may be said of the advisories: the one in
     * force at the as-of date, and the one in force when the site last checked its source.
     */
    AdvisoryStatus check(Map<Key, Item> items, java.util.List<Item> unbound, SiteConfig config) {
        boolean settings = !config.unreadable(); // else the defaults stand in for what site.yaml may well say
        if (settings && config.timeZone() == null && items.keySet().stream().anyMatch(k -> k.kind() == Kind.ADVISORY)) {
            diags.warning(Code.BRF166, config.posOf(TIMEZONE), "site.yaml gives no timezone, so the advisories' CAP alerts"
                    + " start their issue and expiry days at midnight UTC: the evening before in U.S. time zones",
                    "add timezone: America/New_York to content/site.yaml, as DHS dates its NTAS advisories in Eastern time");
        }
        for (Item a : items.values()) {
            if (a.kind() != Kind.ADVISORY) continue;
            checkDates(a);
            checkCycle(a, items);
            if (!settings) continue;
            Issuer issuer = Issuer.of(a, items, config);
            SiteConfig.StatusCheck check = config.statusCheck();
            if (issuer == null) {
                diags.error(Code.BRF138, a.fields().posOf(SOURCES), "advisory '" + a.id() + "' names no issuing authority, so"
                        + " it cannot be republished as a CAP alert", "cite the issuer's own page as a source with type: official,"
                        + " or record advisory_status in site.yaml; every advisory says who issued it");
            } else if (check != null && !issuer.onSiteOf(check.url())) {
                // Its level, CAP alert and "last checked" sentences would all present it as the official system's.
                diags.error(Code.BRF107, issuer.pos() != null ? issuer.pos() : a.fields().posOf(SOURCES), "advisory '" + a.id()
                        + "' was issued by " + issuer.name() + " (" + issuer.url() + "), but this site's advisories are those on "
                        + check.name() + " (" + check.url() + "): its level, its CAP alert and every sentence saying when the"
                        + " advisories were last checked would present it as one of them",
                        "write it as a brief that cites " + issuer.name() + "'s page instead; if " + check.name()
                                + " lists it, cite that listing as its official source");
            }
        }
        // Its dates are its own: an advisory that failed on another field (its level, say) still has them checked.
        unbound.stream().filter(a -> a.kind() == Kind.ADVISORY).forEach(this::checkDates);
        Item current = inForceOn(items, asOf);
        SiteConfig.StatusCheck check = config.statusCheck();
        Item atCheck = check == null || !check.recorded() ? null : inForceOn(items, check.checked());
        if (settings) horizon(items, config, current);
        expiredWhenRecorded(items, check);
        if (current != null) {
            long days = ChronoUnit.DAYS.between(asOf, current.fields().get(EXPIRES));
            if (days <= Resolver.EXPIRY_WARNING_DAYS) {
                diags.warning(Code.BRF037, current.fields().posOf(EXPIRES), "advisory '" + current.id()
                        + "' in force expires in " + days + " day" + (days == 1 ? "" : "s"),
                        "when its issuer publishes a successor, add it; if none comes, the site shows the advisory as expired"
                                + " from the next day's build (a reminder: --strict leaves it a warning)");
            }
        }
        return AdvisoryStatus.of(check, atCheck, current, asOf);
    }

    /**
     * The newest advisory, already expired on the day its records were checked (or, unchecked, on
     * the as-of day): shown as expired, which is right for a past advisory, but an editor who
     * entered it as current is told (walkthrough 4 of issue 26). A note, since the record may be right.
     */
    private void expiredWhenRecorded(Map<Key, Item> items, SiteConfig.StatusCheck check) {
        boolean recorded = check != null && check.recorded();
        LocalDate day = recorded ? check.checked() : asOf;
        items.values().stream().filter(a -> a.kind() == Kind.ADVISORY)
                .max(Comparator.comparing((Item a) -> a.fields().get(ISSUED)).thenComparing(Item::id))
                .filter(newest -> !day.isBefore(newest.fields().get(EXPIRES))
                        && newest.fields().get(EXPIRES).isAfter(newest.fields().get(ISSUED))) // else BRF036 says what is wrong
                .ifPresent(newest -> diags.note(Code.BRF165, newest.fields().posOf(EXPIRES), "advisory '" + newest.id()
                        + "', the newest listed, had expired on " + newest.fields().get(EXPIRES)
                        + (recorded ? " when the advisories were last checked, on " : " by the build's day, ") + day
                        + ", so every page shows it as expired and no advisory in force",
                        "right for a past advisory; if it is in force on the official page, correct 'expires' to the day given there"));
    }

    /** The advisory in force on a day: issued by then, not yet expired, not superseded by then. */
    private static Item inForceOn(Map<Key, Item> items, LocalDate day) {
        Set<Key> superseded = new HashSet<>();
        for (Item a : items.values()) {
            if (a.kind() == Kind.ADVISORY && a.fields().has(SUPERSEDES) && !a.fields().get(ISSUED).isAfter(day)) {
                superseded.add(new Key(Kind.ADVISORY, a.fields().get(SUPERSEDES).id()));
            }
        }
        return items.values().stream()
                .filter(a -> a.kind() == Kind.ADVISORY && !superseded.contains(a.key()) && inForce(a, day))
                .max(Comparator.comparing(Item::date).thenComparing(Item::id)).orElse(null);
    }

    /**
     * A status statement is only as good as the last check of the official source: warns when
     * the site lists advisories without one, when nobody has checked yet (even with no advisories:
     * "none in force" is a claim too), when it is older than the site allows, and when an advisory
     * is dated after it (the check date was not moved when the data was).
     */
    private void horizon(Map<Key, Item> items, SiteConfig config, Item current) {
        SiteConfig.StatusCheck check = config.statusCheck();
        boolean any = items.values().stream().anyMatch(i -> i.kind() == Kind.ADVISORY);
        if (check == null) {
            if (any) {
                diags.warning(Code.BRF084, config.posOf(ADVISORY_STATUS), "the site lists advisories but does not record"
                        + " when they were last checked against their official source, so no page says which is in force",
                        "add advisory_status: {checked: YYYY-MM-DD, url: <the live page>, name: <what it is called>} to site.yaml");
            }
            return;
        }
        if (!check.recorded()) {
            diags.warning(Code.BRF100, config.posOf(ADVISORY_STATUS), "the advisories have not yet been checked against "
                    + check.name() + ", so every page says they are not yet checked and none says which is in force",
                    "compare content/data/advisories.yaml with " + check.url() + ", then write that day in site.yaml:"
                            + " advisory_status: checked: YYYY-MM-DD");
            return;
        }
        if (DatesOfWork.ahead(check.checked(), asOf)) {
            // Every page would say the advisories were checked on a day still to come: a check nobody made.
            // A warning, not an error: a build as of a past day (--as-of) may precede a check that was really made.
            diags.warning(Code.BRF101, config.posOf(ADVISORY_STATUS, CHECKED), "advisories recorded as checked on "
                    + check.checked() + ", after the as-of date " + asOf, "write the day someone compared"
                    + " content/data/advisories.yaml with " + check.url() + ": is the year a typo?");
            return;
        }
        long age = ChronoUnit.DAYS.between(check.checked(), asOf);
        if (age > check.maxAgeDays()) {
            diags.warning(Code.BRF083, config.posOf(ADVISORY_STATUS, CHECKED), "advisories last checked on "
                    + check.checked() + ", " + age + " days before " + asOf + " (the limit is " + check.maxAgeDays() + ")",
                    "compare content/data/advisories.yaml with " + check.url() + ", then update 'checked'");
        }
        for (Item a : items.values()) {
            if (a.kind() == Kind.ADVISORY && a.fields().get(ISSUED).isAfter(check.checked())
                    && !a.fields().get(ISSUED).isAfter(asOf)) {
                diags.warning(Code.BRF084, a.fields().posOf(ISSUED), "advisory '" + a.id() + "' was issued after the"
                        + " last recorded check (" + check.checked() + ")", "update advisory_status.checked in site.yaml");
            }
        }
    }

    private void checkDates(Item a) {
        LocalDate issued = a.fields().get(ISSUED);
        LocalDate expires = a.fields().get(EXPIRES);
        if (issued != null && expires != null && expires.isBefore(issued)) {
            diags.error(Code.BRF036, a.fields().posOf(EXPIRES), "advisory '" + a.id() + "' expires ("
                    + expires + ") before it is issued (" + issued + ")", "check both dates");
        }
    }

    private void checkCycle(Item start, Map<Key, Item> items) {
        Set<String> seen = new HashSet<>();
        Item a = start;
        while (a != null && a.fields().has(SUPERSEDES)) {
            if (!seen.add(a.id())) {
                diags.error(Code.BRF035, start.fields().posOf(SUPERSEDES), "advisory '" + start.id()
                        + "' is part of a supersedes cycle", "an advisory can only supersede an older one");
                return;
            }
            a = items.get(new Key(Kind.ADVISORY, a.fields().get(SUPERSEDES).id()));
        }
    }
}
