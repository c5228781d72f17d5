package dev.briefing.render;

import dev.briefing.model.Key;
import java.util.List;
import java.util.Map;

/**
 * One page to render: its site path, template, title, page type and page-specific model entries
 * (values may be {@link PageRenderer.ViewFunction}s, evaluated per page). A page of a list also
 * says which part of the list it shows ({@code list}, null on other pages), so the preview can
 * tell which pages of a list an edit changed.
 */
public record PageJob(String path, String template, String title, String type, Map<String, Object> model,
        ListPage list) {
    public static PageJob of(String path, String template, String title, String type, Map<String, Object> model) {
        return new PageJob(path, template, title, type, model, null);
    }

    /** The items one page of a list shows, and how many pages the list has (its pager counts and links them). */
    public record ListPage(List<Key> items, int pages) {
    }

    /** Whether the page lists many items (an index, tag, timeline…) rather than showing one item. */
    public boolean listing() {
        return !type.equals("brief") && !type.equals("entity") && !type.equals("page");
    }
}
