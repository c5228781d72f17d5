package dev.briefing.markdown;

import java.util.List;
import java.util.Set;

/**
 * A parsed Markdown text, kept as HTML in which each wiki link, link href and image src is a
 * numbered slot (see {@link MarkdownEngine#render}), with the links that fill them: the resolve
 * stage fills in wiki links and makes site-relative URLs page-relative, then rendering only
 * writes what was resolved into the slots. The syntax tree is not kept: a site's trees were most
 * of its memory. {@code headingIds} are its headings' ids as an author writes them in a link
 * ("#context"), without the prefix the rendered ids carry. {@code headings} are its headings' texts
 * in order, {@code sections} the texts of its level-2 headings (a handout prints the sections they head
 * that the item lists as advice), {@code claims} its top-level blocks as the citation lints see them, and {@code plain}
 * its words as readers read them (search, the plain-language lints). {@code spaced} are the
 * addresses written with spaces (each a BRF043 at its position), shown as text.
 */
public record MarkdownDoc(String html, List<Object> slots, List<WikiLink> wikiLinks, List<LinkRef> links,
        List<LinkRef> images, PlainText plain, Set<String> headingIds, List<String> headings, List<String> sections,
        List<Claim> claims, List<LinkRef> spaced) {
    public MarkdownDoc {
        spaced = List.copyOf(spaced);
        slots = List.copyOf(slots);
        wikiLinks = List.copyOf(wikiLinks);
        links = List.copyOf(links);
        images = List.copyOf(images);
        headingIds = Set.copyOf(headingIds);
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        claims = List.copyOf(claims);
    }

    /** Every word of the text, link text and headings included, for search. */
    public String plainText() {
        return plain.text();
    }
}
