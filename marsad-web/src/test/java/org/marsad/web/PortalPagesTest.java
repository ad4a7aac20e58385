package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalPagesTest {

  private static HttpFixture http;

  @BeforeAll
  static void start() {
    http = new HttpFixture();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static HttpFixture.Reply page(String path, int status) {
    HttpFixture.Reply reply = http.get(path);
    assertEquals(status, reply.status(), () -> path + " -> " + reply.text());
    assertEquals(
        "text/html;charset=utf-8",
        reply.contentType().replace(" ", "").toLowerCase(java.util.Locale.ROOT),
        path);
    assertTrue(reply.text().contains("<html lang=\"ar\" dir=\"rtl\">"), path);
    assertTrue(reply.securityPolicy().contains("default-src 'none'"), path);
    return reply;
  }

  @Test
  void homeShowsLatestAndBiggestStoriesWithOutletCounts() {
    String html = page("/", 200).text();
    assertTrue(html.contains("آخر الأخبار"));
    assertTrue(html.contains("القصص الأبرز"));
    assertTrue(html.contains("سوق الكتاب الشتوي في الإسكندرية"));
    assertTrue(
        html.contains("المصادر: 3 · الأخبار: 3"), "book-fair story covered by three outlets");
    assertTrue(html.contains("href=\"/article/101\""));
    assertTrue(html.contains("href=\"/static/marsad.css\""));
    assertFalse(html.contains("<script"), "pages work without JavaScript");
  }

  @Test
  void articlePageShowsDateEmbedTagsAttributionAndRelated() {
    String html = page("/article/101", 200).text();
    assertTrue(html.contains("افتتاح سوق الكتاب الشتوي في الإسكندرية بمشاركة مئة دار نشر"));
    assertTrue(
        html.contains(
            "<time datetime=\"2026-11-29T14:05:00+02:00\">الأحد 29 نوفمبر 2026 - 14:05</time>"),
        html);
    assertTrue(html.contains("<p>افتتحت صباح اليوم"), "sanitised body is rendered as HTML");
    assertTrue(
        html.contains("إكس (تويتر)") && html.contains("@reader_nour"),
        "embed card names platform and author");
    assertTrue(html.contains(SampleData.TWEET), "post text with emoji intact");
    assertTrue(
        html.contains("href=\"https://x.example/reader_nour/status/1\""),
        "link to the original post");
    assertTrue(html.contains("كلمات دلالية"));
    assertTrue(html.contains("href=\"/tag/thaqafa\""));
    String encodedSlug = URLEncoder.encode("الإسكندرية", StandardCharsets.UTF_8);
    assertTrue(
        html.contains("href=\"/tag/" + encodedSlug + "\""), "Arabic slug is percent-encoded");
    assertTrue(html.contains("المصدر"));
    assertTrue(
        html.contains("href=\"https://sahil.example/news/101\""),
        "attribution links to the original");
    assertTrue(html.contains("تصوير وتحرير: قسم الثقافة في صحيفة الساحل"), "credit line");
    assertTrue(html.contains("اقرأ أيضاً"));
    assertTrue(html.contains("href=\"/article/102\"") && html.contains("شبكة الوادي الإخبارية"));
    assertTrue(html.contains("href=\"/article/103\"") && html.contains("هاربر ليدجر"));
  }

  @Test
  void foreignLanguageArticleGetsLangAndAutoDirection() {
    String html = page("/article/" + SampleData.ENGLISH, 200).text();
    assertTrue(html.contains("<article class=\"article\" lang=\"en\" dir=\"auto\">"), html);
    assertTrue(html.contains("<h1 dir=\"auto\">Winter book fair opens in Alexandria</h1>"));
    String arabic = page("/article/102", 200).text();
    assertTrue(
        arabic.contains("<article class=\"article\">"), "no lang/dir override on Arabic articles");
    assertTrue(arabic.contains("<h1>معرض للكتاب"));
  }

  @Test
  void everyTextFromTheStoreIsEscaped() {
    String html = page("/article/" + SampleData.MARKET, 200).text();
    assertTrue(html.contains("الطماطم &lt;b&gt;تتراجع&lt;/b&gt; &amp; البطاطس"), html);
    assertFalse(html.contains("<script>alert(1)</script>"));
    assertFalse(html.contains("<time"), "undated article shows no date");
    assertTrue(page("/", 200).text().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void unknownArticleIsArabic404AndBadIdIs400() {
    assertTrue(page("/article/999999", 404).text().contains("الصفحة غير موجودة"));
    String bad = page("/article/abc", 400).text();
    assertTrue(
        bad.contains("طلب غير صالح")
            && bad.contains("تعذّر فهم")
            && bad.contains("article id must be a positive integer"),
        bad);
    page("/article/-5", 400);
    page("/article/99999999999999999999999", 400);
    assertTrue(page("/no/such/page", 404).text().contains("الرابط الذي طلبته غير موجود"));
  }

  @Test
  void sourcePageShowsOutletFeedsAndPaginates() {
    String html = page("/source/sahil", 200).text();
    assertTrue(
        html.contains("صحيفة الساحل") && html.contains("Al Sahil Daily") && html.contains("EG"));
    assertTrue(html.contains("href=\"https://sahil.example/\""), "homepage link");
    assertTrue(html.contains("https://sahil.example/sport/rss.xml") && html.contains("متعثّر"));
    assertTrue(html.contains("HTTP 503 من الخادم بعد ثلاث محاولات"));
    assertTrue(html.contains("href=\"/article/101\""));
    String first = page("/source/wadi", 200).text();
    assertTrue(first.contains("href=\"/source/wadi?page=2\""), "27 articles need a second page");
    String second = page("/source/wadi?page=2", 200).text();
    assertTrue(second.contains("href=\"/source/wadi?page=1\"") && !second.contains("page=3"));
    page("/source/nope", 404);
    page("/source/wadi?page=0", 400);
    page("/source/wadi?page=two", 400);
  }

  @Test
  void tagPageListsArticlesAndAcceptsArabicSlugs() {
    String html = page("/tag/thaqafa", 200).text();
    assertTrue(
        html.contains("ثقافة")
            && html.contains("href=\"/article/101\"")
            && html.contains("href=\"/article/103\""));
    assertFalse(html.contains("href=\"/article/104\""));
    String arabic =
        page("/tag/" + URLEncoder.encode("الإسكندرية", StandardCharsets.UTF_8), 200).text();
    assertTrue(arabic.contains("href=\"/article/101\""));
    page("/tag/no-such-tag", 404);
  }

  @Test
  void searchShowsFormHighlightsAndPages() {
    String empty = page("/search", 200).text();
    assertTrue(empty.contains("<form action=\"/search\"") && !empty.contains("عدد النتائج"));
    String q = URLEncoder.encode("الكتاب", StandardCharsets.UTF_8);
    String html = page("/search?q=" + q, 200).text();
    assertTrue(html.contains("<mark>الكتاب</mark>"), html);
    assertTrue(html.contains("value=\"الكتاب\""), "query is kept in the form");
    String brief =
        page("/search?q=" + URLEncoder.encode("نشرة", StandardCharsets.UTF_8), 200).text();
    assertTrue(brief.contains("عدد النتائج") && brief.contains("page=2"), "25 hits need two pages");
    assertTrue(page("/search?q=zzzz", 200).text().contains("لم نعثر على نتائج"));
    page("/search?q=" + "ك".repeat(201), 400);
    page("/search?q=" + q + "&page=-1", 400);
  }

  @Test
  void sourcesAdminViewShowsEveryFeedState() {
    String html = page("/sources", 200).text();
    for (String expected :
        new String[] {
          "صحيفة الساحل",
          "شبكة الوادي الإخبارية",
          "هاربر ليدجر",
          "يعمل",
          "متعثّر",
          "معطّل",
          "410 Gone",
          "2026-11-29 11:00 UTC",
          "2026-11-29 11:15 UTC",
          "15 دقيقة"
        }) {
      assertTrue(html.contains(expected), expected);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/article/101", "/source/sahil", "/tag/thaqafa", "/search?q=x", "/sources"})
  void pagesLoadNothingExternal(String path) {
    String html = page(path, 200).text();
    assertFalse(html.matches("(?s).*<(script|link|img)[^>]*(src|href)=\"(https?:)?//.*"), path);
  }

  @Test
  void stylesheetAndHealth() {
    HttpFixture.Reply css = http.get("/static/marsad.css");
    assertEquals(200, css.status());
    assertTrue(css.contentType().startsWith("text/css"));
    assertTrue(css.text().contains("direction: rtl"));
    HttpFixture.Reply health = http.get("/healthz");
    assertEquals(200, health.status());
    assertTrue(health.text().contains("\"status\":\"ok\""), health.text());
  }

  @Test
  void emojiSurvivesByteForByteIntoThePage() {
    assertTrue(
        http.get("/article/101").containsBytes(SampleData.EMOJI.getBytes(StandardCharsets.UTF_8)));
  }
}
