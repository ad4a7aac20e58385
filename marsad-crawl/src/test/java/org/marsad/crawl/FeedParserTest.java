package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tolerant parsing of feeds written for these tests (all text is original). */
class FeedParserTest {

  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  static final URI BASE = URI.create("https://akhbar.example/feeds/main.xml");

  static ParsedFeed parse(String text) {
    return FeedParser.parse(
        text.getBytes(StandardCharsets.UTF_8), Optional.of("application/xml"), BASE, NOW);
  }

  @Test
  void rss2WithRealWorldBreakage() {
    String rss =
        "\uFEFF  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
            + "<channel><title>أخبار الواحة & العالم</title>"
            + "<item><title><![CDATA[<b>افتتاح</b> مكتبة جديدة في المدينة 📚]]></title>"
            + "<link>/2026/11/library?utm_source=rss&utm_medium=feed</link>"
            + "<description>&lt;p&gt;نص &nbsp;الخبر &amp; تفاصيله&lt;/p&gt;</description>"
            + "<pubDate>Sat, 28 Nov 2026 09:30:00 +0300</pubDate>"
            + "<dc:creator>سلمى الراوي</dc:creator><category>ثقافة</category><category>مدن</category>"
            + "<media:thumbnail url=\"/img/lib.jpg\"/></item>"
            + "<item><title>خبر بلا تاريخ & بلا معرّف</title><link>https://akhbar.example/b</link></item>"
            + "<item><title>تاريخ بلا منطقة زمنية</title><link>https://akhbar.example/c</link>"
            + "<pubDate>Sat, 28 Nov 2026 14:00:00</pubDate><guid isPermaLink=\"false\">c-778</guid></item>"
            + "<item><title>بلا رابط</title><description>يُتجاهل</description></item>"
            + "</channel></rss>";
    ParsedFeed p = parse(rss);
    assertEquals(Optional.empty(), p.error());
    assertEquals(Optional.of("أخبار الواحة & العالم"), p.title());
    assertEquals(3, p.items().size(), "the item without a link is skipped");
    FeedItem a = p.items().get(0);
    assertEquals("افتتاح مكتبة جديدة في المدينة 📚", a.title());
    assertEquals(URI.create("https://akhbar.example/2026/11/library"), a.url());
    assertEquals("url:https://akhbar.example/2026/11/library", a.identity());
    assertEquals(Optional.of("نص الخبر & تفاصيله"), a.summary());
    assertEquals(
        Optional.of(OffsetDateTime.of(2026, 11, 28, 9, 30, 0, 0, ZoneOffset.ofHours(3))),
        a.published());
    assertEquals(List.of("سلمى الراوي"), a.authors());
    assertEquals(List.of("ثقافة", "مدن"), a.categories());
    assertEquals(Optional.of(URI.create("https://akhbar.example/img/lib.jpg")), a.imageUrl());
    FeedItem b = p.items().get(1);
    assertEquals("خبر بلا تاريخ & بلا معرّف", b.title());
    assertEquals(Optional.empty(), b.published());
    FeedItem c = p.items().get(2);
    assertEquals(
        Optional.of(NOW.atOffset(ZoneOffset.UTC)),
        c.published(),
        "a zone-less date read as UTC lies in the future and is clamped to the poll time");
    assertEquals("guid:akhbar.example:c-778", c.identity());
  }

  @Test
  void rss1RdfAndRss091() {
    String rdf =
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"https://rdf.example/\"><title>قناة RDF</title></channel>"
            + "<item rdf:about=\"https://rdf.example/n/1\"><title>أول</title><link>https://rdf.example/n/1</link>"
            + "<dc:date>2026-11-27T08:00:00+02:00</dc:date><dc:subject>اقتصاد</dc:subject></item></rdf:RDF>";
    ParsedFeed p = parse(rdf);
    assertEquals(Optional.of("قناة RDF"), p.title());
    assertEquals(1, p.items().size());
    assertEquals("url:https://rdf.example/n/1", p.items().get(0).identity());
    assertEquals(List.of("اقتصاد"), p.items().get(0).categories());
    String rss091 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
            + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
            + "<rss version=\"0.91\"><channel><title>Old</title><item><title>Legacy item</title>"
            + "<link>http://old.example/x.html</link></item></channel></rss>";
    ParsedFeed old = parse(rss091);
    assertEquals(1, old.items().size());
    assertEquals("Legacy item", old.items().get(0).title());
  }

  @Test
  void atom10WithXmlBaseAndRelativeLinks() {
    String atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://sahil.example/ar/\">"
            + "<title type=\"html\">&lt;i&gt;الساحل&lt;/i&gt; اليوم</title>"
            + "<entry><id>tag:sahil.example,2026:991</id><title type=\"html\">ميناء &amp;lt;جديد&amp;gt;</title>"
            + "<link rel=\"alternate\" type=\"text/html\" href=\"news/991\"/>"
            + "<link rel=\"enclosure\" type=\"image/jpeg\" href=\"/media/991.jpg\"/>"
            + "<published>2026-11-28T07:15:00Z</published><updated>2026-11-28T08:00:00Z</updated>"
            + "<summary type=\"html\">&lt;p&gt;ملخص&lt;/p&gt;</summary>"
            + "<author><name>فريق التحرير</name></author><category term=\"ports\" label=\"موانئ\"/></entry></feed>";
    ParsedFeed p = parse(atom);
    assertEquals(Optional.of("الساحل اليوم"), p.title());
    FeedItem e = p.items().get(0);
    assertEquals(URI.create("https://sahil.example/ar/news/991"), e.url());
    assertEquals("guid:sahil.example:tag:sahil.example,2026:991", e.identity());
    assertEquals(Optional.of(URI.create("https://sahil.example/media/991.jpg")), e.imageUrl());
    assertEquals(Optional.of(OffsetDateTime.parse("2026-11-28T07:15:00Z")), e.published());
    assertEquals(List.of("فريق التحرير"), e.authors());
    assertEquals(List.of("موانئ"), e.categories());
    assertEquals(Optional.of("ملخص"), e.summary());
  }

  @Test
  void atom03() {
    String atom =
        "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>قديم</title>"
            + "<entry><title mode=\"escaped\">عنوان &lt;b&gt;قديم&lt;/b&gt;</title>"
            + "<link rel=\"alternate\" type=\"text/html\" href=\"https://old.example/e/1\"/>"
            + "<id>urn:old:1</id><issued>2026-11-20T10:00:00</issued><modified>2026-11-21T10:00:00Z</modified></entry></feed>";
    FeedItem e = parse(atom).items().get(0);
    assertEquals("عنوان قديم", e.title());
    assertEquals(Optional.of(OffsetDateTime.parse("2026-11-20T10:00:00Z")), e.published());
  }

  @Test
  void jsonFeed10And11() {
    String v11 =
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"منصة \\u0627\\u0644\\u0631\\u0623\\u064a\","
            + "\"home_page_url\":\"https://raay.example/\",\"items\":[{\"id\":\"77\",\"url\":\"/opinion/77?fbclid=abc\","
            + "\"title\":\"مقال <em>جديد</em>\",\"content_html\":\"<p>محتوى</p>\",\"date_published\":\"2026-11-28T06:00:00+03:00\","
            + "\"authors\":[{\"name\":\"كاتب\"}],\"tags\":[\"رأي\"],\"image\":\"https://raay.example/i/77.png\"},"
            + "{\"id\":78,\"external_url\":\"https://other.example/x\",\"title\":\"رابط خارجي \\ud83c\\udf0d\"}]}";
    ParsedFeed p = parse(v11);
    assertEquals(Optional.of("منصة الرأي"), p.title());
    assertEquals(2, p.items().size());
    FeedItem a = p.items().get(0);
    assertEquals(URI.create("https://raay.example/opinion/77"), a.url());
    assertEquals("مقال جديد", a.title());
    assertEquals(List.of("كاتب"), a.authors());
    assertEquals("رابط خارجي 🌍", p.items().get(1).title());
    assertEquals(Optional.of("78"), p.items().get(1).guid());
    String v10 =
        "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"a\",\"url\":\"https://j.example/a\","
            + "\"author\":{\"name\":\"Old Style\"},\"summary\":\"s\"}]}";
    assertEquals(List.of("Old Style"), parse(v10).items().get(0).authors());
  }

  @Test
  void newsSitemapAndPlainSitemap() {
    String news =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""
            + " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">"
            + "<url><loc>https://wadi.example/a/1</loc><lastmod>2026-11-28T05:00:00Z</lastmod>"
            + "<news:news><news:publication><news:name>وادي نيوز</news:name><news:language>ar</news:language></news:publication>"
            + "<news:publication_date>2026-11-28T04:30:00+01:00</news:publication_date>"
            + "<news:title>سدّ جديد على النهر</news:title><news:keywords>مياه، زراعة</news:keywords></news:news>"
            + "<image:image><image:loc>https://wadi.example/i/1.jpg</image:loc></image:image></url>"
            + "<url><loc>https://wadi.example/a/2</loc></url></urlset>";
    ParsedFeed p = parse(news);
    assertEquals(Optional.of("وادي نيوز"), p.title());
    FeedItem a = p.items().get(0);
    assertEquals("سدّ جديد على النهر", a.title());
    assertEquals(Optional.of(OffsetDateTime.parse("2026-11-28T04:30:00+01:00")), a.published());
    assertEquals(List.of("مياه", "زراعة"), a.categories());
    assertEquals(Optional.of(URI.create("https://wadi.example/i/1.jpg")), a.imageUrl());
    assertEquals("", p.items().get(1).title());
  }

  @Test
  void sitemapIndexListsChildren() {
    String index =
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>/sitemaps/news-1.xml</loc><lastmod>2026-11-28</lastmod></sitemap>"
            + "<sitemap><loc>https://akhbar.example/sitemaps/news-0.xml</loc></sitemap></sitemapindex>";
    ParsedFeed p = parse(index);
    assertTrue(p.items().isEmpty());
    assertEquals(2, p.children().size());
    assertEquals(
        URI.create("https://akhbar.example/sitemaps/news-1.xml"), p.children().get(0).url());
  }

  @Test
  void windows1256BytesDeclaredAsUtf8() {
    String rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>صحيفة النخيل</title>"
            + "<item><title>أمطار غزيرة في الجنوب</title><link>https://nakheel.example/r/5</link></item></channel></rss>";
    byte[] bytes = rss.getBytes(Charset.forName("windows-1256"));
    ParsedFeed p = FeedParser.parse(bytes, Optional.of("text/xml; charset=utf-8"), BASE, NOW);
    assertEquals(Optional.of("صحيفة النخيل"), p.title());
    assertEquals("أمطار غزيرة في الجنوب", p.items().get(0).title());
  }

  @Test
  void nonFeedsAreParseErrorsNotExceptions() {
    assertTrue(parse("<!DOCTYPE html><html><body>مرحبا</body></html>").error().isPresent());
    assertTrue(parse("just some words").error().isPresent());
    assertTrue(parse("{\"items\": [1, 2").error().isPresent());
    assertTrue(parse("{\"title\": \"no items\"}").error().isPresent());
    assertTrue(parse("").error().isPresent());
    assertTrue(parse("<unknown/>").error().isPresent());
    String deep = "[".repeat(5000);
    assertTrue(parse("{\"items\":" + deep).error().isPresent());
  }

  @Test
  void unclosedTagsStillYieldItems() {
    String broken =
        "<rss><channel><title>مكسور<item><title>واحد</title><link>https://x.example/1</link></item>"
            + "<item><title>اثنان<link>https://x.example/2</link></item>";
    ParsedFeed p = parse(broken);
    assertFalse(p.items().isEmpty());
    assertEquals(URI.create("https://x.example/1"), p.items().get(0).url());
  }
}
