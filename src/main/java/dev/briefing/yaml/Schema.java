package dev.briefing.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields a mapping may have. The generated handbook reference reads these, so it cannot drift. */
public record Schema(String name, List<Field> fields) {

    public Schema {
        fields = List.copyOf(fields);
    }

    public Map<String, Field> byName() {
        Map<String, Field> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    /** The field declared with this key. */
    public Field field(FieldKey<?> key) {
        return fields.stream().filter(f -> f.is(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no field " + key));
    }

    /** Whether bound fields have every required field (those that failed to bind are absent). */
    public boolean isComplete(Fields bound) {
        return fields.stream().filter(Field::required).allMatch(f -> bound.has(f.key()));
    }
}
