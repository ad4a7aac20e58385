package org.marsad.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.demo.DemoHttp.get;
import static org.marsad.demo.DemoHttp.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoNewsWebTest {

  static final Instant NOW = Instant.parse("2026-12-15T10:00:00Z");
  private DemoNewsWeb web;

  @BeforeAll
  void start() throws IOException {
    long t0 = System.nanoTime();
    web = DemoNewsWeb.start(new DemoOptions(0, NOW));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3_000, "start-up took " + ms + " ms");
  }

  @AfterAll
  void stop() {
    web.close();
  }

  @Test
  void countsOutletsArticlesAndDays() {
    assertTrue(web.outlets().size() >= 6, "outlets: " + web.outlets().size());
    assertTrue(web.articles().size() >= 60, "articles: " + web.articles().size());
    Set<String> days =
        web.articles().stream()
            .map(a -> a.published().toLocalDate().toString())
            .collect(Collectors.toSet());
    assertTrue(days.size() >= 3, "days: " + days);
    web.articles().forEach(a -> assertTrue(a.published().toInstant().isBefore(NOW), a.url()));
    Set<String> countries = web.outlets().stream().map(Outlet::country).collect(Collectors.toSet());
    assertEquals(web.outlets().size(), countries.size(), "one outlet per country");
  }

  @Test
  void outletsHaveOwnLoopbackHostAndOneCommonPort() {
    Set<String> hosts = new HashSet<>();
    for (Outlet o : web.outlets()) {
      URI home = o.homepage();
      assertTrue(home.getHost().startsWith("127.0.0."), home.toString());
      assertTrue(hosts.add(home.getHost()), "host shared: " + home);
      assertEquals(web.port(), home.getPort());
      assertFalse(o.feeds().isEmpty(), o.key());
      o.feeds().forEach(f -> assertEquals(home.getHost(), f.url().getHost()));
    }
  }

  @Test
  void allFourFeedFormatsAreUsed() {
    Set<FeedRef.Kind> kinds =
        web.outlets().stream()
            .flatMap(o -> o.feeds().stream())
            .map(FeedRef::kind)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            FeedRef.Kind.RSS, FeedRef.Kind.ATOM, FeedRef.Kind.JSON_FEED, FeedRef.Kind.NEWS_SITEMAP),
        kinds);
  }

  @Test
  void everyFeedIsValidAndEveryLinkResolves() {
    Map<String, Set<String>> linksByOutlet = new HashMap<>();
    for (Outlet o : web.outlets()) {
      for (FeedRef f : o.feeds()) {
        HttpResponse<byte[]> r = get(f.url().toString());
        assertEquals(200, r.statusCode(), f.url().toString());
        List<String> links = FeedChecks.links(f.kind(), r);
        assertFalse(links.isEmpty(), "empty feed " + f.url());
        for (String link : links) {
          assertEquals(200, get(link).statusCode(), "dead feed link " + link);
          linksByOutlet.computeIfAbsent(o.key(), k -> new HashSet<>()).add(stripQuery(link));
        }
      }
    }
    for (DemoArticle a : web.articles()) {
      assertTrue(linksByOutlet.get(a.outletKey()).contains(a.url()), "not in any feed: " + a.url());
    }
    Set<String> articleUrls =
        web.articles().stream().map(DemoArticle::url).collect(Collectors.toSet());
    assertTrue(
        linksByOutlet.values().stream()
            .flatMap(Set::stream)
            .anyMatch(l -> !articleUrls.contains(l)),
        "no non-article page in any feed");
  }

  @Test
  void feedMessIsPresent() {
    boolean utm = false;
    boolean sameInTwoFeeds = false;
    for (Outlet o : web.outlets()) {
      Map<String, Integer> seen = new HashMap<>();
      for (FeedRef f : o.feeds()) {
        for (String link : FeedChecks.links(f.kind(), get(f.url().toString()))) {
          utm |= link.contains("utm_source=");
          seen.merge(stripQuery(link), 1, Integer::sum);
        }
      }
      sameInTwoFeeds |= seen.values().stream().anyMatch(n -> n > 1);
    }
    assertTrue(utm, "no utm_* tracking parameters in any feed");
    assertTrue(sameInTwoFeeds, "no article in two feeds of one outlet");
  }

  @Test
  void someFeedsCarryOnlyTruncatedSummaries() {
    Map<String, String> feedText = new HashMap<>();
    web.outlets()
        .forEach(
            o ->
                feedText.put(
                    o.key(),
                    o.feeds().stream()
                        .map(f -> text(get(f.url().toString())))
                        .collect(Collectors.joining("\n"))));
    long missing =
        web.articles().stream()
            .filter(a -> a.bodyMustContain().size() > 1)
            .filter(
                a ->
                    !feedText
                        .get(a.outletKey())
                        .contains(a.bodyMustContain().get(a.bodyMustContain().size() - 1)))
            .count();
    assertTrue(missing >= 10, "articles whose full text is only on the page: " + missing);
  }

  @Test
  void everyArticlePageHoldsItsGroundTruth() {
    for (DemoArticle a : web.articles()) {
      HttpResponse<byte[]> r = get(a.url());
      assertEquals(200, r.statusCode(), a.url());
      String html = text(r);
      assertTrue(html.contains(Markup.esc(a.title())), "title missing: " + a.url());
      a.bodyMustContain().forEach(s -> assertTrue(html.contains(s), a.url() + " lacks " + s));
      a.boilerplateMustNotAppear()
          .forEach(s -> assertTrue(html.contains(s), a.url() + " furniture not on page: " + s));
      a.tags().forEach(t -> assertTrue(html.contains(">" + t + "</a>"), a.url() + " tag " + t));
      a.sourceCredit().ifPresent(c -> assertTrue(html.contains("المصدر: " + c), a.url()));
      a.tweetEmoji()
          .ifPresent(
              e ->
                  assertTrue(
                      html.contains("twitter-tweet")
                          && html.contains(inCharset(e, DemoHttp.charsetOf(r))),
                      a.url() + " tweet " + e));
    }
  }

  @Test
  void storiesAreSharedAcrossOutlets() {
    Map<String, Set<String>> outletsByStory = new HashMap<>();
    web.articles()
        .forEach(
            a ->
                a.storyKey()
                    .ifPresent(
                        k ->
                            outletsByStory
                                .computeIfAbsent(k, x -> new HashSet<>())
                                .add(a.outletKey())));
    assertTrue(outletsByStory.get("drought-report").size() >= 3, "agency story syndication");
    long multi = outletsByStory.values().stream().filter(s -> s.size() >= 2).count();
    assertTrue(multi >= 5, "multi-outlet stories: " + multi);
    List<DemoArticle> agency =
        web.articles().stream()
            .filter(a -> a.storyKey().equals(java.util.Optional.of("drought-report")))
            .toList();
    assertEquals(
        1,
        agency.stream().map(DemoArticle::bodyMustContain).distinct().count(),
        "agency copies must share the body");
    assertTrue(
        agency.stream().map(DemoArticle::title).distinct().count() >= 3,
        "agency copies must have their own headlines");
    assertTrue(web.articles().stream().filter(a -> a.storyKey().isEmpty()).count() >= 20);
  }

  @Test
  void windows1256OutletDecodesOnlyWithItsCharset() {
    Outlet dz =
        web.outlets().stream().filter(o -> o.country().equals("DZ")).findFirst().orElseThrow();
    for (String url : List.of(dz.homepage().toString(), dz.feeds().get(0).url().toString())) {
      HttpResponse<byte[]> r = get(url);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("windows-1256"), url);
      String right = new String(r.body(), Charset.forName("windows-1256"));
      String wrong = new String(r.body(), StandardCharsets.UTF_8);
      assertTrue(right.contains(dz.nameAr()), url);
      assertTrue(right.contains("windows-1256"), "matching meta/XML declaration " + url);
      assertFalse(wrong.contains(dz.nameAr()), url);
      assertTrue(wrong.contains("\uFFFD"), url);
    }
    HttpResponse<byte[]> feed = get(dz.feeds().get(0).url().toString());
    String firstTitle =
        DemoHttp.xml(feed.body()).getElementsByTagName("title").item(0).getTextContent();
    assertTrue(firstTitle.contains(dz.nameAr()), "XML parser decoding via declaration");
  }

  @Test
  void conditionalGetReturns304() {
    for (Outlet o : web.outlets()) {
      String url = o.feeds().get(0).url().toString();
      HttpResponse<byte[]> first = get(url);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
      assertEquals(304, get(url, "If-None-Match", etag).statusCode(), url);
      assertEquals(0, get(url, "If-None-Match", etag).body().length);
      assertEquals(304, get(url, "If-Modified-Since", lastModified).statusCode(), url);
      assertEquals(200, get(url, "If-None-Match", "\"stale\"").statusCode(), url);
      assertEquals(
          200, get(url, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode(), url);
    }
  }

  @Test
  void gzipWhenAccepted() throws IOException {
    String url = web.outlets().get(0).homepage().toString();
    HttpResponse<byte[]> plain = get(url);
    HttpResponse<byte[]> zipped = get(url, "Accept-Encoding", "gzip, deflate");
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(zipped.body().length < plain.body().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertEquals(
          new String(plain.body(), StandardCharsets.UTF_8),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertTrue(
        get(url, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
  }

  @Test
  void homePagesRobotsAndErrors() {
    for (Outlet o : web.outlets()) {
      String home = text(get(o.homepage().toString()));
      o.feeds().stream()
          .filter(f -> f.kind() != FeedRef.Kind.NEWS_SITEMAP)
          .forEach(
              f ->
                  assertTrue(
                      home.contains(
                              "rel=\"alternate\" type=\"" + SiteLayout.mediaType(f.kind()) + "\"")
                          && home.contains(f.url().toString()),
                      o.key() + " " + f.url()));
      String robots = text(get(o.homepage().resolve("/robots.txt").toString()));
      assertTrue(robots.contains("Disallow: /admin/"), o.key());
      assertEquals(404, get(o.homepage().resolve("/no/such/page").toString()).statusCode());
      assertEquals(403, get(o.homepage().resolve("/admin/login").toString()).statusCode());
    }
    String wp =
        web.articles().stream()
            .map(DemoArticle::url)
            .filter(u -> u.endsWith("/"))
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> moved = get(wp.substring(0, wp.length() - 1));
    assertEquals(301, moved.statusCode());
    assertTrue(wp.endsWith(moved.headers().firstValue("Location").orElseThrow()));
    String home = web.outlets().get(0).homepage().toString();
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(home))
            .POST(HttpRequest.BodyPublishers.ofString("x"))
            .build();
    assertEquals(405, DemoHttp.send(post).statusCode());
    HttpRequest head =
        HttpRequest.newBuilder(URI.create(home))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> h = DemoHttp.send(head);
    assertEquals(200, h.statusCode());
    assertEquals(0, h.body().length);
  }

  @Test
  void pagesCarryEmbedsAndMetadataStyles() {
    String all =
        web.articles().stream().map(a -> text(get(a.url()))).collect(Collectors.joining("\n"));
    assertTrue(all.contains("<iframe") && all.contains("https://www.youtube.com/embed/"));
    assertTrue(all.contains("\"@type\": \"NewsArticle\""), "JSON-LD");
    assertTrue(all.contains("property=\"article:published_time\""), "OpenGraph");
    assertTrue(all.codePoints().anyMatch(cp -> cp > 0xFFFF), "4-byte emoji survive");
    assertTrue(all.contains("\u200D"), "ZWJ emoji sequence");
    for (String quirk :
        List.of(
            "دجنبر",
            "كانون الأول/ ديسمبر",
            "بتوقيت مكة",
            " هـ",
            "ديسمبر",
            "December 2026 GMT",
            "المصدر: وكالات",
            "اقرأ أيضاً",
            "كلمات دلالية",
            "شارك الخبر",
            "class=\"cookie-banner\"",
            "class=\"newsletter\"",
            "class=\"follow-us\"")) {
      assertTrue(all.contains(quirk), "missing quirk " + quirk);
    }
  }

  @Test
  void explicitPortAlreadyTakenIsAClearError() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.23"), 0));
      IOException e =
          assertThrows(
              IOException.class,
              () -> DemoNewsWeb.start(new DemoOptions(taken.getLocalPort(), NOW)).close());
      assertTrue(e.getMessage().contains("cannot bind"), e.getMessage());
    }
  }

  @Test
  void sameNowGivesSameWeb() throws IOException {
    try (DemoNewsWeb other = DemoNewsWeb.start(new DemoOptions(0, NOW))) {
      assertNotEquals(web.port(), other.port());
      assertEquals(digest(web), digest(other));
    }
  }

  private static List<String> digest(DemoNewsWeb w) {
    return w.articles().stream()
        .map(
            a ->
                a.url().replaceFirst(":\\d+/", "/")
                    + a.title()
                    + a.published()
                    + a.bodyMustContain())
        .toList();
  }

  private static String stripQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** How a page in this charset spells the text: legacy charsets use character references. */
  private static String inCharset(String text, Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        ? text
        : new String(Markup.encode(text, charset), charset);
  }
}
