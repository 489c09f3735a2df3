package dev.tasuki;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Debian Chromium that asks for one language. Register it with {@code @RegisterExtension}: in a static field
 * one browser serves the whole class (starting one takes seconds) and its cookies are deleted after each test; in an
 * instance field each test gets its own browser. Either way it starts on the first call of {@link #driver()}, with a
 * fresh profile.
 *
 * <p>Only Debian's chromium and chromedriver are used: this machine cannot download a browser, so Selenium Manager must
 * never be asked to find one.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final String acceptLanguages;
    private boolean perClass;
    private ChromeDriver driver;
    private Path profile;

    private Browser(String acceptLanguages) {
        this.acceptLanguages = acceptLanguages;
    }

    public static Browser japanese() {
        return new Browser("ja,ja-JP");
    }

    public static Browser english() {
        return new Browser("en-US,en");
    }

    public ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    /** Signs in afresh as this user through the sign-in page and waits for their home page. */
    public void signInAs(int port, String email, String password) {
        WebDriver driver = driver();
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=home-title]")));
    }

    private ChromeDriver start() {
        requireInstalled();
        try {
            profile = Files.createTempDirectory("tasuki-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile,
                "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install Debian's packages with `apt-get install chromium chromium-driver`";
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(installed, missing);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // JUnit calls this only for an extension in a static field.
        perClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // A failed test may leave the browser in any state, so the next test gets a new one.
        if (driver == null || !perClass || context.getExecutionException().isPresent()) {
            quit();
        } else {
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    private void quit() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try {
                    FileSystemUtils.deleteRecursively(profile);
                } catch (IOException ignored) {
                    // a leftover temporary profile does no harm
                }
                profile = null;
            }
        }
    }
}
