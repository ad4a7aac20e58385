package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.web.testing.ChromiumPage;

/**
 * Loads real pages in headless Chromium: the document is RTL, the body computes to RTL, and the
 * browser logs no errors (a missing stylesheet or favicon would). Screenshots go to
 * docs/screenshots only when {@code -Dmarsad.screenshots} is set.
 */
class BrowserTest {

  @TempDir static Path profile;

  private static HttpFixture http;
  private static ChromiumPage browser;

  @BeforeAll
  static void start() {
    assumeTrue(ChromiumPage.available(), "Debian chromium and chromium-driver are not installed");
    http = new HttpFixture();
    browser = new ChromiumPage(profile);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (http != null) {
      http.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/article/101"})
  void pageIsRightToLeftAndLogsNoErrors(String path) throws IOException {
    browser.load(http.server.baseUri().resolve(path).toString());
    assertEquals("rtl", browser.eval("return document.documentElement.dir"));
    assertEquals("ar", browser.eval("return document.documentElement.lang"));
    assertEquals("rtl", browser.eval("return getComputedStyle(document.body).direction"));
    assertEquals(
        "rgb(251, 251, 249)",
        browser.eval("return getComputedStyle(document.body).backgroundColor"),
        "the stylesheet was served and applied");
    List<String> severe = browser.severeLog();
    assertTrue(severe.isEmpty(), () -> "browser errors: " + severe);
    if (path.startsWith("/article/")) {
      String post = browser.text(".embed .post");
      assertTrue(post.contains(SampleData.EMOJI), post);
    }
    browser.screenshotForDocs(
        path.equals("/") ? "home" : path.substring(1).replace('/', '-').toLowerCase(Locale.ROOT));
  }

  /** The log check itself can fail: a 404 response is reported by Chromium as a SEVERE entry. */
  @Test
  void errorResponsesDoShowUpInTheBrowserLog() {
    browser.load(http.server.baseUri().resolve("/article/999999").toString());
    assertTrue(browser.severeLog().stream().anyMatch(e -> e.contains("404")));
  }
}
