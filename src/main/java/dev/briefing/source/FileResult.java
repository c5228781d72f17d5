package dev.briefing.source;

import dev.briefing.model.SourceFile;
import dev.briefing.diag.Diagnostic;
import dev.briefing.model.Item;
import java.util.List;

/**
 * What loading one file gave: its text (null if unreadable), its items and its diagnostics.
 * Kept per file so the preview reloads only what changed.
 */
public record FileResult(String path, SourceFile file, List<Item> items, List<Diagnostic> diagnostics) {
}
