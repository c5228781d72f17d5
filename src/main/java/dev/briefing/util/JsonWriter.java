package dev.briefing.util;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON. Keys of a
 * sorted or insertion-ordered map come in its order; any other map's (such as {@code Map.of}'s,
 * whose order changes from run to run) are sorted, so the same tree always gives the same bytes. {@code "key": value} keeps its one space: the link gate reads site addresses
 * from {@code "url": "…"}.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            sb.append(Json.string(s));
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            String inner = indent + "  ";
            sb.append("{\n");
            boolean first = true;
            Iterable<? extends Map.Entry<?, ?>> entries = map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap
                    ? map.entrySet() : new java.util.TreeMap<>(map).entrySet();
            for (Map.Entry<?, ?> e : entries) {
                if (!first) sb.append(",\n");
                first = false;
                sb.append(inner).append(Json.string((String) e.getKey())).append(": ");
                write(sb, e.getValue(), inner);
            }
            sb.append('\n').append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            String inner = indent + "  ";
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(",\n");
                sb.append(inner);
                write(sb, list.get(i), inner);
            }
            sb.append('\n').append(indent).append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
