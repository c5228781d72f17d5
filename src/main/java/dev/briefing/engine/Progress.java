package dev.briefing.engine;

/**
 * Told of a build's progress, for a terminal: each stage as it starts, and each page made (from
 * render threads, so an implementation must be thread-safe). The build does not wait on it.
 */
public interface Progress {
    Progress NONE = new Progress() {
    };

    default void stage(String name) {
    }

    /** One more page made: {@code done} of {@code total}. */
    default void pages(int done, int total) {
    }

    /** The build has finished. */
    default void done() {
    }
}
