package dev.briefing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After any edit, the preview must serve exactly what a fresh full build of the same files
 * serves: an incremental rebuild that misses a page is a stale page. Runs edits on a copy of the
 * shipped site, each checked against a from-scratch build.
 */
class IncrementalConsistencyTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-12-06");

    @TempDir
    Path dir;

    private PreviewHarness preview;

    @BeforeEach
    void copy() {
        TestSites.copyShippedSite(dir);
        preview = new PreviewHarness(dir, AS_OF, false);
        assertTrue(preview.buildAll().ok());
        preview.snapshot();
    }

    private void edit(String path, String from, String to) throws IOException {
        Path f = dir.resolve(path);
        String text = Files.readString(f);
        assertTrue(text.contains(from), path + " has no '" + from + "'");
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /**
     * Rebuilds after the given paths changed and compares every page with a fresh build. A
     * browser has the home page and the matrix open, which are then rendered ahead of the rest.
     */
    private void assertFresh(String... changed) {
        Engine.Build r = preview.rebuild(Arrays.asList(changed), java.util.Set.of("/", "/matrix/"), () -> { });
        assertTrue(r.ok(), r.diagnostics()::toString);
        PreviewHarness fresh = new PreviewHarness(dir, AS_OF, false);
        assertTrue(fresh.buildAll().ok());
        Map<String, byte[]> want = fresh.snapshot();
        Map<String, byte[]> got = preview.snapshot();
        assertEquals(want.keySet(), got.keySet(), "the same files");
        List<String> stale = new ArrayList<>();
        want.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, got.get(path))) stale.add(path);
        });
        assertEquals(List.of(), stale, "pages that differ from a fresh build");
    }

    /** A correction's note shows on its page, on /corrections/ and in the corrections feed. */
    @Test
    void editingACorrectionUpdatesTheCorrectionsPageAndFeed() throws IOException {
        String path = "content/briefs/protecting-polling-places-and-election-workers.md";
        edit(path, "correction: true", "correction: false");
        assertFresh(path);
    }

    /** A channel is on every critical page, the CAP alerts' instructions and every handout (issue 28). */
    @Test
    void editingAChannelUpdatesTheBlockTheAlertsAndTheHandouts() throws IOException {
        edit("content/data/channels.yaml", "how: \"call your local police department or sheriff's office\"",
                "how: \"call your local police department\"");
        assertFresh("content/data/channels.yaml");
    }

    /** The handout and share card are made with their page: an edit of the advice, or of the title, reaches them. */
    @Test
    void editingABriefWithAHandoutUpdatesItsHandoutAndCard() throws IOException {
        String path = "content/briefs/protecting-polling-places-and-election-workers.md";
        edit(path, "title: \"", "title: \"Handout: ");
        assertFresh(path);
        edit("content/pages/report.md", "Do not put yourself at risk", "Never put yourself at risk");
        assertFresh("content/pages/report.md");
    }

    /** The preview keeps a page's share card as its text and draws it when asked for: the bytes a build publishes. */
    @Test
    void thePreviewDrawsACardWhenAskedForAsTheBuildDrawsIt() throws IOException {
        String card = "briefs/protecting-polling-places-and-election-workers/card.png";
        byte[] kept = preview.served().madeFiles().get(card);
        assertTrue(kept.length < 1_000, "kept as its text: " + kept.length + " bytes");
        Engine build = new Engine(new Engine.Options(dir, null, AS_OF, false, Map.of(), false, false));
        byte[] published = build.build(ChangeSet.everything()).snapshot().file(card);
        assertEquals(0x89, published[0] & 0xff, "a PNG");
        assertArrayEquals(published, preview.page(card));
        // After an edit of its title, the new card.
        edit("content/briefs/protecting-polling-places-and-election-workers.md", "title: \"", "title: \"Card: ");
        preview.rebuild(List.of("content/briefs/protecting-polling-places-and-election-workers.md"));
        byte[] edited = new Engine(new Engine.Options(dir, null, AS_OF, false, Map.of(), false, false))
                .build(ChangeSet.everything()).snapshot().file(card);
        assertFalse(Arrays.equals(published, edited), "the title is on the card");
        assertArrayEquals(edited, preview.page(card));
    }

    /** A handout switched off goes with the edit (its page is made again without it); switched on, it comes back. */
    @Test
    void switchingAHandoutOffAndOnAddsAndRemovesItsPdf() throws IOException {
        String path = "content/briefs/protecting-polling-places-and-election-workers.md";
        edit(path, "handout: true", "handout: false");
        assertFresh(path);
        assertTrue(preview.snapshot().keySet().stream().noneMatch(p -> p.startsWith("briefs/protecting-polling-places") && p.endsWith(".pdf")));
        edit(path, "handout: false", "handout: true");
        assertFresh(path);
    }

    /** An advisory's CAP alert, the CAP feed and the embedded notice follow an edit of a source it cites. */
    @Test
    void editingASourceAnAdvisoryCitesUpdatesItsCapAlert() throws IOException {
        edit("content/data/sources.yaml", "November 30, 2022\"\n  publisher: \"U.S. Department of Homeland Security\"",
                "November 30, 2022\"\n  publisher: \"DHS\"");
        assertFresh("content/data/sources.yaml");
    }

    @Test
    void renamingATargetUpdatesEveryPageThatShowsIt() throws IOException {
        edit("content/data/targets.yaml", "name: \"Schools\"", "name: \"Schools and colleges\"");
        assertFresh("content/data/targets.yaml");
    }

    @Test
    void editingASourceUpdatesEveryPageThatCitesIt() throws IOException {
        edit("content/data/sources.yaml", "publisher: \"ICARO Media Group\"", "publisher: \"ICARO Media\"");
        assertFresh("content/data/sources.yaml");
    }

    @Test
    void aTemplateAndAContentEditInOneBatchBothTakeEffect() throws IOException {
        edit("templates/brief.ftlh", "</article>", "<p>Edited template.</p></article>");
        edit("content/data/targets.yaml", "name: \"Schools\"", "name: \"Schools renamed\"");
        assertFresh("templates/brief.ftlh", "content/data/targets.yaml");
    }

    @Test
    void bodyEditsAndNewCitationsReachTheSearchIndexAndTheSourcesPage() throws IOException {
        Path brief = dir.resolve("content/briefs/houses-of-worship-and-schools.md");
        Files.writeString(brief, Files.readString(brief) + "\nZebrawordunique [[cite:cisa-protect2024]].\n");
        assertFresh("content/briefs/houses-of-worship-and-schools.md");
    }

    @Test
    void renamingAndDeletingAFolderLeavesNoGhosts() throws IOException {
        Path sub = dir.resolve("content/briefs/sub");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("subby.md"), "---\ntitle: Subby\ndate: 2024-09-13\nsummary: A brief.\n"
                + "sources: [dhs-ntas]\n---\nBody.\n");
        assertFresh("content/briefs/sub/subby.md");
        Files.move(sub, dir.resolve("content/briefs/sub2"));
        assertFresh("content/briefs/sub", "content/briefs/sub2/subby.md");
        TestSites.deleteTree(dir.resolve("content/briefs/sub2"));
        assertFresh("content/briefs/sub2");
    }

    /** Lists of two items a page, so the shipped site's few briefs fill several pages. */
    private void pagesOfTwo() throws IOException {
        edit("content/site.yaml", "review_period_days: 180", "review_period_days: 180\npage_size: 2");
        assertFresh("content/site.yaml");
    }

    @Test
    void editsThatRenameOrMoveABriefAcrossTheLongListsPagesMatchAFreshBuild() throws IOException {
        pagesOfTwo();
        edit("content/briefs/lone-offender-warning-september-2024.md", "title: \"", "title: \"Renamed ");
        assertFresh("content/briefs/lone-offender-warning-september-2024.md");
        edit("content/briefs/lone-offender-warning-september-2024.md", "date: 2024-", "date: 2019-");
        assertFresh("content/briefs/lone-offender-warning-september-2024.md");
    }

    @Test
    void aListGrowingAPageUpdatesTheCountOnItsOtherPages() throws IOException {
        pagesOfTwo();
        // The oldest brief of all: it joins the end of every list, whose earlier pages keep their
        // briefs but now say "of 4" and link a new last page.
        Path old = dir.resolve("content/briefs/oldest.md");
        Files.writeString(old, "---\ntitle: Oldest\ndate: 2001-01-01\nsummary: The oldest brief.\n"
                + "tags: [election]\nsources: [dhs-ntas]\n---\nBody.\n");
        assertFresh("content/briefs/oldest.md");
        Files.writeString(old, Files.readString(old).replace("tags: [election]", "tags: [Election]"));
        assertFresh("content/briefs/oldest.md");
    }

    /**
     * Body edits that keep or change what a brief links to: the first resolves again only the
     * brief (the link graph stays), the second changes the graph (polling places now list the
     * brief among what refers to them).
     */
    @Test
    void bodyEditsThatKeepOrChangeTheLinksMatchAFreshBuild() throws IOException {
        String path = "content/briefs/houses-of-worship-and-schools.md";
        edit(path, "- [[target:schools]]", "- [[target:schools|Schools, again]]");
        assertFresh(path);
        edit(path, "- [[target:campuses]]", "- [[target:campuses]]\n- [[target:polling-places]]");
        assertFresh(path);
    }

    @Test
    void changingABriefsTitleAndTagsUpdatesListingsAndLinks() throws IOException {
        edit("content/briefs/lone-offender-warning-september-2024.md", "title: \"", "title: \"Renamed ");
        edit("content/briefs/lone-offender-warning-september-2024.md", "  - election\n", "  - new-tag\n");
        assertFresh("content/briefs/lone-offender-warning-september-2024.md");
    }
}
