package dev.briefing.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathTest {
    @Test
    void decodesWellFormedPaths() {
        assertEquals(Optional.of("/"), RequestPath.decode("/"));
        assertEquals(Optional.of("/briefs/alpha/"), RequestPath.decode("/briefs/alpha/"));
        assertEquals(Optional.of("/a b/é.html"), RequestPath.decode("/a%20b/%C3%A9.html"));
        assertEquals(Optional.of("/tags/c++/"), RequestPath.decode("/tags/c++/"), "+ is a plus in a path");
        assertEquals(Optional.of("/a..b/.well-known/x"), RequestPath.decode("/a..b/.well-known/x"));
    }

    @Test
    void refusesWhatNoBrowserSends() {
        for (String raw : new String[] {"", "a", "/%00", "/a%00b", "/%2e%2e/x", "/%2E", "/x/..", "/x/./y", "//x",
                "/a//b", "/%5c", "/%C3%28", "/%C3", "/%F0%9F%98", "/%zz", "/%4", "/%", "/a b", "/\u00e9", "/%7F",
                "/%0D%0ALocation:x"}) {
            assertEquals(Optional.empty(), RequestPath.decode(raw), raw);
        }
    }
}
