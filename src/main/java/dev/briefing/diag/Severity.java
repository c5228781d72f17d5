package dev.briefing.diag;

/**
 * How bad a diagnostic is. Errors fail the build (exit 1); warnings are reported and allowed, and
 * {@code --strict} refuses them; notes are problems in what is not published (a draft, a brief dated
 * later), reported so the editor fixes them, or what the editor should know of a record that may
 * be right (an advisory entered already expired) or a step not yet taken that the site itself states
 * honestly (an accessibility statement nobody has reviewed yet, which says so), but never in the way of publishing.
 */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
