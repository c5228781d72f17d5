package dev.briefing.diag;

/** How bad a diagnostic is. Errors fail the build (exit 1); warnings are reported and allowed. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
