package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Loads real pages in headless Chromium: the document is RTL, the body computes to RTL, and the
 * browser logs no errors (a missing stylesheet or favicon would). Screenshots go to
 * docs/screenshots only when {@code -Dmarsad.screenshots} is set.
 */
class BrowserTest {

  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BROWSER = Path.of("/usr/bin/chromium");

  @TempDir static Path profile;

  private static HttpFixture http;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(DRIVER), "chromedriver is not installed at " + DRIVER);
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
    http = new HttpFixture();
    driver = new ChromeDriver(options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (http != null) {
      http.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/article/101"})
  void pageIsRightToLeftAndLogsNoErrors(String path) throws IOException {
    driver.get(http.server.baseUri().resolve(path).toString());
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals("rtl", js.executeScript("return document.documentElement.dir"));
    assertEquals("ar", js.executeScript("return document.documentElement.lang"));
    assertEquals("rtl", js.executeScript("return getComputedStyle(document.body).direction"));
    assertEquals(
        "rgb(251, 251, 249)",
        js.executeScript("return getComputedStyle(document.body).backgroundColor"),
        "the stylesheet was served and applied");
    List<LogEntry> severe = severeLogs();
    assertTrue(severe.isEmpty(), () -> "browser errors: " + severe);
    if (path.startsWith("/article/")) {
      String post = driver.findElement(By.cssSelector(".embed .post")).getText();
      assertTrue(post.contains(SampleData.EMOJI), post);
    }
    screenshot(path);
  }

  /** The log check itself can fail: a 404 response is reported by Chromium as a SEVERE entry. */
  @Test
  void errorResponsesDoShowUpInTheBrowserLog() {
    driver.get(http.server.baseUri().resolve("/article/999999").toString());
    assertTrue(severeLogs().stream().anyMatch(e -> e.getMessage().contains("404")));
  }

  private static List<LogEntry> severeLogs() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  private static void screenshot(String path) throws IOException {
    if (System.getProperty("marsad.screenshots") == null) {
      return;
    }
    Path dir = Path.of("..", "docs", "screenshots");
    Files.createDirectories(dir);
    String name =
        path.equals("/") ? "home" : path.substring(1).replace('/', '-').toLowerCase(Locale.ROOT);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve(name + ".png"), png);
  }
}
