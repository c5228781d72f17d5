package dev.briefing.render;

import dev.briefing.util.SharedMaps;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How templates see the view records: as hashes of their components, read through accessors
 * looked up once per record class. Freemarker's bean wrapping found each value by introspection,
 * through a long chain of interface checks per value, which was a quarter of template time on
 * listing pages. Everything else (strings, numbers, lists, maps) is wrapped as Freemarker does.
 * Immutable once built and shared by all render threads.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /**
     * Component name → accessor, per record class, by the class's name: a Class's hash code is its identity hash,
     * which the quick compiler fetches with a call into the VM at every look-up (4% of a bilingual build of 10,000
     * briefs), where a String keeps its own. Not a ClassValue, whose look-up missed its per-class cache and took the
     * slow path for a twentieth of all template time (a site has a few dozen view classes).
     */
    private final Map<String, Accessors> components = new java.util.concurrent.ConcurrentHashMap<>();

    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) return new SimpleScalar(s);
        if (obj instanceof Record r) return new RecordModel(r, accessors(r.getClass()), this);
        return super.wrap(obj);
    }

    /** A record class's accessors; the class is compared too, as two loaders may each have a class of one name. */
    private Map<String, Method> accessors(Class<?> type) {
        Accessors known = SharedMaps.get(components, type.getName(), name -> new Accessors(type, accessorsOf(type)));
        return known.type() == type ? known.byName() : accessorsOf(type);
    }

    private record Accessors(Class<?> type, Map<String, Method> byName) {
    }

    /**
     * The accessors, made accessible: Method.invoke otherwise asks for its caller's class at every call, a
     * stack walk the quick compiler does not turn into a constant (1.5% of a bilingual build of 10,000 briefs).
     */
    private static Map<String, Method> accessorsOf(Class<?> type) {
        Map<String, Method> out = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            out.put(c.getName(), accessor);
        }
        return Collections.unmodifiableMap(out);
    }

    /** One view record as a read-only hash of its components. */
    private record RecordModel(Record record, Map<String, Method> accessors, ObjectWrapper wrapper)
            implements TemplateHashModelEx, AdapterTemplateModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) return null;
            try {
                return wrapper.wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return accessors.isEmpty();
        }

        @Override
        public int size() {
            return accessors.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(accessors.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new ArrayList<>();
            for (String key : accessors.keySet()) values.add(get(key));
            return new SimpleCollection(values, wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
