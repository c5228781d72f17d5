package dev.briefing.render;

import dev.briefing.model.Language;
import dev.briefing.resolve.ResolvedSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of each page in the site's languages: the same page's site path in every language that
 * has it (the default language's at the plain path, another's under its folder). Pages read it for
 * their hreflang alternates and language switcher, the sitemap for its alternates. Immutable.
 */
public final class Alternates {
    /** No alternates: a site in one language. */
    public static final Alternates NONE = new Alternates(List.of(), Map.of());

    /**
     * One language's version of a page, for the switcher and the hreflang links.
     *
     * @param path  the site path of the page in that language, or null when it is not translated into it
     * @param home  that language's home page (where the switcher leads when the page is not translated)
     */
    public record Version(Language language, String path, String home) {
        public boolean translated() {
            return path != null;
        }
    }

    private final List<Language> languages;
    /** Language-neutral path ("/briefs/x/") → the site path of each language's version, by code. */
    private final Map<String, Map<String, String>> byPage;

    private Alternates(List<Language> languages, Map<String, Map<String, String>> byPage) {
        this.languages = languages;
        this.byPage = byPage;
    }

    /** The alternates of the planned pages of a site in several languages ({@code sites}, the default first). */
    public static Alternates of(List<ResolvedSite> sites, List<PageJob> jobs) {
        if (sites.size() < 2) return NONE;
        List<Language> languages = sites.get(0).config().languages();
        Map<String, Map<String, String>> byPage = new HashMap<>();
        for (PageJob job : jobs) {
            String code = languageOf(languages, job.path());
            byPage.computeIfAbsent(neutral(languages, job.path()), p -> new HashMap<>()).put(code, job.path());
        }
        return new Alternates(languages, byPage);
    }

    /**
     * The site path x-default names for a page with these versions: the default language's version, or that
     * language's home page where the page has none; null for a site in one language. The page's head and the
     * sitemap both name it.
     */
    static String xDefault(List<Version> versions) {
        if (versions.isEmpty()) return null;
        Version first = versions.get(0);
        return first.translated() ? first.path() : first.home();
    }

    /** Every language's version of the page at {@code path}, in the order site.yaml declares them; empty for a site in one language. */
    public List<Version> of(String path) {
        if (languages.isEmpty()) return List.of();
        Map<String, String> versions = byPage.getOrDefault(neutral(languages, path), Map.of());
        List<Version> out = new ArrayList<>(languages.size());
        for (int i = 0; i < languages.size(); i++) {
            Language l = languages.get(i);
            out.add(new Version(l, versions.get(l.code()), i == 0 ? "/" : "/" + l.code() + "/"));
        }
        return out;
    }

    /** The code of the language whose pages live at {@code path}. */
    static String languageOf(List<Language> languages, String path) {
        for (int i = 1; i < languages.size(); i++) {
            if (path.startsWith("/" + languages.get(i).code() + "/")) return languages.get(i).code();
        }
        return languages.get(0).code();
    }

    /** The path of the page in the default language's terms: "/es/briefs/x/" → "/briefs/x/". */
    static String neutral(List<Language> languages, String path) {
        String code = languageOf(languages, path);
        return code.equals(languages.get(0).code()) ? path : path.substring(code.length() + 1);
    }
}
