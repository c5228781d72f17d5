package dev.briefing.markdown;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A parsed Markdown text: its tree, and the nodes the resolve stage must fill in or rewrite
 * (wiki links, and Markdown links and images whose site-relative URL is made page-relative).
 */
public record MarkdownDoc(Node root, List<WikiLink> wikiLinks, List<LinkRef> links, List<LinkRef> images,
        String plainText) {
    public MarkdownDoc {
        wikiLinks = List.copyOf(wikiLinks);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }
}
