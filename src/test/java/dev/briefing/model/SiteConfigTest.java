package dev.briefing.model;

import static dev.briefing.model.SiteFields.CONTACT;
import static dev.briefing.model.SiteFields.EMAIL;
import static dev.briefing.model.SiteFields.LABELS;
import static dev.briefing.model.SiteFields.PUBLISHER;
import static dev.briefing.model.SiteFields.TITLE;
import static dev.briefing.model.SiteFields.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.diag.Diagnostics;
import dev.briefing.diag.Pos;
import dev.briefing.yaml.Binder;
import dev.briefing.yaml.YamlLoader;
import org.junit.jupiter.api.Test;

/** Settings are named by their keys: where each was written, and the name editors and variables use. */
class SiteConfigTest {
    private static final String PATH = "content/site.yaml";

    private static SiteConfig read(String yaml) {
        Diagnostics diags = new Diagnostics();
        SiteConfig config = YamlLoader.compose(yaml, PATH, 1, diags)
                .flatMap(node -> new Binder(PATH, 1, yaml, diags).bind(node, SiteConfig.SCHEMA))
                .map(SiteConfig::from).orElseThrow();
        assertFalse(diags.hasErrors(), diags.sorted().toString());
        return config;
    }

    @Test
    void aNestedSettingIsFoundWhereItWasWritten() {
        SiteConfig config = read("title: County\ncontact:\n  url: https://county.example.gov/contact\n  email: editors@county.gov\n"
                + "labels:\n  es:\n    brief.tags.nsse: NSSE\n");
        assertEquals(new Pos(PATH, 4, 10), config.posOf(CONTACT, EMAIL));
        assertEquals(new Pos(PATH, 1, 8), config.posOf(TITLE));
        assertEquals(6, config.posOf(LABELS, "es").line());
        assertEquals(7, config.posOf(LABELS, "es.brief.tags.nsse").line());
        // Not written: the start of site.yaml, never another setting's line.
        assertEquals(new Pos(PATH, 1, 1), config.posOf(PUBLISHER, URL));
    }

    @Test
    void aSettingsNameIsTheOneEditorsAndVariablesUse() {
        assertEquals("contact.email", SiteConfig.setting(CONTACT, EMAIL));
        assertEquals("BRIEFING_CONTACT_EMAIL", SiteConfig.variable(SiteConfig.setting(CONTACT, EMAIL)));
        assertTrue(SiteConfig.OVERRIDABLE.contains("publisher.url"));
    }
}
