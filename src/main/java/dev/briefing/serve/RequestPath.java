package dev.briefing.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The site path a request names, decoded strictly. Browsers percent-encode everything outside
 * printable ASCII and resolve dot segments before sending, so a raw path with other characters,
 * a bad escape, an escape that is not UTF-8, a decoded control character (NUL included) or
 * backslash, a "." or ".." segment, or an empty segment ("//") is a crafted request and names
 * no page.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The decoded path, starting with '/'; empty when the request is malformed. */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int hi = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(rawPath.charAt(i + 2), 16);
                if (lo < 0) return Optional.empty();
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c > ' ' && c < 0x7f) {
                bytes.put((byte) c);
            } else {
                return Optional.empty();
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder().decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (path.chars().anyMatch(ch -> Character.isISOControl(ch) || ch == '\\')) return Optional.empty();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) return Optional.empty();
        }
        return Optional.of(path);
    }
}
