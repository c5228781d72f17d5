package dev.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.Pipeline;
import dev.briefing.resolve.ResolvedSite;
import dev.briefing.testing.TestSites;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the shipped site's share cards say: the title, who publishes it, and how old it is (a
 * brief's dates, an advisory's issue and expiry, another page's "As of"), so that a screenshot of
 * an old card still shows its age.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardTextTest {
    private ResolvedSite site;

    @BeforeAll
    void build() {
        Pipeline.Result r = TestSites.check(TestSites.PROJECT, LocalDate.of(2026, 12, 6));
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));
        site = r.resolved();
    }

    @Test
    void eachCardSaysItsTitlePublisherAndDate() {
        assertEquals(new Cards.Text("Protecting polling places", "From The briefing project",
                "Published 13 September 2024 · updated 6 December 2026"),
                Cards.text(site, TestSites.ENGLISH, new Cards.Pages(site, TestSites.ENGLISH).item("/briefs/protecting-polling-places-and-election-workers/"), "Protecting polling places"));
        // An advisory's card names its issuer, not the site, and says it has expired, as its page does (walkthrough 5).
        assertEquals(new Cards.Text("NTAS Bulletin", "Issued by U.S. Department of Homeland Security",
                        "Expired · Issued 24 May 2023 · expires 24 November 2023"),
                Cards.text(site, TestSites.ENGLISH, new Cards.Pages(site, TestSites.ENGLISH).item("/advisories/ntas-bulletin-2023-05-24/"), "NTAS Bulletin"));
        assertEquals(new Cards.Text("How to report", "From The briefing project", "As of 6 December 2026"),
                Cards.text(site, TestSites.ENGLISH, new Cards.Pages(site, TestSites.ENGLISH).item("/report/"), "How to report"));
        assertEquals(new Cards.Text("Home", "From The briefing project", "As of 6 December 2026"), Cards.text(site, TestSites.ENGLISH, new Cards.Pages(site, TestSites.ENGLISH).item("/"), "Home"));
    }

    /** A card of a Spanish page says it in Spanish, dates included. */
    @Test
    void aSpanishCardSaysItInSpanish() {
        var spanish = Theme.builtInMessages("es");
        assertEquals(new Cards.Text("Protegiendo", "De The briefing project",
                "Publicado el 13 de septiembre de 2024 · actualizado el 6 de diciembre de 2026"),
                Cards.text(site, spanish, new Cards.Pages(site, spanish).item("/briefs/protecting-polling-places-and-election-workers/"), "Protegiendo"));
        assertEquals(new Cards.Text("Boletín", "Emitido por U.S. Department of Homeland Security",
                        "Vencido · Emisión: 24 de mayo de 2023 · vencimiento: 24 de noviembre de 2023"),
                Cards.text(site, spanish, new Cards.Pages(site, spanish).item("/advisories/ntas-bulletin-2023-05-24/"), "Boletín"));
    }

    @Test
    void aCardIsDrawnInSixteenColours() throws Exception {
        byte[] png = new Cards(dev.briefing.util.OutputCache.NONE).entry(site, TestSites.ENGLISH, new Cards.Pages(site, TestSites.ENGLISH).item("/report/"), "How to report").bytes().get();
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(card.getColorModel() instanceof IndexColorModel, "a palette image, quick to encode and small");
        assertEquals(4, card.getColorModel().getPixelSize());
        assertEquals(1200, card.getWidth());
    }
}
