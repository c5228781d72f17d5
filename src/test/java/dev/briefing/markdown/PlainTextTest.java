package dev.briefing.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text's words as readers read them: what each run is part of, and where it was written. */
class PlainTextTest {
    private static PlainText plain(String markdown, int indent) {
        return new MarkdownEngine().parse(new MarkdownText(markdown, new Pos("a.md", 3, 1 + indent), indent), new Diagnostics()).plain();
    }

    /** Each run as "role[ link] claim: text". */
    private static List<String> runs(PlainText p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.runs(); i++) {
            out.add(p.role(i) + (p.inLink(i) ? " link" : "") + " " + p.claim(i) + ": " + p.text().substring(p.start(i), p.end(i)));
        }
        return out;
    }

    @Test
    void runsKnowWhatTheyArePartOf() {
        PlainText p = plain("""
                ## Soft targets

                Places such as [schools](https://a.gov/) are open [[cite:src]].

                - Call `911`
                - Or [[brief:x|*the* line]]

                | Place | Risk |
                |---|---|
                | Mall | High |

                A note[^1].

                [^1]: Read the study.
                """, 0);
        assertEquals(List.of("HEADING -1: Soft targets", "PROSE 0: Places such as ", "PROSE link 0: schools", "PROSE 0:  are open ",
                "PROSE 0: .", "PROSE 1: Call ", "PROSE 1: Or ", "PROSE link 1: the", "PROSE link 1:  line", "TABLE 2: Place",
                "TABLE 2: Risk", "TABLE 2: Mall", "TABLE 2: High", "PROSE 3: A note", "PROSE 3: .", "NOTE -1: Read the study."),
                runs(p));
        // Blocks are lines of their own; runs within one are separated by a space.
        assertEquals("Soft targets\nPlaces such as  schools  are open  .\nCall \nOr  the  line\nPlace\nRisk\nMall\nHigh\nA note .\n"
                + "Read the study.", p.text());
    }

    @Test
    void anOffsetIsAColumnUnlessTheSourceHadAnEscape() {
        PlainText p = plain("First line of it.\nSee the *soft target* here, \\*not\\* there.\n", 0);
        int soft = p.text().indexOf("soft");
        assertEquals(new Pos("a.md", 4, 10), p.pos(soft));
        assertEquals(new Pos("a.md", 4, 15), p.pos(soft + 5), "target");
        // After an escape the text differs from the source: the run's start is all that is known.
        int not = p.text().indexOf("not");
        assertEquals(new Pos("a.md", 4, 1 + "See the *soft target*".length()), p.pos(not));
        // In a YAML block scalar the lines after the first are indented.
        PlainText indented = plain("One line.\nA soft target.\n", 4);
        assertEquals(new Pos("a.md", 4, 7), indented.pos(indented.text().indexOf("soft")));
    }
}
