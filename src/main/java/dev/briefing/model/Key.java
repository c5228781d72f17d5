package dev.briefing.model;

/** Identifies an item: briefs and pages have their own namespaces, entities share one. */
public record Key(Kind kind, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    /**
     * Written out: every whole-site pass looks keys up in hashed maps, and the generated equals and
     * hashCode go through method handles, costly until compiled (a sixth of the CPU of a preview edit at
     * 10,000 briefs). The kind hashes by its ordinal, not its identity, so a map's order is the same in every run.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Key k && kind == k.kind && id.equals(k.id);
    }

    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + id.hashCode();
    }

    @Override
    public String toString() {
        return kind.singular() + ":" + id;
    }
}
