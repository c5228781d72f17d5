package dev.briefing.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one matcher for many phrases: whole words, any case, the last word also plural; checked against regular expressions. */
class PhrasesTest {
    private static List<String> found(Map<String, String> phrases, String text) {
        return new Phrases<>(phrases).find(text, 0, text.length()).stream()
                .map(m -> text.substring(m.start(), m.end()) + "→" + m.value()).toList();
    }

    @Test
    void wholeWordsInAnyCaseAndThePluralOfTheLastWord() {
        Map<String, String> p = Map.of("soft target", "crowded public place");
        assertEquals(List.of("Soft Targets→crowded public place", "soft  target→crowded public place"),
                found(p, "Soft Targets, softer target, soft-target, soft  target, softs target, soft targeted."));
        assertEquals(List.of(), found(p, "a soft\ntarget"), "a line break ends a paragraph: no phrase spans it");
    }

    @Test
    void whatStandsBetweenWordsMustMatch() {
        Map<String, String> p = Map.of("TLP:CLEAR", "free to share");
        assertEquals(List.of("tlp:clear→free to share"), found(p, "TLP CLEAR, TLP: CLEAR and tlp:clear."));
    }

    @Test
    void theLongestPhraseAtThePlaceWinsAndMatchesDoNotOverlap() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("security event", "short");
        p.put("National Special Security Event", "long");
        p.put("event", "shortest");
        assertEquals(List.of("National Special Security Events→long", "event→shortest"),
                found(p, "National Special Security Events: an event."));
        assertEquals(List.of(), found(Map.of("—", "x"), "— — —"), "a phrase without words matches nothing");
    }

    /** The definition as one regular expression per phrase, leftmost-longest by hand. */
    private static List<String> definition(Map<String, String> phrases, String text) {
        List<Pattern> patterns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (var e : phrases.entrySet()) {
            StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{Nd}])");
            Matcher w = Pattern.compile("[\\p{L}\\p{Nd}]+").matcher(e.getKey());
            int last = -1;
            while (w.find()) {
                if (last >= 0) {
                    String between = e.getKey().substring(last, w.start());
                    for (String part : between.split("(?<=\\s)(?!\\s)|(?<!\\s)(?=\\s)")) {
                        re.append(part.isBlank() ? "[^\\S\\n\\r]+" : Pattern.quote(part));
                    }
                }
                re.append(Pattern.quote(w.group()));
                last = w.end();
            }
            if (last < 0) continue;
            re.append("(?:es|s)?(?![\\p{L}\\p{Nd}])");
            patterns.add(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            values.add(e.getValue());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int end = -1;
            String value = null;
            for (int k = 0; k < patterns.size(); k++) {
                Matcher m = patterns.get(k).matcher(text).region(i, text.length());
                m.useTransparentBounds(true);
                if (m.lookingAt() && m.end() > end) {
                    end = m.end();
                    value = values.get(k);
                }
            }
            if (end > i) {
                out.add(text.substring(i, end) + "→" + value);
                i = end - 1;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void findsWhatTheRegularExpressionsFind(long seed) {
        Random random = new Random(seed);
        String[] words = {"soft", "target", "targets", "tlp", "clear", "event", "events", "a", "é", "bus", "buses"};
        String[] between = {" ", "  ", "\t", ":", ", ", "-", "\n", ". "};
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("soft target", "1");
        phrases.put("TLP:CLEAR", "2");
        phrases.put("event", "3");
        phrases.put("a soft target", "4");
        phrases.put("bus", "5");
        phrases.put("é-a", "6");
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                String w = words[random.nextInt(words.length)];
                text.append(random.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT)).append(between[random.nextInt(between.length)]);
            }
            String t = text.toString();
            assertEquals(definition(phrases, t), found(phrases, t), t);
        }
    }
}
