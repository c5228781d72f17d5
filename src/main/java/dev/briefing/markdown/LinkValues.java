package dev.briefing.markdown;

import java.util.Arrays;

/**
 * What the resolve stage decided for each link slot of one document: the page-relative href of
 * each Markdown link and image (and a link's language, when it leads to a page in another), and the {@link WikiLink.Resolution} of each wiki link (null when
 * it names nothing). Rendering fills the document's slots from these; the document itself is
 * never changed, so one parse serves every rebuild of the preview.
 */
public final class LinkValues {
    /** For a document whose links nothing resolved: Markdown links keep their destinations, wiki links show as written. */
    public static final LinkValues NONE = new LinkValues(new Object[0]);

    private final Object[] values;

    private LinkValues(Object[] values) {
        this.values = values;
    }

    /** A Markdown link to a page in another language than the linking page's (an item's page not translated into it). */
    private record Foreign(String href, String hreflang) {
    }

    /** The href to write for a Markdown link or image. */
    public String href(LinkRef ref) {
        Object v = ref.slot() < values.length ? values[ref.slot()] : null;
        return v instanceof String s ? s : v instanceof Foreign f ? f.href() : ref.original();
    }

    /** The language of the page a Markdown link leads to when it is not the linking page's, else null. */
    public String hreflang(LinkRef ref) {
        return ref.slot() < values.length && values[ref.slot()] instanceof Foreign f ? f.hreflang() : null;
    }

    /** The resolution of a wiki link, or null. */
    public WikiLink.Resolution of(WikiLink link) {
        return link.index < values.length ? (WikiLink.Resolution) values[link.index] : null;
    }

    public static Builder builder(MarkdownDoc doc) {
        return new Builder(doc.slots().size());
    }

    /** Collects one document's values; used by one thread, then built once. */
    public static final class Builder {
        private final Object[] values;

        private Builder(int slots) {
            values = new Object[slots];
        }

        public Builder set(LinkRef ref, String href) {
            values[ref.slot()] = href;
            return this;
        }

        /** A Markdown link to a page in another language ({@code hreflang}; null: the page's own). */
        public Builder set(LinkRef ref, String href, String hreflang) {
            values[ref.slot()] = hreflang == null ? href : new Foreign(href, hreflang);
            return this;
        }

        public Builder set(WikiLink link, WikiLink.Resolution resolution) {
            values[link.index] = resolution;
            return this;
        }

        public LinkValues build() {
            return new LinkValues(Arrays.copyOf(values, values.length));
        }
    }
}
