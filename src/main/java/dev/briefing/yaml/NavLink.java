package dev.briefing.yaml;

/** A navigation link from site.yaml. */
public record NavLink(String title, String url) {
}
