package dev.briefing.engine;

import java.util.Set;
import java.util.TreeSet;

/**
 * What changed since the last build: source-relative paths under content/ or templates/ (files
 * created, modified or deleted, or folders removed), or everything. A full build is the build of
 * everything; so is any change the watcher could not follow (events the system dropped).
 */
public record ChangeSet(Set<String> paths, boolean all) {
    private static final ChangeSet EVERYTHING = new ChangeSet(Set.of(), true);

    public ChangeSet {
        paths = java.util.Collections.unmodifiableSet(new TreeSet<>(paths));
    }

    public static ChangeSet everything() {
        return EVERYTHING;
    }

    public static ChangeSet of(java.util.Collection<String> paths) {
        return new ChangeSet(new TreeSet<>(paths), false);
    }

    /** Both at once: the watcher's batch of events. */
    public ChangeSet and(ChangeSet other) {
        if (all || other.all) return EVERYTHING;
        Set<String> all = new TreeSet<>(paths);
        all.addAll(other.paths);
        return new ChangeSet(all, false);
    }

    @Override
    public String toString() {
        return all ? "(everything)" : String.join(", ", paths);
    }
}
