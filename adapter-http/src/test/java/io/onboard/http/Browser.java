package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver: never a downloaded browser.
 * Without one, the tests fail, saying what to install; the build runs them only where they are meant to run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("onboard.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("onboard.chromedriver", "/usr/bin/chromedriver"));
    /** axe-core, installed from the npm registry by .ci/run (tools/axe), injected into pages to check them. */
    static final Path AXE = Path.of("../tools/axe/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A headless Chromium at 1280 pixels wide, or the test's end: failed under CI, skipped elsewhere. */
    static Browser open() throws IOException {
        List<Path> missing = new ArrayList<>(Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList());
        if (!Files.isReadable(AXE)) {
            missing.add(AXE);
        }
        if (!missing.isEmpty()) {
            // The build runs these tests only under CI or once axe-core is installed (adapter-http's profiles), so
            // a missing piece here is a set-up to finish, never a reason to pass quietly.
            throw new AssertionError("the Backoffice's browser tests need " + missing
                    + ": apt-get install chromium chromium-driver, then npm ci --prefix tools/axe (as .ci/run does)");
        }
        Path profile = Files.createTempDirectory("onboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // headless, and nothing that reaches for the network beyond the server under test
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    void get(String url) {
        driver.get(url);
    }

    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 900));
    }

    /** The main heading, once the page shows it. */
    String waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), text));
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForValue(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementValue(locator, text));
    }

    /** The message shown beside {@code field} when the API refused it. */
    WebElement errorOf(WebElement field) {
        String described = field.getAttribute("aria-describedby");
        String errorId = java.util.Arrays.stream(described.split(" ")).filter(id -> id.endsWith("-error")).findFirst()
                .orElseThrow(() -> new AssertionError(field.getAttribute("name") + " names no error element"));
        return driver.findElement(By.id(errorId));
    }

    /** The field of the main page's form named {@code name} (the API's own field path). */
    WebElement field(String name) {
        return driver.findElement(By.cssSelector("main [name='" + name + "']"));
    }

    void type(String name, String value) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(value);
    }

    void click(String buttonText) {
        waitFor(By.xpath("//main//button[normalize-space(.)='" + buttonText + "']")).click();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    /** Saves what the page shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical findings on the page as it stands, as "rule: where" lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityProblems() {
        try {
            script(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done({violations: r.violations.map("
                        + "v => ({id: v.id, impact: v.impact, where: v.nodes.map(n => n.target.join(' ')).join(', ')}))}));");
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("where")).toList();
    }

    /** True when the page itself is no wider than the window: wide tables scroll in their own region. */
    boolean fitsTheWindow() {
        Object fits = script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }

    void assertAccessible(String page) {
        assertThat(seriousAccessibilityProblems()).as("axe-core on " + page).isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
