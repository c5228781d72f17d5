package dev.briefing.resolve;

import dev.briefing.model.Key;

/** A link between two items: a relationship field (e.g. "targets"), "link" or "cite". */
public record Edge(Key from, String field, Key to) {
}
