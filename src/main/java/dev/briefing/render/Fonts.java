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
    /** For the check of what the font can draw, and for drawing share cards. */
    static final Font AWT_REGULAR = awt(REGULAR);
    static final Font AWT_BOLD = awt(BOLD);
    /** Part of every cache key: other font files make other bytes. */
    static final String DIGEST = sha256(REGULAR) + sha256(BOLD);

    private Fonts() {
    }

    static InputStream regular() {
        return new ByteArrayInputStream(REGULAR);
    }

    static InputStream bold() {
        return new ByteArrayInputStream(BOLD);
    }

    /** Whether the font has a glyph for the character (whitespace needs none). */
    static boolean canDraw(int codePoint) {
        return Character.isWhitespace(codePoint) || AWT_REGULAR.canDisplay(codePoint);
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
