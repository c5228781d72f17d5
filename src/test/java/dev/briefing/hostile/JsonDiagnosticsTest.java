package dev.briefing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.cli.Main;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics about hostile text stay well-formed JSON, one object per line, with `--format json`. */
class JsonDiagnosticsTest {
    @TempDir
    Path dir;

    @Test
    void hostileValuesInMessagesAreEscaped() throws IOException {
        HostileSite site = new HostileSite(dir);
        site.write("content/briefs/alpha.md", HostileSite.BRIEF.replace("date: 2024-01-02",
                "date: \"\\\"}\\u2028</script>\\x01\""));
        HostileSite.Outcome o = site.run("check", "--format", "json");
        assertEquals(Main.CONTENT_ERRORS, o.exit(), o.stderr());
        List<String> lines = o.stderr().lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(1, lines.size(), o.stderr());
        String line = lines.get(0);
        assertTrue(line.startsWith("{\"code\":\"BRF018\",\"severity\":\"error\",\"file\":\"content/briefs/alpha.md\","
                + "\"line\":3,\"column\":7,\"message\":\"'\\\"}\\u2028\\u003c/script\\u003e\\u0001' is not a date"), line);
        assertTrue(line.endsWith("}") && line.chars().noneMatch(c -> c < 0x20 || c == 0x2028), line);
    }
}
