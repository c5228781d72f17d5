package dev.briefing.yaml;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into SnakeYAML's node tree (compose, never construct): no Java object is ever
 * created from content, every node keeps its line and column, and types come from our schema.
 */
public final class YamlLoader {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
    /**
     * Implicit tag resolution, shared: building a Resolver compiles its patterns (a tenth of the
     * cost of composing a front matter), and resolving only reads it, so threads may share it.
     */
    private static final Resolver RESOLVER = new Resolver();

    private YamlLoader() {
    }

    /**
     * Composes one YAML document. {@code firstLine} is the file line where the YAML text starts
     * (2 for front matter), so reported positions are file positions.
     */
    public static Optional<Node> compose(String yaml, String path, int firstLine, Diagnostics diags) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        try {
            // What Yaml.compose does, without building a Yaml (representer, constructor) per file.
            Node node = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options),
                    RESOLVER, options).getSingleNode();
            if (node == null) return Optional.empty();
            if (!checkTags(node, path, firstLine, diags, 0)) return Optional.empty();
            FoldedItems.check(node, yaml, path, firstLine, diags);
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (problem != null && problem.startsWith("Global tag is not allowed")) {
                diags.error(Code.BRF013, pos(path, firstLine, e.getProblemMark()), "YAML tag '"
                        + problem.substring(problem.indexOf(':') + 1).strip() + "' is not allowed", "remove the tag");
                return Optional.empty();
            }
            YamlSyntax.Explained x = YamlSyntax.explain(e, yaml, path, firstLine);
            diags.error(Code.BRF011, x.pos(), x.message(), x.hint());
        } catch (ReaderException e) {
            diags.error(Code.BRF011, codePointPos(yaml, e.getPosition(), path, firstLine),
                    String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
                    "remove the control character");
        } catch (YAMLException e) {
            Mark m = YamlLimits.locate(yaml, options, MAX_DEPTH, MAX_ALIASES);
            diags.error(Code.BRF012, pos(path, firstLine, m), refusal(e.getMessage()),
                    "keep data files plain: no more than " + MAX_ALIASES + " aliases, nesting under "
                            + MAX_DEPTH + " levels");
        }
        return Optional.empty();
    }

    /** The file position of a code-point offset into the YAML text. */
    private static Pos codePointPos(String yaml, int codePoints, String path, int firstLine) {
        int line = 0;
        int column = 0;
        int i = 0;
        for (int n = 0; n < codePoints && i < yaml.length(); n++) {
            int cp = yaml.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Pos(path, firstLine + line, column + 1);
    }

    /** Refuses explicit tags such as !!javax.script.ScriptEngineManager anywhere in the tree. */
    private static boolean checkTags(Node node, String path, int firstLine, Diagnostics diags, int depth) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            diags.error(Code.BRF013, pos(path, firstLine, node.getStartMark()),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed", "remove the tag");
            return false;
        }
        boolean ok = true;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                ok &= checkTags(t.getKeyNode(), path, firstLine, diags, depth + 1);
                ok &= checkTags(t.getValueNode(), path, firstLine, diags, depth + 1);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) ok &= checkTags(n, path, firstLine, diags, depth + 1);
        } else if (!(node instanceof ScalarNode)) {
            ok = false;
        }
        return ok;
    }

    public static Pos pos(String path, int firstLine, Mark mark) {
        if (mark == null) return new Pos(path, firstLine, 1);
        return new Pos(path, mark.getLine() + firstLine, mark.getColumn() + 1);
    }

    /** Which limit the YAML crossed, in plain words. */
    private static String refusal(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("alias")) return "the YAML repeats lists or groups through aliases (*name) more than " + MAX_ALIASES + " times";
        if (p.contains("nesting")) return "the YAML nests lists or groups more than " + MAX_DEPTH + " levels deep";
        if (p.contains("code points")) return "the YAML is longer than " + MAX_CODE_POINTS + " characters";
        return "the YAML is refused: it is too large or too deeply nested";
    }
}
