package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.briefing.yaml.Field;
import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.Schema;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each field is declared once, as a key, and the schemas are made of those keys: a schema field made
 * with a key of its own would let a reader's key and the schema drift apart unseen.
 */
class FieldKeysTest {

    @Test
    void everyItemFieldIsOneOfItemFieldsKeysAndEveryKeyIsInASchema() {
        List<Schema> schemas = new ArrayList<>();
        for (Kind k : Kind.values()) {
            schemas.add(k.schema());
            schemas.add(k.translationSchema());
        }
        assertDeclaredOnce(ItemFields.class, schemas);
    }

    @Test
    void everySettingIsOneOfSiteFieldsKeysAndEveryKeyIsInTheSchema() {
        assertDeclaredOnce(SiteFields.class, List.of(SiteConfig.SCHEMA));
    }

    /** The keys a holder declares are the very keys of the schemas' fields (nested ones too), and no more. */
    private static void assertDeclaredOnce(Class<?> holder, List<Schema> schemas) {
        Map<String, FieldKey<?>> declared = new HashMap<>();
        for (var f : holder.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != FieldKey.class) continue;
            try {
                FieldKey<?> key = (FieldKey<?>) f.get(null);
                assertEquals(null, declared.put(key.name(), key), "'" + key.name() + "' is declared twice in " + holder.getSimpleName());
                assertEquals(key.name().toUpperCase(java.util.Locale.ROOT), f.getName(), "a key's constant is named after it");
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        Set<String> used = new TreeSet<>();
        List<Field> fields = new ArrayList<>();
        schemas.forEach(s -> fields.addAll(s.fields()));
        while (!fields.isEmpty()) {
            Field f = fields.remove(fields.size() - 1);
            if (f.nested() != null) fields.addAll(f.nested().fields());
            assertSame(declared.get(f.name()), f.key(), f.name() + " is made with a key of its own, not " + holder.getSimpleName() + "'s");
            used.add(f.name());
        }
        assertEquals(new TreeSet<>(declared.keySet()), used, "every key " + holder.getSimpleName() + " declares is a field");
    }
}
