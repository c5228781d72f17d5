package dev.briefing.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the link gate leaves unchecked as another site's: every URL with a scheme, and scheme-relative ones. */
class UrlPolicyTest {
    @Test
    void aUrlIsExternalExactlyWhenItHasASchemeOrStartsWithTwoSlashes() {
        // A scheme as browsers read it: spaces and control characters before the colon are dropped.
        char[] alphabet = {'a', 'Z', '1', ':', '/', '?', '#', '.', ' ', '\t', '\u0001', '\u007f', '%'};
        Random random = new Random(66);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder url = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) url.append(alphabet[random.nextInt(alphabet.length)]);
            String u = url.toString();
            assertEquals(UrlPolicy.scheme(u) != null || u.startsWith("//"), UrlPolicy.isExternal(u), () -> "'" + u + "'");
        }
        assertTrue(UrlPolicy.isExternal("https://example.org/"));
        assertTrue(UrlPolicy.isExternal(" java\tscript:alert(1)"));
        assertTrue(UrlPolicy.isExternal("//example.org/x"));
        assertFalse(UrlPolicy.isExternal("../briefs/x/index.html#a:b"));
        assertFalse(UrlPolicy.isExternal("search/?q=a:b"));
    }
}
