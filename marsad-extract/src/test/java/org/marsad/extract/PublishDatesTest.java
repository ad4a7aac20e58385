package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Publish-date rules: local days of UTC times, dates of other stories, budgets, written forms. */
class PublishDatesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static OffsetDateTime utc(String s) {
    return OffsetDateTime.parse(s);
  }

  @Test
  void sameInstantWrittenLocallyGivesTheOffset() {
    OffsetDateTime p = utc("2023-11-09T03:28:35Z");
    LocalDays.Written naive =
        new LocalDays.Written(LocalDateTime.parse("2023-11-08T22:28:35"), Optional.empty());
    assertEquals(
        "2023-11-08T22:28:35-05:00",
        LocalDays.localise(p, List.of(naive), Optional.empty(), UTC).toString());
    LocalDays.Written withOffset =
        new LocalDays.Written(
            LocalDateTime.parse("2023-11-08T19:28:35"), Optional.of(ZoneOffset.ofHours(-8)));
    assertEquals(
        "2023-11-08T19:28:35-08:00",
        LocalDays.localise(p, List.of(withOffset), Optional.empty(), UTC).toString());
  }

  @Test
  void unrelatedTimesAndWrittenOffsetsAreLeftAlone() {
    LocalDays.Written other =
        new LocalDays.Written(LocalDateTime.parse("2023-11-08T22:10:00"), Optional.empty());
    OffsetDateTime p = utc("2023-11-09T03:28:35Z");
    assertEquals(p, LocalDays.localise(p, List.of(other), Optional.empty(), UTC));
    OffsetDateTime local = OffsetDateTime.parse("2023-11-09T00:16:15+03:00");
    assertEquals(local, LocalDays.localise(local, List.of(), Optional.empty(), UTC));
  }

  @Test
  void theOutletZoneShowsAUtcTimeOnItsOwnDay() {
    OffsetDateTime p = utc("2024-03-21T22:30:00Z");
    assertEquals(
        "2024-03-22T01:30+03:00",
        LocalDays.localise(p, List.of(), Optional.empty(), ZoneId.of("Asia/Riyadh")).toString());
  }

  @Test
  void aDayAloneStoredAsUtcMidnightKeepsItsDayInAnyZone() {
    OffsetDateTime day = utc("2024-03-12T00:00:00Z");
    assertEquals(
        day, LocalDays.localise(day, List.of(), Optional.empty(), ZoneId.of("America/New_York")));
  }

  @Test
  void theUrlDayDecidesAroundMidnight() {
    Optional<OffsetDateTime> url21 = Dates.fromUrl("https://x.example/2024/03/21/story", UTC);
    OffsetDateTime west = utc("2024-03-22T02:15:00Z");
    assertEquals(
        "2024-03-21", LocalDays.localise(west, List.of(), url21, UTC).toLocalDate().toString());
    Optional<OffsetDateTime> url22 = Dates.fromUrl("https://x.example/2024/03/22/story", UTC);
    OffsetDateTime east = utc("2024-03-21T21:40:00Z");
    assertEquals(
        "2024-03-22", LocalDays.localise(east, List.of(), url22, UTC).toLocalDate().toString());
    // Ten in the morning UTC is the same day almost everywhere: the URL's older day is a draft's.
    OffsetDateTime morning = utc("2020-07-09T10:04:04Z");
    Optional<OffsetDateTime> url08 = Dates.fromUrl("https://x.example/2020/07/08/story", UTC);
    assertEquals(morning, LocalDays.localise(morning, List.of(), url08, UTC));
    // A day alone stays the day the page wrote.
    OffsetDateTime dayOnly = utc("2024-03-22T00:00:00Z");
    assertEquals(dayOnly, LocalDays.localise(dayOnly, List.of(), url21, UTC));
  }

  @Test
  void aLocalMidnightStoredAsUtcIsTheNextDay() {
    assertEquals(
        "2021-11-05T00:00+01:00",
        LocalDays.localise(utc("2021-11-04T23:00:00Z"), List.of(), Optional.empty(), UTC)
            .toString());
    OffsetDateTime evening = utc("2021-11-04T23:15:00Z");
    assertEquals(evening, LocalDays.localise(evening, List.of(), Optional.empty(), UTC));
  }

  @Test
  void writtenFormsKeepTheirOffsetOrLackOfOne() {
    assertEquals(
        Optional.of(
            new LocalDays.Written(LocalDateTime.parse("2023-11-08T22:28:35"), Optional.empty())),
        Dates.written("2023-11-08 22:28:35"));
    assertEquals(
        Optional.of(ZoneOffset.ofHours(2)),
        Dates.written("Sat, 19 Oct 2019 00:04:00 +0200").flatMap(LocalDays.Written::offset));
    assertTrue(Dates.written("2023-11-08").isEmpty());
    assertTrue(Dates.written("غدا").isEmpty());
  }

  @Test
  void commentsRelatedListsAndEmbedsAreElsewhere() {
    Document doc =
        Jsoup.parse(
            "<article class='post tag-comment'><header class='ArticleHeaderComment'>"
                + "<time id='own' datetime='2024-03-10'>١٠ آذار</time></header>"
                + "<div id='comments'><time id='c' datetime='2024-03-15'>x</time></div>"
                + "<ul class='related-posts'><li><time id='r' datetime='2023-01-01'>y</time></ul>"
                + "<blockquote class='embed'><time id='q' datetime='2020-01-01'>z</time>"
                + "</blockquote></article>");
    assertFalse(DatePlaces.elsewhere(doc.getElementById("own")));
    assertTrue(DatePlaces.elsewhere(doc.getElementById("c")));
    assertTrue(DatePlaces.elsewhere(doc.getElementById("r")));
    assertTrue(DatePlaces.elsewhere(doc.getElementById("q")));
  }

  @Test
  void aLongMenuDoesNotHideTheMarkedDateLine() {
    StringBuilder html = new StringBuilder("<ul>");
    for (int i = 0; i < 600; i++) {
      html.append("<li>قسم رقم ").append(i).append("</li>");
    }
    html.append("</ul><h1>عنوان</h1><span class='post-date'>13.01.2022</span>");
    Document page = Jsoup.parse(html.toString());
    List<String> lines = Bylines.candidates(page, PageIndex.of(page));
    assertEquals(
        "2022-01-13T00:00Z",
        DateLines.of(lines).date(UTC).map(OffsetDateTime::toString).orElse("-"));
  }

  @Test
  void anAsOfLineIsReadInAnyAsciiCaseButNotInsideAWord() {
    String tail = "<h1>Abfuhr</h1><p>Die Tonnen werden montags geleert.</p>";
    Document upper = Jsoup.parse(tail + "<p class=print>Quelle: Stadt<br>[STAND: 09.10.2017]</p>");
    List<String> lines = Bylines.candidates(upper, PageIndex.of(upper));
    assertTrue(lines.get(0).startsWith("09.10.2017"), "the as-of line leads: " + lines);
    Document inWord =
        Jsoup.parse(tail + "<p class=print>Quelle: Stadt<br>[Bestand: 09.10.2017]</p>");
    assertTrue(
        Bylines.candidates(inWord, PageIndex.of(inWord)).stream()
            .noneMatch(l -> l.startsWith("09.10.2017")),
        "Bestand: is no as-of label");
  }

  @Test
  void cjkAndSpanishDateLinesAreRead() {
    assertEquals(
        "2020-07-03",
        ArabicDates.parse("2020年07月03日 | 徒歩", UTC).orElseThrow().toLocalDate().toString());
    assertEquals(
        "2020-04-02",
        ArabicDates.parse("/ jueves 2 de abril de 2020", UTC)
            .orElseThrow()
            .toLocalDate()
            .toString());
  }

  @Test
  void spacedAndShortNumericDateLinesAreRead() {
    assertEquals(
        "2020-08-18",
        ArabicDates.parse("2020. 08. 18. 21:35", UTC).orElseThrow().toLocalDate().toString());
    assertEquals(
        "2022-02-04",
        ArabicDates.parse("Von Redaktion 4. 2. 2022.", UTC).orElseThrow().toLocalDate().toString());
    assertEquals(
        "2022-01-28",
        ArabicDates.parse("28.01.22 / 0 Kommentare", UTC).orElseThrow().toLocalDate().toString());
    assertTrue(ArabicDates.parse("الإصدار 1.2.3.4", UTC).isEmpty());
  }

  private static Optional<OffsetDateTime> published(String head) {
    Document doc = Jsoup.parse("<html><head>" + head + "</head><body><p>نص</p></body></html>");
    return Metadata.read(doc, Metadata.index(doc), JsonLd.of(doc), "https://x.example/a", UTC)
        .published();
  }

  @Test
  void pluginPrefixedPublishMetaIsReadAndUnparseableValuesDoNotHideTheNext() {
    assertEquals(
        "2014-03-17T01:44:37+01:00",
        published(
                "<meta property='shareaholic:article_published_time'"
                    + " content='2014-03-17T01:44:37+01:00'>"
                    + "<meta property='shareaholic:article_modified_time'"
                    + " content='2018-09-16T07:34:07+01:00'>")
            .map(OffsetDateTime::toString)
            .orElse("-"));
    assertEquals(
        "2024-03-12T09:15+03:00",
        published(
                "<meta property='article:published_time' content='قريبا'>"
                    + "<meta name='pubdate' content='2024-03-12T09:15:00+03:00'>")
            .map(OffsetDateTime::toString)
            .orElse("-"));
  }

  @Test
  void metaValuesInWrittenFormsAreRead() {
    assertEquals(
        "2019-10-18", Dates.parse("18.10.2019 17:08", UTC).orElseThrow().toLocalDate().toString());
  }
}
