package dev.briefing.render;

import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.LEVEL;

import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The advisory notice partner sites embed with one script tag: /embed/advisory.js, the theme's
 * embed.js with this build's data written into it, so it needs no request of its own. Its data
 * are the advisory in force at the as-of date (or none), with the site's data horizon; the
 * script itself hides the notice from the expiry date on, by the reader's clock. The /embed/ page
 * ({@link #PAGE}) gives partners the snippet. Each language has its own script and page in its
 * folder (/es/embed/advisory.js): the notice in its words, leading to its pages.
 */
public final class Embed {
    public static final String SCRIPT = "/embed/advisory.js";
    public static final String PAGE = "/embed/";
    static final String THEME_FILE = "embed.js";
    /** Where the data go in the theme's script. */
    static final String DATA = "/*DATA*/null";

    private Embed() {
    }

    /**
     * The script of each language with its data, by output path; nothing if the theme has no embed.js.
     *
     * @param languages the site in each of its languages with its words, the default first
     */
    public static Map<String, byte[]> files(java.util.List<Views.Shared> languages, Theme theme) {
        return theme.asset(THEME_FILE).map(bytes -> {
            String script = new String(bytes, StandardCharsets.UTF_8);
            Map<String, byte[]> out = new java.util.TreeMap<>();
            for (Views.Shared language : languages) {
                ResolvedSite in = language.site();
                out.put(in.urls().local(SCRIPT).substring(1),
                        script.replace(DATA, data(in, language.messages())).getBytes(StandardCharsets.UTF_8));
            }
            return out;
        }).orElse(Map.of());
    }

    /** What the notice says, by the name embed.js gives each: its messages, with {0}, {1}… where it puts the values and links. */
    private static final Map<String, String> WORDS = new java.util.TreeMap<>(Map.of("label", "banner.label",
            "inForce", "embed.in_force", "dates", "embed.dates", "checked", "embed.checked", "notChecked", "embed.not_checked",
            "from", "embed.from"));

    /**
     * The script's data as a JSON object. Site URLs are written as "url": "…", which the link gate
     * reads as it reads the feeds'. Its words are patterns of {@code messages}, which the script fills in.
     */
    static String data(ResolvedSite site, Messages messages) {
        var config = site.config();
        StringBuilder sb = new StringBuilder("{\"site\": ").append(Json.string(config.title()))
                .append(", \"url\": ").append(Json.string(Feeds.abs(site, site.urls().local("/"))))
                .append(", \"language\": ").append(Json.string(config.language()))
                .append(", \"words\": {");
        WORDS.forEach((name, key) -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append(Json.string(name)).append(": ")
                .append(Json.string(messages.text(key, "{0}", "{1}", "{2}", "{3}"))));
        sb.append('}');
        var check = config.statusCheck();
        if (check != null) {
            // No date until someone has compared the advisories with the official page: the notice then says so.
            sb.append(", \"checked\": {\"text\": ").append(check.recorded() ? Json.string(messages.day(check.checked())) : "null")
                    .append(", \"source\": ").append(Json.string(check.name()))
                    .append(", \"url\": ").append(Json.string(check.url())).append('}');
        }
        Item a = site.current();
        if (a != null) {
            String level = a.fields().get(LEVEL);
            String label = Labels.of(config, messages).value(Kind.ADVISORY, Kind.ADVISORY.schema().field(LEVEL), level);
            sb.append(", \"advisory\": {\"title\": ").append(Json.string(a.title()))
                    .append(", \"levelLabel\": ").append(Json.string(label))
                    .append(", \"url\": ").append(Json.string(Feeds.abs(site, site.urls().item(a.key()))))
                    // Not translated into this language: its title is the default language's, and says so.
                    .append(site.urls().foreign(a.key()) == null ? "" : ", \"lang\": " + Json.string(site.urls().foreign(a.key())))
                    .append(", \"issued\": ").append(Json.string(a.fields().get(ISSUED).toString()))
                    .append(", \"expires\": ").append(Json.string(a.fields().get(EXPIRES).toString()))
                    .append(", \"issuedText\": ").append(Json.string(messages.day(a.fields().get(ISSUED))))
                    .append(", \"expiresText\": ").append(Json.string(messages.day(a.fields().get(EXPIRES)))).append('}');
        }
        return sb.append('}').toString();
    }
}
