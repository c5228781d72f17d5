package dev.briefing.render;

import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.diag.Suggest;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The theme's words: {@code templates/messages/<language>.properties}, a site's own file over the
 * built-in theme's, key by key, as a site's templates override the theme's. For the languages of
 * one build it reads them and reports what is wrong: a message a language lacks, a message the
 * theme does not use (a misspelt key, likely), a pattern that does not parse, a translation whose
 * arguments are not the English one's.
 */
final class MessageFiles {
    static final String DIR = "messages/";
    /** The theme's own language: its file holds every message the theme uses. */
    static final String ENGLISH = "en";
    /** A quoted key in a site's template: how its own templates use messages of its own. */
    private static final Pattern QUOTED_KEY = Pattern.compile("[\"']([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+)[\"']");

    private MessageFiles() {
    }

    /** The messages of each language, the default first, and the problems found. */
    record Loaded(Map<String, Messages> messages, List<Diagnostic> problems) {
    }

    /** One message file: each key's pattern and where it is written, in the order written. */
    record MessageFile(String path, Map<String, String> patterns, Map<String, Pos> positions) {
        MessageFile {
            patterns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        }

    }

    /** The built-in theme's messages of one language, or empty when the theme has no file for it. */
    static Optional<MessageFile> builtIn(String language, Diagnostics diags) {
        String name = DIR + language + ".properties";
        try (InputStream in = Theme.class.getResourceAsStream(Theme.CLASSPATH_ROOT + name)) {
            return in == null ? Optional.empty() : parse(Theme.BUILT_IN + "templates/" + name, in.readAllBytes(), diags);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks the message files of {@code languages} (the default first).
     *
     * @param siteTemplates the site's templates/ folder, which may hold its own message files and templates;
     *                      null for the built-in theme's alone
     */
    static Loaded load(Path siteTemplates, List<String> languages) {
        Diagnostics diags = new Diagnostics();
        MessageFile themeEnglish = builtIn(ENGLISH, diags).orElseThrow(() -> new IllegalStateException("the theme has no " + ENGLISH + " messages"));
        Set<String> theme = new TreeSet<>(themeEnglish.patterns().keySet());
        theme.addAll(Labels.messageKeys());
        Set<String> quoted = quotedKeys(siteTemplates);
        Map<String, Optional<MessageFile>> own = new HashMap<>();
        for (String language : languages) own.put(language, site(siteTemplates, language, diags));
        own.computeIfAbsent(ENGLISH, l -> site(siteTemplates, l, new Diagnostics()));
        // The English a language is checked against: the theme's, and for a site's own messages its English or default file's.
        Map<String, String> reference = new HashMap<>(themeEnglish.patterns());
        for (String language : List.of(ENGLISH, languages.get(0))) {
            own.get(language).ifPresent(f -> f.patterns().forEach(reference::putIfAbsent));
        }
        // Every language needs the theme's messages, and those of the site's own that its templates use.
        Set<String> required = new TreeSet<>(theme);
        reference.keySet().stream().filter(quoted::contains).forEach(required::add);
        // The English that parses: what a language's bad or missing message falls back on, and what its arguments are checked against.
        Map<String, String> english = new HashMap<>();
        reference.forEach((key, pattern) -> {
            if (Messages.problem(key, pattern, ENGLISH) == null) english.put(key, pattern);
        });

        Map<String, Messages> out = new LinkedHashMap<>();
        for (String language : languages) {
            Optional<MessageFile> mine = own.get(language);
            String file = "templates/" + DIR + language + ".properties";
            Map<String, String> patterns = new HashMap<>();
            Map<String, Pos> positions = new HashMap<>();
            // es-us and es-419 take Spanish's messages first (the theme's, then the site's), then their own over them.
            List<Optional<MessageFile>> files = new java.util.ArrayList<>();
            for (String tag : parents(language)) {
                files.add(tag.equals(ENGLISH) ? Optional.of(themeEnglish) : builtIn(tag, diags));
                files.add(tag.equals(language) ? mine : own.computeIfAbsent(tag, t -> site(siteTemplates, t, diags)));
            }
            for (Optional<MessageFile> f : files) {
                f.ifPresent(m -> {
                    patterns.putAll(m.patterns());
                    positions.putAll(m.positions());
                });
            }
            if (files.stream().allMatch(Optional::isEmpty)) {
                diags.error(Code.BRF160, Pos.file(file), "no messages for the language '" + language + "': " + file + " does not exist",
                        "create it with every message of the theme's en.properties, translated (" + required.size()
                                + " messages; the handbook's page of template variables lists them)");
            } else {
                for (String key : required) {
                    if (patterns.containsKey(key)) continue;
                    String text = reference.get(key);
                    diags.error(Code.BRF160, Pos.file(file), "the message '" + key + "' is missing from " + file,
                            "add it, translated" + (text == null ? "" : " from the English: " + key + "=" + text));
                }
            }
            mine.ifPresent(m -> unused(m, theme, quoted, diags));
            // What fails is reported; the page is still made with the English, so one run finds every problem.
            Map<String, String> usable = new HashMap<>(english);
            patterns.forEach((key, pattern) -> {
                if (check(language, key, pattern, english.get(key), positions.get(key), diags)) usable.put(key, pattern);
            });
            out.put(language, Messages.of(language, usable));
        }
        return new Loaded(out, diags.sorted());
    }

    /** A language tag and the tags it narrows, widest first: zh-hant-tw → zh, zh-hant, zh-hant-tw. */
    static List<String> parents(String language) {
        List<String> out = new java.util.ArrayList<>();
        for (int dash = language.indexOf('-'); dash > 0; dash = language.indexOf('-', dash + 1)) out.add(language.substring(0, dash));
        out.add(language);
        return out;
    }

    /** Warns of each message of a site's file that nothing uses: the theme, or the site's templates by its key. */
    private static void unused(MessageFile file, Set<String> theme, Set<String> quoted, Diagnostics diags) {
        file.patterns().keySet().forEach(key -> {
            if (theme.contains(key) || quoted.contains(key) || Labels.isWordMessage(key)) return;
            diags.warning(Code.BRF161, file.positions().get(key), "the theme does not use the message '" + key + "'",
                    Optional.ofNullable(Suggest.didYouMean(key, theme)).orElse("remove it; a template of the site's own uses its"
                            + " messages as msg(\"" + key + "\")"));
        });
    }

    /**
     * Reports a pattern that does not parse, or whose arguments are not the English one's ({@code english},
     * which parses, or null for a message the English lacks). Whether the pattern parses.
     */
    private static boolean check(String language, String key, String pattern, String english, Pos at, Diagnostics diags) {
        if (pattern.equals(english)) return true;
        String problem = Messages.problem(key, pattern, language);
        if (problem != null) {
            diags.error(Code.BRF162, at, "the message '" + key + "' is not a valid pattern: " + problem,
                    key.startsWith("date.") ? "write a date pattern such as d MMMM yyyy: d the day, MMMM the month's name, yyyy the year,"
                            + " other letters in 'quotes'" : "write arguments as {0}, {1}…; to show a brace, quote it: '{'");
            return false;
        }
        if (english == null) return true;
        Set<Integer> want = Messages.arguments(key, english, ENGLISH);
        Set<Integer> have = Messages.arguments(key, pattern, language);
        if (want.equals(have)) return true;
        Set<Integer> left = new TreeSet<>(want);
        left.removeAll(have);
        Set<Integer> extra = new TreeSet<>(have);
        extra.removeAll(want);
        diags.error(Code.BRF163, at, "the message '" + key + "' "
                        + (left.isEmpty() ? "" : "leaves out " + braces(left) + (extra.isEmpty() ? "" : " and "))
                        + (extra.isEmpty() ? "" : "uses " + braces(extra) + ", which the theme does not give it"),
                "use the English's " + (want.isEmpty() ? "no arguments" : braces(want)) + ", in any order: " + key + "=" + english);
        return true;
    }

    private static String braces(Set<Integer> numbers) {
        return String.join(" and ", numbers.stream().map(n -> "{" + n + "}").toList());
    }

    /** A site's own message file of one language, or empty when it has none. */
    private static Optional<MessageFile> site(Path siteTemplates, String language, Diagnostics diags) {
        if (siteTemplates == null) return Optional.empty();
        Path file = siteTemplates.resolve(DIR + language + ".properties");
        if (!Files.isRegularFile(file)) return Optional.empty();
        String path = "templates/" + DIR + language + ".properties";
        try {
            return parse(path, Files.readAllBytes(file), diags);
        } catch (IOException e) {
            diags.error(Code.BRF001, Pos.file(path), "cannot read the message file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The keys a site's own templates quote ("my.message"): messages of its own that they use. */
    private static Set<String> quotedKeys(Path siteTemplates) {
        Set<String> out = new TreeSet<>();
        if (siteTemplates == null || !Files.isDirectory(siteTemplates)) return out;
        try (Stream<Path> files = Files.walk(siteTemplates)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".*\\.(ftlh|ftlx|ftl)")).toList()) {
                Matcher m = QUOTED_KEY.matcher(Files.readString(f));
                while (m.find()) out.add(m.group(1));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // A template that cannot be read is reported when it is parsed; its keys then count as unused.
        }
        return out;
    }

    /**
     * A .properties file, as {@link Properties} reads it (UTF-8), with the line of each key: each
     * logical line (a line and the lines its trailing backslash continues it onto) is read alone.
     */
    static Optional<MessageFile> parse(String path, byte[] bytes, Diagnostics diags) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diags.error(Code.BRF002, Pos.file(path), "the message file is not UTF-8 text", "save it as UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Map<String, String> patterns = new LinkedHashMap<>();
        Map<String, Pos> positions = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String first = lines[n].stripLeading();
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) continue;
            int start = n;
            StringBuilder logical = new StringBuilder(lines[n]);
            while (endsInEscape(lines[n]) && n + 1 < lines.length) logical.append('\n').append(lines[++n]);
            Pos at = new Pos(path, start + 1, lines[start].length() - first.length() + 1);
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException | IOException e) {
                diags.error(Code.BRF162, at, "this line of the message file does not read: " + e.getMessage(),
                        "write key=text; a backslash starts an escape such as \\n or \\u00e9");
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                if (patterns.containsKey(key)) {
                    diags.error(Code.BRF014, at, "the message '" + key + "' is given twice (also at line " + positions.get(key).line() + ")",
                            "remove one of them: only the last would count");
                }
                patterns.put(key, one.getProperty(key));
                positions.put(key, at);
            }
        }
        return Optional.of(new MessageFile(path, patterns, positions));
    }

    /** Whether a line ends in an odd number of backslashes, which continue it on the next line. */
    private static boolean endsInEscape(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }
}
