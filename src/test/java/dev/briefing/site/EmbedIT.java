package dev.briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The advisory notice as a partner site embeds it: a county's page on another origin (another
 * port), under a policy that lets it run scripts from this site and from nowhere else, and
 * connect nowhere, includes /embed/advisory.js with the one script tag the /embed/ page gives.
 * The reader's clock is set in the partner page (its clock.js replaces Date before the notice
 * loads, from ?today=). The shipped site is built as of 24 May 2023, the day its advisory records
 * were last checked, when the NTAS Bulletin of that day came into force; it expires on 24 November 2023.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedIT {
    private StaticServer site;
    private StaticServer partner;
    private Path profile;
    private ChromeDriver driver;
    private String axe;

    @BeforeAll
    void start() throws IOException {
        if (!Files.isExecutable(BrowserIT.CHROMIUM) || !Files.isExecutable(BrowserIT.CHROMEDRIVER)) {
            String why = "browser tests need " + BrowserIT.CHROMIUM + " and " + BrowserIT.CHROMEDRIVER
                    + ": install the Debian packages chromium chromium-driver, or set CHROME_PATH and CHROMEDRIVER_PATH";
            if ("true".equals(System.getenv("CI"))) fail(why);
            Assumptions.abort("skipped: " + why);
        }
        Map<String, byte[]> files = new java.util.HashMap<>(ShippedSite.build(ShippedSite.AS_OF_CHECK));
        // The same notice from a site whose advisories nobody has checked yet (advisory_status without 'checked').
        String script = new String(files.get("embed/advisory.js"), StandardCharsets.UTF_8);
        String unchecked = script.replace("\"checked\": {\"text\": \"24 May 2023\"", "\"checked\": {\"text\": null");
        assertNotEquals(script, unchecked);
        files.put("embed/unchecked.js", unchecked.getBytes(StandardCharsets.UTF_8));
        site = new StaticServer(files);
        String origin = site.root().substring(0, site.root().length() - 1);
        partner = new StaticServer(Map.of("index.html", partnerPage(site.root() + "embed/advisory.js"),
                "unchecked.html", partnerPage(site.root() + "embed/unchecked.js"),
                "clock.js", CLOCK.getBytes(StandardCharsets.UTF_8)),
                "default-src 'self'; script-src 'self' " + origin + "; connect-src 'none'; img-src 'self'");
        try (InputStream in = EmbedIT.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        profile = Files.createTempDirectory("briefing-embed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1000,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserIT.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Sets the reader's clock to noon of ?today=YYYY-MM-DD, before the notice reads it. */
    private static final String CLOCK = "(function () { var m = /[?&]today=([0-9-]+)/.exec(location.search); if (!m) return;"
            + " var fixed = new Date(m[1] + 'T12:00:00').getTime(); var Real = Date;"
            + " function Fake(a, b, c, d, e, f, g) { return arguments.length ? new Real(a, b === undefined ? 0 : b,"
            + " c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0) : new Real(fixed); }"
            + " Fake.now = function () { return fixed; }; Fake.prototype = Real.prototype; window.Date = Fake; })();";

    /** A county's page that includes the notice with the one tag the /embed/ page gives. */
    private static byte[] partnerPage(String script) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Example County news</title>"
                + "<script src=\"clock.js\"></script></head><body><main><h1>Example County news</h1>"
                + "<p>Election day is coming.</p><script src=\"" + script + "\" async></script><p>More county news.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) driver.quit();
        if (site != null) site.close();
        if (partner != null) partner.close();
        if (profile != null) dev.briefing.testing.TestSites.deleteTree(profile);
    }

    @Test
    void theNoticeShowsOnAPartnersPageWhileTheAdvisoryIsInForceByTheReadersClock() {
        open("2023-11-23");
        List<WebElement> notice = driver.findElements(By.cssSelector("main section.briefing-advisory"));
        assertEquals(1, notice.size(), "the notice, right where the script tag is");
        String text = notice.get(0).getText();
        assertTrue(text.startsWith("Bulletin in force: NTAS Bulletin of May 24, 2023."), text);
        assertTrue(text.contains("expires 24 November 2023") && text.contains("As of 24 May 2023, when Public Places Threat Briefing last checked"
                + " DHS's National Terrorism Advisory System page"), text);
        WebElement link = notice.get(0).findElement(By.linkText("NTAS Bulletin of May 24, 2023"));
        assertEquals("https://briefing.example.org/advisories/ntas-bulletin-2023-05-24/", link.getAttribute("href"),
                "the advisory's page, at the site's address");
        assertEquals("Advisory in force", notice.get(0).getAttribute("aria-label"));
        assertEquals("", ((JavascriptExecutor) driver).executeScript("return document.cookie"), "no cookie");
        assertEquals(List.of(), problems(), "no blocked request, no error: the script asks nothing of any origin");
        List<String> violations = axe();
        assertEquals(List.of(), violations, "axe on the partner's page with the notice");
    }

    @Test
    void itHidesOnTheExpiryDateByTheReadersClockEvenFromTheSameScript() {
        open("2023-11-24");
        assertEquals(0, driver.findElements(By.cssSelector(".briefing-advisory")).size(), "lapsed on its expiry date");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("More county news."), "the partner's page is untouched");
        open("2023-05-23");
        assertEquals(0, driver.findElements(By.cssSelector(".briefing-advisory")).size(), "not yet issued");
        assertEquals(List.of(), problems());
    }

    @Test
    void beforeAnyoneCheckedTheAdvisoriesItSaysSoAndLinksTheOfficialPage() {
        open("unchecked.html", "2023-11-23");
        WebElement notice = driver.findElement(By.cssSelector("main section.briefing-advisory"));
        assertTrue(notice.getText().contains("Not yet checked against DHS's National Terrorism Advisory System page; see it for the"
                + " current status. From Public Places Threat Briefing."), notice.getText());
        assertEquals("https://www.dhs.gov/national-terrorism-advisory-system",
                notice.findElement(By.linkText("DHS's National Terrorism Advisory System page")).getAttribute("href"));
        assertEquals(List.of(), problems());
        assertEquals(List.of(), axe(), "axe on the partner's page with the notice");
    }

    private void open(String today) {
        open("", today);
    }

    private void open(String page, String today) {
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.get(partner.root() + page + "?today=" + today);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private List<String> problems() {
        return BrowserIT.consoleErrors(driver, Level.WARNING);
    }

    private List<String> axe() {
        return BrowserIT.axe(driver, axe);
    }
}
