package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.source.FeedRef;

/** pollFeed and discoverFeeds end to end over loopback. */
class CrawlerFeedTest {

  private ScriptedServer server;
  private Crawler crawler;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer();
    crawler = new Crawler(CrawlerHttpTest.fast());
  }

  @AfterEach
  void stop() {
    crawler.close();
    server.close();
  }

  private static String rss(String... links) {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>نشرة الريف</title>");
    for (String l : links) {
      sb.append("<item><title>خبر ")
          .append(l)
          .append("</title><link>")
          .append(l)
          .append("</link>")
          .append("<pubDate>Fri, 27 Nov 2026 10:00:00 GMT</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  @Test
  void pollsAnRssFeedServedInWindows1256WithAWrongHeader() {
    byte[] body =
        rss("/n/1", "/n/2?utm_source=x", "/n/2").getBytes(Charset.forName("windows-1256"));
    server.on(
        "/rss",
        ex -> {
          ex.getResponseHeaders().add("ETag", "\"e1\"");
          ScriptedServer.send(ex, 200, "application/rss+xml; charset=utf-8", body);
        });
    FeedPoll poll =
        crawler.pollFeed(FeedRequest.of(new FeedRef(server.url("/rss"), FeedRef.Kind.AUTO)));
    FetchOutcome.Fetched f = assertInstanceOf(FetchOutcome.Fetched.class, poll.outcome());
    assertEquals(Optional.of("\"e1\""), f.etag());
    assertEquals(Optional.empty(), poll.parseError());
    assertEquals(Optional.of("نشرة الريف"), poll.feedTitle());
    assertEquals(2, poll.items().size(), "the same article twice in one feed is returned once");
    assertEquals(server.url("/n/1"), poll.items().get(0).url());
    assertEquals("خبر /n/1", poll.items().get(0).title());
  }

  @Test
  void htmlInsteadOfFeedIsAParseErrorValue() {
    server.text("/feed", 200, "text/html", "<html><body>إعلان</body></html>");
    FeedPoll poll =
        crawler.pollFeed(FeedRequest.of(new FeedRef(server.url("/feed"), FeedRef.Kind.RSS)));
    assertInstanceOf(FetchOutcome.Fetched.class, poll.outcome());
    assertTrue(poll.parseError().isPresent());
    assertTrue(poll.items().isEmpty());
  }

  @Test
  void followsASitemapIndexToItsNewestChildren() {
    server.text(
        "/sitemap-index.xml",
        200,
        "application/xml",
        "<sitemapindex><sitemap><loc>/sm/old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>"
            + "<sitemap><loc>/sm/new.xml</loc><lastmod>2026-11-28</lastmod></sitemap>"
            + "<sitemap><loc>/sm/missing.xml</loc><lastmod>2026-11-27</lastmod></sitemap>"
            + "<sitemap><loc>/sm/oldest.xml</loc><lastmod>2019-01-01</lastmod></sitemap></sitemapindex>");
    server.text(
        "/sm/new.xml",
        200,
        "application/xml",
        "<urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>/a/new</loc><news:news>"
            + "<news:title>جديد</news:title><news:publication_date>2026-11-28T08:00:00Z</news:publication_date>"
            + "</news:news></url></urlset>");
    server.text(
        "/sm/old.xml", 200, "application/xml", "<urlset><url><loc>/a/old</loc></url></urlset>");
    server.text(
        "/sm/oldest.xml",
        200,
        "application/xml",
        "<urlset><url><loc>/a/oldest</loc></url></urlset>");
    FeedPoll poll =
        crawler.pollFeed(
            FeedRequest.of(new FeedRef(server.url("/sitemap-index.xml"), FeedRef.Kind.AUTO)));
    assertEquals(Optional.empty(), poll.parseError());
    assertEquals(
        List.of(server.url("/a/new"), server.url("/a/old")),
        poll.items().stream().map(FeedItem::url).toList());
    assertEquals("جديد", poll.items().get(0).title());
    assertEquals(0, server.count("/sm/oldest.xml"), "only the newest children are fetched");
  }

  @Test
  void failedFetchHasNoItems() {
    server.text("/rss", 503, "text/plain", "later");
    FeedPoll poll =
        crawler.pollFeed(FeedRequest.of(new FeedRef(server.url("/rss"), FeedRef.Kind.RSS)));
    assertInstanceOf(FetchOutcome.RateLimited.class, poll.outcome());
    assertTrue(poll.items().isEmpty());
  }

  @Test
  void discoversAdvertisedFeeds() {
    server.text(
        "/",
        200,
        "text/html; charset=utf-8",
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
            + "<link rel=\"Alternate\" type=\"application/atom+xml\" href=\"https://other.example/atom\">"
            + "<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">"
            + "<link rel=\"alternate\" type=\";\" href=\"/odd\">"
            + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\"></head><body></body></html>");
    List<FeedRef> refs = crawler.discoverFeeds(server.url("/"));
    assertEquals(
        List.of(
            new FeedRef(server.url("/rss.xml"), FeedRef.Kind.RSS),
            new FeedRef(java.net.URI.create("https://other.example/atom"), FeedRef.Kind.ATOM)),
        refs);
  }

  @Test
  void discoversRobotsNewsSitemapThenCommonPaths() throws IOException {
    server.text("/", 200, "text/html", "<html><head><title>بلا روابط</title></head></html>");
    server.text(
        "/robots.txt",
        200,
        "text/plain",
        "User-agent: *\nAllow: /\nSitemap: " + server.url("/news-sitemap.xml") + "\n");
    assertEquals(
        List.of(new FeedRef(server.url("/news-sitemap.xml"), FeedRef.Kind.NEWS_SITEMAP)),
        crawler.discoverFeeds(server.url("/")));
    try (ScriptedServer bare = new ScriptedServer()) {
      bare.text("/", 200, "text/html", "<html></html>");
      bare.text("/rss.xml", 200, "application/xml", rss("/x/1"));
      List<FeedRef> refs = crawler.discoverFeeds(bare.url("/"));
      assertEquals(List.of(new FeedRef(bare.url("/rss.xml"), FeedRef.Kind.RSS)), refs);
      assertEquals(0, bare.count("/feed.xml"), "probing stops at the first working feed");
    }
  }

  @Test
  void unusableUrlsAreValuesNotExceptions() {
    assertEquals(List.of(), crawler.discoverFeeds(java.net.URI.create("/relative/home")));
    assertEquals(List.of(), crawler.discoverFeeds(java.net.URI.create("mailto:desk@news.example")));
    assertInstanceOf(
        FetchOutcome.Refused.class, crawler.fetchPage(java.net.URI.create("relative/page")));
    FeedPoll poll =
        crawler.pollFeed(
            FeedRequest.of(new FeedRef(java.net.URI.create("feed:news"), FeedRef.Kind.AUTO)));
    assertInstanceOf(FetchOutcome.Refused.class, poll.outcome());
  }

  @Test
  void jsonFeedOverHttp() {
    server.text(
        "/feed.json",
        200,
        "application/feed+json",
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"url\":\"/j/1\",\"title\":\"مرحبا\"}]}");
    FeedPoll poll =
        crawler.pollFeed(FeedRequest.of(new FeedRef(server.url("/feed.json"), FeedRef.Kind.AUTO)));
    assertEquals(1, poll.items().size());
    assertEquals(server.url("/j/1"), poll.items().get(0).url());
    assertTrue(
        new String(((FetchOutcome.Fetched) poll.outcome()).body(), StandardCharsets.UTF_8)
            .contains("مرحبا"));
  }
}
