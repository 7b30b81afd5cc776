package org.govflow.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium for the browser tests, with waits on full page loads and on the PrimeFaces
 * ajax queue instead of sleeps. Never downloads a driver: the paths are Debian's.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("govflow-chromium");
        this.downloads = Files.createDirectory(profile.resolve("downloads"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("govflow.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // files the pages send (PDFs included) are saved where download() looks, never shown or asked about
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        // the console, so tests can see Content-Security-Policy violations
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("govflow.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the site and waits for the page. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
        return this;
    }

    /** A visible element by CSS selector, or by XPath when the locator starts with "//". */
    public WebElement find(String locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by(locator)));
    }

    public String text(String locator) {
        return find(locator).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Browser type(String locator, String value) {
        WebElement input = find(locator);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Clicks something that submits the whole page, and waits for the next one. */
    public Browser clickAndWaitForPage(String locator) {
        WebElement element = find(locator);
        // a mark on the current document; the next document does not carry it
        ((JavascriptExecutor) driver).executeScript("window.govflowOldPage = true;");
        element.click();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.govflowOldPage === undefined && document.readyState === 'complete'")));
        return this;
    }

    /** Clicks something that sends a PrimeFaces ajax request, and waits until the queue is empty. */
    public Browser clickAndWaitForAjax(String locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by(locator))).click();
        waitForAjax();
        return this;
    }

    /** Clicks something that sends a file, waits until the whole file has arrived, and returns its content. */
    public byte[] download(String locator) throws IOException {
        List<Path> before = downloaded();
        find(locator).click();
        Path file = new WebDriverWait(driver, WAIT).until(d -> downloaded().stream()
                .filter(p -> !before.contains(p))
                .filter(Browser::isFinished)
                .findFirst()
                .orElse(null));
        return Files.readAllBytes(file);
    }

    /** Chromium writes a download to a hidden temporary file, then to a .crdownload, then renames it. */
    private static boolean isFinished(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".crdownload");
    }

    private List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(p -> p.toFile().length() > 0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void waitForAjax() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private static By by(String locator) {
        return locator.startsWith("//") ? By.xpath(locator) : By.cssSelector(locator);
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState")));
    }

    /**
     * Sends every later request with an X-Forwarded-For header, as a reverse proxy in front of GovFlow would;
     * the test server trusts the loopback address as such a proxy.
     */
    public Browser forwardedFor(String clientAddress) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
        return this;
    }

    /** Replaces the session cookie with one the server has never issued, as after the session expired. */
    public Browser loseSession() {
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("JSESSIONID", "expired-" + System.nanoTime(), "/"));
        return this;
    }

    /** Whether the page is wider than the window, so a reader would have to scroll sideways. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
    }

    /** Signs in through the login page and lands on the workbench. */
    public Browser signIn(String username, String password) {
        open("login.xhtml");
        type("#loginForm\\:username", username);
        type("#loginForm\\:password", password);
        return clickAndWaitForPage("#loginForm\\:signIn");
    }

    /** Signs out through the header link, when signed in. */
    public Browser signOut() {
        if (!driver.findElements(By.id("languageForm:signOut")).isEmpty()) {
            clickAndWaitForPage("#languageForm\\:signOut");
        }
        return this;
    }

    /**
     * Console messages since the last call that report a Content-Security-Policy violation (Chromium
     * logs every blocked script, handler, style or frame as an error naming the policy).
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
