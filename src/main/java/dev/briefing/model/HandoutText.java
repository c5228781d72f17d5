package dev.briefing.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a brief's or page's text its handout prints: the sections (## headings) listed under 'advice:', headings
 * compared as folded; a resource's handout prints its whole body. Shared by the check of a page (lint) and of its
 * translations (i18n), whose 'advice:' lists the translated headings.
 */
public final class HandoutText {
    private HandoutText() {
    }

    /** Whether a handout prints any of the text: some section of it is listed under 'advice:'. */
    public static boolean printsAny(List<String> sections, List<String> advice) {
        Set<String> listed = advice.stream().map(HandoutText::normal).collect(Collectors.toSet());
        return sections.stream().anyMatch(s -> listed.contains(normal(s)));
    }

    /** "advice: [\"What to do\"]", naming a text's first section, for a hint. */
    public static String adviceFor(String heading) {
        return "advice: [\"" + heading.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String normal(String heading) {
        return dev.briefing.util.Spacing.folded(heading);
    }
}
