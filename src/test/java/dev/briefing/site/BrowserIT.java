package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.briefing.serve.Preview;
import dev.briefing.serve.PreviewServer;
import dev.briefing.serve.ServeTests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped site in a real browser: Debian's headless Chromium through chromedriver, against the
 * built site served on 127.0.0.1 with {@code Content-Security-Policy: default-src 'self'}. One
 * browser session serves the whole class. Without Chromium the tests are skipped, except on CI
 * (CI=true), where they fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    /** The browser and its driver: from the environment (the publish workflow passes setup-chrome's), else Debian's. */
    static final Path CHROMIUM = fromEnvironment("CHROME_PATH", "/usr/bin/chromium");
    static final Path CHROMEDRIVER = fromEnvironment("CHROMEDRIVER_PATH", "/usr/bin/chromedriver");
    /** axe's rules for WCAG 2.0–2.2 A and AA, and its best practices (landmark-unique, heading order, …). */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    /** A small phone, a common phone, a desktop. */
    static final List<Integer> WIDTHS = List.of(320, 390, 1280);
    static final String BRIEF = "briefs/protecting-polling-places-and-election-workers/";
    /** A word from that brief's body, not from its title, summary or tags. */
    static final String BODY_WORD = "Arizona";
    /** Spanish pages that readers act on: the home page, the report page and an advisory. */
    static final List<String> SPANISH = List.of("es/", "es/report/", "es/advisories/ntas-bulletin-2023-05-24/");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Map<String, byte[]> files;
    private StaticServer site;
    private StaticServer advisorySite;
    /** The shipped site with lists of two a page, so the briefs, timeline and A–Z lists have several pages. */
    private StaticServer pagedSite;
    private Path pagedSource;
    private Path profile;
    private ChromeDriver driver;
    private String axe;

    static Path fromEnvironment(String variable, String otherwise) {
        String set = System.getenv(variable);
        return Path.of(set == null || set.isBlank() ? otherwise : set);
    }

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install the Debian packages chromium chromium-driver (apt-get install -y chromium chromium-driver),"
                    + " or set CHROME_PATH and CHROMEDRIVER_PATH";
            if ("true".equals(System.getenv("CI"))) fail(why);
            Assumptions.abort("skipped: " + why);
        }
        files = new TreeMap<>(ShippedSite.build(ShippedSite.AS_OF_ALL));
        Map<String, byte[]> withProbe = new TreeMap<>(files);
        // A page that breaks the policy, to prove a violation would be noticed.
        withProbe.put("csp-probe.html", ("<!DOCTYPE html><html lang=en><title>probe</title>"
                + "<p style=\"color:red\">x</p><script>document.title='ran'</script>").getBytes(StandardCharsets.UTF_8));
        site = new StaticServer(withProbe);
        advisorySite = new StaticServer(ShippedSite.build(ShippedSite.AS_OF_ADVISORY));
        pagedSource = Files.createTempDirectory("briefing-paged");
        dev.briefing.testing.TestSites.copy(Path.of("content"), pagedSource.resolve("content"));
        Path config = pagedSource.resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + "page_size: 2\n");
        pagedSite = new StaticServer(ShippedSite.build(pagedSource, ShippedSite.AS_OF));
        try (InputStream in = BrowserIT.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js (com.deque.html.axe-core:selenium) is not on the test classpath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        profile = Files.createTempDirectory("briefing-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) driver.quit();
        if (site != null) site.close();
        if (advisorySite != null) advisorySite.close();
        if (pagedSite != null) pagedSite.close();
        if (pagedSource != null) dev.briefing.testing.TestSites.deleteTree(pagedSource);
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Every page of the shipped site, by URL, plus a search with results and a missing page. */
    private List<String> everyPage() throws IOException {
        try (var briefs = Files.list(Path.of("content/briefs"))) {
            List<String> names = briefs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
            for (String lang : List.of("", "es/")) {
                // x.md is a brief; x.es.md its Spanish translation, published under es/.
                long written = names.stream().filter(n -> lang.isEmpty() != n.endsWith(".es.md")).count();
                long published = files.keySet().stream()
                        .filter(f -> f.matches(lang + "briefs/[^/]+/index\\.html") && !f.startsWith(lang + "briefs/page/")).count();
                assertEquals(written, published, "every shipped brief is checked: move ShippedSite.AS_OF_ALL to the newest brief's date");
            }
        }
        List<String> pages = new ArrayList<>();
        for (String f : files.keySet()) {
            // 404.html is checked as servers send it, for a missing page (below).
            if (!f.endsWith(".html") || f.equals("csp-probe.html") || f.equals("404.html")) continue;
            pages.add(site.root() + (f.endsWith("index.html") ? f.substring(0, f.length() - "index.html".length()) : f));
        }
        pages.add(site.root() + "search/?q=election");
        pages.add(site.root() + "no/such/page/");
        // The advisory banner, in force as of early 2023, and a later page of a paged list with its pager.
        pages.add(advisorySite.root());
        pages.add(advisorySite.root() + "advisories/ntas-bulletin-2022-11-30/");
        pages.add(advisorySite.root() + "es/");
        pages.add(advisorySite.root() + "es/advisories/ntas-bulletin-2022-11-30/");
        pages.add(pagedSite.root() + "briefs/page/2/");
        // Every language's pages are among them: the Spanish ones a reader acts on above all.
        for (String es : SPANISH) assertTrue(pages.contains(site.root() + es), es + " is not checked");
        return pages;
    }

    /**
     * The language switcher with the keyboard alone, on a 320 px phone: Tab from the top of the page
     * reaches the link to the other language (named in itself), and Enter leads to the same page in it.
     */
    @Test
    void theLanguageSwitcherIsReachedAndFollowedWithTheKeyboardAt320Px() {
        viewport(320);
        try {
            for (String es : SPANISH) {
                String en = es.substring("es/".length());
                driver.get(site.root() + es);
                assertEquals("es", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
                followSwitcher("English", "en", site.root() + en);
                followSwitcher("Español", "es", site.root() + es);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Tabs from the top of the page just loaded to the switcher's link to this language, then presses Enter. */
    private void followSwitcher(String name, String lang, String expected) {
        WebElement focused = null;
        for (int tab = 0; tab < 15; tab++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement now = driver.switchTo().activeElement();
            if (name.equals(now.getText()) && lang.equals(now.getDomAttribute("hreflang"))) {
                focused = now;
                break;
            }
        }
        assertNotNull(focused, "Tab never reaches the link to " + name + " on " + driver.getCurrentUrl());
        assertTrue(focused.isDisplayed(), "the link to " + name + " is on screen when focused");
        assertEquals(lang, focused.getDomAttribute("lang"), "the language is named in itself, marked as such");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(expected + "index.html"));
        assertEquals(lang, driver.findElement(By.tagName("html")).getDomAttribute("lang"));
    }

    /**
     * WCAG 1.4.10 and axe on every page, as a reader on a 320 px phone, a 390 px phone and a
     * desktop sees it, in the light and the dark scheme: no sideways scrolling (the page is no
     * wider than its viewport), no console error, every image loaded, and no axe violation of
     * WCAG 2.2 A/AA or of axe's best practices.
     */
    @Test
    void everyPageReflowsAndPassesAxeAtEveryWidthInLightAndDark() throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        try {
            for (String url : everyPage()) {
                List<String> found = problems.computeIfAbsent(url, k -> new ArrayList<>());
                load(url, found);
                // An image with alt="" that fails to load is invisible to axe, not to readers.
                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) driver.executeScript("return Array.from(document.images)"
                        + ".filter(function (i) { return !i.complete || i.naturalWidth === 0; })"
                        + ".map(function (i) { return i.getAttribute('src'); })");
                broken.forEach(src -> found.add("image does not load: " + src));
                for (boolean dark : List.of(false, true)) {
                    darkScheme(dark);
                    for (int width : WIDTHS) {
                        viewport(width);
                        String where = (dark ? "dark" : "light") + " " + width + " px: ";
                        List<Long> w = widths();
                        if (w.get(2) != width) found.add(where + "the window is " + w.get(2) + " px wide");
                        if (w.get(0) > w.get(1)) found.add(where + "scrolls sideways: the page is " + w.get(0) + " px wide");
                        axe().forEach(v -> found.add(where + v));
                    }
                }
            }
        } finally {
            darkScheme(false);
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        problems.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), problems);
    }

    /**
     * [the page's scroll width, the viewport's width without its scroll bar, the window's width]:
     * stricter than scrollWidth &lt;= innerWidth, which a page wider than the viewport by less
     * than the scroll bar would pass.
     */
    @SuppressWarnings("unchecked")
    private List<Long> widths() {
        return (List<Long>) driver.executeScript("return [document.documentElement.scrollWidth,"
                + " document.documentElement.clientWidth, window.innerWidth]");
    }

    private void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void aLaterPageOfTheAToZListSearchesAndItsResultsLeadToTheirPages() {
        driver.get(pagedSite.root() + "search/page/2/?q=" + BODY_WORD.toLowerCase(java.util.Locale.ROOT).substring(0, 5));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        WebElement result = driver.findElements(By.cssSelector("#search-results li a")).stream()
                .filter(a -> a.getDomAttribute("href").contains(BRIEF)).findFirst().orElseThrow();
        result.click();
        wait.until(d -> d.getCurrentUrl().contains("/briefs/"));
        assertEquals(pagedSite.root() + BRIEF + "index.html", driver.getCurrentUrl(), "the result leads to the brief, not under /search/");
        assertFalse(driver.getTitle().startsWith("Page not found"), driver.getTitle());
    }

    @Test
    void theMatrixKeepsItsHeaderRowAndFirstColumnInViewWhenItScrollsBothWays() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 640,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.get(site.root() + "matrix/");
            @SuppressWarnings("unchecked")
            List<Number> m = (List<Number>) driver.executeScript("var box = document.querySelector('.matrix-scroll');"
                    + "var before = [box.scrollWidth - box.clientWidth, box.scrollHeight - box.clientHeight];"
                    + "box.scrollTo(box.scrollWidth, box.scrollHeight);"
                    + "var b = box.getBoundingClientRect();"
                    + "var column = document.querySelector('.matrix thead th:last-child').getBoundingClientRect();"
                    + "var row = document.querySelector('.matrix tbody tr:last-child th').getBoundingClientRect();"
                    + "return before.concat([box.scrollLeft, box.scrollTop, b.top + box.clientTop, column.top,"
                    + " b.left + box.clientLeft, row.left]);");
            assertTrue(m.get(0).doubleValue() > 50 && m.get(1).doubleValue() > 50, "the matrix scrolls both ways at 390 px: " + m);
            assertTrue(m.get(2).doubleValue() > 50 && m.get(3).doubleValue() > 50, "it was scrolled: " + m);
            assertEquals(m.get(4).doubleValue(), m.get(5).doubleValue(), 1, "the header row stays at the top of the box: " + m);
            assertEquals(m.get(6).doubleValue(), m.get(7).doubleValue(), 1, "the first column stays at its left: " + m);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void searchFindsBehaviorAndBehaviourAlikeAndShootingThroughItsSynonyms() {
        List<String> american = results("behavior");
        assertTrue(american.size() >= 3, american::toString);
        assertEquals(american, results("behaviour"));
        assertEquals(american, results("behaviours"));
        assertTrue(results("shooting").contains(site.root() + "briefs/run-hide-fight-what-to-do-during-an-attack/index.html"),
                "the content says shooter; site.yaml lists it as a synonym");
    }

    /** Walkthrough of issue 24: a Spanish search's result that is only in English led to the English page unmarked. */
    @Test
    void aSpanishSearchMarksAResultOnlyInEnglish() {
        driver.get(site.root() + "es/search/?q=nsse");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        List<WebElement> english = driver.findElements(By.cssSelector("#search-results li a[hreflang=en]"));
        assertFalse(english.isEmpty(), driver.findElement(By.id("search-results")).getDomProperty("outerHTML"));
        for (WebElement a : english) {
            assertEquals("en", a.getDomAttribute("lang"));
            assertEquals("(en inglés)", a.findElement(By.xpath("following-sibling::span[@class='in-language']")).getText());
            assertFalse(a.getDomProperty("href").contains("/es/"), a.getDomProperty("href"));
        }
    }

    /** The result links of a search, in order. */
    private List<String> results(String query) {
        driver.get(site.root() + "search/?q=" + query);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
    }

    @Test
    void axeReportsAViolationWhenThereIsOne() {
        driver.get(site.root() + "csp-probe.html");
        driver.manage().logs().get(LogType.BROWSER);
        ((JavascriptExecutor) driver).executeScript("document.documentElement.removeAttribute('lang')");
        assertTrue(axe().stream().anyMatch(v -> v.startsWith("html-has-lang")), "axe did not run");
    }

    @Test
    void theCspProbeIsCaught() {
        driver.get(site.root() + "csp-probe.html");
        assertEquals("probe", driver.getTitle(), "the inline script ran despite the policy");
        assertFalse(consoleErrors().isEmpty(), "the browser log shows no CSP violation for the probe");
    }

    @Test
    void aSearchForAWordFromABriefsBodyFindsIt() throws IOException {
        String body = Files.readString(Path.of("content", BRIEF.substring(0, BRIEF.length() - 1) + ".md"));
        String frontMatter = body.substring(0, body.indexOf("\n---", 4));
        assertTrue(body.contains(BODY_WORD) && !frontMatter.contains(BODY_WORD), "pick a word only in the body");

        driver.get(site.root() + "search/");
        WebElement input = driver.findElement(By.id("q"));
        assertTrue(input.isDisplayed(), "the search form is shown when JavaScript runs");
        input.sendKeys(BODY_WORD.toLowerCase(java.util.Locale.ROOT).substring(0, 5), Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li a"));
        assertTrue(results.stream().anyMatch(a -> a.getDomAttribute("href").contains(BRIEF)),
                () -> "no result links to " + BRIEF + ": " + results.stream().map(WebElement::getText).toList());
        String status = driver.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ results? for “" + BODY_WORD.toLowerCase(java.util.Locale.ROOT).substring(0, 5) + "”\\."), status);
        assertEquals("polite", driver.findElement(By.id("search-status")).getDomAttribute("aria-live"));
        WebElement first = driver.findElement(By.cssSelector("#search-results li"));
        assertFalse(first.findElements(By.cssSelector(".kind")).isEmpty(), "a result shows its kind");
        assertFalse(first.findElements(By.cssSelector("time[datetime]")).isEmpty(), "a result shows its date");
        assertFalse(first.findElements(By.cssSelector("p")).isEmpty(), "a result shows its summary");

        // Keyboard: Tab from the input reaches the button, then the first result; Enter follows it.
        input.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        focused.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/briefs/"));
        assertTrue(driver.getCurrentUrl().contains(BRIEF), driver.getCurrentUrl());
        List<String> errors = consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aQueryMatchingNothingSaysSo() {
        driver.get(site.root() + "search/?q=zzyzx");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        assertEquals("No results for “zzyzx”.", driver.findElement(By.id("search-status")).getText());
        assertTrue(driver.findElements(By.cssSelector("#search-results li")).isEmpty());
    }

    @Test
    void theNotFoundPageWorksAtAnyDepth() {
        driver.get(site.root() + "a/b/c/missing/");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        // The stylesheet loaded: the skip link is moved off screen by it.
        Object left = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('.skip-link')).left");
        assertEquals("-999px", left);
        driver.findElement(By.linkText("Browse all briefs")).click();
        assertEquals("Briefs", driver.findElement(By.tagName("h1")).getText());
        assertEquals(site.root() + "briefs/", driver.getCurrentUrl());
    }

    @Test
    void pagesWorkWithJavaScriptDisabled() {
        Map<String, Object> off = Map.of("value", true);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", off);
        try {
            driver.get(site.root() + "search/");
            assertNotNull(driver.findElement(By.id("search")).getDomAttribute("hidden"),
                    "without JavaScript the search form stays hidden");
            assertNull(driver.findElement(By.id("search-fallback")).getDomAttribute("hidden"));
            long published = files.keySet().stream().filter(f -> f.endsWith("index.html")).count();
            List<WebElement> az = driver.findElements(By.cssSelector(".a-z a"));
            assertTrue(az.size() >= 60, "the A–Z list has " + az.size() + " links (" + published + " pages)");
            // The list comes in pages: follow "Next" until the brief is listed.
            for (int page = 0; page < 10 && az.stream().noneMatch(a -> a.getText().equals("Protecting polling places and election workers")); page++) {
                driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
                az = driver.findElements(By.cssSelector(".a-z a"));
            }
            az.stream().filter(a -> a.getText().equals("Protecting polling places and election workers"))
                    .findFirst().orElseThrow().click();
            assertTrue(driver.getCurrentUrl().endsWith(BRIEF + "index.html"), driver.getCurrentUrl());
            assertFalse(driver.findElements(By.cssSelector("#references + ol li")).isEmpty(), "references shown");
            driver.findElement(By.linkText("Briefs")).click();
            assertEquals("Briefs", driver.findElement(By.tagName("h1")).getText());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void thePreviewsReloadScriptAndErrorPageWorkUnderItsPolicy() throws Exception {
        Path source = Files.createTempDirectory("briefing-preview");
        try {
            Path brief = source.resolve("content/briefs/alpha.md");
            Files.createDirectories(brief.getParent());
            // No sources: a warning, so the page also gets the warnings panel and its stylesheet.
            Files.writeString(brief, "---\ntitle: Alpha\ndate: 2024-01-01\nsummary: About alpha.\n---\nBody\n");
            try (Preview preview = ServeTests.started(source, ShippedSite.AS_OF)) {
                PreviewServer server = preview.server();
                consoleErrors(); // drops what earlier tests left in the log
                driver.get(server.url() + "briefs/alpha/");
                assertEquals("rgb(138, 90, 0)", ((JavascriptExecutor) driver).executeScript(
                        "return getComputedStyle(document.querySelector('.briefing-warnings')).borderTopColor"),
                        "overlay.css styles the warnings panel");
                reloadsOnRebuild(server);
                assertEquals(java.util.Set.of("/briefs/alpha/"), server.viewed(), "reload.js names its page, rendered first on an edit");
                // The test site has no favicon; anything else (a CSP violation above all) is a failure.
                List<String> errors = new ArrayList<>(consoleErrors());
                errors.removeIf(e -> e.contains("/favicon.ico "));
                assertTrue(errors.isEmpty(), errors::toString);

                Files.writeString(source.resolve("content/briefs/beta.md"),
                        "---\ntitle: Beta\ndate: 2024-01-01\nsummary: S.\n---\nSee [[brief:alpah]].\n");
                preview.apply(dev.briefing.engine.ChangeSet.of(java.util.Set.of("content/briefs/beta.md")));
                reloadsOnRebuild(server);
                assertEquals("The site has errors", driver.findElement(By.tagName("h1")).getText());
                assertEquals("rgb(138, 28, 28)", ((JavascriptExecutor) driver).executeScript(
                        "return getComputedStyle(document.querySelector('h1')).color"), "overlay.css styles the error page");
                reloadsOnRebuild(server);
                errors = new ArrayList<>(consoleErrors());
                errors.removeIf(e -> e.contains("/favicon.ico ") || e.contains("status of 500"));
                assertTrue(errors.isEmpty(), errors::toString);
            }
        } finally {
            dev.briefing.testing.TestSites.deleteTree(source);
        }
    }

    /** Marks the page, then tells the preview's pages to reload until the mark is gone: reload.js ran and listens. */
    private void reloadsOnRebuild(PreviewServer server) {
        JavascriptExecutor js = driver;
        js.executeScript("window.briefingMark = true");
        // The page's EventSource may not be connected at the first reload: send until it reloads.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            server.reloadAll();
            return js.executeScript("return window.briefingMark === undefined && document.readyState === 'complete'");
        });
    }

    @Test
    void screenshotsForReview() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : List.of(375, 1280)) {
            screenshot("", width, "home-" + width);
            screenshot(BRIEF, width, "brief-" + width);
        }
        screenshot("search/?q=election", 375, "search-375");
        darkScheme(true);
        try {
            screenshot(BRIEF, 375, "brief-375-dark");
        } finally {
            darkScheme(false);
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            screenshot(BRIEF, 800, "brief-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        for (String name : List.of("home-375", "home-1280", "brief-375", "brief-1280")) {
            byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(name + ".png"));
            assertEquals((byte) 0x89, png[0], name + " is not a PNG");
        }
    }

    private void screenshot(String page, int width, String name) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            driver.get(site.root() + page);
            if (page.contains("?q=")) {
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            }
            long height = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", (int) Math.min(height, 8000), "deviceScaleFactor", 1, "mobile", width < 600));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void darkScheme(boolean on) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", on ? "dark" : "light"))));
    }

    /** Loads a page (waiting for search results if it searches) and adds its console errors to {@code out}. */
    private void load(String url, List<String> out) {
        driver.get(url);
        if (url.contains("?q=")) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        }
        List<String> problems = new ArrayList<>(consoleErrors());
        if (url.contains("/no/such/")) problems.removeIf(e -> e.contains("status of 404"));
        out.addAll(problems);
    }

    /**
     * Severe console messages (CSP violations, failed loads, script errors) since the last call.
     * Chromium sometimes asks for /favicon.ico on its own, though every page links its SVG icon:
     * that request is the browser's, not the page's, so its 404 is left out.
     */
    private List<String> consoleErrors() {
        return consoleErrors(driver, Level.SEVERE);
    }

    /** The browser's console messages of at least {@code level} since the last call, but the browser's own favicon request. */
    static List<String> consoleErrors(ChromeDriver driver, Level level) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= level.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.matches("https?://[^/ ]+/favicon\\.ico - Failed to load resource: .*404.*")).toList();
    }

    /** axe-core's violations of {@link #AXE_TAGS} on the current page, one line per rule. */
    private List<String> axe() {
        return axe(driver, axe);
    }

    /** The same for any driver (EmbedIT's), given axe-core's script. */
    @SuppressWarnings("unchecked")
    static List<String> axe(JavascriptExecutor js, String axe) {
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' ') + ' ' + (n.failureSummary || ''); }).join(' | '); })); },"
                + " function (e) { done(['axe failed: ' + e]); });", AXE_TAGS);
        return new ArrayList<>((List<String>) result);
    }
}
