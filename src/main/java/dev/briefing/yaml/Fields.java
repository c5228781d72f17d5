package dev.briefing.yaml;

import dev.briefing.diag.Pos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed values of one bound mapping, with the position of each field, read through the
 * {@link FieldKey}s its schema was made of. Only fields that were present and valid have a value.
 */
public final class Fields {
    private final Pos pos;
    private final Map<String, Object> values;
    private final Map<String, Pos> positions;

    /** Made by the binder, whose values have the types of their fields' keys. */
    Fields(Pos pos, Map<String, Object> values, Map<String, Pos> positions) {
        this.pos = pos;
        this.values = Map.copyOf(values);
        this.positions = Map.copyOf(positions);
    }

    /** No fields, as for a file whose front matter could not be read: every field is placed at {@code pos}. */
    public static Fields none(Pos pos) {
        return new Fields(pos, Map.of(), Map.of());
    }

    /** Where the mapping starts. */
    public Pos pos() {
        return pos;
    }

    /** The field's value; when it is absent, an empty list for a list, false for true-or-false, else null. */
    @SuppressWarnings("unchecked") // the binder stores each value with the type of its key (see FieldKey's factories)
    public <T> T get(FieldKey<T> key) {
        Object v = values.get(key.name());
        return v == null ? key.absent() : (T) v;
    }

    /** The field's value, or empty when it is absent. */
    public <T> Optional<T> find(FieldKey<T> key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    /** Whether the field has a valid value. */
    public boolean has(FieldKey<?> key) {
        return values.containsKey(key.name());
    }

    /** Whether the field was written at all, even empty or with a value that was refused. */
    public boolean written(FieldKey<?> key) {
        return positions.containsKey(key.name());
    }

    /** Where a field was written, or where its mapping starts when it is absent. */
    public Pos posOf(FieldKey<?> key) {
        return positions.getOrDefault(key.name(), pos);
    }

    /** The ids a REF or REFS field names, in the order written; none for a field of another shape. */
    @SuppressWarnings("unchecked") // a REFS field's value is a List<Ref> (FieldKey.refs)
    public List<Ref> refsIn(FieldKey<?> key) {
        Object v = values.get(key.name());
        if (v instanceof Ref r) return List.of(r);
        return key.type() == FieldType.REFS && v != null ? (List<Ref>) v : List.of();
    }

    /**
     * These fields with those of {@code over} in their place, except {@code kept}, which stay as they are:
     * a translation's fields over its source's.
     */
    public Fields overlaid(Fields over, FieldKey<?> kept) {
        Map<String, Object> v = new HashMap<>(values);
        Map<String, Pos> p = new HashMap<>(positions);
        over.values.forEach((name, value) -> {
            if (name.equals(kept.name())) return;
            v.put(name, value);
            p.put(name, over.positions.getOrDefault(name, over.pos));
        });
        return new Fields(pos, v, p);
    }

    /**
     * Where each field was written, by dotted name for the fields of a group and the names of a mapping
     * whose names the author chooses: "publisher.name", "labels.incident.place".
     */
    public Map<String, Pos> positionsByPath() {
        Map<String, Pos> out = new HashMap<>();
        addPositions("", out);
        return out;
    }

    private void addPositions(String prefix, Map<String, Pos> out) {
        positions.forEach((name, p) -> out.put(prefix + name, p));
        values.forEach((name, v) -> {
            if (v instanceof Fields nested) nested.addPositions(prefix + name + ".", out);
            if (v instanceof NamedValues<?> named) named.positions().forEach((n, p) -> out.put(prefix + name + "." + n, p));
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields f && Objects.equals(f.pos, pos) && f.values.equals(values) && f.positions.equals(positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pos, values, positions);
    }

    @Override
    public String toString() {
        return "Fields" + values;
    }
}
