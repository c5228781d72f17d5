package dev.briefing.model;

import dev.briefing.yaml.NavLink;
import java.util.List;
import java.util.Set;

/**
 * One language a site publishes in, as site.yaml's {@code languages} declares it. The first declared
 * is the default: its pages keep the site's plain URLs; every other language's live under
 * /&lt;code&gt;/.
 *
 * @param code        a BCP 47 language tag in lower case, such as es or pt-br; also the suffix of its
 *                    translation files (run-hide-fight.es.md, threats.es.yaml)
 * @param name        the language named in itself (Español), as the language switcher shows it
 * @param required    whether every safety-critical item must be translated into it (a missing one is an error)
 * @param title       the site's title in this language, or null for site.yaml's title
 * @param description the site's description in this language, or null for site.yaml's
 * @param navigation  the main menu in this language: the default language's links, entry for entry, with
 *                    titles in this language; empty for site.yaml's {@code navigation}
 * @param statusName  what the advisories' official page is called in a sentence in this language,
 *                    or null for site.yaml's {@code advisory_status.name}
 * @param publisherName the publisher's name in this language, or null for site.yaml's {@code publisher.name}
 */
public record Language(String code, String name, boolean required, String title, String description,
        List<NavLink> navigation, String statusName, String publisherName) {
    /** Languages written right to left (the primary subtag): their pages get dir="rtl". */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps",
            "sd", "ug", "ur", "yi");

    public Language {
        navigation = List.copyOf(navigation);
    }

    /** What a site that declares no languages publishes in: site.yaml's {@code language}, or English. */
    public static Language only(String code) {
        return new Language(code, code.equals("en") ? "English" : code, false, null, null, List.of(), null, null);
    }

    /** "rtl" for a language written right to left, else "ltr". */
    public String direction() {
        return RIGHT_TO_LEFT.contains(primary(code)) ? "rtl" : "ltr";
    }

    /** A tag's first subtag, its language: es of es-419. */
    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** Whether a string is a language tag as translation file names and site.yaml write them: es, pt-br, zh-hant. */
    public static boolean isTag(String s) {
        return s != null && s.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    }

    /**
     * Country codes and abbreviations written where a language's code belongs: sp is no language, and jp, cn and gr
     * are countries. Only codes that are not themselves a language's (kr is Kanuri's, se Northern Sami's).
     */
    private static final java.util.Map<String, String> SLIPS = java.util.Map.of("sp", "es", "jp", "ja", "cn", "zh",
            "vn", "vi", "gr", "el", "dk", "da", "ua", "uk", "cz", "cs", "us", "en", "mx", "es");

    /**
     * Whether a tag's language (its first subtag) is one the JDK's locale data names, such as es, pt or haw: a code
     * it does not know (sp) would give pages a lang attribute that screen readers cannot voice.
     */
    public static boolean isKnown(String tag) {
        String primary = primary(tag);
        return !java.util.Locale.forLanguageTag(primary).getDisplayLanguage(java.util.Locale.ENGLISH).equals(primary);
    }

    /** What to write instead of a tag that is not a known language's, for a hint: "did you mean 'es' (Spanish)?", or examples. */
    public static String suggestion(String tag) {
        String primary = primary(tag);
        String meant = SLIPS.get(primary);
        String examples = "write the ISO 639 code of the language, such as es (Spanish), vi (Vietnamese), zh-hant"
                + " (Chinese, traditional) or pt-br (Portuguese, Brazil)";
        if (meant == null) return examples;
        return "did you mean '" + meant + tag.substring(primary.length()) + "' ("
                + java.util.Locale.forLanguageTag(meant).getDisplayLanguage(java.util.Locale.ENGLISH) + ")?";
    }
}
