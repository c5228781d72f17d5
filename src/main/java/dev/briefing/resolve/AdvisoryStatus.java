package dev.briefing.resolve;

import dev.briefing.model.Item;
import dev.briefing.model.SiteConfig;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the site may say about advisories: which one was in force when someone last checked the
 * official source ({@code atCheck}), which one is still in force at the as-of date by its own
 * dates ({@code current}), and how old that check is. Templates get this, never a bare "current
 * advisory", so every status statement carries its horizon.
 *
 * @param check    the official source and the recorded check, or null when site.yaml names none (then
 *                 nothing is stated); its date is null while nobody has checked (then pages say so)
 * @param atCheck  the advisory in force on the check date, or null
 * @param current  the advisory in force at the as-of date (it has not reached its expiry), or null
 * @param ageDays  days from the check to the as-of date
 */
public record AdvisoryStatus(SiteConfig.StatusCheck check, Item atCheck, Item current, long ageDays) {

    static AdvisoryStatus of(SiteConfig.StatusCheck check, Item atCheck, Item current, LocalDate asOf) {
        return new AdvisoryStatus(check, atCheck, current,
                check == null || !check.recorded() ? 0 : Math.max(0, ChronoUnit.DAYS.between(check.checked(), asOf)));
    }

    /** Whether the check is older than the site allows. */
    public boolean stale() {
        return check != null && check.recorded() && ageDays > check.maxAgeDays();
    }
}
