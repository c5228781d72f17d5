package dev.briefing.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/** A QR code of an address, as a black-and-white PNG (ZXing encodes; the JDK writes the image). */
final class QrCode {
    /** Pixels per module: large enough that scaling in a PDF viewer or printer never blurs a module. */
    private static final int SCALE = 8;

    private QrCode() {
    }

    static byte[] png(String text) {
        BitMatrix m;
        try {
            // Medium error correction survives a crease or a smudge on paper; a 4-module quiet zone as the standard asks.
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
        BufferedImage image = new BufferedImage(m.getWidth() * SCALE, m.getHeight() * SCALE, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, m.get(x / SCALE, y / SCALE) ? 0xff000000 : 0xffffffff);
        }
        return Png.of(image);
    }
}
