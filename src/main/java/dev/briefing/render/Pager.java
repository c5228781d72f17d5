package dev.briefing.render;

/**
 * Where one page of a long list stands among the list's pages, with hrefs relative to it (null
 * where there is no such page). The first page keeps the list's own path, so links to a list
 * never break when it grows a second page.
 */
public record Pager(int number, int count, String first, String previous, String next, String last) {

    /** The site path of page {@code number} of the list at {@code listPath}: "/briefs/", "/briefs/page/2/". */
    public static String path(String listPath, int number) {
        return number == 1 ? listPath : listPath + "page/" + number + "/";
    }

    static PageRenderer.ViewFunction of(String listPath, int number, int count) {
        return v -> new Pager(number, count,
                number > 1 ? v.href(path(listPath, 1)) : null,
                number > 1 ? v.href(path(listPath, number - 1)) : null,
                number < count ? v.href(path(listPath, number + 1)) : null,
                number < count ? v.href(path(listPath, count)) : null);
    }
}
