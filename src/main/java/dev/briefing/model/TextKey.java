package dev.briefing.model;

import dev.briefing.yaml.FieldKey;
import dev.briefing.yaml.MarkdownText;

/**
 * Which of an item's Markdown texts: a Markdown field ({@code body}, {@code not_concerning}) or the body
 * of one of its {@code sections}. Items keep their parsed texts by this key, so a text is named by the
 * field that declares it, never by a string built on the spot.
 *
 * @param field   the Markdown field, or {@link ItemFields#SECTIONS} for a section's body
 * @param section the section's index from 0, or -1 for a field
 */
public record TextKey(FieldKey<?> field, int section) implements Comparable<TextKey> {
    public static final TextKey BODY = of(ItemFields.BODY);

    public static TextKey of(FieldKey<MarkdownText> field) {
        return new TextKey(field, -1);
    }

    public static TextKey section(int index) {
        return new TextKey(ItemFields.SECTIONS, index);
    }

    public boolean isSection() {
        return section >= 0;
    }

    /**
     * The name as an editor reads it ("body", "sections.0"). Translation digests hash it, so it must
     * not change, or every recorded translation would turn stale.
     */
    public String name() {
        return isSection() ? field.name() + "." + section : field.name();
    }

    /** What this text's footnote ids start with, unique on a page that shows several texts of one entry. */
    public String footnotePrefix() {
        return isSection() ? "section" + (section + 1) : field.name();
    }

    /** In the order of their names, the order search indexing has always walked them. */
    @Override
    public int compareTo(TextKey other) {
        return name().compareTo(other.name());
    }
}
