package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static final String ROBOTS =
      """
      # comment
      User-agent: *
      Disallow: /admin
      Disallow: /*.pdf$
      Allow: /admin/public
      Crawl-delay: 2

      User-agent: Marsad
      User-agent: SomethingElse
      Disallow: /search
      Allow: /search/about
      Crawl-delay: 5

      Sitemap: https://site.example/news-sitemap.xml
      """;

  @Test
  void specificGroupWins() {
    RobotsRules r = RobotsRules.parse(ROBOTS, "Marsad");
    assertFalse(r.allows("/search?q=x"));
    assertTrue(r.allows("/search/about"));
    assertTrue(r.allows("/admin"), "the * group does not apply when a specific group exists");
    assertEquals(Optional.of(Duration.ofSeconds(5)), r.crawlDelay());
    assertEquals(List.of("https://site.example/news-sitemap.xml"), r.sitemaps());
  }

  @Test
  void wildcardGroupLongestMatchAndAnchors() {
    RobotsRules r = RobotsRules.parse(ROBOTS, "OtherBot");
    assertFalse(r.allows("/admin/x"));
    assertTrue(r.allows("/admin/public/page"));
    assertFalse(r.allows("/files/report.pdf"));
    assertTrue(r.allows("/files/report.pdf?x=1"));
    assertTrue(r.allows("/robots.txt"));
    assertEquals(Optional.of(Duration.ofSeconds(2)), r.crawlDelay());
  }

  @Test
  void emptyDisallowAllowsEverythingAndGarbageIsIgnored() {
    RobotsRules r =
        RobotsRules.parse("User-agent: *\nDisallow:\nnonsense line\nCrawl-delay: soon\n", "Marsad");
    assertTrue(r.allows("/anything"));
    assertEquals(Optional.empty(), r.crawlDelay());
    assertTrue(RobotsRules.parse("", "Marsad").allows("/"));
  }

  @Test
  void absurdCrawlDelayIsCapped() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nCrawl-delay: 86400\n", "Marsad");
    assertEquals(Optional.of(Duration.ofSeconds(60)), r.crawlDelay());
  }

  @Test
  void manyWildcardsDoNotExplode() {
    String pattern = "/" + "*a".repeat(30) + "b";
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: " + pattern + "\n", "Marsad");
    long start = System.nanoTime();
    assertTrue(r.allows("/" + "a".repeat(60)));
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos());
  }
}
