package dev.briefing.source;

import dev.briefing.diag.Diagnostics;
import dev.briefing.model.SiteConfig;
import dev.briefing.yaml.Binder;
import dev.briefing.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * site.yaml's {@code timezone}, read before the build: the as-of date, an input to the build, is
 * today in that zone, and the build that reads site.yaml needs the date first. Read the way the
 * load stage reads it; what is wrong with site.yaml is left for the build to report, once.
 */
public final class SiteTimeZone {
    private SiteTimeZone() {
    }

    /** The zone site.yaml names, if it is there, readable and an IANA zone name. */
    public static Optional<ZoneId> of(Path sourceRoot) {
        Path file = sourceRoot.resolve("content/site.yaml");
        if (!Files.isRegularFile(file)) return Optional.empty();
        Diagnostics ignored = new Diagnostics();
        return SourceReader.read(file, "content/site.yaml", ignored)
                .flatMap(f -> YamlLoader.compose(f.text(), f.path(), 1, ignored)
                        .flatMap(node -> new Binder(f.path(), 1, f.text(), ignored).bind(node, SiteConfig.SCHEMA)))
                .map(SiteConfig::from)
                .map(SiteConfig::timeZone);
    }
}
