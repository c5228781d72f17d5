package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.model.Item;
import dev.briefing.render.PageJob;
import dev.briefing.render.SitePlan;
import dev.briefing.render.Theme;
import dev.briefing.resolve.ResolvedSite;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A page finds its item from its path ({@code ResolvedSite.itemOnPage}) as the maps of every page did that the
 * share cards, the How to report block and the handouts were looked up in before: in every language of the shipped
 * site, every planned page gives the item whose page it is, and no other page gives one.
 */
class ItemOnPageTest {
    @Test
    void everyPlannedPageGivesTheItemWhosePageItIsAndNoOther() {
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(Path.of("").toAbsolutePath(), null, ShippedSite.AS_OF, false));
        assertTrue(r.ok(), () -> r.diagnostics().sorted().toString());
        assertTrue(r.languages().size() > 1, "the shipped site is in several languages");
        Theme theme = new Theme(Path.of("").toAbsolutePath());
        Set<String> languagesWithTranslations = new TreeSet<>();
        for (ResolvedSite site : r.languages()) {
            // What the maps held: each item with a page of its own, by the site path of its page in this language.
            Map<String, Item> pages = new HashMap<>();
            for (Item i : site.items().values()) if (!i.kind().anchored()) pages.put(site.urls().itemPage(i.key()), i);
            pages.forEach((path, item) -> assertTrue(site.itemOnPage(path) == item, path));
            List<PageJob> plan = SitePlan.pages(site, theme.messages(List.of(site.config().language()), new dev.briefing.diag.Diagnostics())
                    .get(site.config().language()));
            int items = 0;
            for (PageJob job : plan) {
                assertEquals(pages.get(job.path()), site.itemOnPage(job.path()), job.path());
                if (pages.containsKey(job.path())) items++;
            }
            assertTrue(items > 0 && items < plan.size(), "both item pages and others are planned: " + items + " of " + plan.size());
            // A language's page of an item not translated into it is the default language's: not under its folder.
            String prefix = site.urls().language() == null ? "" : site.urls().language().prefix();
            if (prefix.isEmpty()) continue;
            for (Item i : site.items().values()) {
                if (i.kind().anchored() || site.urls().language().has(i.key())) continue;
                languagesWithTranslations.add(prefix);
                assertEquals(null, site.itemOnPage(prefix + dev.briefing.resolve.Urls.pageOf(i.key())), i.key().toString());
            }
        }
        assertTrue(!languagesWithTranslations.isEmpty(), "some item is not translated into some language");
        for (String path : List.of("/", "/briefs/", "/es/", "/es/briefs/", "/glossary/", "/sources/", "/briefs/page/2/", "x", "/x",
                "//", "/briefs//", "/es/es/briefs/x/")) {
            for (ResolvedSite site : r.languages()) assertEquals(null, site.itemOnPage(path), path);
        }
    }
}
