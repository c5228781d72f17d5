package dev.briefing.model;

import dev.briefing.model.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of the load stage: everything read from the source folder, validated against the
 * schemas but not yet cross-referenced. Items are sorted by key.
 *
 * @param sources    the text of every file read, by relative path, for showing offending lines
 * @param incomplete kinds some of whose items may be missing because a file had errors: the
 *                   resolve stage does not call their ids unknown, which would only echo the
 *                   error already reported
 */
public record LoadedSite(SiteConfig config, List<Item> items, List<StaticFile> statics,
        Map<String, SourceFile> sources, Set<Kind> incomplete) {
}
