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

    /**
     * @param languages the codes of the site's languages, the default first (one for a site in one language)
     * @param jar       the file name of the jar init runs from when it sits beside the new site's folder, as the
     *                  README asks ("briefing.jar"), so the README and init's "Next:" name one jar; null for the release's name
     */
    public record Settings(String title, String publisher, String baseUrl, LocalDate today, Release release, List<String> languages,
            String jar) {
        public Settings {
            languages = List.copyOf(languages);
        }

        public Settings(String title, String publisher, String baseUrl, LocalDate today, Release release, List<String> languages) {
            this(title, publisher, baseUrl, today, release, languages, null);
        }

        public Settings(String title, String publisher, String baseUrl, LocalDate today, Release release) {
            this(title, publisher, baseUrl, today, release, List.of("en"));
        }

        /** The jar the README's commands run, from the folder above the site's. */
        String jarName() {
            return jar == null ? release.jar() : jar;
        }
    }

    /** Languages named in themselves, as the switcher shows them; any other code is named by its code until the team names it. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("en", "English"), Map.entry("es", "Español"),
            Map.entry("fr", "Français"), Map.entry("pt", "Português"), Map.entry("zh", "中文"), Map.entry("vi", "Tiếng Việt"),
            Map.entry("ko", "한국어"), Map.entry("tl", "Tagalog"), Map.entry("ar", "العربية"), Map.entry("ru", "Русский"),
            Map.entry("ht", "Kreyòl ayisyen"), Map.entry("ja", "日本語"), Map.entry("hi", "हिन्दी"), Map.entry("bn", "বাংলা"));

    /**
     * The menu site.yaml's {@code navigation} gives (init's site.yaml), in a language whose theme the generator ships, in the
     * theme's own words (nav.briefs, kind.advisory, report.heading): each link's site path and title. A language not here
     * starts with the default language's menu, and the build asks for its own (BRF169).
     */
    private static final Map<String, List<Map.Entry<String, String>>> MENUS = Map.of("es", List.of(
            Map.entry("/briefs/", "Informes"), Map.entry("/advisories/", "Avisos"), Map.entry("/report/", "Cómo reportar"),
            Map.entry("/about/", "Acerca de")));

    /** What init's advisory_status page (DHS's NTAS page) is called in a sentence, in a language the generator ships. */
    private static final Map<String, String> ADVISORY_PAGES = Map.of("es",
            "la página del DHS sobre el Sistema Nacional de Avisos sobre Terrorismo (NTAS)");

    /** site.yaml's language setting: {@code language: en} for one, the {@code languages} list for several (the others required). */
    static String languages(List<String> codes) {
        if (codes.size() == 1) return "language: " + codes.get(0);
        StringBuilder sb = new StringBuilder("# The default language first; the others are required: every critical page must be translated.\n"
                + "languages:\n");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String name = Scaffold.quote(NAMES.getOrDefault(code, code));
            if (i == 0) {
                sb.append("  - {code: ").append(code).append(", name: ").append(name).append("}\n");
                continue;
            }
            // The title and description readers of the language see: placeholders, so that the site is not published
            // with the default language's words on that language's pages (BRF169, which the publish workflow's --strict refuses).
            sb.append("  - code: ").append(code).append("\n    name: ").append(name).append("\n    required: true\n")
                    .append("    # The site's title and description as readers of this language see them, written in it.\n")
                    .append("    title: \"TODO: translate: the site's title above\"\n")
                    .append("    description: \"TODO: translate: the site's description above\"\n");
            List<Map.Entry<String, String>> menu = MENUS.get(code);
            if (menu == null) continue;
            sb.append("    # Its menu: the links of 'navigation' below, in the same order, titled in this language.\n")
                    .append("    navigation:\n");
            menu.forEach(link -> sb.append("      - {title: ").append(Scaffold.quote(link.getValue())).append(", url: ")
                    .append(link.getKey()).append("}\n"));
            String advisoryPage = ADVISORY_PAGES.get(code);
            if (advisoryPage != null) {
                sb.append("    # What the advisories' official page (advisory_status below) is called in this language's sentences.\n")
                        .append("    advisory_status:\n      name: ").append(Scaffold.quote(advisoryPage)).append("\n");
            }
        }
        return sb.toString().stripTrailing();
    }

    public record Result(boolean ok, String message, List<String> written) {
    }

    /** Why init cannot write into {@code dir} (a file, or a folder that is not empty), if it cannot: said before anything is asked. */
    public static java.util.Optional<String> refusal(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) return java.util.Optional.of(dir + " is a file, not a folder");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return java.util.Optional.of(dir + " is not empty; init writes only into a new or empty folder");
                }
            }
        }
        return java.util.Optional.empty();
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
        java.util.Optional<String> refused = refusal(dir);
        if (refused.isPresent()) return new Result(false, refused.get(), List.of());
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
        // Each other language starts with the page every reader must be able to act on: how to report.
        Scaffold scaffold = new Scaffold(dir, settings.today());
        for (String code : settings.languages().subList(1, settings.languages().size())) {
            Scaffold.Result r = scaffold.translation(dev.briefing.model.Kind.PAGE, "report", code);
            if (r.ok()) written.add(r.message());
        }
        return new Result(true, "created a site in " + dir, List.copyOf(written));
    }

    private static Map<String, String> values(Settings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("@@TITLE_YAML@@", Scaffold.quote(s.title()));
        v.put("@@PUBLISHER_YAML@@", Scaffold.quote(s.publisher()));
        v.put("@@BASE_URL_YAML@@", Scaffold.quote(s.baseUrl()));
        v.put("@@TITLE@@", s.title());
        v.put("@@LANGUAGES@@", languages(s.languages()));
        v.put("@@LANGUAGE_STEPS@@", languageSteps(s.languages(), s.jarName()));
        v.put("@@TODAY@@", s.today().toString());
        v.put("@@VERSION@@", s.release().version());
        v.put("@@JAR@@", s.jarName());
        // The release's file name, to download; saved under the name the commands run when that differs.
        v.put("@@DOWNLOAD@@", s.jarName().equals(s.release().jar()) ? "`" + s.release().jar() + "`"
                : "`" + s.release().jar() + "` (saved as `" + s.jarName() + "`)");
        v.put("@@SHA256@@", s.release().sha256());
        v.put("@@RELEASES@@", s.release().repository() + "/releases/download");
        v.put("@@GENERATOR@@", s.release().repository());
        return v;
    }

    /** The README's step for the languages after the first: nothing for a site in one language. */
    static String languageSteps(List<String> codes, String jar) {
        if (codes.size() < 2) return "";
        List<String> others = codes.subList(1, codes.size());
        String code = others.get(0);
        String run = "java -jar ../" + jar;
        return "5. The other language" + (others.size() == 1 ? "" : "s") + " (" + String.join(", ", others) + "): in `content/site.yaml`, "
                + (others.size() == 1 ? "its" : "each one's") + " `title` and\n   `description`, written in it. Then, once `content/pages/report.md` is written, its translation:"
                + "\n   delete `content/pages/report." + code + ".md`, which holds the starter text, and run\n   `" + run + " new --lang "
                + code + " page report` for the English you wrote; replace each `TODO: translate:`\n   part with the translation and"
                + " delete the line that says to.\n   Every page marked `critical: true`, every advisory and every way to report"
                + " in\n   `content/data/channels.yaml` must be translated as well: `" + run + " new --lang " + code
                + " channel ID`\n   writes a translation's skeleton, and `" + run + " translations` lists what is missing or"
                + "\n   out of date. The handbook's page \"Publishing in several languages\" explains each step.\n";
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
