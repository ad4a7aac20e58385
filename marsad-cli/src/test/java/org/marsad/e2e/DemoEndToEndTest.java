package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.ConfigLoader;
import org.marsad.app.CycleReport;
import org.marsad.app.Marsad;
import org.marsad.app.MarsadConfig;
import org.marsad.app.Progress;
import org.marsad.demo.DemoArticle;
import org.marsad.demo.DemoNewsWeb;
import org.marsad.demo.DemoOptions;
import org.marsad.store.ArticleSummary;
import org.marsad.web.WebServer;
import org.marsad.web.testing.ChromiumPage;

/**
 * The whole pipeline for real: the demo news web on loopback, crawled over HTTP by the crawl stage,
 * extracted, enriched, stored, indexed and served; assertions are made on the served pages.
 */
class DemoEndToEndTest {

  @TempDir static Path dataDir;

  private static DemoNewsWeb news;
  private static Marsad marsad;
  private static WebServer web;
  private static CycleReport report;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void crawlTheDemoWeb() throws IOException {
    news = DemoNewsWeb.start(new DemoOptions(0, Instant.now()));
    MarsadConfig config =
        ConfigLoader.load(
                Optional.empty(),
                Map.of("MARSAD_CRAWL_PER_HOST_DELAY", "20ms", "MARSAD_SERVER_PORT", "0"))
            .forDemo(dataDir);
    marsad = Marsad.open(config);
    marsad.importOutlets(news.outlets());
    report = marsad.crawlCycle().run(true, Progress.NONE);
    web = marsad.startWeb();
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
    if (marsad != null) {
      marsad.close();
    }
    if (news != null) {
      news.close();
    }
  }

  private static String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(web.baseUri().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  private static long idOf(DemoArticle a) {
    return marsad.store().latest(200, 0).stream()
        .filter(s -> s.url().equals(a.url()))
        .mapToLong(ArticleSummary::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not stored: " + a.url() + " (" + a.title() + ")"));
  }

  @Test
  void crawlStoresEveryDemoArticleOnce() {
    assertEquals(0, report.itemsFailed(), report.summary());
    assertTrue(report.articlesSaved() >= 60, report.summary());
    assertTrue(report.notArticles() >= 1, "the demo links a non-article page: " + report.summary());
    for (DemoArticle a : news.articles()) {
      idOf(a);
    }
    assertEquals(news.articles().size(), marsad.store().stats().articles(), report.summary());
  }

  @Test
  void everyArticleKeepsItsTitleAndPublishInstant() {
    List<String> wrong = new java.util.ArrayList<>();
    for (DemoArticle a : news.articles()) {
      var stored = marsad.store().findArticle(idOf(a)).orElseThrow();
      if (!stored.title().equals(a.title())
          || !stored
              .published()
              .map(java.time.OffsetDateTime::toInstant)
              .equals(Optional.of(a.published().toInstant()))) {
        wrong.add(
            a.url()
                + ": "
                + stored.title()
                + " @ "
                + stored.published().orElse(null)
                + " expected "
                + a.title()
                + " @ "
                + a.published());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void articlePageShowsWhatAnAggregatorShows() throws Exception {
    DemoArticle a =
        news.articles().stream().filter(x -> x.tweetEmoji().isPresent()).findFirst().orElseThrow();
    Document page = Jsoup.parse(get("article/" + idOf(a)));
    assertEquals("rtl", page.selectFirst("html").attr("dir"));
    assertEquals(a.title(), page.selectFirst("h1").text());
    Element time = page.selectFirst("time[datetime]");
    assertEquals(
        a.published().toInstant(),
        java.time.OffsetDateTime.parse(time.attr("datetime")).toInstant());
    Element body = page.selectFirst("div.body");
    for (String s : a.bodyMustContain()) {
      assertTrue(body.text().contains(s), "body lacks: " + s);
    }
    for (String s : a.boilerplateMustNotAppear()) {
      assertFalse(body.text().contains(s), "boilerplate in body: " + s);
    }
    assertTrue(
        page.select("section.embeds p.post").text().contains(a.tweetEmoji().get()),
        "tweet emoji lost");
    List<String> tags = page.select("section.tags a[href^=/tag/]").eachText();
    assertTrue(tags.containsAll(a.tags()), "tags " + tags + " lack " + a.tags());
    assertTrue(
        page.select("section.attribution a[href]").eachAttr("href").contains(a.url()),
        "no source link");
    a.sourceCredit()
        .ifPresent(c -> assertTrue(page.selectFirst("section.attribution").text().contains(c)));
  }

  @Test
  void syndicatedStoryLinksCoverageFromOtherOutlets() throws Exception {
    DemoArticle a =
        news.articles().stream().filter(x -> x.storyKey().isPresent()).findFirst().orElseThrow();
    long others =
        news.articles().stream()
            .filter(x -> x.storyKey().equals(a.storyKey()) && !x.outletKey().equals(a.outletKey()))
            .count();
    assertTrue(others > 0);
    Document page = Jsoup.parse(get("article/" + idOf(a)));
    List<String> related = page.select("section.related a[href^=/article/]").eachAttr("href");
    assertFalse(related.isEmpty(), "no read-also links");
    for (String href : related) {
      long id = Long.parseLong(href.substring("/article/".length()));
      assertFalse(
          marsad.store().findArticle(id).orElseThrow().sourceKey().equals(a.outletKey()),
          "read-also from the same outlet");
    }
  }

  @Test
  void homeSourceTagSearchAndFeedsArePopulated() throws Exception {
    assertTrue(Jsoup.parse(get("")).select("a[href^=/article/]").size() >= 10);
    DemoArticle a = news.articles().get(0);
    assertTrue(
        Jsoup.parse(get("source/" + a.outletKey())).select("a[href^=/article/]").size() >= 1);
    String tagSlug = marsad.store().topTags(1).get(0).tag().slug();
    assertTrue(
        Jsoup.parse(get("tag/" + java.net.URLEncoder.encode(tagSlug, StandardCharsets.UTF_8)))
                .select("a[href^=/article/]")
                .size()
            >= 1);
    String word = a.title().split("\\s+")[0];
    assertTrue(
        Jsoup.parse(get("search?q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8)))
                .select("a[href^=/article/]")
                .size()
            >= 1);
    assertTrue(get("feed.xml").contains("<feed"));
    assertTrue(get("api/v1/articles?limit=5").contains("\"title\""));
  }

  @Test
  void portalIsRightToLeftInChromiumWithoutConsoleErrors(@TempDir Path profile) throws Exception {
    assumeTrue(ChromiumPage.available(), "Debian chromium and chromium-driver are not installed");
    DemoArticle a =
        news.articles().stream().filter(x -> x.tweetEmoji().isPresent()).findFirst().orElseThrow();
    try (ChromiumPage browser = new ChromiumPage(profile)) {
      for (String path : List.of("", "article/" + idOf(a))) {
        browser.load(web.baseUri().resolve(path).toString());
        assertEquals("rtl", browser.eval("return document.documentElement.dir"), path);
        assertEquals("ar", browser.eval("return document.documentElement.lang"), path);
        assertEquals("rtl", browser.eval("return getComputedStyle(document.body).direction"), path);
        assertEquals(List.of(), browser.severeLog(), "console errors on /" + path);
        browser.screenshotForDocs(path.isEmpty() ? "home" : "article");
      }
      String post =
          (String)
              browser.eval("return document.querySelector('section.embeds .post').textContent");
      assertTrue(post.contains(a.tweetEmoji().get()), post);
    }
  }

  @Test
  void secondCycleIsConditionalAndAddsNothing() {
    CycleReport again = marsad.crawlCycle().run(true, Progress.NONE);
    assertEquals(0, again.newItems(), again.summary());
    assertTrue(again.feedsNotModified() > 0, again.summary());
  }
}
