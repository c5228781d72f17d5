package dev.briefing.render;

import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.UPDATED;

import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.Messages;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.OutputCache;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Share cards: the image a link to the site shows on social media and in chat (Open Graph and
 * Twitter card tags in layout.ftlh). Briefs, advisories, the report page and the home page get
 * their own card.png beside the page; every other page uses the site's /card.png. Each card
 * shows the title, the publisher and the page's date or "As of" horizon, so that a screenshot of
 * an old card still says how old it is. Drawn with Java2D in the bundled font; the same input
 * gives the same bytes on the same JDK, and cards are kept in the build's cache under a hash of
 * their text, the fonts and the JDK, so a rebuild draws none that did not change.
 *
 * <p>The preview keeps each card as its text only ({@link #pageOnRequest}) and draws it when asked for
 * ({@link #served}): pages only name their cards for other sites, so no browser of the preview asks for
 * them, and 20,000 of them drawn were 300 MB of its memory.
 */
public final class Cards {
    public static final String FILE = "card.png";
    /** The card of every page without its own (the home page's own is /card.png). */
    public static final String SITE_CARD = "/site-card.png";
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    /** The drawing code below and the JDK's version, so that no cached card outlives them. */
    static final String DRAWING = Fonts.codeDigest(Cards.class);
    /** What a card kept for the preview starts with: a PNG starts with 0x89 'P' 'N' 'G'. */
    private static final byte[] ON_REQUEST = "\0card drawn on request\0".getBytes(StandardCharsets.US_ASCII);
    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color MUTED = new Color(0x44, 0x44, 0x44);
    /**
     * Sixteen colours: fifteen greys from the ink to white in even steps (the muted grey is the
     * fourth), which is all that anti-aliased grey text on white needs, and the accent. A 4-bit PNG
     * encodes several times faster than a true-colour one and is a third of its size: a site with
     * thousands of briefs draws thousands of cards on a first build.
     */
    private static final IndexColorModel PALETTE = palette();

    private final OutputCache cache;

    public Cards(OutputCache cache) {
        this.cache = cache;
    }

    /**
     * Which pages of one language have a card of their own, and the item each shows (none for the home page):
     * briefs, advisories, the report page and the home page. Answered page by page (the page's item found from its
     * path), so that an edit that renders two pages does not ask it of every item. A page whose title or publisher
     * has a character the bundled font cannot draw (a site in another script) shows the site's card instead: a
     * card is never published with empty boxes for letters.
     */
    public static final class Pages {
        private final ResolvedSite site;
        private final boolean drawable;
        private final String home;
        /** The report page (site.yaml's report, when one of the site's pages) with a drawable title, else null. */
        private final Item report;

        public Pages(ResolvedSite site, Messages messages) {
            this.site = site;
            this.drawable = Cards.drawable(by(site, messages));
            this.home = Cards.drawable(site.config().title()) ? site.urls().local("/") : null;
            String report = site.config().report();
            String path = report == null ? null : Urls.stripFragment(report);
            this.report = path == null ? null : site.ofKind(Kind.PAGE).stream()
                    .filter(p -> Urls.of(p.key()).equals(path) && Cards.drawable(p.title())).findFirst().orElse(null);
        }

        /** Whether the page at this site path has a card of its own. */
        public boolean has(String page) {
            return shown(page) != null;
        }

        /** The item the card of the page at this site path shows: empty for the home page, and for a page with no card. */
        public Optional<Item> item(String page) {
            Optional<Item> shown = shown(page);
            return shown == null ? Optional.empty() : shown;
        }

        /** The item the page's own card shows (empty for the home page), or null when it has no card of its own. */
        private Optional<Item> shown(String page) {
            if (!drawable) return null;
            if (report != null && site.urls().itemPage(report.key()).equals(page)) return Optional.of(report);
            if (page.equals(home)) return Optional.empty();
            Item i = site.itemOnPage(page);
            return i != null && (i.kind() == Kind.BRIEF || i.kind() == Kind.ADVISORY) && Cards.drawable(i.title()) ? Optional.of(i) : null;
        }
    }

    /** What a card says: its title, the line under it, and the date line. */
    record Text(String title, String by, String date) {
    }

    /** A card as its cache entry: the entry's key, and the card's bytes (read from the cache, else drawn) only when asked for. */
    public record Entry(String key, java.util.function.Supplier<byte[]> bytes) {
    }

    /**
     * The card of a page that has one, in the language of its pages ({@code messages}), as its cache entry: a build whose
     * output holds the card already needs only its key. The entry counts as used whether or not its bytes are asked
     * for, so the sweep keeps it.
     *
     * @param item the item the page shows, as {@link #pages} gives it (empty for the home page)
     */
    public Entry entry(ResolvedSite site, Messages messages, Optional<Item> item, String title) {
        return entry(text(site, messages, item, title));
    }

    /** The site's own card, for every page without one, in the default language ({@code messages}), as its cache entry. */
    public Entry siteEntry(ResolvedSite site, Messages messages) {
        return entry(siteText(site, messages));
    }

    private Entry entry(Text text) {
        String key = key(text);
        cache.keep(key);
        return new Entry(key, () -> cache.get(key, () -> png(text)));
    }

    /** What the card of a page says, in the words of {@code messages}: its title, who publishes it, and how old it is. */
    static Text text(ResolvedSite site, Messages messages, Optional<Item> shown, String title) {
        Item item = shown.orElse(null);
        String date;
        if (item == null) {
            date = messages.text("card.as_of", messages.day(site.asOf()));
        } else if (item.kind() == Kind.ADVISORY) {
            // An advisory is its issuer's, not the site's, and a card of one no longer in force says so, as its page does.
            date = messages.text("card.advisory", messages.day(item.fields().get(ISSUED)), messages.day(item.fields().get(EXPIRES)));
            String status = Views.status(site, item);
            if (status != null && !status.equals("current")) date = messages.text("card.stamped", messages.text("advisory." + status), date);
            dev.briefing.resolve.Issuer issuer = dev.briefing.resolve.Issuer.of(item, site.items(), site.config());
            if (issuer != null) return new Text(title, messages.text("card.issued_by", issuer.name()), date);
        } else if (item.kind() == Kind.BRIEF) {
            LocalDate updated = item.fields().get(UPDATED);
            date = updated == null ? messages.text("card.published", messages.day(item.date()))
                    : messages.text("card.updated", messages.day(item.date()), messages.day(updated));
        } else {
            LocalDate own = Handouts.asOf(item);
            date = own == null ? "" : messages.text("card.as_of", messages.day(own));
        }
        return new Text(title, by(site, messages), date);
    }

    /**
     * The card of a page as the preview keeps it: a marker no PNG starts with, then its text, a few hundred bytes
     * that {@link #served} draws on request (from the cache when it holds the card). Its cache entry counts as
     * used, so the preview's sweep of the cache keeps it for the next build.
     */
    public byte[] pageOnRequest(ResolvedSite site, Messages messages, Optional<Item> item, String title) {
        Text text = text(site, messages, item, title);
        cache.keep(key(text));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(ON_REQUEST);
        for (String part : List.of(text.title(), text.by(), text.date())) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            bytes.writeBytes(utf8);
        }
        return bytes.toByteArray();
    }

    /** A file as it is served: a card kept by {@link #pageOnRequest} drawn, any other file (null too) as it is. */
    public byte[] served(byte[] file) {
        if (file == null || !Arrays.equals(file, 0, Math.min(file.length, ON_REQUEST.length), ON_REQUEST, 0, ON_REQUEST.length)) {
            return file;
        }
        ByteBuffer in = ByteBuffer.wrap(file, ON_REQUEST.length, file.length - ON_REQUEST.length);
        String[] parts = new String[3];
        for (int i = 0; i < parts.length; i++) {
            byte[] utf8 = new byte[in.getInt()];
            in.get(utf8);
            parts[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        return draw(new Text(parts[0], parts[1], parts[2]));
    }

    private static Text siteText(ResolvedSite site, Messages messages) {
        return new Text(site.config().title(), by(site, messages), site.config().description());
    }

    private static String by(ResolvedSite site, Messages messages) {
        return site.config().publisher() == null ? site.config().title() : messages.text("card.by", site.config().publisher().name());
    }

    private static boolean drawable(String text) {
        return text.codePoints().allMatch(Fonts::canDraw);
    }

    private byte[] draw(Text text) {
        return cache.get(key(text), () -> png(text));
    }

    /** The card's name in the cache: a hash of its text, the drawing code and the fonts. */
    private static String key(Text text) {
        return "card-" + Fonts.sha256((DRAWING + "\n" + Fonts.DIGEST + "\n" + text.title() + "\n" + text.by() + "\n" + text.date())
                .getBytes(StandardCharsets.UTF_8)) + ".png";
    }

    private static byte[] png(Text text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY, PALETTE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 24, HEIGHT);
            int left = 80;
            int width = WIDTH - left - 80;
            g.setColor(MUTED);
            g.setFont(Fonts.Awt.REGULAR.deriveFont(34f));
            g.drawString(fit(g, text.by(), width), left, 110);
            Font title = Fonts.Awt.BOLD.deriveFont(64f);
            g.setFont(title);
            g.setColor(INK);
            List<String> lines = wrap(g, text.title(), width, 4);
            int y = 210;
            for (String line : lines) {
                g.drawString(line, left, y);
                y += 80;
            }
            g.setColor(ACCENT);
            g.fillRect(left, HEIGHT - 150, 120, 8);
            g.setColor(INK);
            g.setFont(Fonts.Awt.REGULAR.deriveFont(36f));
            g.drawString(fit(g, text.date(), width), left, HEIGHT - 80);
        } finally {
            g.dispose();
        }
        return Png.of(image);
    }

    private static IndexColorModel palette() {
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        for (int i = 0; i < 15; i++) {
            int v = INK.getRed() + (255 - INK.getRed()) * i / 14;
            r[i] = g[i] = b[i] = (byte) v;
        }
        r[15] = (byte) ACCENT.getRed();
        g[15] = (byte) ACCENT.getGreen();
        b[15] = (byte) ACCENT.getBlue();
        return new IndexColorModel(4, 16, r, g, b);
    }

    /** The text in lines of at most {@code width}, at most {@code max} lines, the last cut with an ellipsis. */
    static List<String> wrap(Graphics2D g, String text, int width, int max) {
        FontMetrics m = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (m.stringWidth(next) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(next);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() <= max) return lines.stream().map(l -> fit(g, l, width)).toList();
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        kept.set(max - 1, fit(g, kept.get(max - 1) + " " + String.join(" ", lines.subList(max, lines.size())), width));
        return kept;
    }

    /** The text, cut with an ellipsis if it is wider than {@code width}. */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(text) <= width) return text;
        String t = text;
        while (!t.isEmpty() && m.stringWidth(t + "…") > width) t = t.substring(0, t.length() - 1);
        return t.strip() + "…";
    }
}
