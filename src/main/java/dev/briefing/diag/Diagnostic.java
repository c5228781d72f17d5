package dev.briefing.diag;

import java.util.Comparator;

/**
 * One problem found in content or templates. Diagnostics are data: stages collect them and one
 * formatter prints them; nothing throws for a content problem.
 *
 * @param hint a suggestion such as "did you mean 'x'?", or null
 */
public record Diagnostic(Severity severity, Code code, Pos pos, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint, Comparator.nullsFirst(Comparator.naturalOrder()));

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, code, pos, message, hint);
    }
}
