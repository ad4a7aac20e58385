package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Dates read only when no declared, URL or date-line source gave one (scripts, then the page), and
 * the date line under the headline.
 */
class LastResortDatesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static Document page(String head, String body) {
    return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
  }

  private static Optional<String> scripted(String script) {
    return ScriptDates.find(PageIndex.of(page("<script>" + script + "</script>", "<p>نص</p>")), UTC)
        .map(OffsetDateTime::toString);
  }

  private static Optional<String> stated(String body) {
    return PageDates.mostStated(page("", body), UTC).map(OffsetDateTime::toString);
  }

  private static Optional<String> lastResort(String head, String body, String url) {
    Document doc = page(head, body);
    return Metadata.read(doc, Metadata.index(doc), JsonLd.of(doc), url, UTC)
        .lastResort()
        .map(OffsetDateTime::toString);
  }

  @Test
  void publishKeyBeatsAnEarlierCreationKey() {
    assertEquals(
        Optional.of("2024-03-11T09:15+03:00"),
        scripted(
            "var state = {\"comment\":{\"created_at\":\"2024-05-02T10:00:00Z\"},"
                + "\"product\":{\"published_at\":\"2024-03-11T09:15:00+03:00\"}};"));
  }

  @Test
  void creationKeyIsReadWhenNoPublishKeyExists() {
    assertEquals(
        Optional.of("2021-07-04T08:00Z"),
        scripted("window.__S = {createdAt: '2021-07-04T08:00Z'};"));
  }

  @Test
  void escapedJsonInsideAStringIsRead() {
    assertEquals(
        Optional.of("2022-01-31T15:58:43+01:00"),
        scripted("hydrate(\"{\\\"firstPublishedAt\\\":\\\"2022-01-31T15:58:43+01:00\\\"}\");"));
  }

  @Test
  void longerKeysAndImpossibleDaysAreNotPublishDates() {
    assertEquals(Optional.empty(), scripted("{\"republishedAt\":\"2023-02-02T10:00:00Z\"}"));
    assertEquals(Optional.empty(), scripted("{\"publishDate\":\"2023-13-45\"}"));
    assertEquals(
        Optional.of("2023-02-03T00:00Z"),
        scripted("{\"publishDate\":\"2023-13-45\",\"pubDate\":\"2023-02-03\"}"));
  }

  @Test
  void jsonLdAndExternalScriptsAreLeftToTheirOwnReader() {
    Document doc =
        page(
            "<script type=\"application/ld+json\">{\"@type\":\"Event\","
                + "\"datePublished\":\"2020-01-01\"}</script>"
                + "<script src=\"/app.js\">{\"published_at\":\"2020-02-02\"}</script>",
            "<p>نص</p>");
    assertEquals(Optional.empty(), ScriptDates.find(PageIndex.of(doc), UTC));
  }

  @Test
  void theDayStatedMostOftenWins() {
    assertEquals(
        Optional.of("2024-02-14T14:48Z"),
        stated(
            "<ul><li>أخبار 3 شباط 2024</li></ul>"
                + "<div>كتبت هذه التدوينة يوم 14 شباط 2024 عند الساعة 14:48 ونشرت في قسم الرحلات"
                + " بعد عودة الكاتبة من الجنوب</div>"
                + "<a href=\"/p\" title=\"14/02/2024\">رابط التدوينة</a>"));
  }

  @Test
  void aTieGoesToTheDayStatedFirstAndLongTextsDoNotVote() {
    String paragraph =
        "<p>"
            + "افتتح المعرض أبوابه للزوار في 9 آذار 2019، ".repeat(6)
            + "وتوافد عليه طلاب المدارس من القرى المجاورة.</p>";
    assertEquals(
        Optional.of("2024-01-05T00:00Z"),
        stated(paragraph + "<span>05.01.2024</span><span>07.01.2024</span>"));
    assertEquals(Optional.empty(), stated(paragraph + "<span>بلا تاريخ</span>"));
  }

  @Test
  void aLongTextVotesOnlyWithADatelineAtItsStart() {
    String story = "وقال رئيس البلدية إن الأعمال ستنتهي قبل الصيف المقبل، ".repeat(5);
    assertEquals(
        Optional.of("2022-02-01T00:00Z"),
        stated("<p>01.02.2022 " + story + "</p><p>" + story + "في 3 آذار 2022.</p>"));
  }

  @Test
  void theHeadsDescriptionAndLeadImageFolderVote() {
    Document described =
        page(
            "<meta name=\"description\" content=\"خبر بتاريخ 14/01/2020 عن الدببة\">",
            "<span>02.03.2021</span>");
    assertEquals(
        Optional.of("2020-01-14T00:00Z"),
        PageDates.mostStated(described, UTC).map(OffsetDateTime::toString));
    Document illustrated =
        page(
            "<meta property=\"og:image\" content=\"https://x.example/files/2016/05/04/a.png\">",
            "<p>تقرير سنوي</p>");
    assertEquals(
        Optional.of("2016-05-04T00:00Z"),
        PageDates.mostStated(illustrated, UTC).map(OffsetDateTime::toString));
  }

  @Test
  void theDateLineNextToTheOnlyHeadlineBeatsAnEarlierList() {
    String list =
        "<ul class=\"news-list\"><li><span>08.11.2021</span> <a href=\"/a\">دورية جديدة على"
            + " الحدود</a></li><li><span>05.11.2021</span> <a href=\"/b\">افتتاح مركز</a></li></ul>";
    Document doc =
        page(
            "",
            list + "<h1>تقرير الحدود الأسبوعي</h1><p><em>10.11.2021</em></p><p>نص التقرير.</p>");
    assertEquals(
        Optional.of("2021-11-10T00:00Z"),
        DateLines.of(Bylines.candidates(doc, PageIndex.of(doc)))
            .date(UTC)
            .map(OffsetDateTime::toString));
    Document above =
        page("", list + "<p>12.11.2021</p><h1>تقرير الحدود</h1><p>نص التقرير الأسبوعي.</p>");
    assertEquals(
        Optional.of("2021-11-12T00:00Z"),
        DateLines.of(Bylines.candidates(above, PageIndex.of(above)))
            .date(UTC)
            .map(OffsetDateTime::toString));
    Document twoTitles =
        page("", list + "<h1>أ</h1><p><em>10.11.2021</em></p><h1>ب</h1><p>نص.</p>");
    assertEquals(
        Optional.of("2021-11-08T00:00Z"),
        DateLines.of(Bylines.candidates(twoTitles, PageIndex.of(twoTitles)))
            .date(UTC)
            .map(OffsetDateTime::toString));
  }

  @Test
  void noLastResortWhenTheUrlOrADateLineGivesTheDay() {
    String body = "<script>var s = {\"published_at\":\"2019-03-02T06:22:28+01:00\"};</script>";
    assertEquals(
        Optional.of("2019-03-02T06:22:28+01:00"),
        lastResort("", body, "https://x.example/shop/item"));
    assertEquals(Optional.empty(), lastResort("", body, "https://x.example/2019/03/01/item"));
    assertEquals(
        Optional.empty(),
        lastResort("", body + "<time>1 آذار 2019</time>", "https://x.example/shop/item"));
  }
}
