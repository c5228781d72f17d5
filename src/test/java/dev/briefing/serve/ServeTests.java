package dev.briefing.serve;

import dev.briefing.engine.ChangeSet;
import dev.briefing.engine.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** A preview on a free port with its first build published, as {@code briefing serve} starts one. */
public final class ServeTests {
    private ServeTests() {
    }

    public static Preview started(Path source, LocalDate asOf) throws IOException {
        Preview preview = new Preview(new Engine(new Engine.Options(source, null, asOf, false, Map.of(), false, true)), 0);
        preview.apply(ChangeSet.everything());
        return preview;
    }
}
