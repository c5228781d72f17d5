package dev.briefing.markdown;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A parsed Markdown text: its tree, and the nodes the resolve stage must fill in or rewrite
 * (wiki links, and Markdown links and images whose site-relative URL is made page-relative).
 * {@code headingIds} are its headings' ids as an author writes them in a link ("#context"),
 * without the prefix the rendered ids carry.
 */
public record MarkdownDoc(Node root, List<WikiLink> wikiLinks, List<LinkRef> links, List<LinkRef> images,
        String plainText, java.util.Set<String> headingIds) {
    public MarkdownDoc {
        wikiLinks = List.copyOf(wikiLinks);
        links = List.copyOf(links);
        images = List.copyOf(images);
        headingIds = java.util.Set.copyOf(headingIds);
    }
}
