package dev.briefing.yaml;

import dev.briefing.diag.Pos;

/** An id written in content, with where it was written, so a wrong id can be reported there. */
public record Ref(String id, Pos pos) {
}
