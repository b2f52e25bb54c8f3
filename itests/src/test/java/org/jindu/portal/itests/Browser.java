package org.jindu.portal.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.Assume;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through Selenium, with Debian's chromedriver: Selenium Manager never downloads a browser.
 * Without Chromium the browser tests are skipped on a developer machine, but fail when
 * {@code PORTAL_REQUIRE_BROWSER=1} (as {@code .ci/run} sets), so CI cannot pass without running them.
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final WebDriver driver;
    private final ChromeDriverService service;
    private final File profile;

    public Browser() throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "1".equals(System.getenv("PORTAL_REQUIRE_BROWSER"))) {
            throw new AssertionError("Chromium is required (PORTAL_REQUIRE_BROWSER=1) but " + CHROMIUM + " or "
                    + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        Assume.assumeTrue("Debian's chromium and chromium-driver are not installed", present);
        profile = Files.createTempDirectory("portal-chromium").toFile();
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile.getAbsolutePath());
        driver = new ChromeDriver(service, options);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Types into a Vaadin text field (an input with the given id). */
    public void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        waitFor(By.id(id)).click();
    }

    /** Clicks something that reloads the page and waits until the old page is gone. */
    public void clickAndWaitForReload(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(id);
        // during the navigation chromedriver may report the old node as stale or with a generic inspector error
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    public void login(PortalProcess portal, String user, String password) {
        driver.get(portal.url("/portal/"));
        type("login-username", user);
        type("login-password", password);
        click("login-button");
    }

    /** Saves a screenshot to {@code target/screenshots/<name>.png} (kept as a CI artifact). */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Paths.get(System.getProperty("itest.target", "target"), "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not fail the test
        }
    }

    public Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteQuietly(c);
            }
        }
        f.delete();
    }
}
