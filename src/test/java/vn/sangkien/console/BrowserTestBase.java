package vn.sangkien.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.sangkien.support.Api;
import vn.sangkien.support.Deployments;

/**
 * The one base of the console's browser tests: Debian's headless Chromium through its own
 * chromedriver (no download), waits for PrimeFaces AJAX to settle instead of sleeping,
 * asserts that a page logged no JavaScript error, scans pages with axe-core for serious or critical
 * violations, and saves screenshots: into target/screenshots, or into the README's docs/screenshots
 * with {@code -Dsangkien.screenshots=docs/screenshots}, so that a test run leaves the sources alone.
 */
abstract class BrowserTestBase {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of(System.getProperty("sangkien.screenshots", "target/screenshots"));

    static ChromeDriver driver;
    static Path downloads;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium is not installed (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        downloads = Files.createTempDirectory("sk-downloads");
        profile = Files.createTempDirectory("sk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true,
                "intl.accept_languages", "vi"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        for (Path dir : new Path[] {downloads, profile}) {
            if (dir != null && Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    /**
     * Every test starts as a new visitor, whatever the test before it left: no session (nor the
     * language it chose), nothing in the browser's log and no earlier test's downloads.
     */
    @BeforeEach
    void newVisitor() throws IOException {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        forgetBrowserLog();
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    abstract URL base();

    /** The bootstrap administrator, over the API: who makes the tests' fixtures. */
    Api admin() {
        return Api.at(base()).as("admin", Deployments.adminPassword());
    }

    String url(String path) {
        String root = base().toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    void open(String path) {
        driver.get(url(path));
        waitForAjax();
    }

    /** Waits until the page is loaded and PrimeFaces' AJAX queue and jQuery are idle. */
    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().strip();
    }

    /** Clicks and waits for the AJAX request or the page it starts. */
    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // A growl or the bottom of a tall dialog lies over it: click it as a user would after scrolling.
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
        waitForAjax();
    }

    void type(String css, String value) {
        WebElement input = find(css);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.clear();
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** Types into a p:autoComplete (its client id) and picks the first suggestion; answers the suggestion's text. */
    String pickSuggestion(String clientId, String query) {
        String css = "#" + clientId.replace(":", "\\:");
        type(css + "_input", query);
        // The panel's items are there before it has faded in, and each typed key may ask again and
        // redraw it: pick the first item once it can be clicked, asking afresh while it is redrawn.
        String suggestion = new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    WebElement first = find(css + "_panel li");
                    if (!first.isDisplayed() || first.getSize().getHeight() == 0) {
                        return null;
                    }
                    String text = first.getText().strip();
                    first.click();
                    return text;
                });
        waitForAjax();
        return suggestion;
    }

    Object js(String script, Object... args) {
        Object result = ((JavascriptExecutor) driver).executeScript(script, args);
        waitForAjax();
        return result;
    }

    /** Clicks what leaves the page (a full request) and waits for the next page. */
    void clickAndLoad(String css) {
        WebElement old = find("body");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
        waitForAjax();
    }

    /**
     * Whether an element belongs to a page the browser has left. Chromium answers an element of the
     * old document either as stale or with "Node ... does not belong to the document": both say so.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Waits for the browser to reach a URL containing {@code part}; says what the page shows if it does not. */
    void awaitUrl(String part) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + part.replaceAll("[^A-Za-z0-9]", "_"));
            throw new AssertionError("not at " + part + " but " + driver.getCurrentUrl() + ", showing:\n"
                    + find("body").getText(), e);
        }
        waitForAjax();
    }

    void login(String username, String password) {
        open("/login.xhtml");
        type("#loginForm\\:username", username);
        type("#loginForm\\:password", password);
        clickAndLoad("#loginForm\\:submit");
        assertTrue(driver.getCurrentUrl().contains("/index.xhtml"), "not logged in as " + username + ": " + driver.getCurrentUrl());
    }

    void logout() {
        clickAndLoad("#sessionForm\\:logout");
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
    }

    /** The page logged no JavaScript error since the last call (a missing favicon is one too). */
    void assertNoJavaScriptErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "JavaScript errors on " + driver.getCurrentUrl());
    }

    /** Forgets what the browser logged so far: after a page that answers 404 on purpose. */
    void forgetBrowserLog() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /**
     * The open page fits the window's width: nothing makes it scroll sideways, and sign-out and the
     * language switch are on screen (a phone's header wraps instead of pushing them off).
     */
    void assertFitsTheWidth() {
        long width = ((Number) js("return window.innerWidth;")).longValue();
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
        assertTrue(scrollWidth <= width, () -> driver.getCurrentUrl() + " scrolls sideways: " + scrollWidth + " > " + width
                + ", wider: " + js("return Array.from(document.querySelectorAll('body *')).filter(e =>"
                + " e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.ui-helper-hidden-accessible'))"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right)).join('; ');"));
        for (String control : List.of("#sessionForm\\:logout", "#languageForm\\:langEn", "#languageForm\\:langVi")) {
            Rectangle r = find(control).getRect();
            assertTrue(find(control).isDisplayed() && r.getX() >= 0 && r.getX() + r.getWidth() <= width,
                    control + " on " + driver.getCurrentUrl() + " at " + r.getX() + "+" + r.getWidth());
        }
    }

    /** No serious or critical axe-core (WCAG 2 A/AA) violation on the current page. */
    void assertAccessible() {
        // A panel or dialog half faded in or out has colours in between: axe checks what stays on
        // screen. Settling is waited for, not asserted: a transition cut short never ends its class.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return !window.jQuery || jQuery(':animated, [class*=\"-enter-active\"]:visible,"
                            + " [class*=\"-exit-active\"]:visible').length === 0;"));
        } catch (TimeoutException stillMoving) {
            // checked as it is
        }
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(bad.isEmpty(), () -> "axe-core violations on " + driver.getCurrentUrl() + ":\n" + bad.stream()
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " — " + r.getNodes().stream()
                        .limit(3).map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /** A visited page passes the checks every page must pass. */
    void checkPage() {
        assertNoJavaScriptErrors();
        assertAccessible();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a downloaded file whose name ends so, complete (no .crdownload). */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
