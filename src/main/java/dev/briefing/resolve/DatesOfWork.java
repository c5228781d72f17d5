package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.ACCESSED;
import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.REVIEWED;
import static dev.briefing.model.ItemFields.UPDATED;
import static dev.briefing.model.ItemFields.VERIFIED;
import static dev.briefing.model.SiteFields.ACCESSIBILITY;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Fields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dates that record something done (a review, a confirmation, a reading, a change, an incident,
 * a source's publication), none of which can be after the as-of date: the site would publish
 * "Reviewed 7 January 2027" as work done (BRF167, a warning, so --strict refuses it). Not a brief's
 * date, which schedules its publication; not an event's days, nor an advisory's issue and expiry,
 * which are its issuer's; not site.yaml's advisory_status.checked, which is BRF101's.
 */
final class DatesOfWork {
    /** A field that records a past act, and the day it should hold, in an editor's words. */
    private record Done(FieldKey<LocalDate> key, String day) {
    }

    /** The fields that record a past act wherever a kind has them, in the order they are reported. */
    private static final List<Done> DONE = List.of(
            new Done(REVIEWED, "the day someone last checked it against its sources"),
            new Done(UPDATED, "the day of its last substantive update"),
            new Done(VERIFIED, "the day someone confirmed it on the official page"),
            new Done(ACCESSED, "the day it was last read for this site"));
    /** The kinds whose {@code date} is a past act: the day an incident happened, the day a source was published. */
    private static final Map<Kind, String> DATED_BY_WHAT_HAPPENED = Map.of(
            Kind.INCIDENT, "the day it happened",
            Kind.SOURCE, "the day it was published");

    private final LocalDate asOf;
    private final Diagnostics diags;

    DatesOfWork(LocalDate asOf, Diagnostics diags) {
        this.asOf = asOf;
        this.diags = diags;
    }

    /** The published items' dates of work, and the accessibility statement's review. */
    void check(java.util.Collection<Item> published, SiteConfig config) {
        for (Item item : published) {
            for (Done done : DONE) check(item.fields(), done.key(), item, "", done.day());
            String happened = DATED_BY_WHAT_HAPPENED.get(item.kind());
            if (happened != null) check(item.fields(), DATE, item, "", happened);
            for (Fields change : item.fields().get(CHANGES)) check(change, DATE, item, "a change note of ", "the day of the change");
        }
        SiteConfig.Accessibility statement = config.accessibility();
        if (statement != null && statement.reviewed() != null) {
            future(statement.reviewed(), config.posOf(ACCESSIBILITY, dev.briefing.model.SiteFields.REVIEWED),
                    "the accessibility statement", "accessibility.reviewed",
                    "the day someone checked the site against " + statement.standard());
        }
    }

    /** The item is named only in a warning: every item of the site passes here, after every preview edit too. */
    private void check(Fields fields, FieldKey<LocalDate> key, Item item, String of, String day) {
        LocalDate date = fields.get(key);
        if (date != null && ahead(date, asOf)) {
            future(date, fields.posOf(key), of + item.kind().singular() + " '" + item.id() + "'", key.name(), day);
        }
    }

    /**
     * Whether a day recorded as past is still to come at the as-of date. A day is a date somewhere: an editor east of
     * the site's time zone, or a date that init or new stamped in UTC before site.yaml gave its zone, may run one day
     * ahead of the build's today. Only later than that is a day no one can have lived yet (a typo, most often).
     */
    static boolean ahead(LocalDate date, LocalDate asOf) {
        return date.isAfter(asOf.plusDays(1));
    }

    private void future(LocalDate date, Pos pos, String what, String field, String day) {
        if (!ahead(date, asOf)) return;
        diags.warning(Code.BRF167, pos, what + " records '" + field + "' as " + date + ", after the as-of date " + asOf
                + ": the site would publish as done what is still to come",
                "write " + day + (date.getYear() > asOf.getYear() ? ": is the year a typo?" : ": is the date a typo?"));
    }
}
