package dev.briefing.markdown;

import org.commonmark.node.CustomNode;

/**
 * Text that was almost a wiki link ({@code [[Brief:x]]}, {@code [brief:x]}, {@code [[brief:x]}…):
 * shown as written, and reported by the engine as an error with the link as it should be.
 */
final class MalformedLink extends CustomNode {
    final String source;
    final String hint;
    /** For an address written with spaces, that address (the loader may know the file it meant); else null. */
    final String spaced;

    MalformedLink(String source, String hint) {
        this(source, hint, null);
    }

    MalformedLink(String source, String hint, String spaced) {
        this.source = source;
        this.hint = hint;
        this.spaced = spaced;
    }
}
