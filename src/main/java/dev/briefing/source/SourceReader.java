package dev.briefing.source;

import dev.briefing.model.SourceFile;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads source files as strict UTF-8 text, within a size limit. */
public final class SourceReader {
    /** Larger files are refused: no brief or data file needs more, and it bounds memory. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private SourceReader() {
    }

    public static Optional<SourceFile> read(Path file, String relativePath, Diagnostics diags) {
        Pos pos = Pos.file(relativePath);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diags.error(Code.BRF006, pos, "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diags.error(Code.BRF001, pos, "cannot read file: " + describe(e));
            return Optional.empty();
        }
        return decode(bytes, relativePath, diags).map(text -> new SourceFile(relativePath, text));
    }

    /** Strict UTF-8 decoding; a malformed byte is reported with its line and column. */
    public static Optional<String> decode(byte[] bytes, String relativePath, Diagnostics diags) {
        try {
            // Plain ASCII, most files, is valid UTF-8 as it is: skip the checking decoder's copy.
            String text = isAscii(bytes) ? new String(bytes, StandardCharsets.US_ASCII)
                    : StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (!isAscii(bytes)) hiddenCharacters(text, relativePath, diags);
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstMalformedByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // An editor that saved in Windows-1252 or Latin-1 (most often, with Spanish or French accents) wrote a letter
            // the reader can be shown: "é" says what "byte 0xE9" does not.
            String letter = new String(bytes, bad, 1, java.nio.charset.Charset.forName("windows-1252"));
            boolean readable = !letter.isBlank() && !Character.isISOControl(letter.charAt(0)) && letter.charAt(0) != '\uFFFD';
            diags.error(Code.BRF002, new Pos(relativePath, line, bad - lineStart + 1),
                    String.format("byte 0x%02X is not valid UTF-8", bytes[bad] & 0xff) + (readable
                            ? ": the file seems saved in another encoding (Windows-1252 or Latin-1), where it is the letter '" + letter + "'"
                            : ""),
                    "save the file with UTF-8 encoding (in most editors: Save with Encoding, or Save As, then UTF-8); its letters are kept");
            return Optional.empty();
        }
    }

    /** At most this many hidden characters are reported per file; the first ones show the problem. */
    static final int MAX_HIDDEN_REPORTED = 20;

    /**
     * Bidirectional controls and invisible characters make text read differently from what it
     * says (the "Trojan Source" attack, CVE-2021-42574): each is an error at its position, so a
     * site with one is never published. Right-to-left text itself (Arabic, Hebrew) is fine.
     */
    static void hiddenCharacters(String text, String relativePath, Diagnostics diags) {
        int line = 1;
        int lineStart = 0;
        int reported = 0;
        for (int i = 0; i < text.length() && reported < MAX_HIDDEN_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isHidden(c)) {
                diags.error(Code.BRF007, new Pos(relativePath, line, i - lineStart + 1),
                        String.format("hidden character U+%04X (%s)", (int) c, Character.getName(c).toLowerCase(java.util.Locale.ROOT)),
                        "delete it: it changes how the text displays without showing itself");
                reported++;
            }
        }
    }

    private static boolean isHidden(char c) {
        return c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // isolates
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF' // zero-width (joiners, which emoji and scripts need, are not)
                || c == '\u200E' || c == '\u200F' || c == '\u061C'; // direction marks
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return false;
        return true;
    }

    private static int firstMalformedByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                + (m == null ? "" : " (" + m + ")");
    }
}
