package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word the theme shows readers is a message, so that a language's message file translates
 * all of it. Two checks, each catching what the other cannot:
 * <ul>
 * <li>the templates' own text, read without rendering, holds no letters outside FTL (every
 * branch, taken or not);</li>
 * <li>a site whose message file turns every message into a marker, rendered whole (pages,
 * feeds, search index), shows no word that is neither a marker nor the site's own content,
 * whose every word starts with "zq": this catches words the Java code makes and prose in
 * template expressions.</li>
 * </ul>
 * Then the files themselves: every language the theme ships has every message, and every
 * message is used. The preview's overlay and the handbook's template are for editors and stay
 * English.
 */
class ThemeWordsTest {
    private static final Path TEMPLATES = TestSites.PROJECT.resolve("templates");
    /** Templates for editors, not readers: they stay English. */
    private static final Set<String> FOR_EDITORS = Set.of("overlay.ftlh", "handbook.ftlh");
    private static final String MARK = "Ⓜ";
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @TempDir
    Path dir;

    // ---- The message files.

    private static Properties file(String language) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(TEMPLATES.resolve("messages/" + language + ".properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyLanguageTheThemeShipsHasEveryMessageWithTheEnglishArguments() {
        assertEquals(file("en").stringPropertyNames(), file("es").stringPropertyNames());
        MessageFiles.Loaded loaded = MessageFiles.load(null, List.of("en", "es"));
        assertEquals(List.of(), TestSites.headlines(loaded.problems()));
        assertTrue(file("en").stringPropertyNames().containsAll(Labels.messageKeys()), "the kinds' and shown fields' names");
    }

    @Test
    void everyMessageIsUsedAndEveryMessageATemplateAsksForExists() throws IOException {
        Set<String> keys = file("en").stringPropertyNames();
        String theme = read(TEMPLATES, ".ftlh", ".ftlx", ".ftl", ".js");
        String java = read(TestSites.PROJECT.resolve("src/main/java"), ".java");
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            String quoted = "\"" + key + "\"";
            if (!theme.contains(quoted) && !java.contains(quoted) && !Labels.messageKeys().contains(key)) unused.add(key);
        }
        assertEquals(Set.of(), unused, "messages nothing uses");
        Set<String> asked = new TreeSet<>();
        Matcher m = Pattern.compile("msg\\(\"([a-z0-9_]+(?:\\.[a-z0-9_-]+)+)\"").matcher(theme);
        while (m.find()) asked.add(m.group(1));
        asked.removeAll(keys);
        assertEquals(Set.of(), asked, "messages the templates ask for that en.properties lacks");
    }

    private static String read(Path root, String... endings) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- The templates' own text.

    @Test
    void noTemplateHoldsWordsOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh") && !FOR_EDITORS.contains(p.getFileName().toString()))
                    .sorted().toList()) {
                TemplateText text = TemplateText.of(Files.readString(f));
                Document d = Jsoup.parse(text.markup());
                words(d).forEach(w -> foreign(w.text(), false).ifPresent(x -> found.add(f.getFileName() + ": " + x + " in " + w)));
                for (String literal : text.literals()) {
                    // Markup a template passes to a message ('<code>version</code>'?no_esc) shows its text.
                    if (literal.contains("<")) {
                        words(Jsoup.parseBodyFragment(literal)).forEach(w -> foreign(w.text(), false)
                                .ifPresent(x -> found.add(f.getFileName() + ": " + x + " in " + w)));
                    } else if (literal.contains(" ") && LETTER.matcher(literal).find()) {
                        found.add(f.getFileName() + ": \"" + literal + "\"");
                    }
                    if (literal.contains("${") && text.noEscaped().contains(literal)) {
                        found.add(f.getFileName() + ": a value in markup that is not escaped: " + literal);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * What the search script puts on the page (its status line, its results' text) is the page's
     * words, its data-msg-* attributes by name (text('none', …)), or the index's data: never words
     * of its own. Its other strings (the Spanish stemmer's suffixes, element names) never reach a reader.
     */
    @Test
    void theSearchScriptSaysNothingOfItsOwn() throws IOException {
        String js = Files.readString(TEMPLATES.resolve("search.js")).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(say|createTextNode)\\(|\\.textContent\\s*=").matcher(js);
        while (m.find()) {
            int start = m.end();
            String what = m.group(1) == null ? js.substring(start, js.indexOf(';', start)) : js.substring(start, closing(js, start - 1));
            // A message named in text(…) is the page's; what remains must hold no word.
            String rest = what;
            for (int at = rest.indexOf("text("); at >= 0; at = rest.indexOf("text(")) {
                rest = rest.substring(0, at) + rest.substring(closing(rest, at + 4) + 1);
            }
            Matcher literal = Pattern.compile("'([^']*)'").matcher(rest);
            while (literal.find()) if (LETTER.matcher(literal.group(1)).find()) shown.add(what.strip());
        }
        assertTrue(Pattern.compile("\\bsay\\(").matcher(js).results().count() >= 4, "the script's status lines were found");
        assertEquals(List.of(), shown, "the script's words come from the page's data-msg-* attributes");
    }

    /** Where the parenthesis opened at {@code open} closes. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth == 0) return i;
        }
        return s.length();
    }

    /** One text of a page and where it is: a text node's parent element, or an attribute. */
    record Shown(String where, String text) {
        @Override
        public String toString() {
            return where + " \"" + text + "\"";
        }
    }

    /** The words of a document a reader sees or hears: text (not code or scripts), and names and descriptions. */
    private static List<Shown> words(Document d) {
        d.select("script, style, code").remove();
        List<Shown> out = new ArrayList<>();
        for (Element e : d.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                // JSON-LD a template assigns, to put in a script: data, not words.
                if (LETTER.matcher(t.text()).find() && !t.text().strip().startsWith("{\"@context\"")) out.add(new Shown(e.tagName(), t.text().strip()));
            }
            for (String a : List.of("aria-label", "title", "alt", "placeholder")) {
                if (LETTER.matcher(e.attr(a)).find()) out.add(new Shown(e.tagName() + " " + a, e.attr(a)));
            }
            e.attributes().forEach(a -> {
                if (a.getKey().startsWith("data-msg-") && LETTER.matcher(a.getValue()).find()) out.add(new Shown(a.getKey(), a.getValue()));
            });
            if (e.tagName().equals("meta") && LETTER.matcher(e.attr("content")).find() && !e.attr("name").equals("viewport")
                    && !e.attr("property").equals("og:type") && !e.attr("name").equals("twitter:card")) {
                out.add(new Shown("meta content", e.attr("content")));
            }
        }
        return out;
    }

    /**
     * A template's markup with its FTL taken out (directives, interpolations, comments), and the
     * string literals of its FTL. A literal given ?no_esc is also kept apart: markup a template
     * writes itself, in which an interpolation would not be escaped.
     */
    record TemplateText(String markup, List<String> literals, List<String> noEscaped) {
        static TemplateText of(String template) {
            StringBuilder markup = new StringBuilder();
            List<String> literals = new ArrayList<>();
            List<String> noEscaped = new ArrayList<>();
            int i = 0;
            while (i < template.length()) {
                if (template.startsWith("<#--", i)) {
                    int end = template.indexOf("-->", i);
                    i = end < 0 ? template.length() : end + 3;
                } else if (template.startsWith("<#", i) || template.startsWith("</#", i) || template.startsWith("<@", i)
                        || template.startsWith("</@", i)) {
                    i = ftl(template, i, '>', literals, noEscaped);
                } else if (template.startsWith("${", i)) {
                    i = ftl(template, i + 1, '}', literals, noEscaped);
                } else {
                    markup.append(template.charAt(i++));
                }
            }
            return new TemplateText(markup.toString(), literals, noEscaped);
        }

        /** Skips FTL from {@code start} to its closing character outside quotes and brackets; returns where it ends. */
        private static int ftl(String s, int start, char close, List<String> literals, List<String> noEscaped) {
            int depth = 0;
            int i = start + 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) != c) end += s.charAt(end) == '\\' ? 2 : 1;
                    String literal = s.substring(i + 1, Math.min(end, s.length()));
                    literals.add(literal);
                    if (s.startsWith("?no_esc", end + 1)) noEscaped.add(literal);
                    i = end + 1;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') depth++;
                else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
                else if (c == close && depth == 0) return i + 1;
                i++;
            }
            return i;
        }
    }

    // ---- Everything a site renders, with every message a marker.

    /**
     * Every message, in both languages the theme ships, as a marker followed by its arguments, so
     * that a translation's checks pass and only content shows.
     */
    private void markEveryMessage() {
        Properties en = file("en");
        StringBuilder sb = new StringBuilder();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String value = key.startsWith("date.") ? "'" + MARK + "'" : MARK + String.join("",
                    Messages.arguments(key, en.getProperty(key), "en").stream().map(n -> " {" + n + "}").toList());
            sb.append(key).append('=').append(value).append('\n');
        }
        TestSites.write(dir.resolve("templates/messages/en.properties"), sb.toString());
        TestSites.write(dir.resolve("templates/messages/es.properties"), sb.toString());
    }

    /** The names of the site's languages in each other's, which the JDK's data gives ("(en inglés)"), as it gives month names. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("english", "inglés", "spanish", "español");

    private Pipeline.Result build(String siteYaml) {
        if (!Files.isDirectory(dir.resolve("content"))) TestSites.copy(TestSites.SITES.resolve("every-word"), dir);
        TestSites.write(dir.resolve("content/site.yaml"), """
                title: Zqsite
                description: Zqsite zqdescription.
                base_url: https://zqsite.gov/
                page_size: 1
                report: /zqpage/
                labels:
                  brief.tags.zqrenamed: Zqname
                """ + siteYaml);
        markEveryMessage();
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        return r;
    }

    @Test
    void aSiteShowsNoWordThatIsNeitherAMessageNorItsOwn() {
        // The three ways a site can say what it knows of advisories, and a publisher with and without an address;
        // then a site in two languages: its switcher, translated pages' notices, its page of translations, its 404 page.
        // Each also has what travels beyond it: How to report from the channels, CAP alerts, the embeddable notice.
        List<String> settings = List.of("""
                publisher: {name: Zqpublisher, url: /zqpage/}
                contact: {email: zqeditors@zqsite.gov}
                advisory_status: {checked: 2024-06-15, url: "https://zqagency.gov/zqntas", name: Zqntas, max_age_days: 10}
                accessibility:
                  standard: Zqstandard
                  compliance: partial
                  exceptions: [{what: Zqproblem., criterion: 1.4.10 Zqreflow, plan: Zqplan.}, {what: Zqother.}]
                  formats: [zqprint, zqbraille, zqaudio]
                  reply_days: 5
                  tested: Zqtested.
                  reviewed: 2023-01-01
                """, """
                publisher: {name: Zqpublisher}
                contact: {url: "https://zqsite.gov/zqcontact"}
                advisory_status: {url: "https://zqagency.gov/zqntas", name: Zqntas}
                accessibility: {standard: Zqstandard, compliance: full, formats: [zqprint], reply_days: 1, reviewed: 2024-09-01}
                """, """
                publisher: {name: Zqpublisher}
                contact: {email: zqeditors@zqsite.gov}
                """, """
                publisher: {name: Zqpublisher, url: /zqpage/}
                contact: {email: zqeditors@zqsite.gov}
                advisory_status: {checked: 2024-06-15, url: "https://zqagency.gov/zqntas", name: Zqntas}
                # The standard's name (WCAG 2.2 AA by default) is a name, not a word to translate.
                accessibility: {standard: Zqstandard, reviewed: 2024-09-01}
                languages:
                  - {code: en, name: Zqenglish}
                  - {code: es, name: Zqspanish}
                translations: {machine_notice: true}
                """);
        for (String s : settings) {
            if (s.contains("languages:")) {
                TestSites.write(dir.resolve("content/briefs/zqone.es.md"), "---\ntitle: Zqinforme\nsummary: Zqresumen.\n"
                        + "translation: machine\ntranslates: 000000000000\n---\nZqtexto [[cite:zqsource]], [[brief:zqtwo]].\n");
                TestSites.write(dir.resolve("content/data/incidents.es.yaml"), "- id: zqincident\n  name: Zqincidente\n");
            }
            Pipeline.Result r = build(s);
            List<String> found = new ArrayList<>();
            int pages = 0;
            for (Map.Entry<String, byte[]> f : r.files().entrySet()) {
                String text = new String(f.getValue(), StandardCharsets.UTF_8);
                if (f.getKey().endsWith(".html")) {
                    pages++;
                    if (!text.contains(MARK)) found.add(f.getKey() + ": no message at all");
                    words(Jsoup.parse(text)).forEach(w -> foreign(w.text(), true).ifPresent(x -> found.add(f.getKey() + ": " + x + " in " + w)));
                } else if (f.getKey().endsWith(".xml") && f.getKey().contains("feeds/")) {
                    Jsoup.parse(text, org.jsoup.parser.Parser.xmlParser()).select("title, subtitle")
                            .forEach(t -> foreign(t.text(), true).ifPresent(x -> found.add(f.getKey() + ": " + x + " in " + t.text())));
                } else if (f.getKey().endsWith("cap.xml") || f.getKey().endsWith("cap.atom")) {
                    // What alerting systems pass on to people; CAP's own codes (Actual, Security, Future…) are not words to translate.
                    Jsoup.parse(text, org.jsoup.parser.Parser.xmlParser()).select("note, event, description, instruction, title, summary")
                            .forEach(t -> foreign(t.text(), true).ifPresent(x -> found.add(f.getKey() + ": " + x + " in " + t.text())));
                } else if (f.getKey().equals("embed/advisory.js")) {
                    // The notice's data: every value but addresses, dates in ISO form and the language code is words or content.
                    Matcher m = Pattern.compile("\"(\\w+)\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
                    int values = 0;
                    while (m.find()) {
                        if (Set.of("url", "issued", "expires", "language").contains(m.group(1))) continue;
                        values++;
                        foreign(m.group(2), true).ifPresent(x -> found.add(f.getKey() + ": " + x + " in " + m.group()));
                    }
                    if (values < 6) found.add(f.getKey() + ": its words were not found");
                } else if (f.getKey().contains("feeds/") && f.getKey().endsWith(".json")
                        || f.getKey().contains("search/index/d-")) {
                    // JSON Feed titles; the search results' kind names and dates (their titles and summaries are content).
                    Matcher m = Pattern.compile("\"title\": (\"[^\"]*\")|\\[\"[^\"]*\",(\"[^\"]*\"),\"[^\"]*\",(\"[^\"]*\")").matcher(text);
                    while (m.find()) {
                        for (int g = 1; g <= 3; g++) {
                            if (m.group(g) != null) foreign(m.group(g), true).ifPresent(x -> found.add(f.getKey() + ": " + x));
                        }
                    }
                }
            }
            assertTrue(pages > 60, "the whole site: " + pages + " pages");
            Document report = Jsoup.parse(new String(r.files().get("zqpage/index.html"), StandardCharsets.UTF_8));
            assertTrue(report.selectFirst("#how-to-report li a[href^=sms:]") != null, "How to report, with a channel's every way");
            if (s.contains("compliance: partial")) {
                Document statement = Jsoup.parse(new String(r.files().get("accessibility/index.html"), StandardCharsets.UTF_8));
                assertTrue(statement.selectFirst(".statement .review-overdue") != null, "the statement, overdue, is shown");
            }
            if (s.contains("languages:")) {
                Document translated = Jsoup.parse(new String(r.files().get("es/briefs/zqone/index.html"), StandardCharsets.UTF_8));
                for (String shown : List.of("nav.languages", ".translation-badge", ".translation-stale", ".in-language")) {
                    assertTrue(translated.selectFirst(shown) != null, "the Spanish page shows " + shown);
                }
                assertTrue(r.files().containsKey("translations/index.html") && r.files().containsKey("es/translations/index.html"),
                        "the page of translations, in each language");
                Document untranslated = Jsoup.parse(new String(r.files().get("briefs/zqtwo/index.html"), StandardCharsets.UTF_8));
                assertTrue(untranslated.selectFirst("nav.languages .untranslated[lang=es]") != null, "the switcher's note, in Spanish");
                Document notFound = Jsoup.parse(new String(r.files().get("404.html"), StandardCharsets.UTF_8));
                assertTrue(notFound.selectFirst("main section[lang=es] h2") != null, "the 404 page in Spanish too");
            }
            assertEquals(List.of(), found, s);
        }
    }

    /**
     * The first word of a text that is no address or file name (those are not words to
     * translate), nor, with {@code content}, a word of the site's content (every one starts with zq).
     */
    private static java.util.Optional<String> foreign(String text, boolean content) {
        for (String token : text.split("[\\s\\p{Punct}&&[^.:/@]]+|[\\s]+")) {
            if (token.matches(".*[./@][\\p{L}\\p{N}].*")) continue;
            for (String word : token.split("[^\\p{L}\\p{N}]+")) {
                if (word.isEmpty() || !LETTER.matcher(word).find()) continue;
                if (content && (word.toLowerCase(java.util.Locale.ROOT).startsWith("zq") || LANGUAGE_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT)))) {
                    continue;
                }
                return java.util.Optional.of(word);
            }
        }
        return java.util.Optional.empty();
    }
}
