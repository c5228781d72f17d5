package dev.briefing.yaml;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Suggest;
import dev.briefing.util.Slugs;
import dev.briefing.util.Phones;
import dev.briefing.util.UrlPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a YAML node to a {@link Schema}: checks every key and value, converts values to their
 * schema types and reports each problem at its node, collecting all of them.
 */
public final class Binder {
    /**
     * Starts text an editor has still to write (model.Placeholders.MARK). A date written after it,
     * "TODO: 2026-12-06", is read as that date, so a draft renders, and reported as a placeholder.
     */
    public static final String TODO = "TODO:";
    private static final int MAX_LIST = 10_000;
    /** The name a date's precision field adds to the date's own: date, date_precision. */
    private static final String PRECISION = "_precision";

    private final String path;
    private final int firstLine;
    private final Diagnostics diags;
    private final String yaml;

    /** @param yaml the YAML text the nodes came from, to find the indentation of block scalars */
    public Binder(String path, int firstLine, String yaml, Diagnostics diags) {
        this.path = path;
        this.firstLine = firstLine;
        this.yaml = yaml;
        this.diags = diags;
    }

    public Pos pos(Node node) {
        return YamlLoader.pos(path, firstLine, node.getStartMark());
    }

    /** Binds a mapping; empty when the node is not a mapping or a required field is missing. */
    public Optional<Fields> bind(Node node, Schema schema) {
        return bindPartly(node, schema).filter(schema::isComplete);
    }

    /**
     * Binds what it can of a mapping: every field that is valid, even when others (required ones
     * too) are not, so checks that need only those can still run; every problem is reported.
     * Empty when the node is not a mapping.
     */
    public Optional<Fields> bindPartly(Node node, Schema schema) {
        if (!(node instanceof MappingNode mapping)) {
            diags.error(Code.BRF017, pos(node), schema.name() + " must be a mapping of fields",
                    "write one 'field: value' per line");
            return Optional.empty();
        }
        Map<String, Field> known = schema.byName();
        Map<String, Object> values = new HashMap<>();
        Map<String, Pos> positions = new HashMap<>();
        Map<String, Pos> seen = new HashMap<>();
        // Unknown keys in the order written, reported once the missing required fields are known.
        Map<String, Pos> unknown = new java.util.LinkedHashMap<>();
        String firstKey = null;
        // A list entry whose first field comes again: the entry after it has no '-' of its own.
        boolean entryWithoutDash = false;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                diags.error(Code.BRF017, pos(keyNode), "a field name must be plain text");
                continue;
            }
            String key = keyScalar.getValue();
            Pos keyPos = pos(keyNode);
            if (firstKey == null) firstKey = key;
            Pos first = seen.putIfAbsent(key, keyPos);
            if (first != null) {
                if (entryWithoutDash) continue; // the rest of that entry: one error says it
                if (key.equals(firstKey) && isListItem(mapping)) {
                    entryWithoutDash = true;
                    String start = key + ": " + (tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : "…");
                    diags.error(Code.BRF014, keyPos, "'" + key + "' comes again in the same entry: the next entry has no '-'",
                            "write '- " + start + "' to start a new entry");
                } else {
                    diags.error(Code.BRF014, keyPos, "'" + key + "' is given twice, first on line " + first.line(),
                            "keep one of them and delete the other");
                }
                continue;
            }
            Field field = known.get(key);
            if (field == null) {
                unknown.put(key, keyPos);
                continue;
            }
            Node valueNode = tuple.getValueNode();
            if (isNull(valueNode)) {
                if (field.required()) {
                    empty(field, keyPos);
                    positions.put(key, keyPos);
                }
                continue;
            }
            positions.put(key, pos(valueNode));
            // A date with a precision field beside it (an incident's date_precision) may be only a month or a year.
            Object value = field.type() == FieldType.DATE && known.containsKey(field.name() + PRECISION)
                    ? date(field, valueNode, true) : convert(field, valueNode);
            if (value != null) values.put(key, value);
        }
        Set<String> missing = new HashSet<>();
        for (Field f : schema.fields()) {
            if (f.required() && !values.containsKey(f.name()) && !positions.containsKey(f.name())) missing.add(f.name());
        }
        // A misspelt field is one mistake, told at its own line: "summery" is not also reported as a missing "summary".
        unknown.forEach((key, keyPos) -> {
            String closest = Suggest.closest(key, known.keySet());
            // One field named otherwise (an event's 'date' for its 'start') while one required field is missing: that one is meant.
            if (unknown.size() == 1 && missing.size() == 1 && !missing.contains(closest)) closest = missing.iterator().next();
            String hint = closest == null ? "allowed fields: " + String.join(", ", known.keySet())
                    : "did you mean '" + closest + "'?" + (missing.remove(closest) ? " Every " + schema.name() + " needs one." : "");
            diags.error(Code.BRF015, keyPos, "unknown field '" + key + "' in " + schema.name(), hint);
        });
        for (Field f : schema.fields()) {
            if (missing.contains(f.name())) {
                diags.error(Code.BRF016, pos(mapping), "missing required field '" + f.name() + "' in "
                        + schema.name(), "add a line '" + f.name() + ": …' with " + what(f));
            }
        }
        return Optional.of(new Fields(pos(mapping), values, positions));
    }

    /** A required field written with nothing after it: "title:" or "title: ''". */
    private void empty(Field field, Pos at) {
        diags.error(Code.BRF016, at, "'" + field.name() + "' is empty", "write " + what(field) + " after '" + field.name() + ":'");
    }

    /** What a field's value is, for a hint: "its text", "one of bulletin, elevated, imminent". */
    private static String what(Field field) {
        return field.type() == FieldType.CHOICE ? "one of " + String.join(", ", field.choices())
                : "its " + field.type().description();
    }

    /** Whether a mapping is an entry of a block list: its line has '-' before it. */
    private boolean isListItem(MappingNode mapping) {
        int at = lineStart(mapping.getStartMark().getLine());
        if (at < 0) return false;
        String before = yaml.substring(at, Math.min(yaml.length(), at + mapping.getStartMark().getColumn()));
        return before.stripTrailing().endsWith("-");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /** Converts one value, or reports why not and returns null. */
    private Object convert(Field field, Node node) {
        return switch (field.type()) {
            case LINE -> line(field, node);
            case MARKDOWN -> markdown(field, node);
            case DATE -> date(field, node);
            case BOOL -> bool(field, node);
            case INT -> integer(field, node);
            case URL -> url(field, node);
            case ID -> id(field, node);
            case REF -> ref(field, node);
            case REFS -> list(field, node, this::ref);
            case WORDS -> list(field, node, this::word);
            case CHOICE -> choice(field, node);
            case SECTIONS -> list(field, node, this::section);
            case LINKS -> list(field, node, this::navLink);
            case GROUP -> bind(node, field.nested()).orElse(null);
            case RECORDS -> list(field, node, (f, n) -> bind(n, f.nested()).orElse(null));
            case PHONE -> phone(field, node);
            case TEL -> tel(field, node);
            case TEXT_MAP -> map(field, node, this::line);
            case LABEL_MAP -> map(field, node, (f, n) -> n instanceof MappingNode ? map(f, n, this::line) : line(f, n));
            case WORDS_MAP -> map(field, node, (f, n) -> list(f, n, this::word));
        };
    }

    private ScalarNode scalar(Field field, Node node) {
        if (node instanceof ScalarNode s) return s;
        diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be " + field.type().description()
                + ", not a " + (node instanceof SequenceNode ? "list" : "mapping"));
        return null;
    }

    private String line(Field field, Node node) {
        ScalarNode s = scalar(field, node);
        if (s == null) return null;
        String v = s.getValue().strip();
        if (v.isEmpty() && field.required()) {
            empty(field, pos(node));
            return null;
        }
        return dev.briefing.util.Spacing.single(v);
    }

    private MarkdownText markdown(Field field, Node node) {
        ScalarNode s = scalar(field, node);
        if (s == null) return null;
        boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
        Pos start = pos(node);
        if (!block) return new MarkdownText(s.getValue(), start, start.column() - 1);
        // A block scalar's text starts on the line after its indicator, indented: every line, the first too.
        int indent = indentOfLine(s.getStartMark().getLine() + 1);
        return new MarkdownText(s.getValue(), new Pos(start.path(), start.line() + 1, indent + 1), indent);
    }

    private int indentOfLine(int zeroBasedLine) {
        int at = lineStart(zeroBasedLine);
        if (at < 0) return 0;
        int n = 0;
        while (at + n < yaml.length() && yaml.charAt(at + n) == ' ') n++;
        return n;
    }

    /** Where a line of the YAML text starts, or -1 past its end. */
    private int lineStart(int zeroBasedLine) {
        int at = 0;
        for (int i = 0; i < zeroBasedLine && at >= 0; i++) {
            at = yaml.indexOf('\n', at);
            if (at >= 0) at++;
        }
        return at;
    }

    private LocalDate date(Field field, Node node) {
        return date(field, node, false);
    }

    /** @param precise whether the schema has a precision field for it ({@value #PRECISION}), so a month or a year alone can be said */
    private LocalDate date(Field field, Node node, boolean precise) {
        ScalarNode s = scalar(field, node);
        if (s == null) return null;
        String v = s.getValue().strip();
        if (v.startsWith(TODO)) {
            // What 'briefing new' writes for a day only the editor knows: a placeholder (BRF078) until replaced.
            String day = v.substring(TODO.length()).strip();
            LocalDate draft = day.matches("\\d{4}-\\d{2}-\\d{2}") ? date(field, node, day) : null;
            diags.error(Code.BRF078, pos(node), "'" + field.name() + "' is still a placeholder",
                    "write the real date, YYYY-MM-DD, in place of \"" + v + "\"");
            return draft;
        }
        if (precise && v.matches("\\d{4}(-\\d{2})?")) {
            // A month or a year alone: the schema says how, with a day standing for it and its precision.
            boolean month = v.length() == 7;
            String day = month ? v + "-01" : v + "-01-01";
            diags.error(Code.BRF018, pos(node), "'" + v + "' is not a date in '" + field.name() + "': a date needs its day too",
                    "when only the " + (month ? "month" : "year") + " is known, write '" + field.name() + ": " + day
                            + "' and, on the next line, '" + field.name() + PRECISION + ": " + (month ? "month" : "year")
                            + "': readers are shown " + (month ? "the month" : "the year") + " only");
            return null;
        }
        return date(field, node, v);
    }

    private LocalDate date(Field field, Node node, String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            diags.error(Code.BRF018, pos(node), "'" + v + "' is not a real date in '" + field.name() + "'",
                    "check the month and day");
            return null;
        }
        diags.error(Code.BRF018, pos(node), "'" + v + "' is not a date in '" + field.name() + "'",
                "write dates as YYYY-MM-DD, for example 2024-09-13");
        return null;
    }

    private Boolean bool(Field field, Node node) {
        ScalarNode s = scalar(field, node);
        if (s == null) return null;
        String v = s.getValue().strip();
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be true or false, not '" + v + "'");
        return null;
    }

    private Integer integer(Field field, Node node) {
        ScalarNode s = scalar(field, node);
        if (s == null) return null;
        String v = s.getValue().strip();
        if (v.matches("[0-9]{1,6}") && Integer.parseInt(v) > 0) return Integer.valueOf(v);
        diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be a positive whole number, not '" + v + "'");
        return null;
    }

    private String url(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        if (!UrlPolicy.isSafe(v)) {
            diags.error(Code.BRF020, pos(node), "unsafe URL in '" + field.name() + "'",
                    "use an https:// address or a site path such as /report/");
            return null;
        }
        if ("tel".equals(UrlPolicy.scheme(v)) && !Phones.isTelUrl(v)) {
            diags.error(Code.BRF131, pos(node), "malformed phone link '" + v + "' in '" + field.name() + "'", Phones.TEL_HINT);
            return null;
        }
        if ("http".equals(UrlPolicy.scheme(v))) {
            diags.warning(Code.BRF076, pos(node), "insecure link " + v + " in '" + field.name() + "'",
                    "use https:// if the site offers it");
        }
        return v;
    }

    private String phone(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        if (v.matches("\\+?[0-9][0-9 ().-]*")) return v;
        diags.error(Code.BRF017, pos(node), "'" + v + "' is not a phone number in '" + field.name() + "'",
                "write only digits, spaces and + - ( ), e.g. 988 or +1 202 555 0100");
        return null;
    }

    private String tel(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        if (Phones.isNumber(v)) return v;
        diags.error(Code.BRF130, pos(node), "'" + v + "' in '" + field.name() + "' is not a number a reader can dial safely",
                "write 911, 988, 711 or the full number in E.164 form without spaces: + then the country code and number,"
                        + " e.g. +18005550100");
        return null;
    }

    /**
     * A mapping whose names the author chooses (what they mean is checked by whoever reads them):
     * each value converted by {@code value}, each name's position kept.
     */
    private <V> NamedValues<V> map(Field field, Node node, ItemConverter<V> value) {
        if (!(node instanceof MappingNode mapping)) {
            diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be a " + field.type().description(),
                    "write one 'name: value' per line under it");
            return null;
        }
        Map<String, V> values = new HashMap<>();
        Map<String, Pos> positions = new HashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || isNull(tuple.getValueNode())) {
                diags.error(Code.BRF017, pos(tuple.getKeyNode()), "'" + field.name() + "' must map plain names to values");
                ok = false;
                continue;
            }
            if (positions.put(key.getValue(), pos(key)) != null) {
                diags.error(Code.BRF014, pos(key), "duplicate name '" + key.getValue() + "' in '" + field.name() + "'",
                        "remove one of them");
                ok = false;
                continue;
            }
            V v = value.convert(field, tuple.getValueNode());
            if (v == null) ok = false;
            else values.put(key.getValue(), v);
        }
        return ok ? new NamedValues<>(values, positions) : null;
    }

    private String id(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        // Items folded into one text by their indentation: BRF108 says so, at the item YAML swallowed.
        if (node instanceof ScalarNode s && FoldedItems.foldedLine(s, yaml) >= 0) return null;
        if (!Slugs.isValid(v)) {
            diags.error(Code.BRF021, pos(node), "'" + v + "' is not a valid id",
                    "use lowercase letters, digits and hyphens, e.g. '" + suggestSlug(v) + "'");
            return null;
        }
        return v;
    }

    private static String suggestSlug(String v) {
        String s = Slugs.slugify(v);
        return s.isEmpty() ? "polling-places" : s;
    }

    private Ref ref(Field field, Node node) {
        String v = id(field, node);
        return v == null ? null : new Ref(v, pos(node));
    }

    private String word(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        if (Slugs.slugify(v).isEmpty()) {
            diags.error(Code.BRF021, pos(node), "'" + v + "' needs at least one letter or digit");
            return null;
        }
        return v;
    }

    private String choice(Field field, Node node) {
        String v = line(field, node);
        if (v == null) return null;
        if (field.choices().contains(v)) return v;
        String hint = Optional.ofNullable(Suggest.didYouMean(v, field.choices()))
                .orElse("allowed values: " + String.join(", ", field.choices()));
        diags.error(Code.BRF019, pos(node), "'" + v + "' is not allowed in '" + field.name() + "'", hint);
        return null;
    }

    private static final FieldKey<String> HEADING = FieldKey.line("heading");
    private static final FieldKey<MarkdownText> BODY = FieldKey.markdown("body");
    private static final FieldKey<String> TITLE = FieldKey.line("title");
    private static final FieldKey<String> URL = FieldKey.url("url");
    private static final Schema SECTION = new Schema("section", List.of(
            Field.required(HEADING, "The section heading."),
            Field.required(BODY, "The section text in Markdown.")));
    private static final Schema NAV_LINK = new Schema("navigation link", List.of(
            Field.required(TITLE, "The link text."),
            Field.required(URL, "A site path such as /briefs/ or an https:// URL.")));

    private Section section(Field field, Node node) {
        return bind(node, SECTION).map(f -> new Section(f.get(HEADING), f.get(BODY))).orElse(null);
    }

    private NavLink navLink(Field field, Node node) {
        return bind(node, NAV_LINK).map(f -> new NavLink(f.get(TITLE), f.get(URL), f.posOf(URL))).orElse(null);
    }

    private interface ItemConverter<T> {
        T convert(Field field, Node node);
    }

    private <T> List<T> list(Field field, Node node, ItemConverter<T> item) {
        List<Node> nodes;
        if (node instanceof SequenceNode seq) {
            nodes = seq.getValue();
        } else if (node instanceof ScalarNode s && field.type() != FieldType.SECTIONS
                && field.type() != FieldType.LINKS && field.type() != FieldType.RECORDS && !s.getValue().isBlank()) {
            diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be a list",
                    "write [" + s.getValue().strip() + "] or one '- " + s.getValue().strip() + "' per line");
            return null;
        } else {
            diags.error(Code.BRF017, pos(node), "'" + field.name() + "' must be a " + field.type().description());
            return null;
        }
        if (nodes.size() > MAX_LIST) {
            diags.error(Code.BRF012, pos(node), "'" + field.name() + "' has more than " + MAX_LIST + " items");
            return null;
        }
        List<T> out = new ArrayList<>(nodes.size());
        boolean ok = true;
        for (Node n : nodes) {
            T v = item.convert(field, n);
            if (v == null) ok = false;
            else out.add(v);
        }
        return ok ? List.copyOf(out) : null;
    }
}
