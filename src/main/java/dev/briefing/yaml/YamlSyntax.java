package dev.briefing.yaml;

import dev.briefing.diag.Pos;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in an editor's words. The parser says where it stopped and which token it
 * wanted ("expected &lt;block end&gt;, but found '?'"); an editor needs the line to change and
 * what to change on it: an indentation, a quote, a ':' or a '-'. The common causes are told apart
 * by the parser's problem and the lines around it, and the diagnostic points at the line to change
 * (the '[]' before a list item, the line missing its ':'), not only where the parser gave up.
 * Whatever is not recognised is still said in plain words: no parser phrase reaches the editor.
 */
final class YamlSyntax {
    /** The position, message and hint of one syntax error. */
    record Explained(Pos pos, String message, String hint) {
    }

    /** A line that starts a field ("  name: A", "- id: a"): its indentation, list dashes, name. */
    private static final Pattern KEY = Pattern.compile("^( *)((?:- +)*)([A-Za-z_][\\w-]*) *:(?=[ \\t]|$)");
    /** A field name as the schemas write them: what an over-indented field looks like to the parser. */
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern FOUND = Pattern.compile("but found '(.*)'$");
    private static final String CHECK_LINES = "compare its indentation, quotes, '-' and ':' with the lines above it";

    private final String[] lines;
    private final String path;
    private final int firstLine;

    private YamlSyntax(String yaml, String path, int firstLine) {
        this.lines = yaml.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        this.path = path;
        this.firstLine = firstLine;
    }

    static Explained explain(MarkedYAMLException e, String yaml, String path, int firstLine) {
        return new YamlSyntax(yaml, path, firstLine).explain(e);
    }

    private Explained explain(MarkedYAMLException e) {
        String problem = Objects.requireNonNullElse(e.getProblem(), "");
        String context = Objects.requireNonNullElse(e.getContext(), "");
        Mark c = e.getContextMark();
        Mark p = e.getProblemMark() != null ? e.getProblemMark() : c;
        if (p == null) return new Explained(new Pos(path, firstLine, 1), "YAML cannot read this text", CHECK_LINES);
        int line = p.getLine();
        int col = p.getColumn();
        if (problem.contains("\\t(TAB)") || problem.contains("tab character")) return tab(line, col);
        // A quote left open on a line above took in the lines below it as its text, up to the next
        // such quote, here: the line to change is the one that opens it.
        int opened = openQuoteAbove(line, col);
        if (opened >= 0) return unclosedQuote(opened, valueStart(opened));
        if (problem.startsWith("found character '")) return unquoted(line, col, problem.charAt("found character '".length()));
        if (c != null && (context.contains("scanning an alias") || context.contains("scanning an anchor"))) {
            return unquoted(c.getLine(), c.getColumn(), at(c.getLine(), c.getColumn()));
        }
        if (problem.startsWith("found undefined alias")) return unquoted(line, col, '*');
        if (problem.startsWith("sequence entries are not allowed")) return unquoted(line, col, '-');
        if (problem.contains("unknown escape character")) return escape(line, Math.max(0, col - 1));
        if (c != null && context.contains("quoted scalar")) return unclosedQuote(c.getLine(), c.getColumn());
        if (c != null && (context.contains("flow sequence") || context.contains("flow mapping"))) {
            return unclosedBracket(c.getLine(), c.getColumn());
        }
        if (problem.startsWith("mapping values are not allowed")) return colonInText(line, col);
        if (c != null && problem.startsWith("could not find expected ':'")) return noColon(c.getLine(), c.getColumn());
        if (problem.startsWith("expected <block end>") || problem.startsWith("expected '<document start>'")) {
            return unexpected(line, col, problem, c);
        }
        if (context.startsWith("expected a single document")) {
            return new Explained(pos(line, col), "'---' starts a second document here",
                    "remove this line: a data file holds one list");
        }
        return unreadable(line, col);
    }

    private Explained unreadable(int line, int col) {
        return new Explained(pos(line, col), "YAML cannot read this line", CHECK_LINES);
    }

    /** A tab: YAML indents and separates with spaces only. */
    private Explained tab(int line, int col) {
        String before = text(line).substring(0, Math.min(col, text(line).length()));
        if (before.isBlank()) {
            return new Explained(pos(line, col), "this line is indented with a tab",
                    "YAML counts spaces only: replace the tab with spaces");
        }
        String after = before.stripTrailing();
        if (after.endsWith(":") || after.endsWith("-")) {
            String what = after.endsWith("-") ? "'-'" : "'" + after.strip() + "'";
            return new Explained(pos(line, col), "a tab after " + what, "put a space there instead of the tab");
        }
        return new Explained(pos(line, col), "a tab where YAML allows only spaces", "replace the tab with a space");
    }

    /** Text that starts with a character YAML gives a meaning: '*' (a reference), '@', '`', '&', '- '. */
    private Explained unquoted(int line, int col, char first) {
        String value = text(line).substring(Math.min(col, text(line).length())).strip();
        String shown = first == '-' ? "'- '" : "'" + first + "'";
        String hint = "put the text in quotes: " + prefix(line, col) + quoted(value);
        if (first == '-') hint += "; a list goes on the lines below its field, one '- item' each";
        return new Explained(pos(line, col), "text cannot start with " + shown + " unless it is in quotes", hint);
    }

    /** A backslash in double quotes that starts no escape: a Windows path, say. */
    private Explained escape(int line, int col) {
        String escape = text(line).substring(col, Math.min(col + 2, text(line).length()));
        return new Explained(pos(line, col), "'" + escape + "' in double quotes is not a character YAML knows",
                "write \\\\ for a backslash, or put the text in single quotes");
    }

    private Explained unclosedQuote(int line, int col) {
        char q = at(line, col);
        String value = text(line).substring(Math.min(col, text(line).length())).stripTrailing();
        return new Explained(pos(line, col), "the " + (q == '\'' ? "single" : "double") + " quote that opens this text is not closed",
                "close the quote: end the text with " + q + " on the same line, " + prefix(line, col) + value + q);
    }

    /**
     * The line above {@code line} whose value opens a quote it does not close, when no line between
     * has that quote and {@code line} has it before {@code col}: YAML read the lines between as part
     * of the quoted text, and stopped after the quote on {@code line} closed it. Else -1.
     */
    private int openQuoteAbove(int line, int col) {
        for (int l = line - 1; l >= 0; l--) {
            int start = valueStart(l);
            char q = at(l, start);
            if ((q == '"' || q == '\'') && closingQuote(text(l), start + 1, q) < 0) {
                int close = closingQuote(text(line), 0, q);
                return close >= 0 && close < col ? l : -1;
            }
            if (text(l).indexOf('"') >= 0 || text(l).indexOf('\'') >= 0) return -1;
        }
        return -1;
    }

    /** Where the quote that closes a text quoted with {@code q} is, from {@code from}: not \" in double quotes, not '' in single. */
    private static int closingQuote(String text, int from, char q) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q == '"' && c == '\\') i++;
            else if (c == q && q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') i++;
            else if (c == q) return i;
        }
        return -1;
    }

    private Explained unclosedBracket(int line, int col) {
        char open = at(line, col);
        String close = open == '{' ? "}" : "]";
        return new Explained(pos(line, col), "the " + open + " that opens this " + (open == '{' ? "group of fields" : "list")
                + " is not closed", "close it with " + close + " on the same line, as in "
                + (open == '{' ? "{name: A, url: https://…}" : "[a, b]"));
    }

    /**
     * "mapping values are not allowed": a ': ' the parser cannot take as a new field. Either a
     * field indented further than the one above it (its line continues that field's text), a line
     * above without its ':', or a ': ' inside unquoted text.
     */
    private Explained colonInText(int line, int col) {
        String text = text(line);
        int start = contentStart(line);
        String before = text.substring(Math.min(start, col), col);
        if (FIELD_NAME.matcher(before).matches()) {
            int owner = keyAbove(line, start);
            if (owner >= 0) {
                return new Explained(pos(line, start), "'" + before + "' is indented more than '" + keyName(owner) + "' on line "
                        + fileLine(owner), "remove " + spaces(start - keyColumn(owner)) + " before '" + before
                                + ":' to line it up with '" + keyName(owner) + ":'");
            }
            int previous = contentAbove(line);
            if (previous >= 0 && !KEY.matcher(text(previous)).find() && indent(previous) == indent(line)) {
                return missingColon(previous, contentStart(previous));
            }
            return unreadable(line, col);
        }
        Matcher key = KEY.matcher(text);
        if (key.find() && key.end() < col) {
            String value = text.substring(key.end()).strip();
            return new Explained(pos(line, valueStart(line)), "the text of '" + key.group(3)
                    + "' contains ': ', which YAML reads as the start of a field",
                    "put the text in quotes: " + key.group(3) + ": " + quoted(value));
        }
        int owner = keyAbove(line, indent(line));
        if (owner < 0) return unreadable(line, col);
        return new Explained(pos(owner, valueStart(owner)),
                "the text of '" + keyName(owner) + "' contains ': ' on line " + fileLine(line)
                        + ", which YAML reads as the start of a field",
                "put the whole text of '" + keyName(owner) + "' in quotes, from here to the end of line " + fileLine(line));
    }

    /** "could not find expected ':'": a line that is neither a field nor a list item. */
    private Explained noColon(int line, int col) {
        String content = text(line).substring(Math.min(col, text(line).length())).strip();
        if (content.startsWith("-") && content.length() > 1) {
            return new Explained(pos(line, col), "'" + content + "' needs a space after '-'", "write '- "
                    + content.substring(1).strip() + "'");
        }
        int previous = contentAbove(line);
        if (previous >= 0 && text(previous).strip().startsWith("-") && indent(previous) == col) {
            return new Explained(pos(line, col), "'" + content + "' follows a list item but has no '-'",
                    "write '- " + content + "' to add it to the list");
        }
        return missingColon(line, col);
    }

    private Explained missingColon(int line, int col) {
        String content = text(line).substring(Math.min(col, text(line).length())).strip();
        int space = content.indexOf(' ');
        String fixed = space < 0 ? content + ": …" : content.substring(0, space) + ": " + content.substring(space + 1).strip();
        return new Explained(pos(line, col), "'" + content + "' has no ':' after its field name", "write '" + fixed + "'");
    }

    /**
     * "expected &lt;block end&gt;" or "&lt;document start&gt;": a line the structure above has no
     * place for. A list item after '[]', text after a closing quote, a field without the '-' of
     * its entry, or a line indented unlike the ones it belongs with.
     */
    private Explained unexpected(int line, int col, String problem, Mark context) {
        Matcher m = FOUND.matcher(problem);
        String found = m.find() ? m.group(1) : "";
        int previous = contentAbove(line);
        boolean item = text(line).strip().startsWith("-");
        if (item && previous >= 0 && uncommented(previous).endsWith("[]")) return listAfterEmpty(previous, line);
        switch (found) {
            case "<scalar>" -> {
                return closedQuote(line, col);
            }
            case "]", "}" -> {
                return new Explained(pos(line, col), "an extra '" + found + "'", "remove it, or open what it closes with '"
                        + (found.equals("]") ? "[" : "{") + "'");
            }
            case "?", "<block mapping start>", "-", "<block sequence start>" -> {
                int start = item ? indent(line) : contentStart(line);
                boolean atItsDash = context != null && problem.contains("'?'") && context.getColumn() == start;
                if (atItsDash && (keyName(line).equals("id") || nextIndent(line) > start)) return missingDash(line, start);
                return misaligned(line, start, item);
            }
            default -> {
                return unreadable(line, col);
            }
        }
    }

    /** '[]' is a whole (empty) list: an item after it has no list to be in. */
    private Explained listAfterEmpty(int brackets, int item) {
        String text = uncommented(brackets);
        int at = text.lastIndexOf("[]");
        Matcher key = KEY.matcher(text);
        if (key.find()) {
            return new Explained(pos(brackets, at), "'" + key.group(3) + ": []' says the list is empty, but an item follows on line "
                    + fileLine(item), "write '" + key.group(3) + ":' without '[]', with each '- item' on its own line below it");
        }
        return new Explained(pos(brackets, at), "'[]' says the list is empty, but entries follow on line " + fileLine(item),
                "delete this '[]': the entries below it are the list");
    }

    /** Text that goes on after its closing quote: a quote inside quotes, or only part of the text quoted. */
    private Explained closedQuote(int line, int col) {
        String text = text(line);
        int start = valueStart(line);
        if (start >= col || start >= text.length() || (text.charAt(start) != '"' && text.charAt(start) != '\'')) {
            return unreadable(line, col);
        }
        char q = text.charAt(start);
        String value = text.substring(start).strip();
        String whose = keyName(line).isEmpty() ? "this item" : "'" + keyName(line) + "'";
        if (value.length() > 1 && value.charAt(value.length() - 1) == q) {
            String inner = value.substring(1, value.length() - 1);
            return new Explained(pos(line, start), "the text of " + whose + " has a " + (q == '"' ? "double quote" : "single quote")
                    + " inside its quotes, which ends the text early", "write it as " + prefix(line, start) + quoted(inner));
        }
        return new Explained(pos(line, start), "the text of " + whose + " goes on after its closing quote",
                "put the whole text in quotes: " + prefix(line, start) + quoted(value));
    }

    private Explained missingDash(int line, int start) {
        String content = text(line).strip();
        return new Explained(pos(line, start), "the entry that starts with '" + content + "' has no '-'",
                "write '- " + content + "' to start a new entry");
    }

    /**
     * A field or list item indented unlike the ones it belongs with: lined up with the nearest
     * line of its own sort above, deeper first, with the other choice in the hint.
     */
    private Explained misaligned(int line, int start, boolean item) {
        int deeper = -1;
        int shallower = -1;
        for (int l = line - 1; l >= 0; l--) {
            int at = item ? (text(l).strip().startsWith("-") ? indent(l) : -1) : (KEY.matcher(text(l)).find() ? keyColumn(l) : -1);
            if (at < 0) continue;
            if (at > start && deeper < 0) {
                deeper = l;
            } else if (at < start) {
                shallower = l;
                break;
            }
        }
        int primary = deeper >= 0 ? deeper : shallower;
        if (primary < 0 && item) {
            return new Explained(pos(line, start), label(line, true, false) + " is a list item where a field is expected",
                    "a list goes under its field, written alone on the line above it, such as 'tags:', each item indented by 2 spaces");
        }
        if (primary < 0) return unreadable(line, start);
        String message = label(line, item, false) + " is indented " + (primary == deeper ? "less" : "more") + " than "
                + label(primary, item, false) + " on line " + fileLine(primary);
        String hint = move(start, column(primary, item)) + " before " + label(line, item, true) + " to line it up with "
                + label(primary, item, true);
        if (primary == deeper && shallower >= 0) {
            hint += ", or " + move(start, column(shallower, item)) + " to line it up with " + label(shallower, item, true);
        }
        return new Explained(pos(line, start), message, hint);
    }

    private String move(int from, int to) {
        return (to > from ? "add " : "remove ") + spaces(Math.abs(to - from));
    }

    private int column(int line, boolean item) {
        return item ? indent(line) : keyColumn(line);
    }

    /** How a line is named: a field by its name ('name', or 'name:' where it is to be typed), a list item by its text. */
    private String label(int line, boolean item, boolean typed) {
        if (!item) return "'" + keyName(line) + (typed ? ":'" : "'");
        String content = text(line).strip();
        return "'" + (content.length() > 30 ? content.substring(0, 29) + "…" : content) + "'";
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    /** Text as it would be quoted: in double quotes, or in single quotes (doubled inside) when it has a '"' or '\'. */
    static String quoted(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) return "\"" + text + "\"";
        return "'" + text.replace("'", "''") + "'";
    }

    /** What comes before a value on its line, for a hint that shows the line fixed: "title: ", "- " or "". */
    private String prefix(int line, int valueStart) {
        Matcher key = KEY.matcher(text(line));
        if (key.find() && key.end() <= valueStart) return key.group(3) + ": ";
        return text(line).substring(0, Math.min(valueStart, text(line).length())).strip().endsWith("-") ? "- " : "";
    }

    /** Where the value starts on a line: after "name: " or "- ". */
    private int valueStart(int line) {
        String text = text(line);
        Matcher key = KEY.matcher(text);
        int at = key.find() ? key.end() : contentStart(line);
        while (at < text.length() && text.charAt(at) == ' ') at++;
        return at;
    }

    /** The nearest field above whose name starts left of {@code column}: the field whose value a line continues. */
    private int keyAbove(int line, int column) {
        for (int l = line - 1; l >= 0; l--) {
            if (KEY.matcher(text(l)).find() && keyColumn(l) < column) return l;
        }
        return -1;
    }

    private int contentAbove(int line) {
        for (int l = line - 1; l >= 0; l--) {
            String s = text(l).strip();
            if (!s.isEmpty() && !s.startsWith("#")) return l;
        }
        return -1;
    }

    private int nextIndent(int line) {
        for (int l = line + 1; l < lines.length; l++) {
            String s = text(l).strip();
            if (!s.isEmpty() && !s.startsWith("#")) return indent(l);
        }
        return -1;
    }

    private String text(int line) {
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** A line without a trailing comment (" # …") or spaces. */
    private String uncommented(int line) {
        String text = text(line);
        int hash = text.indexOf(" #");
        return (hash < 0 ? text : text.substring(0, hash)).stripTrailing();
    }

    private char at(int line, int col) {
        return col < text(line).length() ? text(line).charAt(col) : ' ';
    }

    private int indent(int line) {
        String text = text(line);
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') n++;
        return n;
    }

    /** Where a line's content starts: after its indentation and any list dashes. */
    private int contentStart(int line) {
        String text = text(line);
        int n = indent(line);
        while (n < text.length() && text.charAt(n) == '-' && (n + 1 == text.length() || text.charAt(n + 1) == ' ')) {
            n++;
            while (n < text.length() && text.charAt(n) == ' ') n++;
        }
        return n;
    }

    private int keyColumn(int line) {
        Matcher key = KEY.matcher(text(line));
        return key.find() ? key.start(3) : -1;
    }

    private String keyName(int line) {
        Matcher key = KEY.matcher(text(line));
        return key.find() ? key.group(3) : "";
    }

    private int fileLine(int line) {
        return firstLine + line;
    }

    private Pos pos(int line, int col) {
        return new Pos(path, firstLine + line, col + 1);
    }
}
