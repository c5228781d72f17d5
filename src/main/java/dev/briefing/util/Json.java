package dev.briefing.util;

/** JSON string escaping, shared by diagnostics, feeds, JSON-LD and the search index. */
public final class Json {
    private Json() {
    }

    /**
     * A JSON string literal. Besides the required escapes, '<', '>' and '&' are escaped so the
     * literal is also safe inside an HTML script element (JSON-LD) whatever the text contains.
     */
    public static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
