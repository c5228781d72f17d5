package dev.briefing.yaml;

import dev.briefing.diag.Pos;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mapping whose names the author chooses, such as site.yaml's {@code labels} ("incident.place: Location"):
 * what the names mean is checked by whoever reads them, so they are read by name.
 *
 * @param values    each name's value, sorted by name
 * @param positions where each name was written
 */
public record NamedValues<V>(Map<String, V> values, Map<String, Pos> positions) {

    public NamedValues {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        positions = Map.copyOf(positions);
    }

    static <V> NamedValues<V> none() {
        return new NamedValues<>(Map.of(), Map.of());
    }
}
