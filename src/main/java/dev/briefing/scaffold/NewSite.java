package dev.briefing.scaffold;

import dev.briefing.model.Placeholders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code briefing init}: a complete, minimal site in an empty folder, from the files under
 * {@code dev/briefing/init/} on the classpath. It renders at once; what its editors must still fill
 * in is marked as placeholders that {@code check} reports as errors, each at its position, and
 * {@code build} refuses to publish.
 */
public final class NewSite {
    private static final String RESOURCES = "/dev/briefing/init/";
    /** Output path → the resource it is made from (resources avoid dot-folders, which build tools skip). */
    static final Map<String, String> FILES = files();

    /** @param repository the generator's repository page, e.g. https://github.com/owner/briefing */
    public record Release(String version, String sha256, String repository) {
        /** What a site's workflow writes while the generator running init is not a release jar. */
        public static Release unknown() {
            return new Release(Placeholders.MARK + " a release of briefing, e.g. 1.0.0",
                    Placeholders.MARK + " the SHA-256 of briefing-<version>.jar (its .sha256 file)", "https://github.com/TODO/briefing");
        }

        /** The jar's file name as a release publishes it, which the site's README runs; "briefing.jar" when unknown. */
        public String jar() {
            return version.startsWith(Placeholders.MARK) ? "briefing.jar" : "briefing-" + version + ".jar";
        }
    }

    public record Settings(String title, String publisher, String baseUrl, LocalDate today, Release release) {
    }

    public record Result(boolean ok, String message, List<String> written) {
    }

    private static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("content/site.yaml", "site.yaml");
        out.put("content/briefs/example-brief.md", "example-brief.md");
        for (String kind : List.of("threats", "targets", "drivers", "indicators", "events", "incidents", "advisories",
                "agencies", "resources", "channels", "glossary", "sources")) {
            out.put("content/data/" + kind + ".yaml", kind + ".yaml");
        }
        for (String page : List.of("about", "report", "accessibility", "privacy")) out.put("content/pages/" + page + ".md", page + ".md");
        out.put("README.md", "README.md");
        out.put(".gitignore", "gitignore");
        out.put(".github/workflows/publish.yml", "publish.yml");
        return out;
    }

    /** Writes the site into {@code dir}, which must be missing or empty; refuses (writing nothing) otherwise. */
    public Result create(Path dir, Settings settings) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return new Result(false, dir + " is a file, not a folder", List.of());
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return new Result(false, dir + " is not empty; init writes only into a new or empty folder", List.of());
                }
            }
        }
        Map<String, String> values = values(settings);
        // Every file is read and filled in before the first is written, so a missing resource writes nothing.
        Map<String, String> texts = new LinkedHashMap<>();
        FILES.forEach((path, resource) -> texts.put(path, fill(read(resource), values)));
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            written.add(e.getKey());
        }
        return new Result(true, "created a site in " + dir, List.copyOf(written));
    }

    private static Map<String, String> values(Settings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("@@TITLE_YAML@@", Scaffold.quote(s.title()));
        v.put("@@PUBLISHER_YAML@@", Scaffold.quote(s.publisher()));
        v.put("@@BASE_URL_YAML@@", Scaffold.quote(s.baseUrl()));
        v.put("@@TITLE@@", s.title());
        v.put("@@TODAY@@", s.today().toString());
        v.put("@@VERSION@@", s.release().version());
        v.put("@@JAR@@", s.release().jar());
        v.put("@@SHA256@@", s.release().sha256());
        v.put("@@RELEASES@@", s.release().repository() + "/releases/download");
        v.put("@@GENERATOR@@", s.release().repository());
        return v;
    }

    private static String fill(String text, Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) text = text.replace(e.getKey(), e.getValue());
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = NewSite.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
