package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own message files, over the theme's: each problem is reported at its line with its
 * code and a hint (a case that reports it, and one that does not), and an override changes only
 * the words it names.
 */
class MessageFilesTest {
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    @TempDir
    Path dir;

    private Pipeline.Result build(String siteYamlExtra, String... pathsAndTexts) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "report: /briefs/\n" + siteYamlExtra);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n");
        for (int i = 0; i < pathsAndTexts.length; i += 2) TestSites.write(dir.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1]);
        return TestSites.check(dir, AS_OF);
    }

    private static List<String> of(Pipeline.Result r, Code code) {
        return r.diagnostics().sorted().stream().filter(d -> d.code() == code).map(DiagnosticFormatter::headline).toList();
    }

    private static String page(Pipeline.Result r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aSiteOverridesTheThemesWordsKeyByKey() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "# Our own words\nemergency.report=Report a concern\n");
        assertTrue(r.ok() && r.diagnostics().sorted().stream().noneMatch(d -> d.pos().path().startsWith("templates/")),
                () -> TestSites.headlines(r).toString());
        String home = page(r, "index.html");
        assertTrue(home.contains(">Report a concern</a>"), "the site's word");
        assertTrue(home.contains("In an emergency, call <a href=\"tel:911\">911</a>."), "the theme's words for the rest");
    }

    @Test
    void aLanguageWithoutMessagesIsNamedWithTheFileToWrite() {
        Pipeline.Result r = build("language: fr\n");
        List<String> found = of(r, Code.BRF160);
        assertEquals(1, found.size(), "one error, not one per message: " + found);
        assertTrue(found.get(0).startsWith("templates/messages/fr.properties: error: no messages for the language 'fr':"
                + " templates/messages/fr.properties does not exist (create it with every message of the theme's en.properties,"
                + " translated ("), found.get(0));
        assertFalse(r.ok());
        assertTrue(of(build("language: es\n"), Code.BRF160).isEmpty(), "the theme ships Spanish");
    }

    @Test
    void aMessageMissingInALanguageIsNamedWithItsFileAndItsEnglish() {
        TestSites.write(dir.resolve("templates/messages/en.properties"), "home.welcome=Welcome, neighbours\n");
        TestSites.write(dir.resolve("templates/tags.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<h1>${msg(\"home.welcome\")}</h1>\n</@layout.shell>\n");
        MessageFiles.Loaded missing = MessageFiles.load(dir.resolve("templates"), List.of("en", "es"));
        assertEquals(List.of("templates/messages/es.properties: error: the message 'home.welcome' is missing from"
                        + " templates/messages/es.properties (add it, translated from the English: home.welcome=Welcome, neighbours) [BRF160]"),
                TestSites.headlines(missing.problems()));

        TestSites.write(dir.resolve("templates/messages/es.properties"), "home.welcome=Bienvenidos, vecinos\n");
        MessageFiles.Loaded complete = MessageFiles.load(dir.resolve("templates"), List.of("en", "es"));
        assertEquals(List.of(), TestSites.headlines(complete.problems()));
        assertEquals("Bienvenidos, vecinos", complete.messages().get("es").text("home.welcome"));
        assertEquals("Reporte una amenaza", complete.messages().get("es").text("emergency.report"), "the theme's Spanish for the rest");
    }

    @Test
    void aMessageTheThemeDoesNotUseIsLikelyATypoAndSaysWhatWasMeant() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "# Our words\nnav.serch=Find\n");
        assertEquals(List.of("templates/messages/en.properties:2:1: warning: the theme does not use the message 'nav.serch'"
                + " (did you mean 'nav.search'?) [BRF161]"), of(r, Code.BRF161));
        assertTrue(r.ok(), "a warning");
    }

    @Test
    void messagesTheThemeOrTheSitesTemplatesUseAreNotCalledUnused() {
        Pipeline.Result r = build("", "templates/messages/en.properties", """
                nav.search=Find
                home.welcome=Welcome
                label.resource.audience.election-officials=Election workers
                """, "templates/tags.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<h1>${msg(\"home.welcome\")}</h1>\n</@layout.shell>\n");
        assertEquals(List.of(), of(r, Code.BRF161));
        assertTrue(page(r, "tags/index.html").contains("<h1>Welcome</h1>"));
    }

    @Test
    void aPatternThatDoesNotParseIsNamedAtItsLine() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "emergency.report=Report a concern\n"
                + "pager.position=Page {0 of {1}\n");
        List<String> found = of(r, Code.BRF162);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("templates/messages/en.properties:2:1: error: the message 'pager.position' is not a valid pattern:"),
                found.get(0));
        assertTrue(found.get(0).endsWith("(write arguments as {0}, {1}…; to show a brace, quote it: '{') [BRF162]"), found.get(0));
        assertTrue(of(build("", "templates/messages/en.properties", "pager.position=Page {0} of {1}\n"), Code.BRF162).isEmpty());
    }

    @Test
    void aBadDatePatternIsNamedToo() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "date.day=d MMMM yyyy {\n");
        List<String> found = of(r, Code.BRF162);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("the message 'date.day' is not a valid pattern") && found.get(0).contains("MMMM the month"),
                found.get(0));
    }

    @Test
    void aTranslationThatLeavesOutTheLinkToTheOfficialSourceIsAnError() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "banner.checked=Last checked on {1}.\n"
                + "pager.position=Page {0} of {1} of {2}\n");
        assertEquals(List.of(
                "templates/messages/en.properties:1:1: error: the message 'banner.checked' leaves out {0}"
                        + " (use the English's {0} and {1}, in any order: banner.checked=Last checked against {0} on {1}.) [BRF163]",
                "templates/messages/en.properties:2:1: error: the message 'pager.position' uses {2}, which the theme does not give it"
                        + " (use the English's {0} and {1}, in any order: pager.position=Page {0} of {1}) [BRF163]"),
                of(r, Code.BRF163));
        assertTrue(of(build("", "templates/messages/en.properties", "banner.checked=Checked on {1} against {0}.\n"), Code.BRF163).isEmpty(),
                "another order is fine");
    }

    @Test
    void aKeyGivenTwiceIsNamedWithBothLines() {
        Pipeline.Result r = build("", "templates/messages/en.properties", "nav.search=Find\nnav.search=Look\n");
        assertEquals(List.of("templates/messages/en.properties:2:1: error: the message 'nav.search' is given twice (also at line 1)"
                + " (remove one of them: only the last would count) [BRF014]"), of(r, Code.BRF014));
    }

    @Test
    void aMessageFileThatIsNotUtf8IsNamed() {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/briefs/a.md"), "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n");
        try {
            java.nio.file.Files.createDirectories(dir.resolve("templates/messages"));
            java.nio.file.Files.write(dir.resolve("templates/messages/en.properties"),
                    "nav.search=B\u00fasqueda\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Pipeline.Result r = TestSites.check(dir, AS_OF);
        assertEquals(List.of("templates/messages/en.properties: error: the message file is not UTF-8 text (save it as UTF-8) [BRF002]"),
                of(r, Code.BRF002));
    }

    @Test
    void aTemplateAskingForAMessageNoFileHasIsATemplateErrorThatNamesIt() {
        Pipeline.Result r = build("", "templates/tags.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n"
                + "<h1>${msg(\"tags.heading\")}</h1>\n</@layout.shell>\n");
        List<Diagnostic> errors = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.BRF050).toList();
        assertEquals(1, errors.size(), () -> TestSites.headlines(r).toString());
        assertTrue(errors.get(0).message().contains("there is no message 'tags.heading' in templates/messages/en.properties"),
                errors.get(0).message());
        assertEquals("templates/tags.ftlh", errors.get(0).pos().path());
        assertEquals(3, errors.get(0).pos().line());
    }
}
