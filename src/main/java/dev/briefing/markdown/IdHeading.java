package dev.briefing.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A heading with its id, put in the tree in place of the parsed heading once the parse has worked the id out,
 * so the renderer writes the very id the parse recorded. Ids get a prefix no theme id has, so "## References"
 * or "## Related" in a brief can never take the id of the page's own sections (or a citation's ref-1).
 */
final class IdHeading extends Heading {
    private final String id;

    private IdHeading(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** Puts an IdHeading with the heading's level, positions and children where the heading was. */
    static void replace(Heading heading, String id) {
        IdHeading with = new IdHeading(id);
        with.setLevel(heading.getLevel());
        with.setSourceSpans(heading.getSourceSpans());
        for (Node child = heading.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            with.appendChild(child);
            child = next;
        }
        heading.insertAfter(with);
        heading.unlink();
    }

    /** Writes an IdHeading as commonmark's renderer writes a heading (which it finds by class, not as a subclass), with its id. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(IdHeading.class);
        }

        @Override
        public void render(Node node) {
            IdHeading heading = (IdHeading) node;
            String tag = "h" + heading.getLevel();
            html.line();
            html.tag(tag, context.extendAttributes(heading, tag, Map.of("id", heading.id)));
            for (Node child = heading.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
