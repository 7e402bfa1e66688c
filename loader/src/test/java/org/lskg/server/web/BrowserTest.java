package org.lskg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lskg.server.LskgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: headless Chromium driven through Debian's chromedriver (never one downloaded at
 * run time): search "quy hoach tinh", open the master plan commitment, see its status and the dated points of
 * its timeline, open a body's accountability page, run a canned query. A screenshot of each page is kept in
 * {@code loader/target/browser-test/}. Skipped, saying why, where no Chromium and chromedriver are installed
 * ({@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver}); {@code LSKG_CHROMIUM} and
 * {@code LSKG_CHROMEDRIVER} name other binaries.
 */
class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser-test");
    /** Selenium warns that it has no DevTools (CDP) module for this Chromium; the test does not use CDP. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static LskgServer server;
    private static String origin;

    @BeforeAll
    static void start() {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = SeedStore.server().build().start();
        origin = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Optional<Path> binary(String envVariable, String... names) {
        String configured = System.getenv(envVariable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        List<Path> dirs = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .map(Path::of).toList();
        for (String name : names) {
            for (Path dir : dirs) {
                Path p = dir.resolve(name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private WebDriver browser(Path profile) {
        Optional<Path> chromium = binary("LSKG_CHROMIUM", "chromium", "chromium-browser");
        Optional<Path> driver = binary("LSKG_CHROMEDRIVER", "chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "Browser test skipped: no Chromium and chromedriver on this machine (install Debian's chromium and "
                        + "chromium-driver, as .ci/run does, or set LSKG_CHROMIUM and LSKG_CHROMEDRIVER)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1400", "--lang=en-US");
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void searchCommitmentBodyAndQuery(@TempDir Path profile) {
        WebDriver browser = browser(profile);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(origin + "/?lang=en");
            screenshot(browser, "1-home");
            WebElement box = browser.findElement(By.id("home-search"));
            box.sendKeys("quy hoach tinh", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hits-commitment")));
            screenshot(browser, "2-search");

            String masterPlan = SeedStore.masterPlanCommitment();
            String path = masterPlan.substring(IriSpace.CANONICAL.length() - 1);
            browser.findElement(By.cssSelector("#hits-commitment a.hit-link[href='" + path + "']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
            screenshot(browser, "3-commitment");
            String notation = SeedStore.value(SeedStore.PREFIXES + "SELECT ?n { ?a lskg:ofCommitment <" + masterPlan
                    + "> ; lskg:status/skos:notation ?n }");
            String label = SeedStore.value(SeedStore.PREFIXES + "SELECT ?l { ?a lskg:ofCommitment <" + masterPlan
                    + "> ; lskg:status/skos:prefLabel ?l FILTER (lang(?l) = \"en\") }");
            WebElement status = browser.findElement(By.cssSelector("#status .status"));
            assertEquals(label, status.getText().toLowerCase(java.util.Locale.ROOT));
            assertTrue(status.getAttribute("class").contains("status-" + notation));
            List<String> dates = browser.findElements(By.cssSelector("svg.timeline circle.point.stated, svg.timeline circle.point.followup"))
                    .stream().map(c -> c.getAttribute("data-date")).toList();
            List<String> expected = SeedStore.column(SeedStore.PREFIXES + "SELECT DISTINCT ?d { { <" + masterPlan
                    + "> lskg:statedIn/dct:issued ?x } UNION { ?f a lskg:FollowUp ; lskg:ofCommitment <" + masterPlan
                    + "> ; lskg:evidenceDate ?x } BIND (STR(?x) AS ?d) } ORDER BY ?d");
            assertEquals(expected, dates);
            assertTrue(dates.size() >= 4, "dated points: " + dates);

            browser.findElement(By.linkText("Bodies")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bodies")));
            browser.findElement(By.cssSelector("#bodies a[href='/accountability/body/uy-ban-nhan-dan-tinh-lang-son']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("by-year")));
            screenshot(browser, "4-accountability");
            String total = SeedStore.value(SeedStore.PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a lskg:Commitment ; "
                    + "lskg:leadBody|lskg:partnerBody|lskg:responsibleBody <https://w3id.org/lskg/id/body/uy-ban-nhan-dan-tinh-lang-son> }");
            assertEquals(total, browser.findElement(By.id("total")).getText());

            browser.findElement(By.linkText("Query")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("canned")));
            browser.findElement(By.cssSelector("#canned a[data-name='documents']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            screenshot(browser, "5-query");
            assertEquals(5, browser.findElements(By.cssSelector("#results tbody tr")).size());
            assertEquals("5", browser.findElement(By.id("row-count")).getText());
        } finally {
            browser.quit();
        }
    }
}
