package org.marsad.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium driven through its ChromeDriver, with the browser log captured. */
final class ChromiumPage implements AutoCloseable {

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BROWSER = Path.of("/usr/bin/chromium");

  private final WebDriver driver;

  ChromiumPage(Path profile) {
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

  static boolean available() {
    return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
  }

  void load(String url) {
    driver.get(url);
  }

  Object eval(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Browser log entries at SEVERE: failed resources, script errors, CSP violations. */
  List<String> severeLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> e.getMessage())
        .toList();
  }

  /**
   * Saves a screenshot under docs/screenshots when -Dmarsad.screenshots is set (for the README).
   */
  void screenshotForDocs(String name) throws IOException {
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
