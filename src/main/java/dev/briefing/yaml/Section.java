package dev.briefing.yaml;

/** A headed section of an entry, such as an advisory's "Summary" or "Duration". */
public record Section(String heading, MarkdownText body) {
}
