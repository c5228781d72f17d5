package dev.briefing.render;

import java.util.Map;

/**
 * One page to render: its site path, template, title, page type and page-specific model entries
 * (values may be {@link PageRenderer.ViewFunction}s, evaluated per page).
 */
public record PageJob(String path, String template, String title, String type, Map<String, Object> model) {
    public static PageJob of(String path, String template, String title, String type, Map<String, Object> model) {
        return new PageJob(path, template, title, type, model);
    }

    /** Whether the page lists many items (an index, tag, timeline…) rather than showing one item. */
    public boolean listing() {
        return !type.equals("brief") && !type.equals("entity") && !type.equals("page");
    }
}
