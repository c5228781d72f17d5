package dev.briefing.model;

/** Identifies an item: briefs and pages have their own namespaces, entities share one. */
public record Key(Kind kind, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind.singular() + ":" + id;
    }
}
