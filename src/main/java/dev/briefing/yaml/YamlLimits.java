package dev.briefing.yaml;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds where YAML crossed a limit. SnakeYAML's composer refuses too deep nesting and too many
 * collection aliases without saying where; a second pass over the parser's events (flat, so any
 * depth is safe) finds the first event past the limit, so the diagnostic points at that line.
 */
final class YamlLimits {
    private YamlLimits() {
    }

    /** The mark of the first event past a limit, or null when none is found. */
    static Mark locate(String yaml, LoaderOptions options, int maxDepth, int maxAliases) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event e : new Yaml(options).parse(new StringReader(yaml))) {
                if (e instanceof CollectionStartEvent c) {
                    if (++depth > maxDepth) return e.getStartMark();
                    if (c.getAnchor() != null) collectionAnchors.add(c.getAnchor());
                } else if (e instanceof CollectionEndEvent) {
                    depth--;
                } else if (e instanceof ScalarEvent s && s.getAnchor() != null) {
                    collectionAnchors.remove(s.getAnchor());
                } else if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAnchor())
                        && ++aliases > maxAliases) {
                    return e.getStartMark();
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }
}
