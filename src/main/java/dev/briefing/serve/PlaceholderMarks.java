package dev.briefing.serve;

import dev.briefing.model.Placeholders;
import java.util.List;
import java.util.Locale;

/**
 * Marks on a page, in the preview only, the text {@code init} and {@code new} wrote for the
 * editors to replace: from a "TODO:" to the end of its text, and the placeholder sentence and
 * addresses, each in a {@code <mark>}. Only text between tags is touched, never an attribute,
 * nor the text of elements that cannot hold markup (title, script, style, textarea).
 */
final class PlaceholderMarks {
    private static final List<String> WHOLE = List.of(Placeholders.BODY, Placeholders.URL, Placeholders.EMAIL);
    private static final List<String> RAW_TEXT = List.of("title", "script", "style", "textarea");
    static final String OPEN = "<mark class=\"briefing-placeholder\">";
    static final String CLOSE = "</mark>";

    private PlaceholderMarks() {
    }

    static String mark(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int i = 0;
        String rawUntil = null;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? html.length() : lt;
            String text = html.substring(i, end);
            out.append(rawUntil == null ? markText(text) : text);
            if (lt < 0) break;
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                out.append(html, lt, html.length());
                break;
            }
            String tag = html.substring(lt, gt + 1);
            out.append(tag);
            String name = tagName(tag);
            if (rawUntil != null) {
                if (name.equals("/" + rawUntil)) rawUntil = null;
            } else if (RAW_TEXT.contains(name)) {
                rawUntil = name;
            }
            i = gt + 1;
        }
        return out.toString();
    }

    /** "title" for {@code <title lang=en>}, "/title" for {@code </title>}. */
    private static String tagName(String tag) {
        int from = 1;
        int to = from;
        if (to < tag.length() && tag.charAt(to) == '/') to++;
        while (to < tag.length() && Character.isLetterOrDigit(tag.charAt(to))) to++;
        return tag.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static String markText(String text) {
        int todo = text.indexOf(Placeholders.MARK);
        if (todo >= 0) {
            return markText(text.substring(0, todo)) + OPEN + text.substring(todo) + CLOSE;
        }
        for (String whole : WHOLE) {
            int at = text.indexOf(whole);
            if (at >= 0) {
                return markText(text.substring(0, at)) + OPEN + whole + CLOSE + markText(text.substring(at + whole.length()));
            }
        }
        return text;
    }
}
