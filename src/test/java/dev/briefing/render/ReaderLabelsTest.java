package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.model.Kind;
import dev.briefing.testing.TestSites;
import dev.briefing.yaml.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What readers see of typed fields: every shown field has a human label and format, values are
 * words rather than slugs, and templates find values by their typed fields, so renaming every
 * label (site.yaml's labels) changes what is read and nothing else.
 */
class ReaderLabelsTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        TestSites.write(dir.resolve("content/data/advisories.yaml"), """
                - id: bulletin
                  name: A bulletin
                  summary: A summary.
                  level: elevated
                  issued: 2024-09-01
                  expires: 2024-12-01
                  sources: [src]
                """);
        TestSites.write(dir.resolve("content/data/incidents.yaml"), """
                - id: rally
                  name: An attack at a rally
                  summary: A summary.
                  date: 2024-07-13
                  date_precision: month
                  place: Butler, Pennsylvania
                """);
        TestSites.write(dir.resolve("content/data/resources.yaml"), """
                - id: lifeline
                  name: A lifeline
                  summary: A summary.
                  url: https://www.example-lifeline.org/
                  phone: "988"
                  audience: [public, election-officials]
                """);
        TestSites.write(dir.resolve("content/data/glossary.yaml"), """
                - id: lone-offender
                  name: Lone offender
                  summary: One person acting alone [[cite:src]].
                  body: Acting alone [[cite:src]].
                - id: soft-target
                  name: Soft target
                  summary: A place open to the public.
                  body: Like a school [[cite:src]].
                """);
        TestSites.write(dir.resolve("content/briefs/a.md"), """
                ---
                title: A brief
                date: 2024-09-13
                summary: One plain sentence.
                tags: [polling-places, ntas]
                advisories: [bulletin]
                incidents: [rally]
                resources: [lifeline]
                ---
                Officials named lone offenders [[cite:src]]. See [[term:lone-offender]] and [[term:soft-target]].
                """);
    }

    private Pipeline.Result build(String siteYamlExtra) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "report: /briefs/\n" + siteYamlExtra);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        return r;
    }

    private static Document page(Pipeline.Result r, String path) {
        byte[] b = r.files().get(path);
        assertNotNull(b, path);
        return Jsoup.parse(new String(b, StandardCharsets.UTF_8));
    }

    private static List<String> facts(Document d) {
        List<String> out = new ArrayList<>();
        d.select(".facts dt").forEach(dt -> out.add(dt.text() + ": " + dt.nextElementSibling().text()));
        return out;
    }

    @Test
    void everyFieldIsShownUnderAHumanLabelInItsFormat() {
        Pipeline.Result r = build("");
        Document incident = page(r, "incidents/rally/index.html");
        assertEquals("Happened July 2024.", incident.selectFirst(".dates").text(), "the date to its precision, no 'Date precision: month'");
        assertEquals("2024-07", incident.selectFirst(".dates time").attr("datetime"));
        assertEquals(List.of("Place: Butler, Pennsylvania"), facts(incident));

        Document resource = page(r, "resources/lifeline/index.html");
        assertEquals(List.of("Online: www.example-lifeline.org", "Phone: 988", "For: public, election officials"), facts(resource));
        assertEquals("tel:988", resource.selectFirst(".facts a[href^=tel]").attr("href"));

        Document advisory = page(r, "advisories/bulletin/index.html");
        assertEquals(List.of("Level: Elevated alert", "Expires: 1 December 2024"), facts(advisory));
        assertEquals("Issued 1 September 2024.", advisory.selectFirst(".dates").text());

        Document brief = page(r, "briefs/a/index.html");
        assertEquals(List.of("polling places", "ntas"), brief.select(".tags a").eachText());
    }

    /** The test: rename every label, and the banner and the pages still find their values. */
    @Test
    void renamingEveryLabelChangesOnlyWhatIsRead() {
        StringBuilder labels = new StringBuilder("labels:\n");
        for (Kind k : Kind.values()) {
            for (Field f : k.schema().fields()) {
                if (!f.shownToReaders()) continue;
                labels.append("  ").append(k.singular()).append('.').append(f.name()).append(": \"Renamed ").append(f.name()).append("\"\n");
                f.choices().forEach(c -> labels.append("  ").append(k.singular()).append('.').append(f.name()).append('.')
                        .append(c).append(": \"Renamed ").append(c).append("\"\n"));
            }
        }
        labels.append("  brief.tags.ntas: NTAS\n");
        Pipeline.Result r = build(labels.toString());

        Document home = page(r, "index.html");
        var banner = home.selectFirst("aside.advisory-banner");
        assertNotNull(banner, "the advisory in force is still found");
        assertTrue(banner.hasClass("level-elevated"), banner.className());
        assertEquals("2024-12-01", banner.select("time").get(1).attr("datetime"), "its expiry, by its typed field");
        assertTrue(banner.text().contains("this site lists A bulletin (Renamed elevated) as in force"), banner.text());

        Document advisory = page(r, "advisories/bulletin/index.html");
        assertEquals(List.of("Renamed level: Renamed elevated", "Renamed expires: 1 December 2024"), facts(advisory));
        assertEquals("Renamed issued 1 September 2024.", advisory.selectFirst(".dates").text());
        assertEquals(List.of("polling places", "NTAS"), page(r, "briefs/a/index.html").select(".tags a").eachText());
        assertEquals("Tagged “NTAS” · Test", page(r, "tags/ntas/index.html").title().replaceAll(" · .*", " · Test"));
        assertEquals(List.of("Renamed official (1)"), page(r, "sources/index.html").select("main h2").eachText(),
                "the sources page's groups are named by their type's label");
    }

    @Test
    void anUnknownLabelIsAnErrorWithASuggestion() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "labels:\n  incident.plac: Location\n");
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false));
        assertEquals(List.of("content/site.yaml:6:3: error: unknown label 'incident.plac' in labels"
                + " (did you mean 'incident.place'?) [BRF015]"),
                TestSites.headlines(r).stream().filter(h -> h.contains(" error: ")).toList());
    }

    @Test
    void glossaryTermsAreTheHeadingsAndTheirReferencesAreNoLandmarks() {
        Document glossary = page(build(""), "glossary/index.html");
        assertEquals(List.of("Lone offender", "Soft target"), glossary.select("main h2").eachText());
        assertEquals(List.of("References", "References"), glossary.select("main h3").eachText());
        assertTrue(glossary.select("main section[aria-labelledby]").isEmpty(), "no region per term");
        // The term's reference links back to the citation in its text.
        String back = glossary.selectFirst("#lone-offender-ref-1 .ref-links a").attr("href");
        assertEquals("lone-offender-cite-1-1", back.substring(1));
        assertNotNull(glossary.getElementById("lone-offender-cite-1-1"));
    }

    @Test
    void theMenuMarksTheCurrentPageAndSectionAndTheHeaderSaysWhoseSiteItIs() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "report: /briefs/\n"
                + "navigation:\n  - {title: Home, url: /}\n  - {title: Briefs, url: /briefs/}\n  - {title: Advisories, url: /advisories/}\n");
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, AS_OF, false));
        Document briefs = page(r, "briefs/index.html");
        assertEquals("page", briefs.selectFirst(".main-nav a:containsOwn(Briefs)").attr("aria-current"));
        assertEquals(1, briefs.select(".main-nav a[aria-current]").size(), "Home is not current on every page");
        Document brief = page(r, "briefs/a/index.html");
        assertEquals("true", brief.selectFirst(".main-nav a:containsOwn(Briefs)").attr("aria-current"), "a brief is in Briefs");
        assertEquals("", brief.selectFirst(".main-nav a:containsOwn(Advisories)").attr("aria-current"));
        // Before the menu: the emergency line with the report link, then the site's name and publisher.
        var header = brief.selectFirst("header.site-header");
        assertEquals("tel:911", header.selectFirst(".emergency a").attr("href"));
        assertEquals("../index.html", header.selectFirst(".emergency a.report").attr("href"));
        // Only what site.yaml says: who publishes it, not what kind of service it is.
        assertEquals("Published by Test Publisher", header.selectFirst(".by").text());
    }

    @Test
    void theFeedLinkLeadsToAPageThatExplainsFeeds() {
        Pipeline.Result r = build("");
        Document home = page(r, "index.html");
        assertEquals("feeds/index.html", home.selectFirst("footer a:containsOwn(Feeds)").attr("href"));
        Document feeds = page(r, "feeds/index.html");
        assertEquals(List.of("Briefs", "Advisories", "Corrections", "Advisories for alerting systems (CAP 1.2)"),
                feeds.select("main h2").eachText());
        assertEquals(List.of("briefs.xml", "advisories.xml", "corrections.xml", "../advisories/cap.atom"),
                feeds.select("main a[type=application/atom+xml]").eachAttr("href"));
    }
}
