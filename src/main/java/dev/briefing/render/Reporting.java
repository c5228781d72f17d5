package dev.briefing.render;

import static dev.briefing.model.ItemFields.ANONYMOUS;
import static dev.briefing.model.ItemFields.CRITICAL;
import static dev.briefing.model.ItemFields.EMAIL;
import static dev.briefing.model.ItemFields.HOURS;
import static dev.briefing.model.ItemFields.HOW;
import static dev.briefing.model.ItemFields.JURISDICTION;
import static dev.briefing.model.ItemFields.LANGUAGES;
import static dev.briefing.model.ItemFields.SMS;
import static dev.briefing.model.ItemFields.TEL;
import static dev.briefing.model.ItemFields.TTY;
import static dev.briefing.model.ItemFields.URL;
import static dev.briefing.model.ItemFields.VERIFIED;
import static dev.briefing.model.ItemFields.VERIFIED_AT;
import static dev.briefing.model.ItemFields.WHEN;

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

    /**
     * Which pages of one language are critical: answered page by page (the page's item found from its path), so
     * that an edit that renders two pages does not ask it of every item.
     */
    public static final class CriticalPages {
        private final ResolvedSite site;
        /** The list of channels, when the site has any, and the report page when site.yaml's report names one of the site's pages. */
        private final Set<String> others = new HashSet<>();

        public CriticalPages(ResolvedSite site) {
            this.site = site;
            if (!site.ofKind(Kind.CHANNEL).isEmpty()) others.add(site.urls().local("/" + Kind.CHANNEL.plural() + "/"));
            // The report page, when site.yaml's report names one of the site's pages (not a list or another site).
            String report = site.config().report();
            if (report != null) {
                String path = Urls.stripFragment(report);
                site.ofKind(Kind.PAGE).stream().filter(p -> Urls.of(p.key()).equals(path)).findFirst()
                        .ifPresent(p -> others.add(site.urls().itemPage(p.key())));
            }
        }

        /** Whether the page at this site path is critical. */
        public boolean contains(String page) {
            if (others.contains(page)) return true;
            // An entry of an anchored kind (a glossary term marked critical) has no page of its own to carry the block.
            Item i = site.itemOnPage(page);
            return i != null && (CRITICAL_KINDS.contains(i.kind()) || i.fields().get(CRITICAL));
        }
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
     * @param verifiedAtLang the language of that page's title when it is not the page's (a source's title is never translated)
     * @param confirmed  whether someone confirmed it on an official page: if not, no reader is sent to it
     * @param lang       the language of its words (name, when, how, hours…) when not the page's (not translated), else null
     * @param translation on a page in another language than the default, what its translation is (machine, stale), else null
     */
    public record ChannelView(String id, String name, String href, String summary, String when, String tel, String telHref,
            String sms, String smsHref, String tty, String ttyHref, String url, String urlText, String email, String how,
            String hours, String languages, Boolean anonymous, String jurisdiction, Views.DateView verified,
            Views.LinkView verifiedAt, String verifiedAtLang, boolean emergency, boolean confirmed, String lang,
            Views.TranslationView translation) {
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
        return c.fields().has(VERIFIED) && c.fields().has(VERIFIED_AT);
    }

    private static ChannelView view(ResolvedSite site, Views views, Item c) {
        var f = c.fields();
        Item source = f.has(VERIFIED_AT) ? site.item(new Key(Kind.SOURCE, f.get(VERIFIED_AT).id())) : null;
        return new ChannelView(c.id(), c.title(), views.href(site.urls().item(c.key())), c.summary(), f.get(WHEN),
                readable(f.get(TEL)), tel(f.get(TEL)), readable(f.get(SMS)), sms(f.get(SMS)),
                readable(f.get(TTY)), tel(f.get(TTY)), f.get(URL), f.get(URL) == null ? null : Views.readable(f.get(URL)),
                f.get(EMAIL), f.get(HOW), f.get(HOURS), f.get(LANGUAGES),
                f.find(ANONYMOUS).orElse(null), f.get(JURISDICTION), views.date(f.get(VERIFIED)),
                source == null ? null : new Views.LinkView(source.title(), source.fields().get(URL)),
                source == null ? null : site.config().foreignTitleLanguage(source),
                "911".equals(f.get(TEL)), isConfirmed(c), views.textLang(c.key()), views.translation(c));
    }

    /**
     * How to reach a channel, as plain text after its name, in the language of {@code messages}:
     * " (call 988, text 988 or go to 988lifeline.org)". For alerting systems, where links do not work.
     */
    static String reach(Item c, Messages messages) {
        var f = c.fields();
        List<String> ways = new java.util.ArrayList<>();
        if (f.has(TEL)) ways.add(messages.text("channel.call", Phones.readable(f.get(TEL))));
        if (f.has(SMS)) ways.add(messages.text("channel.text", Phones.readable(f.get(SMS))));
        if (f.has(TTY)) ways.add(messages.text("channel.tty", Phones.readable(f.get(TTY))));
        if (f.has(URL)) ways.add(messages.text("channel.online", Views.readable(f.get(URL))));
        if (f.has(EMAIL)) ways.add(messages.text("channel.email", f.get(EMAIL)));
        if (f.has(HOW)) ways.add(f.get(HOW));
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
