package dev.briefing.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The preview's files after an edit: an earlier build's files, shared and never changed, with the
 * files the edits since then made or removed laid over them. An edit changes a handful of a site's
 * files, and copying all of them for each snapshot (80,000 at 10,000 briefs in two languages) took
 * longer than rendering the edited page. Changeable until {@link #freeze}, then read-only, as a
 * snapshot's files are. The next overlay starts from a full copy once the changes pass a sixteenth
 * of the shared files (until then, the shared files' superseded versions stay in memory).
 */
final class FileOverlay extends AbstractMap<String, byte[]> {
    /** Marks a shared file removed (compared by identity). */
    private static final byte[] REMOVED = new byte[0];

    private final Map<String, byte[]> base;
    private final Map<String, byte[]> changes;
    private boolean frozen;

    private FileOverlay(Map<String, byte[]> base, Map<String, byte[]> changes) {
        this.base = base;
        this.changes = changes;
    }

    /**
     * A changeable map holding what {@code files} holds, over the same shared files when it is an
     * overlay itself. {@code files} must not change while the result is in use: a snapshot's files,
     * or those of a build that is done.
     */
    static FileOverlay over(Map<String, byte[]> files) {
        if (files instanceof FileOverlay o) {
            if (o.changes.size() <= o.base.size() / 16) return new FileOverlay(o.base, new HashMap<>(o.changes));
            return new FileOverlay(new HashMap<>(o), new HashMap<>());
        }
        return new FileOverlay(files, new HashMap<>());
    }

    /** From now on read-only. */
    FileOverlay freeze() {
        frozen = true;
        return this;
    }

    @Override
    public byte[] get(Object path) {
        byte[] changed = changes.get(path);
        if (changed != null) return changed == REMOVED ? null : changed;
        return base.get(path);
    }

    @Override
    public boolean containsKey(Object path) {
        byte[] changed = changes.get(path);
        return changed != null ? changed != REMOVED : base.containsKey(path);
    }

    @Override
    public byte[] put(String path, byte[] bytes) {
        if (frozen) throw new UnsupportedOperationException("a snapshot's files do not change");
        if (bytes == null) throw new NullPointerException("no file is null");
        byte[] old = get(path);
        changes.put(path, bytes);
        return old;
    }

    @Override
    public byte[] remove(Object path) {
        if (frozen) throw new UnsupportedOperationException("a snapshot's files do not change");
        byte[] old = get(path);
        if (base.containsKey(path)) changes.put((String) path, REMOVED);
        else changes.remove(path);
        return old;
    }

    @Override
    public int size() {
        int size = base.size();
        for (Map.Entry<String, byte[]> e : changes.entrySet()) {
            boolean shared = base.containsKey(e.getKey());
            if (e.getValue() == REMOVED) size--;
            else if (!shared) size++;
        }
        return size;
    }

    /** The paths, walked without making an entry for each (the link gate walks them all after every edit). */
    @Override
    public Set<String> keySet() {
        return new View<>() {
            @Override
            String of(String path) {
                return path;
            }

            @Override
            public boolean contains(Object path) {
                return containsKey(path);
            }
        };
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return new View<>() {
            @Override
            Map.Entry<String, byte[]> of(String path) {
                return Map.entry(path, get(path));
            }
        };
    }

    /** A view of the files, one element per path; removing through it removes from the overlay. */
    private abstract class View<T> extends AbstractSet<T> {
        abstract T of(String path);

        @Override
        public int size() {
            return FileOverlay.this.size();
        }

        @Override
        public Iterator<T> iterator() {
            Walk walk = new Walk();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return walk.hasNext();
                }

                @Override
                public T next() {
                    return of(walk.next());
                }

                @Override
                public void remove() {
                    walk.remove();
                }
            };
        }
    }

    /** The shared paths not changed, then the changed ones not removed; remove() removes from the overlay. */
    private final class Walk {
        private final Iterator<String> shared = base.keySet().iterator();
        /** The changes as they were when the shared paths ran out, so that removing one does not disturb the walk. */
        private Iterator<String> changed;
        private String next;
        private String last;

        Walk() {
            advance();
        }

        private void advance() {
            next = null;
            while (changed == null && shared.hasNext()) {
                String path = shared.next();
                if (!changes.containsKey(path)) {
                    next = path;
                    return;
                }
            }
            if (changed == null) {
                List<String> copy = new ArrayList<>();
                changes.forEach((path, bytes) -> {
                    if (bytes != REMOVED) copy.add(path);
                });
                changed = copy.iterator();
            }
            if (changed.hasNext()) next = changed.next();
        }

        boolean hasNext() {
            return next != null;
        }

        String next() {
            if (next == null) throw new NoSuchElementException();
            String path = next;
            last = path;
            advance();
            return path;
        }

        void remove() {
            if (last == null) throw new IllegalStateException();
            FileOverlay.this.remove(last);
            last = null;
        }
    }
}
