package dev.briefing.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML mistakes editors make, each reported once, at the line to change, in words about lines,
 * indentation, quotes and lists: never the parser's own ("expected &lt;block end&gt;, but found '?'").
 */
class YamlSyntaxTest {
    static final String PATH = "content/data/targets.yaml";

    /** The one headline a data file's text gives (path:line:col: error: message (hint) [BRF011]). */
    static String headline(String yaml, int firstLine) {
        Diagnostics diags = new Diagnostics();
        YamlLoader.compose(yaml, PATH, firstLine, diags);
        List<Diagnostic> found = diags.sorted();
        assertEquals(1, found.size(), found::toString);
        return DiagnosticFormatter.headline(found.get(0));
    }

    record Case(String yaml, String expected) {
        @Override
        public String toString() {
            return yaml.replace("\n", "⏎");
        }
    }

    static List<Case> cases() {
        return List.of(
                // A tab: once, plainly, where it is.
                new Case("title: A\n\tsummary: s\n", "2:1: error: this line is indented with a tab"
                        + " (YAML counts spaces only: replace the tab with spaces)"),
                new Case("title:\tA\nsummary: s\n", "1:7: error: a tab after 'title:' (put a space there instead of the tab)"),
                // A field indented too far: the parser reads it as more text, but the cause is the indentation.
                new Case("- id: a\n  name: A\n    summary: s\n", "3:5: error: 'summary' is indented more than 'name' on line 2"
                        + " (remove 2 spaces before 'summary:' to line it up with 'name:')"),
                new Case("title: A\n\n summary: s\n", "3:2: error: 'summary' is indented more than 'title' on line 1"
                        + " (remove 1 space before 'summary:' to line it up with 'title:')"),
                new Case("summary: A long\n  text that goes on\n  title: x\n", "3:3: error: 'title' is indented more than"
                        + " 'summary' on line 1 (remove 2 spaces before 'title:' to line it up with 'summary:')"),
                // ... or not far enough.
                new Case("- id: a\n  name: A\n summary: s\n", "3:2: error: 'summary' is indented less than 'name' on line 2"
                        + " (add 1 space before 'summary:' to line it up with 'name:')"),
                new Case("publisher:\n  name: P\n url: x\n", "3:2: error: 'url' is indented less than 'name' on line 2"
                        + " (add 1 space before 'url:' to line it up with 'name:', or remove 1 space to line it up with 'publisher:')"),
                new Case("- id: a\nname: A\n", "2:1: error: 'name' is indented less than 'id' on line 1"
                        + " (add 2 spaces before 'name:' to line it up with 'id:')"),
                new Case("sources:\n  - a\n - b\n", "3:2: error: '- b' is indented less than '- a' on line 2"
                        + " (add 1 space before '- b' to line it up with '- a')"),
                // An unquoted ': ' in text.
                new Case("title: Note: this\n", "1:8: error: the text of 'title' contains ': ', which YAML reads as the start"
                        + " of a field (put the text in quotes: title: \"Note: this\")"),
                new Case("summary: It said\n  Warning: stay away\n", "1:10: error: the text of 'summary' contains ': ' on line 2,"
                        + " which YAML reads as the start of a field (put the whole text of 'summary' in quotes, from here to the end of line 2)"),
                // Quotes.
                new Case("title: \"A brief\nsummary: s\n", "1:8: error: the double quote that opens this text is not closed"
                        + " (close the quote: end the text with \" on the same line, title: \"A brief\")"),
                // ... and when a later quote closes it: YAML took the lines between as its text, but the quote to close is above.
                new Case("title: \"Polling places\ndate: 2026-12-01\nsummary: \"A plain sentence.\"\n", "1:8: error: the double"
                        + " quote that opens this text is not closed (close the quote: end the text with \" on the same line,"
                        + " title: \"Polling places\")"),
                new Case("- id: a\n  name: 'Schools\n  summary: 'Where children learn.'\n", "2:9: error: the single quote that"
                        + " opens this text is not closed (close the quote: end the text with ' on the same line, name: 'Schools')"),
                new Case("summary: 'It's here'\n", "1:10: error: the text of 'summary' has a single quote inside its quotes, which"
                        + " ends the text early (write it as summary: \"It's here\")"),
                new Case("title: \"Protecting\" polling places\n", "1:8: error: the text of 'title' goes on after its closing quote"
                        + " (put the whole text in quotes: title: '\"Protecting\" polling places')"),
                new Case("path: \"C:\\docs\"\n", "1:10: error: '\\d' in double quotes is not a character YAML knows"
                        + " (write \\\\ for a backslash, or put the text in single quotes)"),
                new Case("summary: *Two* threats\n", "1:10: error: text cannot start with '*' unless it is in quotes"
                        + " (put the text in quotes: summary: \"*Two* threats\")"),
                new Case("summary: @county said\n", "1:10: error: text cannot start with '@' unless it is in quotes"
                        + " (put the text in quotes: summary: \"@county said\")"),
                // A list item after []: reported at the '[]' to delete, not at the item.
                new Case("[]\n\n- id: a\n  name: A\n", "1:1: error: '[]' says the list is empty, but entries follow on line 3"
                        + " (delete this '[]': the entries below it are the list)"),
                new Case("- id: a\n  tags: []  # none yet\n  - x\n", "2:9: error: 'tags: []' says the list is empty, but an item"
                        + " follows on line 3 (write 'tags:' without '[]', with each '- item' on its own line below it)"),
                // A missing '-'.
                new Case("- id: a\n  name: A\nid: b\n  name: B\n", "3:1: error: the entry that starts with 'id: b' has no '-'"
                        + " (write '- id: b' to start a new entry)"),
                new Case("tags:\n  - a\n  b\nsummary: s\n", "3:3: error: 'b' follows a list item but has no '-'"
                        + " (write '- b' to add it to the list)"),
                new Case("tags:\n  - a\n  -b\n", "3:3: error: '-b' needs a space after '-' (write '- b')"),
                // A line that is no field: reported at that line, even when the parser notices it later.
                new Case("title A\nsummary: s\n", "1:1: error: 'title A' has no ':' after its field name (write 'title: A')"),
                new Case("- id: a\n  name A\n  summary: s\n", "2:3: error: 'name A' has no ':' after its field name (write 'name: A')"),
                new Case("tags: [a, b\nsummary: s\n", "1:7: error: the [ that opens this list is not closed"
                        + " (close it with ] on the same line, as in [a, b])"),
                new Case("title: A\n- x\n", "2:1: error: '- x' is a list item where a field is expected (a list goes under its"
                        + " field, written alone on the line above it, such as 'tags:', each item indented by 2 spaces)"),
                new Case("title: A\n---\nmore: x\n", "2:1: error: '---' starts a second document here"
                        + " (remove this line: a data file holds one list)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCommonMistakeIsNamedAtTheLineToChange(Case c) {
        assertEquals(PATH + ":" + c.expected() + " [BRF011]", headline(c.yaml(), 1));
    }

    /** In front matter the YAML starts on line 2: positions and the lines messages name are file lines. */
    @Test
    void linesInMessagesAreFileLines() {
        assertEquals(PATH + ":3:4: error: 'summary' is indented more than 'title' on line 2 (remove 3 spaces before"
                + " 'summary:' to line it up with 'title:') [BRF011]", headline("title: A\n   summary: s\n", 2));
    }
}
