package org.marsad.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {

  private static ZonedDateTime at(String local, String zone) {
    return java.time.LocalDateTime.parse(local).atZone(ZoneId.of(zone));
  }

  @Test
  void levantineDualMonthNames() {
    assertEquals(
        "الثلاثاء 8 كانون الأول/ ديسمبر 2026 - 10:30",
        ArabicDates.byline(Shape.DRUPAL, at("2026-12-08T10:30", "Asia/Beirut")));
  }

  @Test
  void moroccanAndMaghrebMonthNames() {
    assertEquals(
        "نشر في 3 غشت 2026 على الساعة 09:05",
        ArabicDates.byline(Shape.WORDPRESS, at("2026-08-03T09:05", "Africa/Casablanca")));
    assertTrue(
        ArabicDates.byline(Shape.WORDPRESS, at("2026-11-20T09:05", "UTC")).contains("نونبر"));
    assertEquals(
        "14 جانفي 2027 | 18:40",
        ArabicDates.byline(Shape.MAGHREB, at("2027-01-14T18:40", "Africa/Algiers")));
    assertTrue(ArabicDates.byline(Shape.MAGHREB, at("2026-07-01T08:00", "UTC")).contains("جويلية"));
  }

  @Test
  void egyptianAndGulfUseTwelveHourClock() {
    assertEquals(
        "الأحد، 29 نوفمبر 2026 02:15 م",
        ArabicDates.byline(Shape.CUSTOM, at("2026-11-29T14:15", "Africa/Cairo")));
    assertEquals(
        "الأحد 29 نوفمبر 2026 - 12:05 ص بتوقيت مكة",
        ArabicDates.byline(Shape.GULF, at("2026-11-29T00:05", "Asia/Riyadh")));
  }

  @Test
  void hijriLine() {
    String h = ArabicDates.hijri(at("2026-12-08T10:00", "Asia/Riyadh"));
    assertTrue(h.endsWith(" 1448 هـ"), h);
    assertTrue(h.startsWith("الثلاثاء "), h);
  }

  @Test
  void englishStyleChannelDate() {
    assertEquals("15th, December 2026", ArabicDates.english(at("2026-12-15T10:00", "UTC")));
    assertEquals("1st, March 2026", ArabicDates.english(at("2026-03-01T10:00", "UTC")));
    assertEquals("22nd, March 2026", ArabicDates.english(at("2026-03-22T10:00", "UTC")));
    assertEquals("13th, March 2026", ArabicDates.english(at("2026-03-13T10:00", "UTC")));
    assertEquals(
        "10:42 - 15th, December 2026 GMT",
        ArabicDates.byline(Shape.CHANNEL, at("2026-12-15T10:42", "UTC")));
  }
}
