package dev.briefing.markdown;

import dev.briefing.diag.Pos;

/**
 * A Markdown link or image: its destination as written, and the destination the resolve stage
 * gave it (page-relative), which rendering writes. Kept apart from the syntax tree so the resolve
 * stage can rewrite it again on every rebuild (preview) from the original.
 */
public final class LinkRef {
    private final String original;
    private final Pos pos;
    private volatile String destination;

    public LinkRef(String original, Pos pos) {
        this.original = original;
        this.pos = pos;
        this.destination = original;
    }

    public String original() {
        return original;
    }

    public Pos pos() {
        return pos;
    }

    /** The destination to render: the original until the resolve stage sets it. */
    public String destination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
