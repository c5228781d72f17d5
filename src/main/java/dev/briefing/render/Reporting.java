package dev.briefing.render;

import dev.briefing.model.Item;
import dev.briefing.model.Key;
import dev.briefing.model.Kind;
import dev.briefing.model.Messages;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.Phones;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where and how to report, from the site's channels (content/data/channels.yaml): the How to
 * report block every critical page shows. Critical pages are those of the items the languages
 * work calls critical (advisories, and any item marked {@code critical: true}), the report page
 * (site.yaml's {@code report}), /channels/, and every warning behavior and threat (issue 28), in
 * each of the site's languages; the build refuses one whose template dropped the block (BRF135).
 */
public final class Reporting {
    /** The block's id on a page: the handouts' and the check's landmark. */
    public static final String BLOCK_ID = "how-to-report";
    /** Kinds whose every page is critical: what a reader in danger may be reading. */
    private static final Set<Kind> CRITICAL_KINDS = java.util.EnumSet.of(Kind.ADVISORY, Kind.INDICATOR, Kind.THREAT);

    private Reporting() {
    }

    /** The site paths of the critical pages. */
    public static Set<String> criticalPages(ResolvedSite site) {
        Set<String> out = new HashSet<>();
        for (Item i : site.items().values()) {
            // An entry of an anchored kind (a glossary term marked critical) has no page of its own to carry the block.
            if (!i.kind().anchored() && (CRITICAL_KINDS.contains(i.kind()) || i.fields().bool("critical"))) {
                out.add(site.urls().itemPage(i.key()));
            }
        }
        if (!site.ofKind(Kind.CHANNEL).isEmpty()) out.add(site.urls().local("/" + Kind.CHANNEL.plural() + "/"));
        // The report page, when site.yaml's report names one of the site's pages (not a list or another site).
        String report = site.config().report();
        if (report != null) {
            String path = Urls.stripFragment(report);
            site.ofKind(Kind.PAGE).stream().filter(p -> Urls.of(p.key()).equals(path)).findFirst()
                    .ifPresent(p -> out.add(site.urls().itemPage(p.key())));
        }
        return out;
    }

    /** Whether a rendered page shows the block: its id, and the emergency line's tap-to-call link inside it. */
    public static boolean shows(String html) {
        int at = html.indexOf("id=\"" + BLOCK_ID + "\"");
        return at >= 0 && html.indexOf("href=\"tel:911\"", at) >= 0;
    }

    /**
     * One way to report, as templates and handouts show it. Numbers come as readers read them
     * ({@code tel}) with the link that dials them ({@code telHref}); absent fields are null.
     *
     * @param emergency  true for the 911 channel, which the block's first line already names
     * @param anonymous  true or false as the official page says, null when it does not
     * @param verifiedAt the official page the channel was confirmed on (title, its address)
     * @param confirmed  whether someone confirmed it on an official page: if not, no reader is sent to it
     */
    public record ChannelView(String id, String name, String href, String summary, String when, String tel, String telHref,
            String sms, String smsHref, String tty, String ttyHref, String url, String urlText, String email, String how,
            String hours, String languages, Boolean anonymous, String jurisdiction, Views.DateView verified,
            Views.LinkView verifiedAt, boolean emergency, boolean confirmed) {
    }

    /** The ways to report that the How to report block lists, in the order of channels.yaml, with hrefs from {@code views}' page. */
    static List<ChannelView> channels(ResolvedSite site, Views views) {
        return confirmed(site).stream().map(i -> view(site, views, i)).toList();
    }

    /** Every channel, confirmed or not, for the page that lists them (/channels/). */
    static List<ChannelView> all(ResolvedSite site, Views views) {
        return inFileOrder(site).stream().map(i -> view(site, views, i)).toList();
    }

    /** The site's channels as channels.yaml lists them: the editors put the emergency line first. */
    static List<Item> inFileOrder(ResolvedSite site) {
        return site.ofKind(Kind.CHANNEL).stream().sorted(java.util.Comparator.comparing(Item::pos)).toList();
    }

    /**
     * The channels readers are sent to: those someone confirmed on an official page ('verified' and
     * 'verified_at'). A channel no one could confirm is left out of How to report, of handouts and of
     * CAP alerts (and warned about, BRF132).
     */
    static List<Item> confirmed(ResolvedSite site) {
        return inFileOrder(site).stream().filter(Reporting::isConfirmed).toList();
    }

    private static boolean isConfirmed(Item c) {
        return c.fields().has("verified") && c.fields().has("verified_at");
    }

    private static ChannelView view(ResolvedSite site, Views views, Item c) {
        var f = c.fields();
        Item source = f.has("verified_at") ? site.item(new Key(Kind.SOURCE, f.ref("verified_at").id())) : null;
        return new ChannelView(c.id(), c.title(), views.href(site.urls().item(c.key())), c.summary(), f.text("when"),
                readable(f.text("tel")), tel(f.text("tel")), readable(f.text("sms")), sms(f.text("sms")),
                readable(f.text("tty")), tel(f.text("tty")), f.text("url"), f.text("url") == null ? null : Views.readable(f.text("url")),
                f.text("email"), f.text("how"), f.text("hours"), f.text("languages"),
                f.has("anonymous") ? f.bool("anonymous") : null, f.text("jurisdiction"), views.date(f.date("verified")),
                source == null ? null : new Views.LinkView(source.title(), source.fields().text("url")),
                "911".equals(f.text("tel")), isConfirmed(c));
    }

    /**
     * How to reach a channel, as plain text after its name, in the language of {@code messages}:
     * " (call 988, text 988 or go to 988lifeline.org)". For alerting systems, where links do not work.
     */
    static String reach(Item c, Messages messages) {
        var f = c.fields();
        List<String> ways = new java.util.ArrayList<>();
        if (f.has("tel")) ways.add(messages.text("channel.call", Phones.readable(f.text("tel"))));
        if (f.has("sms")) ways.add(messages.text("channel.text", Phones.readable(f.text("sms"))));
        if (f.has("tty")) ways.add(messages.text("channel.tty", Phones.readable(f.text("tty"))));
        if (f.has("url")) ways.add(messages.text("channel.online", Views.readable(f.text("url"))));
        if (f.has("email")) ways.add(messages.text("channel.email", f.text("email")));
        if (f.has("how")) ways.add(f.text("how"));
        if (ways.isEmpty()) return "";
        String last = ways.remove(ways.size() - 1);
        return " (" + (ways.isEmpty() ? last : messages.text("list.or", String.join(", ", ways), last)) + ")";
    }

    private static String readable(String number) {
        return number == null ? null : Phones.readable(number);
    }

    private static String tel(String number) {
        return number == null ? null : Phones.tel(number);
    }

    private static String sms(String number) {
        return number == null ? null : "sms:" + number;
    }
}
