package dev.briefing.markdown;

import org.commonmark.node.CustomNode;

/**
 * Text that was almost a wiki link ({@code [[Brief:x]]}, {@code [brief:x]}, {@code [[brief:x]}…):
 * shown as written, and reported by the engine as an error with the link as it should be.
 */
final class MalformedLink extends CustomNode {
    final String source;
    final String hint;

    MalformedLink(String source, String hint) {
        this.source = source;
        this.hint = hint;
    }
}
