package dev.briefing.render;

import static dev.briefing.model.ItemFields.AREA;
import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.LEVEL;
import static dev.briefing.model.ItemFields.SUPERSEDES;
import static dev.briefing.model.ItemFields.TEL;
import static dev.briefing.model.ItemFields.WHEN;

import dev.briefing.diag.Diagnostics;
import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.resolve.Issuer;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Advisories for alerting systems: each advisory as an OASIS CAP 1.2 alert
 * (/advisories/&lt;id&gt;/cap.xml) and an Atom feed of them (/advisories/cap.atom, the CAP-feeds
 * practice), through the theme's cap.ftlx and cap-feed.ftlx. Every alert says plainly that it
 * republishes another authority's advisory and links that authority's page, so no consumer takes
 * this site for the issuer. Dates come from the content, never the clock.
 */
public final class Cap {
    public static final String FEED = "/advisories/cap.atom";
    static final String ALERT_TEMPLATE = "cap.ftlx";
    static final String FEED_TEMPLATE = "cap-feed.ftlx";
    public static final List<String> TEMPLATES = List.of(ALERT_TEMPLATE, FEED_TEMPLATE);

    /**
     * CAP's urgency, severity and certainty for each advisory level (documented in the handbook):
     * a bulletin describes a general threat environment (Future, Unknown, Possible); an elevated
     * alert warns of a credible threat (Future, Severe, Possible); an imminent alert of a credible,
     * specific and impending one (Expected, Extreme, Likely).
     */
    public static final Map<String, List<String>> LEVELS = Map.of(
            "bulletin", List.of("Future", "Unknown", "Possible"),
            "elevated", List.of("Future", "Severe", "Possible"),
            "imminent", List.of("Expected", "Extreme", "Likely"));

    private Cap() {
    }

    /** The site path of an advisory's CAP alert. */
    public static String path(Key advisory) {
        return Urls.of(advisory) + "cap.xml";
    }

    /**
     * One CAP alert, as cap.ftlx sees it: every value is text the template escapes. Times are
     * CAP's form (2023-05-24T00:00:00-00:00: CAP writes UTC as -00:00, never Z).
     *
     * @param references for an update, "sender,identifier,sent" of the alert it replaces; else null
     * @param issuer     the authority that issued the advisory this alert republishes
     * @param infos      the advisory in each language it is published in, the default language's first
     *                   (CAP 1.2: one info block per language, each naming its language)
     */
    public record Alert(String identifier, String sender, String sent, String msgType, String references, String senderName,
            Issuer issuer, List<Info> infos) {
        public Alert {
            infos = List.copyOf(infos);
        }
    }

    /** What an alert says in one language: CAP's info block. */
    public record Info(String language, String event, String urgency, String severity, String certainty, String effective,
            String expires, String senderName, String headline, String description, String instruction, String web,
            String contact, String area) {
    }

    /** The CAP feed entry of one alert: its title, id, when it changed, its page and the alert's address. */
    public record FeedEntry(String title, String id, String updated, String summary, String page, String alert) {
    }

    public record Feed(String title, String self, String alternate, String updated, String author, List<FeedEntry> entries) {
    }

    /**
     * Every advisory's alert and the feed of them, by output path: one alert per advisory, with an
     * info block in each language the advisory is translated into (its identifier the same whatever
     * the languages), and the feed in the default language's words.
     *
     * @param languages the site in each of its languages with its words, the default first
     */
    public static Map<String, byte[]> files(List<Views.Shared> languages, Theme theme, Diagnostics diags) {
        ResolvedSite site = languages.get(0).site();
        Messages messages = languages.get(0).messages();
        MessageFunction msg = new MessageFunction(messages);
        Map<String, byte[]> out = new TreeMap<>();
        List<Item> advisories = site.ofKind(Kind.ADVISORY).stream().sorted(ResolvedSite.NEWEST_FIRST).toList();
        List<FeedEntry> entries = new ArrayList<>();
        for (Item a : advisories) {
            Alert alert = alert(languages, a);
            if (alert == null) continue; // refused at resolve (BRF138): the build fails anyway
            theme.process(ALERT_TEMPLATE, Map.of("alert", alert, "msg", msg), diags)
                    .ifPresent(t -> out.put(path(a.key()).substring(1), t.getBytes(StandardCharsets.UTF_8)));
            Info first = alert.infos().get(0);
            // Stamped as the other feeds stamp it ("Expired: …"): the alert itself says so by its expiry.
            entries.add(new FeedEntry(Feeds.entryTitle(site, a, messages), alert.identifier(), alert.sent(), a.summary(), first.web(), alert.identifier()));
        }
        String updated = advisories.isEmpty() ? time(site.asOf(), zone(site)) : time(advisories.get(0).fields().get(ISSUED), zone(site));
        Feed feed = new Feed(messages.text("cap.feed", site.config().title()), Feeds.abs(site, FEED),
                Feeds.abs(site, "/advisories/"), updated, senderName(site), List.copyOf(entries));
        theme.process(FEED_TEMPLATE, Map.of("feed", feed), diags).ifPresent(t -> out.put(FEED.substring(1), t.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** The alert of one advisory, or null when it names no issuer. */
    static Alert alert(List<Views.Shared> languages, Item a) {
        ResolvedSite site = languages.get(0).site();
        Issuer issuer = Issuer.of(a, site.items(), site.config());
        if (issuer == null) return null;
        String sent = time(a.fields().get(ISSUED), zone(site));
        String references = null;
        if (a.fields().has(SUPERSEDES)) {
            Item old = site.item(new Key(Kind.ADVISORY, a.fields().get(SUPERSEDES).id()));
            if (old != null) references = sender(site) + "," + identifier(site, old) + "," + time(old.fields().get(ISSUED), zone(site));
        }
        List<Info> infos = new ArrayList<>();
        for (Views.Shared language : languages) {
            ResolvedSite in = language.site();
            if (in.urls().language() == null || in.urls().language().has(a.key())) infos.add(info(in, language.messages(), in.item(a.key()), issuer));
        }
        return new Alert(identifier(site, a), sender(site), sent, references == null ? "Alert" : "Update", references,
                senderName(site), issuer, infos);
    }

    /** The advisory in one language's words: its own title and summary, the theme's sentences, its page in that language. */
    private static Info info(ResolvedSite site, Messages messages, Item a, Issuer issuer) {
        String level = a.fields().get(LEVEL);
        List<String> usc = LEVELS.get(level);
        String levelLabel = Labels.of(site.config(), messages).value(Kind.ADVISORY, Kind.ADVISORY.schema().field(LEVEL), level);
        String sent = time(a.fields().get(ISSUED), zone(site));
        String publisher = senderName(site);
        var check = site.config().statusCheck();
        String description = a.summary() + "\n\n" + messages.text("cap.republished", publisher, issuer.name(), issuer.url())
                + (check == null ? "" : " " + (check.recorded()
                        ? messages.text("cap.checked", publisher, check.name(), check.url(), messages.day(check.checked()))
                        : messages.text("cap.not_checked", publisher, check.name(), check.url())))
                + machineNote(site, messages, a);
        String contact = site.config().contact() == null ? null : site.config().contact().text();
        return new Info(site.config().language(), messages.text("cap.event", levelLabel), usc.get(0), usc.get(1), usc.get(2),
                sent, time(a.fields().get(EXPIRES), zone(site)), publisher, a.title(), description, instruction(site, messages),
                Feeds.abs(site, site.urls().item(a.key())), contact, a.fields().get(AREA));
    }

    /** For a machine translation, what its page's badge says: that it is one, and (if site.yaml asks) which page is authoritative. */
    private static String machineNote(ResolvedSite site, Messages messages, Item a) {
        var l = site.urls().language();
        if (l == null || !l.machine().contains(a.key())) return "";
        return "\n\n" + messages.text("translation.machine") + " " + messages.text("translation.unchecked")
                + (site.config().translations().machineNotice()
                        ? " " + messages.text("translation.authoritative", Views.languageName(messages, l.defaultCode())) : "");
    }

    /** What to do, from the channels: the emergency line first, as on every critical page. */
    private static String instruction(ResolvedSite site, Messages messages) {
        StringBuilder sb = new StringBuilder(messages.text("report.danger", "911"));
        for (Item c : Reporting.confirmed(site)) {
            if ("911".equals(c.fields().get(TEL))) continue;
            sb.append(' ').append(Character.toUpperCase(c.fields().get(WHEN).charAt(0))).append(c.fields().get(WHEN).substring(1))
                    .append(": ").append(c.title()).append(Reporting.reach(c, messages)).append('.');
        }
        return sb.toString();
    }

    /** The alert's identifier: its own address, unique and stable (no spaces, commas, '<' or '&'). */
    private static String identifier(ResolvedSite site, Item a) {
        return Feeds.abs(site, path(a.key()));
    }

    /** The sender: the site's host name, as CAP suggests an Internet domain. */
    private static String sender(ResolvedSite site) {
        String host = java.net.URI.create(site.config().baseUrl()).getHost();
        return host == null ? site.config().baseUrl() : host;
    }

    private static ZoneId zone(ResolvedSite site) {
        return site.config().timeZone();
    }

    private static String senderName(ResolvedSite site) {
        return site.config().publisher() != null ? site.config().publisher().name() : site.config().title();
    }

    /**
     * A day in CAP's date-time form, at its start in the site's time zone (site.yaml's timezone), else in UTC (which
     * the build warns of, BRF166). CAP writes a zero offset as -00:00, never Z or +00:00.
     */
    static String time(LocalDate d, ZoneId zone) {
        if (zone == null) return d + "T00:00:00-00:00";
        ZoneOffset offset = zone.getRules().getOffset(d.atStartOfDay());
        return d + "T00:00:00" + (offset.getTotalSeconds() == 0 ? "-00:00" : offset.getId());
    }
}
