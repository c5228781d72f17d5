package dev.briefing.resolve;

import static dev.briefing.model.ItemFields.EMAIL;
import static dev.briefing.model.ItemFields.HOW;
import static dev.briefing.model.ItemFields.SMS;
import static dev.briefing.model.ItemFields.TEL;
import static dev.briefing.model.ItemFields.TYPE;
import static dev.briefing.model.ItemFields.URL;
import static dev.briefing.model.ItemFields.VERIFIED;
import static dev.briefing.model.ItemFields.VERIFIED_AT;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.SiteConfig;
import dev.briefing.yaml.FieldKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The reporting channels are what a reader acts on, so each must be reachable and confirmed:
 * a way to reach it, a confirmation on an official page, and that confirmation recent enough
 * (site.yaml's {@code channel_max_age_days}). The numbers' form is checked when they are read
 * (BRF130). A channel no one could confirm does not belong in the data at all.
 */
final class ChannelChecks {
    private static final List<FieldKey<String>> WAYS = List.of(TEL, SMS, URL, EMAIL, HOW);

    private final LocalDate asOf;
    private final Diagnostics diags;

    ChannelChecks(LocalDate asOf, Diagnostics diags) {
        this.asOf = asOf;
        this.diags = diags;
    }

    void check(Map<Key, Item> items, SiteConfig config) {
        for (Item c : items.values()) {
            if (c.kind() != Kind.CHANNEL) continue;
            // A way written but refused (a malformed tel, BRF130) has its own error: that is the one mistake.
            if (WAYS.stream().noneMatch(c.fields()::written)) {
                diags.error(Code.BRF134, c.pos(), "channel '" + c.id() + "' gives no way to reach it",
                        "add tel, sms, url or email, or 'how' in words (e.g. your local police department's non-emergency number)");
            }
            // With a site.yaml that could not be read, its limit is not known: no age is called too old.
            verified(c, items, config.unreadable() ? Integer.MAX_VALUE : config.channelMaxAgeDays());
        }
    }

    private void verified(Item c, Map<Key, Item> items, int maxAgeDays) {
        LocalDate verified = c.fields().get(VERIFIED);
        if (verified == null || !c.fields().has(VERIFIED_AT)) {
            diags.warning(Code.BRF132, c.pos(), "channel '" + c.id() + "' has not been verified on an official page, so it is"
                    + " left out of How to report", "confirm the number or address on the agency's own page, then record 'verified'"
                    + " (the date) and 'verified_at' (that page, as a source)");
            return;
        }
        long age = ChronoUnit.DAYS.between(verified, asOf);
        if (age > maxAgeDays) {
            diags.warning(Code.BRF132, c.fields().posOf(VERIFIED), "channel '" + c.id() + "' was last verified on "
                    + verified + ", " + age + " days before " + asOf + " (the limit is " + maxAgeDays + ")",
                    "confirm the number or address on its official page, then update 'verified' (or remove the channel)");
        }
        Item source = items.get(new Key(Kind.SOURCE, c.fields().get(VERIFIED_AT).id()));
        if (source != null && !"official".equals(source.fields().get(TYPE))) {
            diags.error(Code.BRF133, c.fields().posOf(VERIFIED_AT), "channel '" + c.id() + "' is verified at '"
                    + source.id() + "', which is not an official source", "confirm it on the agency's own page, cite that"
                    + " page as a source with type: official, and name it in 'verified_at'");
        }
    }
}
