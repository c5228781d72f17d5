package dev.briefing.resolve;

import static dev.briefing.model.SiteFields.ACCESSIBILITY;
import static dev.briefing.model.SiteFields.COMPLIANCE;
import static dev.briefing.model.SiteFields.REVIEWED;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import java.time.LocalDate;
import java.util.Map;

/**
 * The accessibility statement: site.yaml's {@code accessibility} settings, which the page
 * content/pages/accessibility.md shows first. The checks keep the two together, the statement
 * consistent, and its review on time like a brief's (BRF038).
 */
public final class AccessibilityStatement {
    /** The page that shows the statement. */
    public static final Key PAGE = new Key(Kind.PAGE, "accessibility");

    private AccessibilityStatement() {
    }

    static void check(SiteConfig config, Map<Key, Item> published, LocalDate asOf, Diagnostics diags) {
        SiteConfig.Accessibility statement = config.accessibility();
        Item page = published.get(PAGE);
        if (statement == null) {
            if (page != null && config.written()) {
                diags.warning(Code.BRF115, page.pos(), "the accessibility page has no statement: site.yaml has no 'accessibility' settings",
                        "add accessibility: {reviewed: YYYY-MM-DD, …} to content/site.yaml; the handbook's Trust page"
                                + " lists its settings");
            }
            return;
        }
        if (page == null) {
            diags.warning(Code.BRF115, config.posOf(ACCESSIBILITY), "site.yaml describes an accessibility statement,"
                    + " but no page content/pages/accessibility.md shows it", "run: briefing new page \"Accessibility\"");
        }
        if ("full".equals(statement.compliance()) && !statement.exceptions().isEmpty()) {
            diags.warning(Code.BRF115, config.posOf(ACCESSIBILITY, COMPLIANCE), "the statement says the site fully meets "
                    + statement.standard() + " but lists " + statement.exceptions().size() + " exception"
                    + (statement.exceptions().size() == 1 ? "" : "s"), "write compliance: partial");
        }
        if (statement.reviewed() == null) {
            // What init writes: nobody has looked yet, and the statement says so. A note, not a warning: the
            // page claims nothing, and refusing to publish it would only push a team to write a review it did not make.
            diags.note(Code.BRF115, config.posOf(ACCESSIBILITY), "the accessibility statement has not been reviewed:"
                    + " it says so on the page, and claims nothing about what is accessible",
                    "check the site against " + statement.standard() + ", list what is not accessible under exceptions, then"
                            + " write that day in site.yaml: accessibility: reviewed: YYYY-MM-DD");
        } else if (overdue(config, asOf)) {
            diags.warning(Code.BRF038, config.posOf(ACCESSIBILITY, REVIEWED), "the accessibility statement was last reviewed "
                    + statement.reviewed() + ", more than " + config.reviewPeriodDays() + " days before " + asOf,
                    "check the site against " + statement.standard() + " again and update accessibility.reviewed");
        }
    }

    /** Whether the statement's review is overdue at the as-of date, by the site's review period. */
    public static boolean overdue(SiteConfig config, LocalDate asOf) {
        return config.accessibility() != null && Resolver.reviewOverdue(config.accessibility().reviewed(), asOf, config.reviewPeriodDays());
    }
}
