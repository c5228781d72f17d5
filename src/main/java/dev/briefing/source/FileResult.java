package dev.briefing.source;

import dev.briefing.model.SourceFile;
import dev.briefing.diag.Diagnostic;
import dev.briefing.model.Item;
import dev.briefing.model.Translation;
import java.util.List;

/**
 * What loading one file gave: its text (null if unreadable), its items, those whose fields did not
 * all bind ({@code unbound}, see {@code LoadedSite}) and its diagnostics: sorted, whether any is an
 * error, and whether all are positioned in this file (then files' diagnostics in path order are in
 * order one after another). Both are asked of every file on every preview rebuild. {@code lost}:
 * an item of it may be missing without even its id known. Kept per file so the preview reloads
 * only what changed. {@code translations}: what a translation file (x.es.md, threats.es.yaml) gave.
 */
public record FileResult(String path, SourceFile file, List<Item> items, List<Item> unbound, List<Diagnostic> diagnostics,
        boolean hasErrors, boolean atOwnPath, boolean lost, List<Translation> translations) {
}
