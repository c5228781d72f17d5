package dev.briefing.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlUrlsTest {
    private static final Pattern DEFINITION = Pattern.compile("(?:href=\"|<loc>|<id>|\"url\": \")([^\"<]+)");

    @Test
    void findsTheUrlsOfFeedsAndSitemaps() {
        assertEquals(List.of("https://x.org/a/", "https://x.org/b/", "tag:x", "https://x.org/c/"), LinkGate.xmlUrls(
                "<url><loc>https://x.org/a/</loc></url><link href=\"https://x.org/b/\"/><id>tag:x</id>"
                        + "{\"url\": \"https://x.org/c/\", \"url\": \"\"}<loc></loc>"));
    }

    /** The scan finds what the regular expression it replaces finds, on seeded random text. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void matchesTheRegexDefinition(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"href=\"", "<loc>", "<id>", "\"url\": \"", "\"", "<", "a", "/", "h", "ref=", "lo", "&amp;", " "};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            List<String> expected = new ArrayList<>();
            Matcher m = DEFINITION.matcher(text);
            while (m.find()) expected.add(m.group(1));
            assertEquals(expected, LinkGate.xmlUrls(text.toString()), text.toString());
        }
    }
}
