package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Footnotes on pages that show several Markdown texts: every id is unique, every note reachable, the gate agrees. */
class FootnotePagesTest {
    @TempDir
    Path dir;

    @Test
    void notesOfDifferentTextsOnOnePageNeverShareAnId() {
        TestSites.write(dir.resolve("content/site.yaml"), "title: T\n" + TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/glossary.yaml"), """
                - id: lone-offender
                  name: Lone offender
                  summary: One person acting alone.
                  body: |
                    A person who acts alone[^1].

                    [^1]: Some use "lone actor".
                - id: targeted-violence
                  name: Targeted violence
                  summary: Violence aimed at a chosen target.
                  body: |
                    Violence aimed at a chosen target[^1].

                    [^1]: A term from threat assessment.
                """);
        TestSites.write(dir.resolve("content/data/indicators.yaml"), """
                - id: leakage
                  name: Leakage
                  summary: Telling others of a plan.
                  body: |
                    Telling others of a plan[^1].

                    [^1]: Often online.
                  not_concerning: |
                    Strong opinions alone[^1].

                    [^1]: Protected speech.
                """);
        Pipeline.Result r = new Pipeline().run(new Pipeline.Options(dir, null, LocalDate.parse("2025-01-01"), false));
        assertTrue(r.ok(), TestSites.headlines(r).toString());
        for (String path : List.of("glossary/index.html", "indicators/leakage/index.html")) {
            Document page = Jsoup.parse(new String(r.files().get(path), StandardCharsets.UTF_8));
            Set<String> ids = new HashSet<>();
            for (Element e : page.select("[id]")) assertTrue(ids.add(e.id()), path + ": id " + e.id() + " is used twice");
            List<Element> refs = page.select("sup.footnote-ref a");
            assertEquals(2, refs.size(), path);
            for (Element a : refs) {
                Element note = page.getElementById(a.attr("href").substring(1));
                assertNotNull(note, path + ": " + a.attr("href"));
                assertEquals("#" + a.id(), note.selectFirst("a.footnote-backref").attr("href"));
            }
        }
    }
}
