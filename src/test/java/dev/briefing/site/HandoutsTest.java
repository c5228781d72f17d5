package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.briefing.Pipeline;
import dev.briefing.diag.Code;
import dev.briefing.testing.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The shipped site's handouts as a reader, a screen reader and a printer get them: each is one
 * page, conforms to PDF/UA-1 (veraPDF's validator and profile), embeds and subsets its fonts,
 * carries a QR code that a phone decodes to the page's address, prints that address without its
 * scheme, and is the same file on every build. A handout that overflows, or holds a character the
 * font cannot draw, is a positioned error and is not published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoutsTest {
    /** The shipped items with handout: true, by the page they belong to, in each language they are translated into. */
    private static final List<String> PAGES = List.of("briefs/protecting-polling-places-and-election-workers/", "report/",
            "resources/power-of-hello/", "es/report/", "es/resources/power-of-hello/");
    private Map<String, byte[]> site;

    @BeforeAll
    void build() {
        site = ShippedSite.build(ShippedSite.AS_OF);
    }

    @Test
    void theShippedHandoutsArePublishedBesideTheirPagesAndLinkedWithTheirSize() {
        List<String> found = site.keySet().stream().filter(p -> p.endsWith("/handout.pdf")).sorted().toList();
        assertEquals(PAGES.stream().map(p -> p + "handout.pdf").sorted().toList(), found);
        for (String page : PAGES) {
            String html = new String(site.get(page + "index.html"), StandardCharsets.UTF_8);
            long kb = Math.max(1, Math.round(site.get(page + "handout.pdf").length / 1024f));
            String link = page.startsWith("es/") ? "Imprima un folleto de una página" : "Print a one-page handout";
            assertTrue(html.contains("<a href=\"handout.pdf\" type=\"application/pdf\">" + link + " (PDF, " + kb + " KB)</a>"), page);
        }
    }

    @Test
    void eachConformsToPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String page : PAGES) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(site.get(page + "handout.pdf")),
                    PDFAFlavour.PDFUA_1); PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList();
                assertTrue(result.isCompliant(), page + ": " + failed);
            }
        }
    }

    @Test
    void eachIsOnePageWithItsFontsEmbeddedAndSubsetAndItsTitleAndLanguageSet() throws Exception {
        for (String page : PAGES) {
            try (PDDocument pdf = Loader.loadPDF(site.get(page + "handout.pdf"))) {
                assertEquals(1, pdf.getNumberOfPages(), page);
                PDPage p = pdf.getPage(0);
                List<String> fonts = new ArrayList<>();
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), page + ": " + f.getName() + " is embedded");
                    fonts.add(f.getName());
                }
                assertFalse(fonts.isEmpty());
                assertTrue(fonts.stream().allMatch(n -> n.matches("[A-Z]{6}\\+OpenSans.*")), page + ": subset Open Sans only: " + fonts);
                assertEquals(page.startsWith("es/") ? "es" : "en", pdf.getDocumentCatalog().getLanguage(), page);
                assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), page + " is tagged");
                String title = pdf.getDocumentInformation().getTitle();
                String html = new String(site.get(page + "index.html"), StandardCharsets.UTF_8);
                assertTrue(html.contains("<h1>" + title.replace("&", "&amp;") + "</h1>"), page + ": the PDF's title is the page's: " + title);
            }
        }
    }

    @Test
    void theQrCodeDecodesToThePagesAddressWhichIsPrintedWithoutItsScheme() throws Exception {
        for (String page : PAGES) {
            String canonical = "https://briefing.example.org/" + page;
            try (PDDocument pdf = Loader.loadPDF(site.get(page + "handout.pdf"))) {
                var image = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
                // As a phone's scanner does, it tries harder than a first look: one resolution of a whole page can miss it.
                String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                assertEquals(canonical, decoded, page);
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                // A long address may wrap: compare without the line breaks.
                String joined = text.replace(" ", "");
                boolean spanish = page.startsWith("es/");
                String online = spanish ? "Enlínea,conenlacesyactualizaciones:" : "Online,withlinksandupdates:";
                assertTrue(joined.contains(online + "briefing.example.org/" + page), page + ": " + text);
                assertFalse(joined.contains("https://briefing.example.org/" + page), "printed without its scheme");
                assertTrue(text.contains(spanish ? "Si alguien está en peligro inmediato, llame al 911." : "If someone is in immediate danger, call 911."),
                        "How to report, from the channels, in the page's language");
                assertTrue(text.contains((spanish ? "Publicado por" : "Published by") + " The briefing project"), "the publisher");
                // The shipped Spanish text is machine-made: the paper says so, as its page does.
                assertEquals(spanish, text.contains("Traducción automática. Al "), page + ": " + text);
            }
        }
    }

    /** What copying, searching and a screen reader get: the letters as written, so an address copied from the handout opens. */
    @Test
    void theirTextIsTheLettersAsWrittenWithNoLigatures() throws Exception {
        for (String page : PAGES) {
            try (PDDocument pdf = Loader.loadPDF(site.get(page + "handout.pdf"))) {
                StringBuilder raw = new StringBuilder();
                new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        raw.append(t.getUnicode());
                        super.processTextPosition(t);
                    }
                }.getText(pdf);
                assertTrue(raw.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), page + ": " + raw);
                assertTrue(raw.toString().contains("briefing.example.org/" + page), page + ": " + raw);
            }
        }
    }

    @Test
    void twoBuildsMakeTheSameBytes(@TempDir Path dir) {
        TestSites.copyShippedSite(dir);
        Map<String, byte[]> again = ShippedSite.build(dir, ShippedSite.AS_OF);
        for (String page : PAGES) assertArrayEquals(site.get(page + "handout.pdf"), again.get(page + "handout.pdf"), page);
    }

    @Test
    void theCommandLineKeepsHandoutsInTheSourcesCacheFolderSoAnUnchangedRebuildRendersNone(@TempDir Path dir) throws Exception {
        TestSites.copyShippedSite(dir);
        Path out = dir.resolve("out");
        build(dir, out);
        Path cache = dir.resolve("target/.briefing-cache");
        Map<Path, Long> made = entries(cache);
        assertEquals(PAGES.size(), made.keySet().stream().filter(p -> p.getFileName().toString().startsWith("handout-")).count(),
                made.toString());
        build(dir, out);
        assertEquals(made, entries(cache), "nothing made again: no entry was added or rewritten");

        Path report = dir.resolve("content/pages/report.md");
        Files.writeString(report, Files.readString(report).replace("Do not put yourself at risk", "Never put yourself at risk"));
        build(dir, out);
        Map<Path, Long> after = entries(cache);
        // The edited handout is made again, and so is its Spanish translation's, which now says the English changed; the
        // others are not, and the ones they replace are no longer kept.
        Set<Path> gone = new java.util.TreeSet<>(made.keySet());
        gone.removeAll(after.keySet());
        Set<Path> added = new java.util.TreeSet<>(after.keySet());
        added.removeAll(made.keySet());
        assertEquals(2, gone.size(), gone.toString());
        assertEquals(2, added.size(), added.toString());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("es/report/handout.pdf")))) {
            assertTrue(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")
                    .contains("Traducción automática. La página en inglés cambió después de que se hizo esta traducción."));
        }
        assertTrue(Stream.concat(gone.stream(), added.stream()).allMatch(p -> p.getFileName().toString().startsWith("handout-")),
                gone + " " + added);
        for (Path kept : after.keySet()) if (!added.contains(kept)) assertEquals(made.get(kept), after.get(kept), kept.toString());
        // A build that errors stop before every page is made keeps the whole cache: the fixed site needs it.
        Files.writeString(report, Files.readString(report).replaceFirst("title: ", "title: [unclosed "));
        TestSites.Run failed = TestSites.cli("build", "--source", dir.toString(), "--output", out.toString(),
                "--as-of", ShippedSite.AS_OF.toString());
        assertEquals(1, failed.exit(), failed.err());
        assertEquals(after, entries(cache));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("report/handout.pdf")))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Never put yourself at risk"));
        }
    }

    @Test
    void noCacheRendersEveryHandoutAgainAndKeepsNone(@TempDir Path dir) throws Exception {
        TestSites.copyShippedSite(dir);
        Path out = dir.resolve("out");
        TestSites.Run run = TestSites.cli("build", "--no-cache", "--source", dir.toString(), "--output", out.toString(),
                "--as-of", ShippedSite.AS_OF.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(dir.resolve("target")), "nothing kept in the source folder");
        Path cached = dir.resolve("cached");
        build(dir, cached);
        for (String page : PAGES) {
            assertArrayEquals(Files.readAllBytes(cached.resolve(page + "handout.pdf")), Files.readAllBytes(out.resolve(page + "handout.pdf")), page);
        }
    }

    @Test
    void aBuildGivenNoCacheFolderWritesNothingInTheSourceFolder(@TempDir Path dir) throws Exception {
        TestSites.copyShippedSite(dir);
        ShippedSite.build(dir, ShippedSite.AS_OF);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("content", "templates"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the tests' fixture sites are never written to");
        }
    }

    private static void build(Path source, Path out) {
        TestSites.Run run = TestSites.cli("build", "--source", source.toString(), "--output", out.toString(),
                "--as-of", ShippedSite.AS_OF.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void aHandoutOverOnePageIsAnErrorAtItsFieldAndIsNotPublished(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        String list = String.join("\n", Stream.generate(() -> "- Keep exits clear and know two ways out of every room you use.")
                .limit(70).toList());
        writeChecklist(dir, list + "\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(TestSites.headlines(r).stream().anyMatch(h -> h.matches("content/pages/checklist\\.md:4:10: error: the handout of"
                + " 'checklist' runs to [2-9] pages; it must fit on one \\(shorten .*\\) \\[BRF136]")), () -> String.join("\n", TestSites.headlines(r)));
        assertFalse(r.files() != null && r.files().containsKey("checklist/handout.pdf"));

        writeChecklist(dir, "- Keep exits clear.\n");
        Pipeline.Result fits = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(fits.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF136), () -> String.join("\n", TestSites.headlines(fits)));
        assertTrue(fits.files().containsKey("checklist/handout.pdf"));
    }

    /**
     * Walkthrough 8 of issue 26: a page marked handout: true without advice: sections got a handout without any of
     * its text, and nothing said so. A warning at its handout: line says what the handout holds and how to add
     * the text; listing a section prints it and ends the warning.
     */
    @Test
    void aHandoutThatPrintsNoneOfThePagesTextIsAWarning(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        String page = "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n%s---\n%s- Keep exits clear.\n";
        String warning = "content/pages/checklist.md:4:10: warning: the handout of 'checklist' will hold its title, summary and How"
                + " to report block, but none of its text: it prints only the sections listed under 'advice:' (%s) [BRF172]";
        TestSites.write(dir.resolve("content/pages/checklist.md"), page.formatted("", "## Before you open\n\n"));
        assertEquals(List.of(warning.formatted("list the headings of the sections to print under advice:, such as advice:"
                + " [\"Before you open\"]")), brf172(dir));
        String text = handoutText(dir);
        assertTrue(text.contains("What to check.") && !text.contains("Keep exits clear"), "what the warning says: " + text);

        TestSites.write(dir.resolve("content/pages/checklist.md"), page.formatted("", ""));
        assertEquals(List.of(warning.formatted("to print some of the text, give it a heading (## What to do) and list it:"
                + " advice: [\"What to do\"]")), brf172(dir));

        TestSites.write(dir.resolve("content/pages/checklist.md"), page.formatted("advice: [Before you open]\n", "## Before you open\n\n"));
        assertEquals(List.of(), brf172(dir));
        assertTrue(handoutText(dir).contains("Keep exits clear"));
    }

    /**
     * A build reads no file but the source's and reaches no network (walkthrough 8 of issue 26): the PDF renderer, given
     * an image's address, would read "/img/map.png" from the disk's root (or fetch a full address, which BRF171 refuses).
     * The handout prints the image's description instead; only its QR code is an image.
     */
    @Test
    void aHandoutPrintsAnImagesDescriptionAndLoadsNoImage(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/static/img/map.png"), "not read");
        writeChecklist(dir, "![Map of the three shelters](/img/map.png)\n\n"
                + "- Keep exits clear.\n");
        String text = handoutText(dir);
        assertTrue(text.contains("Map of the three shelters") && text.contains("Keep exits clear"), text);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("checklist/handout.pdf"))) {
            long images = 0;
            for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
                if (pdf.getPage(0).getResources().isImageXObject(name)) images++;
            }
            assertEquals(1, images, "the QR code alone");
        }
    }

    private static List<String> brf172(Path dir) {
        return TestSites.headlines(TestSites.check(dir, LocalDate.parse("2024-10-01"))).stream().filter(h -> h.endsWith("[BRF172]")).toList();
    }

    @Test
    void aPageThatGivesNoDateStatesNoneOnItsHandout(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        String page = "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n%s"
                + "advice: [Before you open]\n---\n## Before you open\n\n- Keep exits clear.\n";
        TestSites.write(dir.resolve("content/pages/checklist.md"), page.formatted(""));
        String undated = handoutText(dir);
        assertFalse(undated.contains("1970") || undated.contains("As of"), undated);
        // Nor does the file: no CreationDate or ModDate (a reader's Document Properties would show 1 January 1970), no XMP date.
        try (PDDocument pdf = Loader.loadPDF(TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("checklist/handout.pdf"))) {
            assertNull(pdf.getDocumentInformation().getCreationDate());
            assertNull(pdf.getDocumentInformation().getModificationDate());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertFalse(xmp.contains("Date>"), xmp);
            assertTrue(xmp.contains("<dc:title>"), "the rest of the XMP stays: " + xmp);
        }
        TestSites.write(dir.resolve("content/pages/checklist.md"), page.formatted("reviewed: 2024-09-20\n"));
        assertTrue(handoutText(dir).contains("As of 20 September 2024"), "a dated page states its date");
        try (PDDocument pdf = Loader.loadPDF(TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("checklist/handout.pdf"))) {
            assertEquals(java.time.Instant.parse("2024-09-20T00:00:00Z"), pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(java.time.Instant.parse("2024-09-20T00:00:00Z"), pdf.getDocumentInformation().getModificationDate().toInstant());
        }
    }

    /** A site named after its publisher says the name once: "Published by X.", not "Published by X, X.". */
    @Test
    void aSiteNamedAfterItsPublisherIsNamedOnce(@TempDir Path dir) throws Exception {
        writeChecklist(dir, "- Keep exits clear.\n");
        TestSites.write(dir.resolve("content/site.yaml"), "title: Example County Elections Office\n" + TestSites.SETTINGS
                .replace("Test Publisher", "Example County Elections Office"));
        String same = handoutText(dir);
        assertTrue(same.contains("Published by Example County Elections Office. "), same);
        assertFalse(same.contains("Example County Elections Office, Example County Elections Office"), same);
        TestSites.write(dir.resolve("content/site.yaml"), "title: Safe Polls\n" + TestSites.SETTINGS);
        String other = handoutText(dir);
        assertTrue(other.contains("Published by Test Publisher, Safe Polls."), other);
    }

    private static byte[] handout(Path dir) {
        return TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("checklist/handout.pdf");
    }

    /**
     * On paper a link is only its text, so each is followed by its address, short (no scheme), as a
     * print stylesheet prints it: another site's page, a page of the site, an e-mail address; not a
     * number to call (its text is the number) nor an address already written out. Still one page.
     */
    @Test
    void aLinksAddressIsPrintedAfterItsText(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/pages/report.md"), "---\ntitle: Report\nsummary: How to report.\n---\nCall.\n");
        writeChecklist(dir, "- Read [the CISA guide](https://www.cisa.gov/topics/election-security).\n"
                + "- Tell us [what you saw](../report/), or [write to us](mailto:tips@example.org).\n"
                + "- Call [911](tel:911). See <https://www.ready.gov/plan>.\n");
        String text = handoutText(dir);
        assertTrue(text.contains("Read the CISA guide (www.cisa.gov/topics/election-security)."), text);
        assertTrue(text.contains("Tell us what you saw (example.org/report/), or write to us (tips@example.org)."), text);
        assertTrue(text.contains("Call 911. See https://www.ready.gov/plan."), text);
    }

    /**
     * Walkthrough of issue 26: a handout broke "editors@county-elections.org" after "county-", and a reader copying it
     * from paper wrote the wrong address. Written at every offset a line can end at, an address breaks only after its
     * '@' or a '/', and the PDF's text keeps it whole and in order.
     */
    @Test
    void anAddressOnAHandoutBreaksOnlyAfterItsAtSignOrASlash(@TempDir Path dir) throws Exception {
        String email = "clerk-of-elections@county-elections-office.example.org";
        String web = "www.county-elections.example.gov/how-to-report/suspicious-activity/";
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) body.append("x".repeat(i)).append(" write to [the clerk](mailto:").append(email)
                .append(") or see [the page](https://").append(web).append("). ");
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/pages/report.md"), "---\ntitle: Report\nsummary: How to report.\n---\nCall.\n");
        writeChecklist(dir, body + "\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        try (PDDocument pdf = Loader.loadPDF(r.files().get("checklist/handout.pdf"))) {
            String stream = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertEquals(24, stream.split(java.util.regex.Pattern.quote("(" + email + ")"), -1).length
                    + stream.split(java.util.regex.Pattern.quote("(" + web + ")"), -1).length - 2, "each address whole, in order");
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            List<String> lines = byPosition.getText(pdf).lines().map(String::strip).toList();
            int split = 0;
            for (String line : lines) {
                for (String address : List.of(email, web)) {
                    for (int cut = 1; cut < address.length(); cut++) {
                        if (!line.endsWith("(" + address.substring(0, cut))) continue;
                        split++;
                        assertTrue(address.charAt(cut - 1) == '@' || address.charAt(cut - 1) == '/', "broken inside a name: " + line);
                    }
                }
            }
            assertTrue(split >= 3, "addresses met the end of a line: " + String.join("\n", lines));
        }
    }

    /**
     * Walkthrough 4 of issue 26: a resource's handout (its whole body printed) left out the sources its
     * entry lists, although the README promised a handout its sources; and it states an "As of" date
     * only when the resource gives one (its review), never one nobody chose.
     */
    @Test
    void aResourcesHandoutListsItsSourcesAndItsDateWhenItGivesOne(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        TestSites.write(dir.resolve("content/data/sources.yaml"), TestSites.ONE_SOURCE);
        String resource = "- id: card\n  name: Poll worker card\n  summary: What to do if someone threatens you.\n"
                + "  sources: [src]\n  handout: true\n%s  body: |\n    - If anyone is in danger, call 911.\n";
        TestSites.write(dir.resolve("content/data/resources.yaml"), resource.formatted(""));
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        String undated = pdfText(r.files().get("resources/card/handout.pdf"));
        assertTrue(undated.contains("An agency") && undated.contains("A report"), undated);
        assertFalse(undated.contains("As of"), undated);
        TestSites.write(dir.resolve("content/data/resources.yaml"), resource.formatted("  reviewed: 2024-09-20\n"));
        String dated = pdfText(TestSites.check(dir, LocalDate.parse("2024-10-01")).files().get("resources/card/handout.pdf"));
        assertTrue(dated.contains("As of 20 September 2024"), dated);
    }

    private static String pdfText(byte[] bytes) throws Exception {
        assertTrue(bytes != null, "no handout");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** content/pages/checklist.md with a handout that prints its one section, "Before you open", holding {@code section}. */
    private static void writeChecklist(Path dir, String section) {
        TestSites.write(dir.resolve("content/pages/checklist.md"), "---\ntitle: Checklist\nsummary: What to check.\nhandout: true\n"
                + "advice: [Before you open]\n---\n## Before you open\n\n" + section);
    }

    private static String handoutText(Path dir) throws Exception {
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        try (PDDocument pdf = Loader.loadPDF(r.files().get("checklist/handout.pdf"))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theHandoutIsUsLetterUnlessSiteYamlAsksForA4(@TempDir Path dir) throws Exception {
        writeChecklist(dir, "- Keep exits clear.\n");
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        assertEquals(List.of(612f, 792f), pageSize(dir), "US Letter, 8.5 by 11 inches, in points");
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS + "paper: a4\n");
        assertEquals(List.of(595f, 842f), pageSize(dir), "A4, 210 by 297 mm, in whole points");
    }

    /** One handout per language a page is translated into, in that language and leading to that language's page. */
    @Test
    void aTranslatedPageHasItsOwnHandoutInItsLanguage(@TempDir Path dir) throws Exception {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS
                + "languages:\n  - {code: en, name: English}\n  - {code: es, name: Español}\n");
        writeChecklist(dir, "- Keep exits clear.\n");
        TestSites.write(dir.resolve("content/pages/checklist.es.md"), "---\ntitle: Lista de control\nsummary: Qué revisar.\n"
                + "advice: [Antes de abrir]\n---\n## Antes de abrir\n\n- Mantenga libres las salidas.\n");
        TestSites.write(dir.resolve("content/pages/other.md"), "---\ntitle: Other\nsummary: Not translated.\nhandout: true\n"
                + "advice: [Steps]\n---\n## Steps\n\n- One step.\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));
        try (PDDocument pdf = Loader.loadPDF(r.files().get("es/checklist/handout.pdf"))) {
            assertEquals("es", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Lista de control", pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Mantenga libres las salidas."), text);
            var image = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            assertEquals("https://example.org/es/checklist/", new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText());
        }
        try (PDDocument pdf = Loader.loadPDF(r.files().get("checklist/handout.pdf"))) {
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Checklist", pdf.getDocumentInformation().getTitle());
        }
        assertTrue(r.files().containsKey("other/handout.pdf"));
        assertFalse(r.files().containsKey("es/other/handout.pdf"), "a page not translated has its handout in the default language only");
        String es = new String(r.files().get("es/checklist/index.html"), StandardCharsets.UTF_8);
        assertTrue(es.contains("<a href=\"handout.pdf\" type=\"application/pdf\">"), es);
    }

    private static List<Float> pageSize(Path dir) throws Exception {
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(r.ok(), () -> String.join("\n", TestSites.headlines(r)));
        try (PDDocument pdf = Loader.loadPDF(r.files().get("checklist/handout.pdf"))) {
            var box = pdf.getPage(0).getMediaBox();
            return List.of((float) Math.round(box.getWidth()), (float) Math.round(box.getHeight()));
        }
    }

    @Test
    void aCharacterTheFontCannotDrawIsAnErrorAtItsPlace(@TempDir Path dir) {
        TestSites.write(dir.resolve("content/site.yaml"), TestSites.SETTINGS);
        writeChecklist(dir, "- Keep exits clear \u2705 and lit.\n");
        Pipeline.Result r = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(TestSites.headlines(r).contains("content/pages/checklist.md:9:20: error: the handout of 'checklist' has '\u2705'"
                + " (U+2705 WHITE HEAVY CHECK MARK), which the handout font cannot draw (write it another way, such as a word instead of a"
                + " symbol, or move its section out of 'advice:') [BRF137]"), () -> String.join("\n", TestSites.headlines(r)));
        // Outside the handout's sections, the same character is the page's business only.
        writeChecklist(dir, "- Keep exits clear.\n\n## Notes\n\nDone \u2705\n");
        Pipeline.Result other = TestSites.check(dir, LocalDate.parse("2024-10-01"));
        assertTrue(other.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.BRF137), () -> String.join("\n", TestSites.headlines(other)));
    }

    private static Map<Path, Long> entries(Path cache) throws Exception {
        Map<Path, Long> out = new java.util.TreeMap<>();
        try (var files = Files.list(cache)) {
            for (Path f : files.toList()) out.put(f, Files.getLastModifiedTime(f).toMillis());
        }
        return out;
    }
}
