package dev.briefing.yaml;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * List items YAML folds into the text above them without a word (BRF108): a "- " line indented
 * further than the item before it continues that item's plain text, so
 * <pre>
 * targets:
 *   - polling-places
 *    - election-officials
 * </pre>
 * is one item, "polling-places - election-officials". A plain text that spans lines and has a line
 * starting with "- " is that mistake: text meant to wrap would not start a line with a dash.
 */
final class FoldedItems {
    private FoldedItems() {
    }

    static void check(Node node, String yaml, String path, int firstLine, Diagnostics diags) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) check(t.getValueNode(), yaml, path, firstLine, diags);
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) check(n, yaml, path, firstLine, diags);
        } else if (node instanceof ScalarNode s) {
            int at = foldedLine(s, yaml);
            if (at >= 0) report(s, at, yaml, path, firstLine, diags);
        }
    }

    /** The first continuation line (0-based) of a plain text that starts with "- ", or -1: that text holds a folded item. */
    static int foldedLine(ScalarNode s, String yaml) {
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || s.getEndMark().getLine() == s.getStartMark().getLine()) return -1;
        String[] lines = yaml.split("\n", -1);
        for (int i = s.getStartMark().getLine() + 1; i <= s.getEndMark().getLine() && i < lines.length; i++) {
            String item = lines[i].strip();
            if (item.startsWith("- ") || item.equals("-")) return i;
        }
        return -1;
    }

    private static void report(ScalarNode s, int i, String yaml, String path, int firstLine, Diagnostics diags) {
        String[] lines = yaml.split("\n", -1);
        String line = lines[i].stripTrailing();
        String item = line.stripLeading();
        String above = lines[s.getStartMark().getLine()];
        String aboveItem = above.stripLeading();
        int indent = above.length() - aboveItem.length();
        String hint = aboveItem.startsWith("- ")
                ? "put its '-' straight under the one above it, " + indent + " spaces in: '" + " ".repeat(indent) + item + "'"
                : "if it starts a list, put the list on the lines under its field, each '-' indented alike;"
                        + " if it is text, write it on one line or in quotes";
        diags.error(Code.BRF108, new Pos(path, firstLine + i, line.length() - item.length() + 1), "'" + item
                + "' is indented further than the line above it, so it is read as more of that text, \"" + s.getValue()
                + "\", not as a list item of its own", hint);
    }
}
