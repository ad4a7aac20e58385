package org.marsad.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with the browser log captured. Shared
 * by the portal's browser tests and the demo's end-to-end test (marsad-web's test jar).
 */
public final class ChromiumPage implements AutoCloseable {

  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path BROWSER = Path.of("/usr/bin/chromium");

  private final WebDriver driver;

  /** Starts a browser with its own profile folder (a fresh temporary folder per test class). */
  public ChromiumPage(Path profile) {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(options);
  }

  /** Whether Debian's chromium and chromium-driver are installed (tests skip otherwise). */
  public static boolean available() {
    return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
  }

  public void load(String url) {
    driver.get(url);
  }

  /** Runs a script in the page and returns its {@code return} value. */
  public Object eval(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Visible text of the first element matching a CSS selector. */
  public String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /**
   * Browser log entries at SEVERE since the last call: failed resources, script errors, CSP
   * violations.
   */
  public List<String> severeLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> e.getMessage())
        .toList();
  }

  /**
   * Saves a screenshot under docs/screenshots when -Dmarsad.screenshots is set (for the README).
   */
  public void screenshotForDocs(String name) throws IOException {
    if (System.getProperty("marsad.screenshots") == null) {
      return;
    }
    Path dir = Path.of("..", "docs", "screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
