package dev.briefing.resolve;

import dev.briefing.model.Item;
import java.util.List;

/** A tag with the briefs that carry it, newest first. */
public record Tag(String name, String slug, List<Item> briefs) {
}
