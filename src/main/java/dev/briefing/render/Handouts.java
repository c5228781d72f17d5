package dev.briefing.render;

import static dev.briefing.model.ItemFields.ADVICE;
import static dev.briefing.model.ItemFields.ADVISORIES;
import static dev.briefing.model.ItemFields.CHANGES;
import static dev.briefing.model.ItemFields.DATE;
import static dev.briefing.model.ItemFields.HANDOUT;
import static dev.briefing.model.ItemFields.REVIEWED;
import static dev.briefing.model.ItemFields.UPDATED;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.SourceFile;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.OutputCache;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One-page printable handouts: a brief, page or resource with {@code handout: true} also gets
 * handout.pdf beside its page. The theme's handout.ftlh lays it out as HTML (title, summary, the
 * advice sections or a resource's body, the sources they cite, a QR code of the page's address,
 * the date and data horizon, publisher and contact, How to report); openhtmltopdf (PDFBox) sets it
 * as a tagged PDF (PDF/UA-1) in the bundled font, embedded and subset. A handout over one page,
 * or with a character the font cannot draw, is an error, and is not published.
 *
 * <p>Reproducible: the PDF's dates are the page's own date and its document id a hash of its
 * input, never the clock. Rendering is the costly part, so the result is kept in the build's
 * {@link OutputCache} under a hash of everything it is made from (the HTML, which holds every
 * value shown, the font files and the rendering code, {@link #RENDERER}): a rebuild with no changed
 * handout renders none.
 */
public final class Handouts {
    public static final String TEMPLATE = "handout.ftlh";
    public static final String FILE = "handout.pdf";
    /** The code that turns HTML into a PDF (ours, openhtmltopdf's and PDFBox's), so that no cached PDF outlives it. */
    static final String RENDERER = Fonts.codeDigest(Handouts.class, AddressLineBreaker.class, Fonts.class, PdfBoxRenderer.class,
            PDDocument.class);
    /** At most this many characters the font cannot draw are reported per handout (the first of each). */
    private static final int MAX_GLYPH_ERRORS = 5;

    static {
        // openhtmltopdf logs every render to the console; a build prints only diagnostics.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final Theme theme;
    private final OutputCache cache;

    public Handouts(Theme theme, OutputCache cache) {
        this.theme = theme;
        this.cache = cache;
    }

    /**
     * The item whose handout is made with the page at this site path in this site's language, or null: one
     * handout per language an item is translated into (an item not translated has its page, and its handout, in
     * the default language only). Asked page by page, of the pages rendered, not of every item at every build.
     */
    public static Item item(ResolvedSite site, String page) {
        Item i = site.itemOnPage(page);
        return i != null && (i.kind() == Kind.BRIEF || i.kind() == Kind.PAGE || i.kind() == Kind.RESOURCE) && i.fields().get(HANDOUT)
                ? i : null;
    }

    /** How a page links its handout: the href and the size readers see ("120 KB"). */
    public record Link(String href, String size) {
        public static Link of(String href, int bytes) {
            return new Link(href, Math.max(1, Math.round(bytes / 1024f)) + " KB");
        }
    }

    /** A section of the handout: its heading, and its HTML with links made text, each followed by its address (paper has no links). */
    public record Section(String heading, TemplateHTMLOutputModel body) {
    }

    /** A source a section cites, by its number on the page. */
    public record Source(int number, String publisher, String title, String address, String titleLang) {
    }

    /**
     * What handout.ftlh shows.
     *
     * @param shortUrl the page's address without its scheme, printed under the QR code
     * @param qr       the QR code of {@code url}, as a data: URI of a PNG
     * @param asOf     the page's own date: its latest update or review; null when it gives none
     * @param horizon  the data horizon when the page speaks of advisories, else null
     * @param paper    the CSS page size: "letter" or "A4"
     */
    public record HandoutView(String language, String title, String summary, List<Section> sections, List<Source> sources,
            String url, String shortUrl, String qr, Views.DateView asOf, String horizon, String site, String publisher,
            String contact, List<Reporting.ChannelView> channels, String paper, Views.TranslationView translation) {
    }

    /** Lays out and sets the handout of {@code item}; empty (with the problem reported) when it cannot be published. */
    public Optional<byte[]> make(Views.Shared shared, Item item, Diagnostics diags) {
        ResolvedSite site = shared.site();
        HandoutView view = view(shared, item);
        Optional<String> html = theme.process(TEMPLATE, Map.of("handout", view, "msg", shared.msg()), diags);
        if (html.isEmpty()) return Optional.empty();
        Document doc = Jsoup.parse(html.get());
        if (!drawable(doc.text(), item, site, diags)) return Optional.empty();
        String key = Fonts.sha256((RENDERER + "\n" + Fonts.DIGEST + "\n" + html.get()).getBytes(StandardCharsets.UTF_8));
        return Optional.ofNullable(cache.get("handout-" + key + ".pdf", () -> render(doc, key, view.asOf(), item, diags)));
    }

    private HandoutView view(Views.Shared shared, Item item) {
        ResolvedSite site = shared.site();
        String page = site.urls().itemPage(item.key());
        Views views = new Views(shared, page);
        Views.ItemView iv = views.item(item);
        Set<String> advice = new LinkedHashSet<>();
        item.fields().get(ADVICE).forEach(a -> advice.add(normal(a)));
        List<Section> sections = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        String pageUrl = views.absolute(page);
        if (iv.body() != null) {
            sections(markup(iv.body()), item.kind() == Kind.RESOURCE ? null : advice, sections, cited,
                    href -> printedAddress(pageUrl, href));
        }
        // A resource's whole body is printed, so its sources are all it names, listed as well as cited; a brief's or
        // page's are those its printed sections cite.
        boolean whole = item.kind() == Kind.RESOURCE;
        List<Source> sources = iv.references().stream().filter(r -> whole || r.citations().stream().anyMatch(cited::contains))
                .map(r -> new Source(r.number(), r.publisher(), r.title(), Views.readable(r.url()), r.lang())).toList();
        String url = pageUrl;
        var config = site.config();
        var check = config.statusCheck();
        var messages = shared.messages();
        String horizon = check == null || item.fields().get(ADVISORIES).isEmpty() ? null
                : check.recorded() ? messages.text("handout.checked", check.name(), messages.day(check.checked()))
                : messages.text("handout.not_checked", check.name());
        return new HandoutView(config.language(), item.title(), item.summary(), List.copyOf(sections), sources, url,
                url.replaceFirst("^https?://", ""), "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(url)),
                asOf(item) == null ? null : views.date(asOf(item)), horizon, config.title(),
                config.publisher() == null ? null : config.publisher().name(),
                config.contact() == null ? null : config.contact().text(), views.channels(),
                "a4".equals(config.paper()) ? "A4" : "letter", iv.translation());
    }

    /**
     * Splits rendered Markdown at its level-2 headings and keeps the sections whose heading is in
     * {@code advice} (all of it when null), with links made plain text and screen-reader-only text
     * dropped; collects the ids of the citations they hold.
     */
    private static void sections(String html, Set<String> advice, List<Section> out, Set<String> cited,
            java.util.function.Function<String, String> printed) {
        Element body = Jsoup.parseBodyFragment(html).body();
        String heading = null;
        StringBuilder current = new StringBuilder();
        boolean keep = advice == null;
        for (Element e : body.children()) {
            if (e.tagName().equals("h2")) {
                if (keep && (heading != null || current.length() > 0)) out.add(new Section(heading, markupOf(current.toString())));
                heading = e.text();
                current.setLength(0);
                keep = advice == null || advice.contains(normal(heading));
                continue;
            }
            if (!keep) continue;
            e.select("a[id]").forEach(a -> cited.add(a.id()));
            e.select(".visually-hidden").remove();
            // As a print stylesheet does: the address after the text, or the reader of the paper cannot follow it.
            for (Element a : e.select("a[href]")) {
                String address = printed.apply(a.attr("href"));
                if (address != null && !same(a.text(), address)) a.after(new org.jsoup.nodes.TextNode(" (" + address + ")"));
            }
            e.select("a").unwrap();
            e.select("[id]").removeAttr("id");
            current.append(e.outerHtml()).append('\n');
        }
        if (keep && (heading != null || current.length() > 0)) out.add(new Section(heading, markupOf(current.toString())));
    }

    /**
     * The address a link's text is followed by on paper, short (no scheme, no index.html): a page
     * of the site read from {@code pageUrl}, another site's page, an e-mail address. None for a
     * place on the same page (citations, notes) or a number to call (its text is the number).
     */
    static String printedAddress(String pageUrl, String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("tel:")) return null;
        if (href.startsWith("mailto:")) return href.substring("mailto:".length());
        java.net.URI uri;
        try {
            uri = java.net.URI.create(pageUrl).resolve(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) return null;
        String s = uri.toString();
        int fragment = s.indexOf('#');
        if (fragment >= 0) s = s.substring(0, fragment);
        if (s.endsWith("/index.html")) s = s.substring(0, s.length() - "index.html".length());
        return Views.readable(s);
    }

    /** Whether a link's text already says its address (an autolink), with or without the scheme and last slash. */
    private static boolean same(String text, String address) {
        String t = Views.readable(text.strip());
        return t.equals(address) || (t + "/").equals(address) || t.equals(address + "/");
    }

    /**
     * Every character must have a glyph in the bundled font, or it would print as an empty box:
     * each one missing is reported at its first place in the item's source file.
     */
    private static boolean drawable(String text, Item item, ResolvedSite site, Diagnostics diags) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Fonts.canDraw(cp)).limit(1000).forEach(missing::add);
        if (missing.isEmpty()) return true;
        SourceFile file = site.loaded().sources().get(item.pos().path());
        missing.stream().limit(MAX_GLYPH_ERRORS).forEach(cp -> diags.error(Code.BRF137, where(file, cp, item.pos()),
                "the handout of '" + item.id() + "' has '" + new String(Character.toChars(cp)) + "' ("
                        + String.format(Locale.ROOT, "U+%04X", cp) + " " + Character.getName(cp) + "), which the handout font cannot draw",
                "write it another way, such as a word instead of a symbol, or move its section out of 'advice:'"));
        return false;
    }

    /** The first place of a character in a source file, else the item's own position. */
    private static Pos where(SourceFile file, int cp, Pos fallback) {
        if (file == null) return fallback;
        int at = file.text().indexOf(new String(Character.toChars(cp)));
        if (at < 0) return fallback;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (file.text().charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return file.pos(line, file.text().codePointCount(lineStart, at) + 1);
    }

    /** The PDF, or null (reported) when it does not fit on one page or cannot be made. */
    private static byte[] render(Document html, String key, Views.DateView asOf, Item item, Diagnostics diags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(Fonts.pdf(doc, false)), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(Fonts.pdf(doc, true)), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
            // A build reaches no network and reads no file but the source's: the renderer would fetch an image's full
            // address (a draft's BRF171 is only a note) and read "/img/x.png" from the disk's root.
            // Only the QR code, a data: address, stays an image; any other prints its description.
            for (org.jsoup.nodes.Element img : html.select("img:not([src^=data:])")) {
                img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(html), null);
            builder.withProducer("briefing");
            builder.useUnicodeLineBreaker(new AddressLineBreaker());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                int pages = doc.getNumberOfPages();
                if (pages > 1) {
                    diags.error(Code.BRF136, item.fields().posOf(HANDOUT), "the handout of '" + item.id() + "' runs to " + pages + " pages; it must fit on one",
                            "shorten the summary or the advice sections, or move a section out of 'advice:' so the handout leaves it out");
                    return null;
                }
                reproducible(doc, key, asOf == null ? null : LocalDate.parse(asOf.iso()));
                doc.save(out);
            }
        } catch (IOException | RuntimeException e) {
            diags.error(Code.BRF139, item.pos(), "the handout of '" + item.id() + "' could not be made: " + e.getMessage(),
                    "check the handout template (handout.ftlh) if the site overrides it");
            return null;
        }
        return out.toByteArray();
    }

    /**
     * No clock and no randomness in the file: its dates are the page's date, its id derived from its input. A page
     * that gives no date (null) gets no date in its file either, rather than one nobody chose: no CreationDate or
     * ModDate. (The XMP openhtmltopdf writes for PDF/UA has no dates: HandoutsTest holds it to that.)
     */
    private static void reproducible(PDDocument doc, String key, LocalDate date) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (date == null) {
            info.getCOSObject().removeItem(COSName.CREATION_DATE);
            info.getCOSObject().removeItem(COSName.MOD_DATE);
        } else {
            Calendar day = GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
            day.setTimeZone(TimeZone.getTimeZone("UTC"));
            info.setCreationDate(day);
            info.setModificationDate(day);
        }
        doc.setDocumentId(Long.parseUnsignedLong(key.substring(0, 15), 16));
    }

    /**
     * The page's own date: the latest of its date, update, review and change notes; null for a page
     * that gives none, whose handout and card then state no date rather than one nobody chose.
     */
    static LocalDate asOf(Item item) {
        LocalDate d = later(item.date(), later(item.fields().get(UPDATED), item.fields().get(REVIEWED)));
        for (var change : item.fields().get(CHANGES)) d = later(d, change.get(DATE));
        return d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    private static String normal(String heading) {
        return dev.briefing.util.Spacing.folded(heading);
    }

    private static String markup(TemplateHTMLOutputModel m) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(m);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateHTMLOutputModel markupOf(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
