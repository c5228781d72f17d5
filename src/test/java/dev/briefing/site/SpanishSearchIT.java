package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.briefing.Pipeline;
import dev.briefing.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in Spanish, in a real browser (as {@link BrowserIT}: headless Chromium, a strict CSP;
 * skipped without Chromium except on CI). The site served is laid out as a bilingual site is: the
 * English fixture (sites/search-en) at the root and the Spanish one (sites/search-es) under /es/,
 * each built with its own language's search index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpanishSearchIT {
    private static final String HIDE = "es/briefs/corra-y-escondase/index.html";
    private static final String FIGHT = "es/briefs/ultimo-recurso/index.html";
    private static final String ELECTIONS = "es/briefs/elecciones-seguras/index.html";

    private StaticServer site;
    private Path profile;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(BrowserIT.CHROMIUM) || !Files.isExecutable(BrowserIT.CHROMEDRIVER)) {
            String why = "browser tests need " + BrowserIT.CHROMIUM + " and " + BrowserIT.CHROMEDRIVER
                    + ": install the Debian packages chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) fail(why);
            Assumptions.abort("skipped: " + why);
        }
        Map<String, byte[]> files = new TreeMap<>(build("search-en"));
        build("search-es").forEach((path, bytes) -> files.put("es/" + path, bytes));
        site = new StaticServer(files);
        profile = Files.createTempDirectory("briefing-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserIT.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
    }

    private static Map<String, byte[]> build(String fixture) {
        Pipeline.Result r = TestSites.check(TestSites.site(fixture), LocalDate.of(2026, 12, 6));
        assertTrue(r.ok(), () -> TestSites.headlines(r).toString());
        return r.files();
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (site != null) site.close();
        if (profile != null) TestSites.deleteTree(profile);
    }

    /** The result links of a search from a search page ("es/search/"), as absolute URLs, in order. */
    private List<String> results(String page, String query) {
        driver.get(site.root() + page + "?q=" + query);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results li a")).stream().map(a -> a.getDomProperty("href")).toList();
    }

    @Test
    void escondeteFindsThePageThatSaysEscondete() {
        assertEquals(List.of(site.root() + HIDE), results("es/search/", "escondete"));
        assertEquals(List.of(site.root() + HIDE), results("es/search/", "esc%C3%B3ndete"), "typed with its accent too");
    }

    @Test
    void pelearFindsThePageThatSaysPelea() {
        assertEquals(List.of(site.root() + FIGHT), results("es/search/", "pelear"));
        assertEquals(List.of(site.root() + ELECTIONS), results("es/search/", "elecci%C3%B3n"), "the page says elecciones");
    }

    @Test
    void aSpanishStopWordAloneFindsNothing() {
        // Two of the pages say "para": it is a stop word, so the query has no words left.
        assertEquals(List.of(), results("es/search/", "para"));
        assertEquals("", driver.findElement(By.id("search-status")).getText().replace("No hay resultados para “para”.", ""), "in Spanish, if anything");
    }

    /** The Spanish page reads only the Spanish index, the English page only the English one. */
    @Test
    void eachLanguagesSearchPageReadsOnlyItsOwnIndex() {
        assertEquals(List.of(site.root() + FIGHT), results("es/search/", "pelear"));
        List<String> spanish = indexFilesFetched();
        assertTrue(spanish.contains(site.root() + "es/search/index/meta.json"), spanish.toString());
        assertTrue(spanish.stream().allMatch(u -> u.startsWith(site.root() + "es/search/index/")), spanish.toString());

        assertEquals(List.of(), results("search/", "pelear"), "English has no Spanish stemmer: pelear is not pelee");
        List<String> english = indexFilesFetched();
        assertTrue(english.contains(site.root() + "search/index/meta.json"), english.toString());
        assertTrue(english.stream().noneMatch(u -> u.contains("/es/")), english.toString());
    }

    /** The URLs of the index files this page fetched. */
    @SuppressWarnings("unchecked")
    private List<String> indexFilesFetched() {
        return ((List<Object>) driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"))
                .stream().map(String::valueOf).filter(u -> u.contains("/search/index/")).toList();
    }
}
