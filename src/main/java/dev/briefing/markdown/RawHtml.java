package dev.briefing.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to say of raw HTML in Markdown, which is never published (it is shown as text): one warning
 * per block that has any, naming its tags, with the Markdown that does the same for the common ones.
 */
final class RawHtml {
    private static final Pattern TAG = Pattern.compile("<!--|</?([A-Za-z][A-Za-z0-9]*)");
    private static final String COMMENT = "!--";
    /** What to write in Markdown for what a tag does, by tag name. */
    private static final Map<String, String> MARKDOWN = Map.ofEntries(
            Map.entry("b", "write **bold**"), Map.entry("strong", "write **bold**"),
            Map.entry("i", "write *italic*"), Map.entry("em", "write *italic*"),
            Map.entry("a", "write [the text](https://…)"),
            Map.entry("br", "end the line with two spaces, or leave a blank line for a new paragraph"),
            Map.entry("p", "leave a blank line between paragraphs"),
            Map.entry("ul", "start each item with '- ' on its own line"), Map.entry("li", "start each item with '- ' on its own line"),
            Map.entry("ol", "start each item with '1. ' on its own line"),
            Map.entry("h1", "start the line with '## '"), Map.entry("h2", "start the line with '## '"),
            Map.entry("h3", "start the line with '### '"), Map.entry("h4", "start the line with '#### '"),
            Map.entry("h5", "start the line with '##### '"), Map.entry("h6", "start the line with '###### '"),
            Map.entry("img", "write ![what it shows](/img/file.png)"),
            Map.entry("blockquote", "start each quoted line with '> '"),
            Map.entry("code", "write `code`"), Map.entry("pre", "put the block between two lines of ```"),
            Map.entry("hr", "write '---' on a line of its own"),
            Map.entry("s", "write ~~struck~~"), Map.entry("del", "write ~~struck~~"), Map.entry("strike", "write ~~struck~~"),
            Map.entry("table", "write a table of '| a | b |' lines"));
    private static final String OTHERWISE = "remove the HTML: Markdown writes **bold**, *italic*, [links](https://…),"
            + " '- ' lists and '## ' headings";

    private RawHtml() {
    }

    /** The tags in raw HTML texts, lowercase, each once, in order ("!--" for a comment). */
    static List<String> tags(List<String> html) {
        Set<String> tags = new LinkedHashSet<>();
        for (String h : html) {
            Matcher m = TAG.matcher(h);
            while (m.find()) tags.add(m.group(1) == null ? COMMENT : m.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(tags);
    }

    static String message(List<String> tags) {
        List<String> shown = tags.stream().limit(3).map(t -> t.equals(COMMENT) ? "<!-- -->" : "<" + t + ">").toList();
        String named = shown.isEmpty() ? "" : " " + String.join(", ", shown) + (tags.size() > 3 ? " …" : "");
        return "raw HTML" + named + " is shown as text, not passed through";
    }

    /** For each tag it knows, what to write instead ("for <b>, write **bold**"), tags with the same answer together. */
    static String hint(List<String> tags) {
        Map<String, List<String>> byAnswer = new LinkedHashMap<>();
        for (String t : tags) {
            String answer = t.equals(COMMENT) ? "delete it: readers would see it" : MARKDOWN.get(t);
            if (answer != null) byAnswer.computeIfAbsent(answer, a -> new ArrayList<>()).add(t.equals(COMMENT) ? "<!-- -->" : "<" + t + ">");
        }
        if (byAnswer.isEmpty()) return OTHERWISE;
        List<String> parts = new ArrayList<>();
        byAnswer.forEach((answer, named) -> parts.add("for " + String.join(", ", named) + ", " + answer));
        return String.join("; ", parts);
    }
}
