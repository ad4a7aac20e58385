package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Where publish dates are found: microdata, JSON-LD pages, URLs, visible lines, shown days. */
class PublishDateSourcesTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static Optional<String> published(String head, String body) {
    Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return Metadata.read(doc, Metadata.index(doc), JsonLd.of(doc), "https://x.example/a", UTC)
        .published()
        .map(OffsetDateTime::toString);
  }

  private static OffsetDateTime at(String s) {
    return OffsetDateTime.parse(s);
  }

  @Test
  void microdataOnAnyElementIsRead() {
    assertEquals(
        Optional.of("2022-01-14T10:31Z"),
        published(
            "",
            "<p itemprop=\"datePublished\" content=\"2022-01-14 10:31:00\">كانون الثاني 2022</p>"));
  }

  @Test
  void aWebPageDatePublishedCountsWhenNoArticleIsDeclared() {
    String ld =
        "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\","
            + " \"datePublished\": \"2018-06-07T10:13:17+00:00\"}]}</script>";
    assertEquals(Optional.of("2018-06-07T10:13:17Z"), published(ld, "<p>من نحن</p>"));
  }

  @Test
  void anArticleNestedAsMainEntityIsTheArticle() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"mainEntity\":"
            + " {\"@type\": \"NewsArticle\", \"headline\": \"عنوان\","
            + " \"datePublished\": \"2024-04-26T20:44:00+0200\"}}</script>";
    Document doc = Jsoup.parse("<html><head>" + ld + "</head><body></body></html>");
    assertEquals(Optional.of("عنوان"), JsonLd.of(doc).articleString("headline"));
    assertEquals(Optional.of("2024-04-26T20:44+02:00"), published(ld, ""));
  }

  @Test
  void aTimeWhoseTextNamesAnotherDayShowsItsText() {
    assertEquals(
        Optional.of("2019-06-29T00:00Z"),
        published("", "<time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time>"));
    // A day apart is a time zone, not a different day: the machine value stays.
    assertEquals(
        Optional.of("2019-07-03T23:10Z"),
        published("", "<time datetime=\"2019-07-03T23:10:00Z\">4 تموز 2019</time>"));
  }

  @Test
  void dayStampedAndDayFirstUrlsAreRead() {
    assertEquals(
        "2020-04-28",
        Dates.fromUrl("https://x.example/20200428/story", UTC)
            .orElseThrow()
            .toLocalDate()
            .toString());
    assertEquals(
        "2021-10-29",
        Dates.fromUrl("https://x.example/news/29-10-2021", UTC)
            .orElseThrow()
            .toLocalDate()
            .toString());
    // Digits inside an id are no day.
    assertTrue(Dates.fromUrl("https://x.example/news/a20200428b", UTC).isEmpty());
    assertTrue(Dates.fromUrl("https://x.example/item/20201399/", UTC).isEmpty());
  }

  @Test
  void aShortDateGluedToItsTimeIsNotACenturyAgo() {
    assertEquals(
        "2019-09-28",
        ArabicDates.parse("macbacchi28.09.1912:44", UTC).orElseThrow().toLocalDate().toString());
  }

  @Test
  void longMarkedBlocksAreReadByTheirStartAndCreatedAndH3Count() {
    String tail = " نص إضافي طويل عن التصنيفات والتعليقات".repeat(10);
    Document doc =
        Jsoup.parse(
            "<p class=\"postmetadata\">نشرت هذه التدوينة يوم السبت 3 كانون الأول 2011"
                + tail
                + "</p><span class=\"created-post\">27.06.2018 09:54</span><h3>21.01.2022</h3>");
    List<String> lines = Bylines.candidates(doc, PageIndex.of(doc));
    assertTrue(lines.get(0).startsWith("نشرت هذه التدوينة"), lines.toString());
    assertTrue(lines.get(0).length() <= 200);
    assertEquals(
        "2011-12-03", DateLines.of(lines).date(UTC).orElseThrow().toLocalDate().toString());
    assertTrue(lines.contains("27.06.2018 09:54"), lines.toString());
    assertTrue(lines.contains("21.01.2022"), lines.toString());
  }

  @Test
  void theShownRevisionDayWinsOnlyWhenDaysApartAndUnconfirmed() {
    List<OffsetDateTime> publish = List.of(at("2023-01-10T09:15:00+02:00"));
    List<OffsetDateTime> modified = List.of(at("2023-03-06T11:40:00+02:00"));
    Optional<OffsetDateTime> shown = Optional.of(at("2023-03-06T00:00:00+02:00"));
    assertEquals(
        modified.get(0), ShownDates.choose(publish, modified, () -> shown, Optional.empty()));
    // The URL names the first day: it stands.
    Optional<OffsetDateTime> url = Optional.of(at("2023-01-10T00:00:00+02:00"));
    assertEquals(publish.get(0), ShownDates.choose(publish, modified, () -> shown, url));
    // The page shows the publish day, or no day: it stands.
    Optional<OffsetDateTime> first = Optional.of(at("2023-01-10T00:00:00+02:00"));
    assertEquals(
        publish.get(0), ShownDates.choose(publish, modified, () -> first, Optional.empty()));
    assertEquals(
        publish.get(0), ShownDates.choose(publish, modified, Optional::empty, Optional.empty()));
    // A revision the next day is a time zone or a same-night fix, unless the date line repeats it
    // to the minute.
    List<OffsetDateTime> nextDay = List.of(at("2023-01-11T08:00:00+02:00"));
    Optional<OffsetDateTime> nextDayLine = Optional.of(at("2023-01-11T00:00:00Z"));
    assertEquals(
        publish.get(0), ShownDates.choose(publish, nextDay, () -> nextDayLine, Optional.empty()));
    Optional<OffsetDateTime> sameMinute = Optional.of(at("2023-01-11T08:00:00Z"));
    assertEquals(
        nextDay.get(0), ShownDates.choose(publish, nextDay, () -> sameMinute, Optional.empty()));
    // A time element's value is its own date line: it confirms nothing.
    List<OffsetDateTime> withTime = List.of(publish.get(0), nextDay.get(0));
    assertEquals(
        publish.get(0),
        ShownDates.choose(withTime, 1, List.of(), () -> sameMinute, Optional.empty()));
    assertEquals(
        nextDay.get(0),
        ShownDates.choose(withTime, 2, List.of(), () -> sameMinute, Optional.empty()));
  }

  @Test
  void aDayWithoutTimeTakesTheTimeOfADateLineOnTheSameDay() {
    OffsetDateTime day = at("2024-04-25T00:00:00+02:00");
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertEquals(
        "2024-04-25T14:07+02:00",
        Bylines.withTimeOfDay(day, DateLines.of(List.of("Do 25.04.24 | 14:07 Uhr")), berlin)
            .toString());
    // Another day's line, a line without a time, or a day that has a time: unchanged.
    assertEquals(
        day, Bylines.withTimeOfDay(day, DateLines.of(List.of("26.04.24 | 09:00")), berlin));
    assertEquals(day, Bylines.withTimeOfDay(day, DateLines.of(List.of("25.04.2024")), berlin));
    OffsetDateTime timed = at("2024-04-25T08:00:00+02:00");
    assertEquals(
        timed, Bylines.withTimeOfDay(timed, DateLines.of(List.of("25.04.24 | 14:07")), berlin));
  }

  @Test
  void oneDeclaredNameOfSeveralPeopleIsSplit() {
    assertEquals(
        List.of("أحمد علي", "سارة حسن", "وكالات"), Authors.split("أحمد علي و سارة حسن، وكالات"));
    assertEquals(
        List.of("Felix Schröder", "Jörg Soldwisch", "dpa"),
        Authors.split("Felix Schröder und Jörg Soldwisch, dpa"));
    assertEquals(List.of("A. B", "C. D", "E F"), Authors.split("A. B, C. D and E F"));
    // A name that begins with و is one name.
    assertEquals(List.of("وليد منصور"), Authors.split("وليد منصور"));
  }

  @Test
  void authorReferencesAndGivenFamilyNamesAreResolved() {
    String ld =
        "<script type=\"application/ld+json\">{\"@graph\": ["
            + "{\"@type\": \"NewsArticle\", \"author\": [{\"@id\": \"https://x.example/#/p/1\"},"
            + " {\"@type\": \"Person\", \"givenName\": \"سارة\", \"familyName\": \"حسن\"}]},"
            + "{\"@type\": \"Person\", \"@id\": \"https://x.example/#/p/1\", \"name\": \"أحمد علي\"}"
            + "]}</script>";
    Document doc = Jsoup.parse("<html><head>" + ld + "</head><body></body></html>");
    assertEquals(List.of("أحمد علي", "سارة حسن"), Authors.of(doc, JsonLd.of(doc)));
  }

  @Test
  void anUnresolvedReferenceDoesNotHideTheAuthorMeta() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
            + " \"author\": {\"@id\": \"https://x.example/#/p/9\"}}</script>"
            + "<meta name=\"author\" content=\"رنا الحلبي\">";
    Document doc = Jsoup.parse("<html><head>" + ld + "</head><body></body></html>");
    assertEquals(List.of("رنا الحلبي"), Authors.of(doc, JsonLd.of(doc)));
  }

  @Test
  void titlesEscapedTwiceAreDecoded() {
    assertEquals(
        "قال \"نعم\" – ‘أخيرا’", Titles.unescape("قال &quot;نعم&quot; – &#8216;أخيرا&#8217;"));
    assertEquals("بلا كيانات", Titles.unescape("بلا كيانات"));
    // UTF-8 read as Latin-1 by the CMS; real Latin-1 words stay as they are.
    assertEquals("tras su sanción", Titles.unescape("tras su sanciÃ³n"));
    assertEquals("Ça va à Paris", Titles.unescape("Ça va à Paris"));
  }
}
