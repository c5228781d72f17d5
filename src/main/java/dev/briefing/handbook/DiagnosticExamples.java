package dev.briefing.handbook;

import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.diag.Diagnostic;
import dev.briefing.diag.DiagnosticFormatter;
import dev.briefing.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small broken site for each diagnostic code, and the messages the generator really prints
 * for it: the handbook runs every example through the pipeline instead of quoting messages, so
 * its examples cannot drift from the code.
 */
public final class DiagnosticExamples {
    /** The as-of date every example is checked as of. */
    static final LocalDate AS_OF = LocalDate.parse("2024-10-01");

    private DiagnosticExamples() {
    }

    /**
     * @param cause  for a code with several common causes, which one this example shows; else null
     * @param files  path → text of the example's files, all shown in the handbook
     * @param output for output-folder checks: where to build, relative to the source folder; else null
     */
    public record Example(Code code, String cause, Map<String, String> files, String output, Charset charset) {
        static Example of(Code code, String... pathsAndTexts) {
            return cause(code, null, pathsAndTexts);
        }

        static Example cause(Code code, String cause, String... pathsAndTexts) {
            Map<String, String> files = new LinkedHashMap<>();
            for (int i = 0; i < pathsAndTexts.length; i += 2) files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
            return new Example(code, cause, files, null, StandardCharsets.UTF_8);
        }

        /** The folder it is built in: one per example. */
        String folder() {
            return cause == null ? code.name() : code.name() + "-" + dev.briefing.util.Slugs.slugify(cause);
        }
    }

    /** What running an example gave: the diagnostics of its code and how they print, paths made relative. */
    public record Outcome(Example example, List<Diagnostic> diagnostics, String printed) {
    }

    /** Codes with no example here, and why. */
    public static final Map<Code, String> WITHOUT_EXAMPLE = Map.ofEntries(
            Map.entry(Code.BRF001, "It depends on file-system permissions, which a small example cannot show."),
            Map.entry(Code.BRF003, "It needs a symbolic link pointing outside the source folder."),
            Map.entry(Code.BRF006, "It needs a file larger than the limit of 4 MiB."),
            Map.entry(Code.BRF007, "Its example would put an invisible bidirectional control character in this page."),
            Map.entry(Code.BRF060, "It needs a disk that refuses writes."),
            Map.entry(Code.BRF065, "It is retired: nothing reports it."),
            Map.entry(Code.BRF066, "It is reported only by `briefing check --external`, which fetches links over the network."),
            Map.entry(Code.BRF090, "It needs a file over 10 MB in content/static/."),
            Map.entry(Code.BRF091, "It needs a file over 100 MB in content/static/."),
            Map.entry(Code.BRF139, "It reports a failure inside the PDF library while setting a handout, which no small example makes happen."),
            Map.entry(Code.BRF120, "It is reported only by the preview (`briefing serve`), when a rebuild fails with an exception."));

    private static final String BRIEF_HEAD = "---\ntitle: A brief\ndate: 2024-09-13\nsummary: One plain sentence.\n";

    private static final String TARGETS = """
            - id: polling-places
              name: Polling places
              summary: Where people vote.
            """;

    private static final String ADVISORY = """
            - id: %s
              name: %s
              summary: What the advisory says.
              level: bulletin
              issued: %s
              expires: %s
            """;

    /** What site.yaml must say of the publisher, so examples of other codes are not about it. */
    private static final String SETTINGS = "publisher:\n  name: County elections office\ncontact:\n  email: editors@county.gov\n";
    private static final String STATUS = """
            advisory_status:
              checked: %s
              url: https://www.dhs.gov/national-terrorism-advisory-system
              name: DHS's NTAS page
            """;

    /** An official page a reporting channel was confirmed on. */
    private static final String OFFICIAL = """
            - id: dhs-report
              title: Report Suspicious Activity
              publisher: U.S. Department of Homeland Security
              type: official
              url: https://www.dhs.gov/how-do-i/report-suspicious-activity
              accessed: 2024-09-01
            """;

    /** A reporting channel: %s its number line (or nothing), %s the day it was verified, %s the source it was verified at. */
    private static final String CHANNEL = """
            - id: county-tips
              name: County tip line
              summary: Report suspicious activity to the county sheriff.
              when: suspicious activity
            %s  jurisdiction: Example County
              verified: %s
              verified_at: %s
            """;

    private static final String SOURCE = """
            - id: %s
              title: %s
              publisher: %s
              type: %s
              url: https://www.dhs.gov/national-terrorism-advisory-system
              accessed: 2024-09-20
            """;

    private static final String NTAS = "National Terrorism Advisory System";
    private static final String DHS = "U.S. Department of Homeland Security";

    private static final String TERM = """
            - id: %s
              name: %s
              summary: A term the site explains.
              aliases: %s
            """;

    private static final String LAYOUT_OPEN = "<#import \"layout.ftlh\" as layout>\n<@layout.shell>\n";
    private static final String LAYOUT_CLOSE = "</@layout.shell>\n";

    private static String brief(String body) {
        return BRIEF_HEAD + "---\n" + body + "\n";
    }

    private static String template(String body) {
        return LAYOUT_OPEN + body + "\n" + LAYOUT_CLOSE;
    }

    /** Every example, in code order. */
    public static List<Example> all() {
        return List.of(
                new Example(Code.BRF002, null, Map.of("content/briefs/a.md", brief("Caf\u00e9 staff, saved as Latin-1.")), null,
                        StandardCharsets.ISO_8859_1),
                Example.of(Code.BRF004, "README.md", "A folder with no content/ in it.\n"),
                Example.of(Code.BRF005, "content/briefs/My Brief.md", brief("Body.")),
                Example.of(Code.BRF010, "content/briefs/a.md", "title: A brief\n\nThe front matter has no --- lines.\n"),
                Example.cause(Code.BRF011, "A tab", "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\n"
                        + "\tsummary: One plain sentence.\n---\nBody.\n"),
                Example.cause(Code.BRF011, "A field indented too far", "content/data/targets.yaml",
                        TARGETS.replace("  summary:", "    summary:")),
                Example.cause(Code.BRF011, "A field not indented far enough", "content/data/targets.yaml",
                        TARGETS.replace("  summary:", " summary:")),
                Example.cause(Code.BRF011, "A `: ` in text", "content/briefs/a.md", "---\ntitle: Update: polling places\n"
                        + "date: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n"),
                Example.cause(Code.BRF011, "An unclosed quote", "content/briefs/a.md", "---\ntitle: \"Polling places\n"
                        + "date: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n"),
                Example.cause(Code.BRF011, "A quote inside quotes", "content/briefs/a.md", "---\ntitle: A brief\n"
                        + "date: 2024-09-13\nsummary: \"Officials called it \"unacceptable\".\"\n---\nBody.\n"),
                Example.cause(Code.BRF011, "Text that starts with `*` or `@`", "content/briefs/a.md", "---\ntitle: A brief\n"
                        + "date: 2024-09-13\nsummary: *Two* threats matter most.\n---\nBody.\n"),
                Example.cause(Code.BRF011, "A list item after `[]`", "content/data/targets.yaml", "[]\n" + TARGETS),
                Example.cause(Code.BRF011, "A missing `-` before an entry", "content/data/targets.yaml", TARGETS
                        + "id: schools\n  name: Schools\n  summary: Where children learn.\n"),
                Example.cause(Code.BRF011, "A field without its `:`", "content/briefs/a.md", "---\ntitle A brief\n"
                        + "date: 2024-09-13\nsummary: One plain sentence.\n---\nBody.\n"),
                Example.cause(Code.BRF011, "An unclosed `[`", "content/briefs/a.md", BRIEF_HEAD + "tags: [election\n---\nBody.\n"),
                Example.of(Code.BRF108, "content/briefs/a.md", BRIEF_HEAD + "tags:\n  - voting\n   - officials\n---\nBody.\n"),
                Example.of(Code.BRF012, "content/briefs/a.md", BRIEF_HEAD + "tags: " + "[".repeat(45) + "]".repeat(45)
                        + "\n---\nBody.\n"),
                Example.of(Code.BRF013, "content/briefs/a.md", BRIEF_HEAD + "tags: !include secrets.yaml\n"
                        + "---\nBody.\n"),
                Example.cause(Code.BRF014, "A field given twice", "content/briefs/a.md", BRIEF_HEAD + "title: Another title\n---\nBody.\n"),
                Example.cause(Code.BRF014, "An entry without its `-`", "content/data/targets.yaml", TARGETS
                        + "\n  id: schools\n  name: Schools\n  summary: Where children learn.\n"),
                Example.of(Code.BRF015, "content/briefs/a.md", BRIEF_HEAD + "autor: Someone\n---\nBody.\n"),
                Example.cause(Code.BRF016, "A missing field", "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\n---\nBody.\n"),
                Example.cause(Code.BRF016, "An empty field", "content/data/targets.yaml", TARGETS.replace("name: Polling places", "name:")),
                Example.of(Code.BRF017, "content/briefs/a.md", BRIEF_HEAD + "draft: [yes]\n---\nBody.\n"),
                Example.of(Code.BRF018, "content/briefs/a.md", "---\ntitle: A brief\ndate: 13/09/2024\n"
                        + "summary: One plain sentence.\n---\nBody.\n"),
                Example.of(Code.BRF019, "content/data/advisories.yaml",
                        ADVISORY.formatted("ntas-1", "Bulletin", "2024-09-01", "2025-03-01").replace("bulletin", "severe")),
                Example.of(Code.BRF020, "content/data/resources.yaml", """
                        - id: tip-line
                          name: Tip line
                          summary: Where to report.
                          url: javascript:alert(1)
                        """),
                Example.of(Code.BRF021, "content/data/targets.yaml", TARGETS.replace("polling-places", "Polling_Places")),
                Example.of(Code.BRF030, "content/data/targets.yaml", TARGETS,
                        "content/briefs/a.md", brief("Advice for [[target:poling-places|polling places]].")),
                Example.of(Code.BRF031, "content/data/targets.yaml", TARGETS,
                        "content/briefs/a.md", BRIEF_HEAD + "threats: [polling-places]\n---\nBody.\n"),
                Example.of(Code.BRF032, "content/data/targets.yaml", TARGETS + TARGETS.replace("Polling places", "Voting sites")),
                Example.of(Code.BRF033, "content/briefs/a.md", brief("See [[thret:lone-offenders]].")),
                Example.of(Code.BRF034, "content/briefs/a.md", brief("Body."),
                        "content/pages/tags.md", "---\ntitle: My tags\n---\nA page that would replace /tags/.\n"),
                Example.of(Code.BRF109, "content/briefs/a.md", brief("Body."),
                        "content/briefs/b.md", BRIEF_HEAD.replace("2024-09-13", "2024-09-20") + "---\nAnother body.\n"),
                Example.of(Code.BRF035, "content/data/advisories.yaml",
                        ADVISORY.formatted("ntas-1", "First", "2024-09-01", "2025-03-01") + "  supersedes: ntas-2\n"
                                + ADVISORY.formatted("ntas-2", "Second", "2024-09-15", "2025-03-15") + "  supersedes: ntas-1\n"),
                Example.of(Code.BRF036, "content/data/advisories.yaml",
                        ADVISORY.formatted("ntas-1", "Bulletin", "2024-09-01", "2024-08-01")),
                Example.of(Code.BRF037, "content/data/advisories.yaml",
                        ADVISORY.formatted("ntas-1", "Bulletin", "2024-09-01", "2024-10-10")),
                Example.of(Code.BRF165, "content/data/advisories.yaml",
                        ADVISORY.formatted("ntas-1", "Bulletin", "2024-06-22", "2024-09-22")),
                Example.of(Code.BRF038, "content/briefs/a.md", BRIEF_HEAD + "reviewed: 2023-01-05\n---\nBody.\n"),
                Example.of(Code.BRF039, "content/briefs/a.md", brief("See [the other brief](other-brief.md).")),
                Example.of(Code.BRF040, "content/briefs/a.md", brief("Some <b>bold</b> text.")),
                Example.of(Code.BRF041, "content/briefs/a.md", brief(">".repeat(70) + " deeply quoted")),
                Example.of(Code.BRF042, "content/briefs/a.md", brief("[Click](javascript:alert(1)) here.")),
                Example.of(Code.BRF043, "content/data/targets.yaml", TARGETS,
                        "content/briefs/a.md", brief("Advice for [[Target:polling-places]] and [target:polling-places].")),
                Example.of(Code.BRF044, "content/briefs/a.md", brief("Polling places are public places.\n\n[^1]: A note nothing refers to.")),
                Example.of(Code.BRF050, "content/briefs/a.md", brief("Body."),
                        "templates/brief.ftlh", template("<h1>${item.headline}</h1>")),
                Example.of(Code.BRF051, "content/briefs/a.md", brief("Body."),
                        "templates/brief.ftlh", template("<#if item.title>")),
                Example.cause(Code.BRF061, "A link a template writes", "content/briefs/a.md", brief("Body."),
                        "templates/tags.ftlh", template("<a href=\"${url('/tag-index/')}\">All tags</a>")),
                Example.cause(Code.BRF061, "A link to a file in `content/static/`", "content/static/img/map.gif", "GIF89a…",
                        "content/briefs/a.md", brief("![Map of the polling places](static/img/map.gif)")),
                Example.cause(Code.BRF061, "A link to a file that is not in `content/static/`", "content/briefs/a.md",
                        brief("See the county's [plan](/docs/plan.pdf).")),
                Example.cause(Code.BRF061, "A link to a brief that does not exist", "content/briefs/a.md",
                        brief("See [the other brief](/briefs/other/).")),
                Example.of(Code.BRF062, "content/briefs/a.md", brief("Body."),
                        "templates/tags.ftlh", template("<a href=\"${url('/briefs/')}#latest\">Latest</a>")),
                Example.of(Code.BRF063, "content/briefs/a.md", brief("Body."),
                        "templates/index.ftlh", template("<h1>Welcome</h1>"), "templates/feeds.ftlh", template("<h1>Feeds</h1>")),
                new Example(Code.BRF064, null, Map.of("content/briefs/a.md", brief("Body.")), "content/site",
                        StandardCharsets.UTF_8),
                Example.of(Code.BRF070, "content/briefs/a.md", brief("![](map.png)")),
                Example.of(Code.BRF071, "content/briefs/a.md", brief("## Bottom line\n\n#### Details")),
                Example.of(Code.BRF072, "content/briefs/a.md", brief("A claim without a citation.")),
                Example.of(Code.BRF073, "content/data/targets.yaml", TARGETS),
                Example.of(Code.BRF074, "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\nsummary: "
                        + "This summary goes on. ".repeat(15).strip() + "\n---\nBody.\n"),
                Example.of(Code.BRF075, "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\nsummary: "
                        + "Comprehensive interagency situational-awareness considerations notwithstanding, "
                        + "organizational preparedness necessitates institutionalized multidisciplinary coordination.\n"
                        + "---\nBody.\n"),
                Example.of(Code.BRF076, "content/briefs/a.md", BRIEF_HEAD
                        + "---\nSee [the county's page](http://example.org/elections).\n"),
                Example.of(Code.BRF171, "content/briefs/a.md",
                        brief("![Map of the polling places](https://maps.example.com/lakeview.png)")),
                Example.of(Code.BRF077, "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-12-01\n"
                        + "summary: One plain sentence.\n---\nBody.\n"),
                Example.of(Code.BRF078, "content/briefs/a.md", "---\ntitle: A brief\ndate: 2024-09-13\n"
                        + "summary: \"TODO: one plain sentence with the bottom line.\"\n---\nBody.\n"),
                Example.of(Code.BRF080, "content/site.yaml", "title: Election safety briefing\ncontact:\n  email: editors@county.gov\n"),
                Example.of(Code.BRF081, "content/site.yaml", "title: Election safety briefing\npublisher:\n  name: County elections office\n"),
                Example.of(Code.BRF082, "content/site.yaml", "base_url: https://briefing.example.org/\n" + SETTINGS),
                Example.of(Code.BRF083, "content/site.yaml", SETTINGS + STATUS.formatted("2024-06-01"),
                        "content/data/advisories.yaml", ADVISORY.formatted("ntas-1", "Bulletin", "2024-05-01", "2024-11-01")),
                Example.of(Code.BRF084, "content/site.yaml", SETTINGS,
                        "content/data/advisories.yaml", ADVISORY.formatted("ntas-1", "Bulletin", "2024-05-01", "2024-11-01")),
                Example.of(Code.BRF085, "content/data/sources.yaml", """
                        - id: dhs-ntas
                          title: National Terrorism Advisory System
                          publisher: U.S. Department of Homeland Security
                          type: official
                          url: https://www.dhs.gov/national-terrorism-advisory-system
                        """),
                Example.of(Code.BRF086, "content/briefs/a.md", BRIEF_HEAD + "updated: 2024-09-20\n---\nBody.\n"),
                Example.of(Code.BRF087, "content/briefs/a.md", brief("## What happened\n\nOfficials named lone offenders among"
                        + " the top threats.\n\n## What you can do\n\nCall 911 if someone is in danger right now.")),
                Example.of(Code.BRF088, "content/pages/about.md", "---\ntitle: About\n---\n"
                        + "The director said the threats were \"completely unacceptable\".\n"),
                Example.of(Code.BRF089, "content/briefs/a.md", BRIEF_HEAD + "advice: [What to do]\n---\n"
                        + "## What you can do\n\nCall 911.\n"),
                Example.of(Code.BRF100, "content/site.yaml", SETTINGS + STATUS.formatted("")),
                Example.of(Code.BRF130, "content/data/sources.yaml", OFFICIAL, "content/data/channels.yaml",
                        CHANNEL.formatted("  tel: \"(555) 010-0100\"\n", "2024-09-01", "dhs-report")),
                Example.of(Code.BRF131, "content/briefs/a.md", brief("Call the county tip line at [555-0100](tel:555-0100).")),
                Example.of(Code.BRF132, "content/data/sources.yaml", OFFICIAL, "content/data/channels.yaml",
                        CHANNEL.formatted("  tel: \"+15550100100\"\n", "2024-01-15", "dhs-report")),
                Example.of(Code.BRF133, "content/data/sources.yaml", OFFICIAL.replace("official", "secondary"),
                        "content/data/channels.yaml", CHANNEL.formatted("  tel: \"+15550100100\"\n", "2024-09-01", "dhs-report")),
                Example.of(Code.BRF134, "content/data/sources.yaml", OFFICIAL, "content/data/channels.yaml",
                        CHANNEL.formatted("", "2024-09-01", "dhs-report")),
                Example.of(Code.BRF135, "content/data/targets.yaml", TARGETS, "content/data/threats.yaml", """
                        - id: lone-offenders
                          name: Lone offenders
                          summary: People who plan attacks alone.
                          targets: [polling-places]
                        """, "templates/entity.ftlh", template("<h1>${item.title}</h1>\n<p>${item.summary}</p>")),
                Example.of(Code.BRF136, "content/pages/checklist.md", "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n"
                        + "advice: [Before you open]\n---\n## Before you open\n\n"
                        + "- Keep exits clear and know two ways out of every room you use.\n".repeat(70)),
                Example.of(Code.BRF137, "content/pages/checklist.md", "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n"
                        + "advice: [Before you open]\n---\n## Before you open\n\n- Exits clear \u2705\n"),
                Example.of(Code.BRF172, "content/pages/checklist.md", "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n"
                        + "---\n## Before you open\n\n- Keep exits clear and know two ways out of every room you use.\n"),
                Example.of(Code.BRF138, "content/data/advisories.yaml", ADVISORY.formatted("ntas-1", "Bulletin", "2024-09-01", "2025-03-01")
                        + "  sources: [news-report]\n", "content/data/sources.yaml", """
                        - id: news-report
                          title: DHS issues a bulletin
                          publisher: A newspaper
                          type: news
                          url: https://news.example.com/bulletin
                          accessed: 2024-09-02
                        """),
                Example.of(Code.BRF107, "content/site.yaml", SETTINGS + STATUS.formatted("2024-09-02"), "content/data/advisories.yaml",
                        ADVISORY.formatted("sheriff-1", "Sheriff's advisory on threats to poll workers", "2024-09-01", "2024-12-01")
                                + "  sources: [sheriff-advisory]\n", "content/data/sources.yaml", """
                        - id: sheriff-advisory
                          title: "Advisory: threats to poll workers"
                          publisher: County Sheriff's Office
                          type: official
                          url: https://sheriff.county.gov/advisories/poll-workers
                          accessed: 2024-09-02
                        """),
                Example.cause(Code.BRF166, "no timezone", "content/site.yaml", SETTINGS + STATUS.formatted("2024-09-02"),
                        "content/data/advisories.yaml", ADVISORY.formatted("ntas-1", "Bulletin", "2024-09-01", "2025-03-01")),
                Example.cause(Code.BRF166, "not a time zone", "content/site.yaml", SETTINGS + "timezone: EST\n"),
                Example.of(Code.BRF110, "content/data/sources.yaml", SOURCE.formatted("dhs-ntas", NTAS, DHS, "").replace("  type: \n", "")),
                Example.of(Code.BRF111, "content/data/sources.yaml", SOURCE.formatted("repost", "Homeland security chief warns of lone offenders", "A news aggregator", "secondary"),
                        "content/briefs/a.md", brief("In September 2024, officials named lone offenders among the top threats"
                                + " [[cite:repost]].")),
                Example.of(Code.BRF112, "content/data/sources.yaml", SOURCE.formatted("src", NTAS, DHS, "official"),
                        "content/briefs/a.md", brief(("Comprehensive interagency coordination necessitates institutionalized"
                                + " multidisciplinary situational awareness across jurisdictional boundaries [[cite:src]].\n").repeat(10)
                                .strip())),
                Example.of(Code.BRF113, "content/site.yaml", SETTINGS + "plain_language:\n  avoid:\n"
                                + "    \"soft target\": \"crowded public place\"\n",
                        "content/briefs/a.md", brief("Polling places are soft targets.")),
                Example.of(Code.BRF114, "content/data/glossary.yaml", TERM.formatted("nsse", "National Special Security Event", "[NSSE]"),
                        "content/briefs/a.md", brief("The convention was an NSSE. See [[term:nsse]].")),
                Example.of(Code.BRF115, "content/site.yaml", SETTINGS + "accessibility:\n  standard: WCAG 2.2 AA\n  reviewed: 2024-09-01\n",
                        "content/briefs/a.md", brief("Body.")),
                Example.of(Code.BRF116, "content/data/glossary.yaml", TERM.formatted("ntas-bulletin", "NTAS Bulletin", "[bulletin]")
                        + TERM.formatted("bulletin", "Bulletin", "[]")),
                Example.of(Code.BRF101, "content/site.yaml", SETTINGS + STATUS.formatted("2099-12-06")),
                Example.of(Code.BRF167, "content/briefs/a.md", BRIEF_HEAD + "reviewed: 2025-09-20\n---\nBody.\n"),
                Example.of(Code.BRF150, "content/site.yaml", SETTINGS + "language: en\n" + LANGUAGES),
                Example.of(Code.BRF151, "content/site.yaml", SETTINGS + LANGUAGES, "content/briefs/a.md", brief("Body."),
                        "content/briefs/a.sp.md", "---\ntitle: Un informe\n---\nTexto.\n"),
                Example.of(Code.BRF152, "content/site.yaml", SETTINGS + LANGUAGES, "content/briefs/a.md", brief("Body."),
                        "content/briefs/polling.es.md", "---\ntitle: Un informe\n---\nTexto.\n"),
                Example.of(Code.BRF153, "content/site.yaml", SETTINGS + LANGUAGES, "content/data/targets.yaml", TARGETS,
                        "content/data/targets.es.yaml", "- id: polling-places\n  name: Lugares de votación\n  status: deprecated\n"),
                Example.of(Code.BRF154, "content/site.yaml", SETTINGS + LANGUAGES, "content/data/targets.yaml", TARGETS,
                        "content/data/targets.es.yaml", "- id: polling-places\n  name: Lugares de votación\n"
                                + "- id: polling-places\n  name: Centros de votación\n"),
                Example.of(Code.BRF155, "content/site.yaml", SETTINGS + LANGUAGES.replace("Español}", "Español, required: true}"),
                        "content/data/advisories.yaml", ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01")),
                Example.of(Code.BRF173, "content/site.yaml", SETTINGS + LANGUAGES, "content/pages/about.md", "---\ntitle: About\nsummary: Who we are.\n---\nWe are the county.\n",
                        "content/pages/about-es.md", "---\ntitle: Acerca de\nsummary: Quiénes somos.\n---\nSomos el condado.\n"),
                Example.of(Code.BRF168, "content/site.yaml", SETTINGS + LANGUAGES,
                        "content/data/advisories.yaml", ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01")),
                Example.of(Code.BRF169, "content/site.yaml", SETTINGS + "description: Plain briefings on threats to public places.\n"
                        + LANGUAGES.replace("name: Español}", "name: Español, title: Informes del condado}"),
                        "content/briefs/a.md", brief("Body.")),
                Example.of(Code.BRF170, "content/site.yaml", SETTINGS + LANGUAGES, "content/briefs/a.md",
                        brief("Polling places open at seven in the morning."), "content/briefs/a.es.md",
                        "---\ntitle: Un informe\ntranslates: 0123456789ab\n---\nPolling places open at seven in the morning.\n"),
                Example.of(Code.BRF156, "content/site.yaml", SETTINGS + LANGUAGES + "translations:\n  max_stale_days: 100000\n",
                        "content/data/advisories.yaml", ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01")
                                + "  changes:\n    - {date: 2024-02-01, note: Summary rewritten.}\n",
                        "content/data/advisories.es.yaml", "- id: bulletin-2024\n  name: Boletín\n  translates: 0123456789ab\n"
                                + "  source_updated: 2024-01-01\n"),
                Example.of(Code.BRF175, "content/site.yaml", SETTINGS + LANGUAGES,
                        "content/data/advisories.yaml", ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01"),
                        "content/data/advisories.es.yaml", "- id: bulletin-2024\n  name: Boletín\n  translates: 0123456789ab\n"),
                Example.of(Code.BRF157, "content/site.yaml", SETTINGS + LANGUAGES,
                        "content/data/advisories.yaml", ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01"),
                        "content/data/advisories.es.yaml", "- id: bulletin-2024\n  name: Boletín\n  translates: 0123456789ab\n"
                                + "  source_updated: 2023-12-01\n"),
                Example.of(Code.BRF174, "content/site.yaml", SETTINGS + LANGUAGES, "content/data/advisories.yaml",
                        ADVISORY.formatted("bulletin-2024", "Bulletin", "2024-01-01", "2024-06-01")
                                .replace("What the advisory says.", "Report threats to 970-244-3500."),
                        "content/data/advisories.es.yaml", "- id: bulletin-2024\n  name: Boletín\n"
                                + "  summary: Reporte las amenazas al 970-244-3050.\n  translates: 0123456789ab\n"),
                Example.of(Code.BRF158, "content/site.yaml", SETTINGS + LANGUAGES, "content/briefs/a.md", brief("Body."),
                        "content/briefs/a.es.md", "---\ntitle: Un informe\n---\nTexto.\n"),
                Example.of(Code.BRF106, "content/site.yaml", SETTINGS + "navigation:\n  - {title: Briefs, url: /briefs/}\n"
                        + "  - {title: How to report, url: /report/}\n"
                        + LANGUAGES.replace("Español}", "Español, navigation: [{title: Cómo reportar, url: /report/}]}")),
                Example.cause(Code.BRF160, "A language without messages", "content/site.yaml", SETTINGS + "language: fr\n",
                        "content/briefs/a.md", brief("Body.")),
                Example.cause(Code.BRF160, "A message one language lacks", "content/site.yaml", SETTINGS + LANGUAGES,
                        "content/briefs/a.md", brief("Body."),
                        "templates/messages/en.properties", "home.welcome=Welcome, neighbors\n",
                        "templates/index.ftlh", template("<h1>${msg(\"home.welcome\")}</h1>")),
                Example.of(Code.BRF161, "content/briefs/a.md", brief("Body."),
                        "templates/messages/en.properties", "# Our own words for the theme's\nemergency.report=Report a concern\n"
                                + "nav.serch=Find\n"),
                Example.of(Code.BRF162, "content/briefs/a.md", brief("Body."),
                        "templates/messages/en.properties", "pager.position=Page {0 of {1}\n"),
                Example.of(Code.BRF163, "content/briefs/a.md", brief("Body."),
                        "templates/messages/en.properties", "banner.checked=Last checked on {1}.\n"));
    }

    private static final String LANGUAGES = "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n";

    /** Builds the example in a fresh folder under {@code work} and keeps the diagnostics of its code. */
    public static Outcome run(Example example, Path work) {
        try {
            Path source = Files.createDirectories(work.resolve(example.folder()));
            for (var e : example.files().entrySet()) {
                Path p = source.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue().getBytes(example.charset()));
            }
            Path output = example.output() == null ? null : source.resolve(example.output());
            Pipeline.Result result = new Pipeline().run(new Pipeline.Options(source, output, AS_OF, false));
            List<Diagnostic> found = result.diagnostics().sorted().stream()
                    .filter(d -> d.code() == example.code()).toList();
            Map<String, SourceFile> sources = result.loaded() == null ? Map.of() : result.loaded().sources();
            DiagnosticFormatter formatter = new DiagnosticFormatter(DiagnosticFormatter.Format.TEXT, true, false,
                    pos -> sources.containsKey(pos.path()) ? sources.get(pos.path()).line(pos.line())
                            : dev.briefing.render.Theme.text(source, pos.path()).map(t -> new SourceFile(pos.path(), t).line(pos.line()))
                                    .orElse(null));
            StringBuilder printed = new StringBuilder();
            found.forEach(d -> printed.append(formatter.text(d)));
            return new Outcome(example, found, printed.toString().replace(source + "/", "").replace(source.toString(), "."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
