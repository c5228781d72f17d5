package dev.briefing.hostile;

import static dev.briefing.hostile.HostileSite.frontMatter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates cannot reach Java; content is never template code; hostile titles come out escaped everywhere. */
class HostileTemplateTest {
    static final String TITLE = "\"><script>alert(1)</script>";

    @TempDir
    Path dir;
    HostileSite site;

    @BeforeEach
    void buildOnce() throws IOException {
        site = new HostileSite(dir);
    }

    @Test
    void newBuiltInFailsTheBuild() throws IOException {
        site.write("templates/404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <#assign ex = "freemarker.template.utility.Execute"?new()>${ex("id")}
                </@layout.shell>
                """);
        HostileSite.Outcome o = site.assertRefused("templates/404.ftlh:3:1", "BRF050", "Instantiating");
        assertTrue(o.stderr().contains("not allowed"), o.stderr());
    }

    @Test
    void apiBuiltInFailsTheBuild() throws IOException {
        site.write("templates/404.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                ${site?api.getClass().getName()}
                </@layout.shell>
                """);
        site.assertRefused("templates/404.ftlh:3:3", "BRF050", "Can't use ?api");
    }

    @Test
    void templateSyntaxInContentRendersLiterally() throws IOException {
        site.write("content/briefs/alpha.md", frontMatter("""
                title: "Sum ${7*7} <#assign x=1>"
                date: 2024-01-02
                summary: "Also ${7*7} and [=7*7]"
                sources: [src-a]
                """, "Body ${7*7}, <#assign y=2> and [#assign z=3] [[cite:src-a]].\n"));
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        String html = Files.readString(site.output.resolve("briefs/alpha/index.html"));
        assertTrue(html.contains("<h1>Sum ${7*7} &lt;#assign x=1&gt;</h1>"), html);
        assertTrue(html.contains("Also ${7*7} and [=7*7]"), html);
        assertTrue(html.contains("<p>Body ${7*7}, &lt;#assign y=2&gt; and [#assign z=3] <sup"), html);
    }

    @Test
    void hostileTitleIsEscapedInEveryOutput() throws IOException {
        site.write("content/briefs/alpha.md", frontMatter("title: '" + TITLE.replace("'", "''") + "'\n"
                + "date: 2024-01-02\nsummary: '" + TITLE + " </script>'\ntags: ['" + TITLE + "']\nsources: [src-a]\n",
                "Body [[cite:src-a]].\n"));
        HostileSite.Outcome o = site.build();
        assertEquals(Main.OK, o.exit(), o.stderr());
        // The checks that parse every format back live in TitleEscaping, shared with PipelinePropertiesTest.
        TitleEscaping.assertEscapedEverywhere(site.output, TITLE);
    }
}
