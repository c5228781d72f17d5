package dev.briefing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a message's pattern reads: the rules an editor relies on when writing or translating one. */
class MessagesTest {
    private static Messages of(String language, String... keysAndPatterns) {
        Map<String, String> patterns = new HashMap<>(Map.of(Messages.DAY, "d MMMM yyyy", Messages.MONTH, "MMMM yyyy",
                Messages.YEAR, "yyyy"));
        for (int i = 0; i < keysAndPatterns.length; i += 2) patterns.put(keysAndPatterns[i], keysAndPatterns[i + 1]);
        return Messages.of(language, patterns);
    }

    @Test
    void anApostropheIsTextAsEditorsWriteItWhereTheJdkWouldSwallowItAndTheArgumentAfterIt() {
        Messages m = of("en", "a", "This site's records were checked on {0}.", "b", "Show a brace: '{'", "c", "Two: ''");
        assertEquals("This site's records were checked on 24 May.", m.text("a", "24 May"));
        assertEquals("Show a brace: {", m.text("b"));
        assertEquals("Two: '", m.text("c"));
    }

    @Test
    void wholeNumbersAreDigitsUnlessThePatternGivesThemAFormat() {
        Messages m = of("en", "age", "That check is {0} days old.", "grouped", "{0,number,integer} pages");
        assertEquals("That check is 1292 days old.", m.text("age", 1292), "as templates have always written numbers (?c)");
        assertEquals("1,292 pages", m.text("grouped", 1292));
        assertEquals("1.292 pages", of("es", "grouped", "{0,number,integer} pages").text("grouped", 1292));
    }

    @Test
    void markupArgumentsGoInAsTheyAreAndEverythingElseIsEscaped() {
        Messages m = of("en", "see", "For <the> status, see {0} & {1}.");
        String html = m.markup("see", new Object[] {"<a href=\"x\">DHS's page</a>", "<b>not markup</b>"}, new boolean[] {true, false},
                s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        assertEquals("For &lt;the&gt; status, see <a href=\"x\">DHS's page</a> &amp; &lt;b&gt;not markup&lt;/b&gt;.", html);
    }

    @Test
    void aBadPatternIsNamedAndAGoodOneIsNot() {
        assertNotNull(Messages.problem("pager.position", "Page {0 of {1}", "en"));
        assertNotNull(Messages.problem(Messages.DAY, "d MMMM yyyyy {", "en"));
        assertNull(Messages.problem("pager.position", "Page {0} of {1}", "en"));
        assertNull(Messages.problem(Messages.DAY, "d 'de' MMMM 'de' yyyy", "es"));
    }

    @Test
    void theArgumentsAPatternUsesAreFoundWhereverTheyStand() {
        assertEquals(Set.of(0, 2), Messages.arguments("k", "{2} and then {0}", "en"));
        assertEquals(Set.of(0), Messages.arguments("k", "{0,number,integer} pages", "en"));
        assertEquals(Set.of(), Messages.arguments("k", "No arguments, and a '{0}' that is text.", "en"));
    }

    /** Messages are parsed once into text and arguments: they must read exactly as MessageFormat reads them. */
    @Test
    void aMessageReadsAsMessageFormatReadsIt() {
        Map<String, String> patterns = new java.util.LinkedHashMap<>();
        patterns.put("twice", "{0} and {0}{0}, then {1}");
        patterns.put("quoted", "'{0}' is text, {0} is not; it''s, it's");
        patterns.put("only", "{2}");
        patterns.put("empty", "");
        for (String language : java.util.List.of("en", "es")) {
            dev.briefing.render.Theme.builtInPatterns(language).forEach((k, v) -> {
                if (!k.startsWith("date.")) patterns.put(language + ":" + k, v);
            });
        }
        String[] keysAndPatterns = patterns.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        Messages m = of("en", keysAndPatterns);
        Object[] args = {"A", "B", "C", "D", "E", "F", "G"};
        patterns.forEach((key, pattern) -> assertEquals(new java.text.MessageFormat(Messages.javaPattern(pattern), java.util.Locale.ENGLISH)
                .format(args), m.text(key, args), key));
        assertEquals("x {1}", of("en", "k", "{0} {1}").text("k", "x"), "a missing argument shows its place, as MessageFormat does");
    }

    @Test
    void aMissingMessageIsAnErrorNotAnEmptyString() {
        assertThrows(IllegalArgumentException.class, () -> of("en").text("nav.nowhere"));
    }
}
