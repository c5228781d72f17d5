package dev.briefing.render;

import static dev.briefing.model.ItemFields.EXPIRES;
import static dev.briefing.model.ItemFields.ISSUED;
import static dev.briefing.model.ItemFields.LEVEL;

import dev.briefing.model.Item;
import dev.briefing.model.Kind;
import dev.briefing.model.Labels;
import dev.briefing.model.Messages;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.resolve.Urls;
import dev.briefing.util.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The advisory notice partner sites embed with one script tag: /embed/advisory.js, the theme's
 * embed.js with this build's data written into it, so it needs no request of its own. Its data
 * are the advisory in force at the as-of date (or none), with the site's data horizon; the
 * script itself hides the notice from the expiry date on, by the reader's clock. The /embed/ page
 * ({@link #PAGE}) gives partners the snippet.
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
     * The script with this build's data, by output path, in the words of {@code messages} (the default
     * language's, as the notice is); nothing if the theme has no embed.js.
     */
    public static Map<String, byte[]> files(ResolvedSite site, Messages messages, Theme theme) {
        return theme.asset(THEME_FILE).map(bytes -> Map.of(SCRIPT.substring(1),
                new String(bytes, StandardCharsets.UTF_8).replace(DATA, data(site, messages)).getBytes(StandardCharsets.UTF_8)))
                .orElse(Map.of());
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
                .append(", \"url\": ").append(Json.string(Feeds.abs(site, "/")))
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
                    .append(", \"url\": ").append(Json.string(Feeds.abs(site, Urls.of(a.key()))))
                    .append(", \"issued\": ").append(Json.string(a.fields().get(ISSUED).toString()))
                    .append(", \"expires\": ").append(Json.string(a.fields().get(EXPIRES).toString()))
                    .append(", \"issuedText\": ").append(Json.string(messages.day(a.fields().get(ISSUED))))
                    .append(", \"expiresText\": ").append(Json.string(messages.day(a.fields().get(EXPIRES)))).append('}');
        }
        return sb.append('}').toString();
    }
}
