package dev.briefing.yaml;

import dev.briefing.diag.Pos;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The typed values of one bound mapping, with the position of each field. Only fields that were
 * present and valid are in {@code values}.
 */
public record Fields(Pos pos, Map<String, Object> values, Map<String, Pos> positions) {

    public Fields {
        values = Map.copyOf(values);
        positions = Map.copyOf(positions);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    public MarkdownText markdown(String name) {
        return (MarkdownText) values.get(name);
    }

    public Ref ref(String name) {
        return (Ref) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Ref> refs(String name) {
        return (List<Ref>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> words(String name) {
        return (List<String>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Section> sections(String name) {
        return (List<Section>) values.getOrDefault(name, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<NavLink> links(String name) {
        return (List<NavLink>) values.getOrDefault(name, List.of());
    }

    /** A GROUP field's own fields, or null when it is absent. */
    public Fields group(String name) {
        return (Fields) values.get(name);
    }

    /** A RECORDS field's mappings, in the order written. */
    @SuppressWarnings("unchecked")
    public List<Fields> records(String name) {
        return (List<Fields>) values.getOrDefault(name, List.of());
    }

    /** Where a field was written, or where its mapping starts when it is absent. */
    public Pos posOf(String name) {
        return positions.getOrDefault(name, pos);
    }
}
