package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** robots.txt, crawl-delay and per-host politeness across threads. */
class PolitenessTest {

  @Test
  void robotsDisallowIsRefusedAndRobotsFetchedOnce() throws IOException {
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(CrawlerHttpTest.fast())) {
      server.text(
          "/robots.txt",
          200,
          "text/plain",
          "User-agent: *\nDisallow: /private\n\nUser-agent: OtherBot\nDisallow: /\n");
      server.text("/private/a", 200, "text/plain", "no");
      server.text("/public/a", 200, "text/plain", "yes");
      FetchOutcome.Refused r =
          assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url("/private/a")));
      assertTrue(r.reason().contains("robots.txt"), r.reason());
      assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(server.url("/public/a")));
      assertEquals(0, server.count("/private/a"));
      assertEquals(1, server.count("/robots.txt"));
    }
  }

  @Test
  void racingThreadsFetchRobotsOnce() throws Exception {
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(CrawlerHttpTest.fast())) {
      server.on(
          "/robots.txt",
          ex -> {
            sleep(100); // keep the first fetch in flight while the others arrive
            ScriptedServer.send(
                ex,
                200,
                "text/plain",
                "User-agent: *\nDisallow: /no\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          });
      server.text("/yes", 200, "text/plain", "ok");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<FetchOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> crawler.fetchPage(server.url("/yes"))));
      }
      for (Future<FetchOutcome> f : futures) {
        assertInstanceOf(FetchOutcome.Fetched.class, f.get());
      }
      pool.shutdown();
      assertEquals(1, server.count("/robots.txt"));
    }
  }

  @Test
  void robotsAreReCheckedAfterARedirect() throws IOException {
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(CrawlerHttpTest.fast())) {
      server.text("/robots.txt", 200, "text/plain", "User-agent: marsad\nDisallow: /hidden$\n");
      server.redirect("/go", 302, "/hidden");
      server.text("/hidden", 200, "text/plain", "no");
      assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url("/go")));
      assertEquals(0, server.count("/hidden"));
    }
  }

  @Test
  void robotsIgnoredWhenSettingsSaySo() throws IOException {
    CrawlSettings ignoring = noRobots(CrawlerHttpTest.fast());
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(ignoring)) {
      server.text("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /\n");
      server.text("/a", 200, "text/plain", "ok");
      assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(server.url("/a")));
      assertEquals(0, server.count("/robots.txt"));
    }
  }

  @Test
  void crawlDelayWidensTheGap() throws IOException {
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(CrawlerHttpTest.fast())) {
      server.text("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
      server.text("/a", 200, "text/plain", "a");
      crawler.fetchPage(server.url("/a"));
      crawler.fetchPage(server.url("/a"));
      List<ScriptedServer.Seen> hits =
          server.seen.stream().filter(x -> x.path().equals("/a")).toList();
      long gap = hits.get(1).nanoTime() - hits.get(0).nanoTime();
      assertTrue(gap >= Duration.ofMillis(280).toNanos(), "gap " + gap);
    }
  }

  @Test
  void oneRequestAtATimePerHostAcrossThreads() throws Exception {
    CrawlSettings s = CrawlerHttpTest.fast().withPerHostDelay(Duration.ofMillis(60));
    try (ScriptedServer server = new ScriptedServer();
        Crawler crawler = new Crawler(s)) {
      server.on(
          "/p",
          ex -> {
            sleep(20);
            ScriptedServer.send(ex, 200, "text/plain", new byte[] {'x'});
          });
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<FetchOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> crawler.fetchPage(server.url("/p"))));
      }
      for (Future<FetchOutcome> f : futures) {
        assertInstanceOf(FetchOutcome.Fetched.class, f.get());
      }
      pool.shutdown();
      assertEquals(1, server.maxInFlight.get(), "never two requests to one host at once");
      List<Long> times = server.seen.stream().map(ScriptedServer.Seen::nanoTime).sorted().toList();
      for (int i = 1; i < times.size(); i++) {
        long gap = times.get(i) - times.get(i - 1);
        assertTrue(gap >= Duration.ofMillis(55).toNanos(), "gap " + i + " was " + gap);
      }
    }
  }

  @Test
  void distinctLoopbackAddressesAreDistinctHosts() throws Exception {
    CrawlSettings s =
        noRobots(
            CrawlerHttpTest.fast()
                .withPerHostDelay(Duration.ofMillis(400))
                .withAllowedAddresses(List.of("127.0.0.0/8")));
    try (ScriptedServer a = new ScriptedServer("127.0.0.1");
        ScriptedServer b = new ScriptedServer("127.0.0.3");
        Crawler crawler = new Crawler(s)) {
      a.text("/x", 200, "text/plain", "a");
      b.text("/x", 200, "text/plain", "b");
      crawler.fetchPage(a.url("/x"));
      long start = System.nanoTime();
      assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(b.url("/x")));
      assertTrue(
          System.nanoTime() - start < Duration.ofMillis(350).toNanos(), "b waited for a's slot");
    }
  }

  static CrawlSettings noRobots(CrawlSettings s) {
    return new CrawlSettings(
        s.userAgent(),
        s.connectTimeout(),
        s.readTimeout(),
        s.totalTimeout(),
        s.maxBodyBytes(),
        s.maxRedirects(),
        s.perHostDelay(),
        false,
        s.allowedAddresses(),
        s.minPollInterval(),
        s.maxPollInterval());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
