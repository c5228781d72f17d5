package dev.briefing.markdown;

import dev.briefing.diag.Pos;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A Markdown link or image with its destination as written, so the resolve stage can rewrite
 * the destination again on every rebuild (preview) from the original.
 */
public record LinkRef(Node node, String original, Pos pos) {

    public void setDestination(String destination) {
        if (node instanceof Link l) l.setDestination(destination);
        else if (node instanceof Image i) i.setDestination(destination);
    }
}
