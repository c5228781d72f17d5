package dev.briefing.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the handouts and share cards: Open Sans (Apache-2.0; its licence and notice ship
 * beside it under dev/briefing/fonts/), bundled so that every build, on any machine, sets the
 * same text with the same glyphs. Read once; immutable.
 */
final class Fonts {
    static final String FAMILY = "Open Sans";
    private static final String DIR = "/dev/briefing/fonts/";
    private static final byte[] REGULAR = read("OpenSans-Regular.ttf");
    private static final byte[] BOLD = read("OpenSans-Bold.ttf");
    /** Part of every cache key: other font files make other bytes. */
    static final String DIGEST = sha256(REGULAR) + sha256(BOLD);

    private Fonts() {
    }

    /**
     * A bundled font as a handout embeds it: loaded into {@code doc}, to be subset, and with the
     * font's glyph substitutions off. PDFBox would otherwise set "fi" and "fl" as ligatures, one
     * glyph each, which copying, searching and screen readers give back as U+FB01 and U+FB02: an
     * address copied from the handout would not open.
     */
    static PDFont pdf(PDDocument doc, boolean bold) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bold ? BOLD : REGULAR));
        doc.registerTrueTypeFontForClosing(font);
        font.setEnableGsub(false);
        return PDType0Font.load(doc, font, true);
    }

    /**
     * Whether the font has a glyph for the character (whitespace needs none). Read from the font's
     * own character map with FontBox, so a build whose cards and handouts all come from the cache
     * never starts the JDK's font system (a third of a second).
     */
    static boolean canDraw(int codePoint) {
        return codePoint < Cmap.ASCII.length ? Cmap.ASCII[codePoint] : drawn(Cmap.REGULAR, codePoint);
    }

    private static boolean drawn(CmapLookup cmap, int codePoint) {
        return Character.isWhitespace(codePoint) || cmap.getGlyphId(codePoint) != 0;
    }

    /** The regular font's character map, read once, when first asked (immutable after). */
    private static final class Cmap {
        static final CmapLookup REGULAR = read();
        /** The answers for ASCII, which most titles are made of, looked up once: every page's title is checked on every build. */
        static final boolean[] ASCII = ascii();

        private static boolean[] ascii() {
            boolean[] out = new boolean[128];
            for (int c = 0; c < out.length; c++) out[c] = drawn(REGULAR, c);
            return out;
        }

        private static CmapLookup read() {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.REGULAR))) {
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The fonts as the JDK draws them, for share cards: made when the first card is drawn. */
    static final class Awt {
        static final Font REGULAR = awt(Fonts.REGULAR);
        static final Font BOLD = awt(Fonts.BOLD);

        private Awt() {
        }
    }

    /**
     * A digest of the code that turns input into output bytes (these classes' own class files, and
     * the JDK's version, whose image and compression code the output goes through), for the cache
     * keys: a changed renderer, a library update or another JDK never reuses what an older one made.
     */
    static String codeDigest(Class<?>... classes) {
        StringBuilder sb = new StringBuilder(System.getProperty("java.runtime.version")).append('\n');
        for (Class<?> c : classes) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                sb.append(in == null ? c.getName() : sha256(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("missing font " + DIR + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }
}
