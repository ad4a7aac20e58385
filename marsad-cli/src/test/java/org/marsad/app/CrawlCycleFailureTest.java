package org.marsad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;
import org.marsad.store.FeedState;
import org.marsad.store.SourceView;

/** Bad input never stops a crawl: each failure is recorded on its own feed or item. */
class CrawlCycleFailureTest {

  private static final String ARTICLE =
      "<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>افتتاح مكتبة عامة جديدة - الخبر</title>"
          + "<meta property=\"article:published_time\" content=\"2026-11-20T09:00:00+01:00\"></head><body>"
          + "<article><h1>افتتاح مكتبة عامة جديدة</h1>"
          + "<p>افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب في مختلف المجالات.</p>"
          + "<p>وقال رئيس البلدية إن المكتبة ستفتح أبوابها طوال أيام الأسبوع، وستخصص جناحاً للأطفال وقاعة للمطالعة الهادئة.</p>"
          + "<p>وأضاف أن المشروع يندرج ضمن خطة لتقريب الخدمات الثقافية من السكان في الأحياء الشعبية والمناطق المحيطة.</p>"
          + "</article></body></html>";

  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    route("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    route("/good.xml", "application/rss+xml", rss("/a1?utm_source=rss", "/a1", "/gone"));
    // A CMS error page served where the feed should be: malformed, not merely truncated.
    route(
        "/bad.xml",
        "text/html; charset=utf-8",
        "<!DOCTYPE html><html><body><h1>خطأ في الخادم</h1></body></html>");
    route("/a1", "text/html; charset=utf-8", ARTICLE);
    server.createContext(
        "/gone",
        x -> {
          x.sendResponseHeaders(410, -1);
          x.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void route(String path, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        x -> {
          x.getResponseHeaders().set("Content-Type", type);
          x.sendResponseHeaders(200, bytes.length);
          x.getResponseBody().write(bytes);
          x.close();
        });
  }

  private String rss(String... links) {
    StringBuilder items = new StringBuilder();
    for (String l : links) {
      items
          .append("<item><title>خبر</title><link>")
          .append(base == null ? "" : "")
          .append("BASE")
          .append(l.replace("&", "&amp;"))
          .append("</link><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>الخبر</title>"
        + items
        + "</channel></rss>";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static Outlet outlet(String key, String feed) {
    return new Outlet(
        key,
        "منبر " + key,
        key,
        URI.create("http://example.org/"),
        "MA",
        "ar",
        List.of(new FeedRef(URI.create(feed), FeedRef.Kind.AUTO)));
  }

  @Test
  void failingSourcesAreRecordedAndTheOthersStillCrawled() throws IOException {
    // the RSS links need the port, known only once the server runs
    route(
        "/good2.xml",
        "application/rss+xml",
        rss("/a1?utm_source=rss", "/a1", "/gone").replace("BASE", base));
    MarsadConfig config =
        ConfigLoader.load(
                Optional.empty(),
                Map.of("MARSAD_CRAWL_PER_HOST_DELAY", "10ms", "MARSAD_CRAWL_CONNECT_TIMEOUT", "2s"))
            .forDemo(dir);
    try (Marsad marsad = Marsad.open(config)) {
      marsad.importOutlets(
          List.of(
              outlet("good", base + "/good2.xml"),
              outlet("broken", base + "/bad.xml"),
              outlet("offline", "http://127.0.0.1:9/feed.xml")));
      CycleReport r = marsad.crawlCycle().run(true, Progress.NONE);

      assertEquals(3, r.feedsPolled(), r.summary());
      assertEquals(2, r.feedsFailed(), r.summary());
      assertEquals(1, r.articlesSaved(), r.summary());
      assertEquals(1, marsad.store().stats().articles());
      assertEquals("erroring", feed(marsad, "broken").status());
      assertTrue(feed(marsad, "broken").lastError().isPresent());
      assertEquals("erroring", feed(marsad, "offline").status());
      assertTrue(feed(marsad, "offline").lastError().orElseThrow().length() > 5);
      assertEquals("ok", feed(marsad, "good").status());
      assertTrue(marsad.store().recentLog(50).stream().anyMatch(e -> e.outcome().equals("gone")));
    }
  }

  private static FeedState feed(Marsad marsad, String key) {
    SourceView s = marsad.store().findSource(key).orElseThrow();
    return s.feeds().get(0);
  }

  @Test
  void outletListingNoFeedGetsThemDiscoveredFromItsHomePage() {
    route("/good2.xml", "application/rss+xml", rss("/a1").replace("BASE", base));
    route(
        "/home",
        "text/html; charset=utf-8",
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/good2.xml\"></head><body>الرئيسية</body></html>");
    MarsadConfig config =
        ConfigLoader.load(Optional.empty(), Map.of("MARSAD_CRAWL_PER_HOST_DELAY", "10ms"))
            .forDemo(dir);
    try (Marsad marsad = Marsad.open(config)) {
      marsad.importOutlets(
          List.of(
              new Outlet(
                  "nofeed",
                  "منبر بلا خلاصة",
                  "No Feed",
                  URI.create(base + "/home"),
                  "EG",
                  "ar",
                  List.of())));
      CycleReport r = marsad.crawlCycle().run(true, Progress.NONE);
      assertEquals(1, r.feedsDiscovered(), r.summary());
      assertEquals(1, r.articlesSaved(), r.summary());
      assertEquals(base + "/good2.xml", feed(marsad, "nofeed").url());
      assertEquals(
          0,
          marsad.crawlCycle().run(true, Progress.NONE).feedsDiscovered(),
          "discovery is not repeated every cycle");
    }
  }

  @Test
  void feedThatMovedPermanentlyIsFollowedAndRemembered() {
    route("/good2.xml", "application/rss+xml", rss("/a1").replace("BASE", base));
    server.createContext(
        "/old.xml",
        x -> {
          x.getResponseHeaders().set("Location", base + "/good2.xml");
          x.sendResponseHeaders(301, -1);
          x.close();
        });
    MarsadConfig config =
        ConfigLoader.load(Optional.empty(), Map.of("MARSAD_CRAWL_PER_HOST_DELAY", "10ms"))
            .forDemo(dir);
    try (Marsad marsad = Marsad.open(config)) {
      marsad.importOutlets(List.of(outlet("moved", base + "/old.xml")));
      CycleReport r = marsad.crawlCycle().run(true, Progress.NONE);
      assertEquals(1, r.articlesSaved(), r.summary());
      assertEquals(base + "/good2.xml", feed(marsad, "moved").url());
      assertTrue(
          marsad.store().recentLog(50).stream().anyMatch(e -> e.outcome().equals("redirected")));
    }
  }
}
