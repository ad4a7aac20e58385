package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataPartsTest {

  @Test
  void titleSuffixesAndPrefixesAreStripped() {
    Optional<String> site = Optional.of("هسبريس");
    assertEquals("خبر عن الطقس", Titles.strip("خبر عن الطقس - هسبريس", site, Optional.empty()));
    assertEquals("خبر عن الطقس", Titles.strip("خبر عن الطقس | هسبريس", site, Optional.empty()));
    assertEquals("خبر عن الطقس", Titles.strip("هسبريس | خبر عن الطقس", site, Optional.empty()));
    assertEquals(
        "أمطار غزيرة تضرب المدن الساحلية اليوم",
        Titles.strip(
            "أمطار غزيرة تضرب المدن الساحلية اليوم | الموقع", Optional.empty(), Optional.empty()));
    // A dash inside the headline is not a suffix.
    assertEquals(
        "الرباط - الدار البيضاء: قطار جديد",
        Titles.strip("الرباط - الدار البيضاء: قطار جديد", site, Optional.empty()));
  }

  @Test
  void machineDatesKeepTheirOffsetAndDefaultToUtc() {
    ZoneId utc = ZoneOffset.UTC;
    assertEquals(
        "2024-03-12T09:15+01:00",
        Dates.parse("2024-03-12T09:15:00+01:00", utc).orElseThrow().toString());
    assertEquals(
        "2024-03-12T09:15+03:00",
        Dates.parse("2024-03-12T09:15:00.000+0300", utc).orElseThrow().toString());
    assertEquals(
        "2024-03-12T09:15Z", Dates.parse("2024-03-12 09:15", utc).orElseThrow().toString());
    assertEquals("2024-03-12T00:00Z", Dates.parse("2024-03-12", utc).orElseThrow().toString());
    assertEquals(
        "2024-03-12T08:00Z",
        Dates.parse("Tue, 12 Mar 2024 08:00:00 GMT", utc).orElseThrow().toString());
    assertTrue(Dates.parse("not a date", utc).isEmpty());
    assertTrue(Dates.parse("2024-13-45", utc).isEmpty());
    assertEquals(
        "2023-11-05T00:00Z",
        Dates.fromUrl("https://x.ma/news/2023/11/05/slug", utc).orElseThrow().toString());
    assertTrue(Dates.fromUrl("https://x.ma/news/12345", utc).isEmpty());
  }

  @Test
  void zonelessMachineDatesTakeTheOutletZoneAndExplicitOffsetsWin() {
    ZoneId beirut = ZoneId.of("Asia/Beirut");
    // Beirut is +02:00 in winter and +03:00 in summer: the zone, not a fixed offset, decides.
    assertEquals(
        "2024-01-12T09:15+02:00",
        Dates.parse("2024-01-12T09:15:00", beirut).orElseThrow().toString());
    assertEquals(
        "2024-07-12T09:15+03:00", Dates.parse("2024-07-12 09:15", beirut).orElseThrow().toString());
    assertEquals(
        "2024-07-12T00:00+03:00", Dates.parse("2024-07-12", beirut).orElseThrow().toString());
    assertEquals(
        "2024-07-12T09:15Z", Dates.parse("2024-07-12T09:15:00Z", beirut).orElseThrow().toString());
    assertEquals(
        "2024-07-12T09:15+01:00",
        Dates.parse("2024-07-12T09:15:00+01:00", beirut).orElseThrow().toString());
    assertEquals(
        "2024-07-12T08:00Z",
        Dates.parse("Fri, 12 Jul 2024 08:00:00 GMT", beirut).orElseThrow().toString());
    assertEquals(
        "2023-11-05T00:00+02:00",
        Dates.fromUrl("https://x.lb/news/2023/11/05/slug", beirut).orElseThrow().toString());
  }

  @Test
  void visibleDateLinesTakeTheOutletZoneUnlessTheyNameOne() {
    ZoneId tunis = ZoneId.of("Africa/Tunis");
    assertEquals(
        "2024-01-18T10:45+01:00",
        ArabicDates.parse("الخميس 18 جانفي 2024 على الساعة 10:45", tunis).orElseThrow().toString());
    assertEquals(
        "2024-01-18T10:45Z",
        ArabicDates.parse("18 جانفي 2024 الساعة 10:45 بتوقيت غرينتش", tunis)
            .orElseThrow()
            .toString());
    assertEquals(
        "2024-01-18T00:00+01:00", ArabicDates.parse("18/01/2024", tunis).orElseThrow().toString());
  }

  @Test
  void furnitureLabelsFoldSpellingVariants() {
    for (String label : new String[] {"اقرأ أيضاً", "إقرأ أيضا:", "اقرأ ايضاً", "إقرأ أيضًا"}) {
      assertEquals(
          FurnitureLabels.Kind.RELATED,
          FurnitureLabels.match(ArabicFold.foldArabic(label)).orElseThrow().kind(),
          label);
    }
    assertEquals(
        FurnitureLabels.Kind.TAGS,
        FurnitureLabels.match(ArabicFold.foldArabic("كلمات دلالية")).orElseThrow().kind());
    assertEquals(
        FurnitureLabels.Kind.SHARE,
        FurnitureLabels.match(ArabicFold.foldArabic("شارك على فيسبوك")).orElseThrow().kind());
    // Prose that starts with a label word is not furniture.
    assertTrue(
        FurnitureLabels.match(ArabicFold.foldArabic("شارك آلاف المواطنين في المسيرة")).isEmpty());
    assertTrue(
        FurnitureLabels.match(ArabicFold.foldArabic("المصدر الرئيسي للمياه هو السد")).isEmpty());
  }
}
