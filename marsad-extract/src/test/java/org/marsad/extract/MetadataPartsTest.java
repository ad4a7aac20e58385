package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataPartsTest {

  @Test
  void titleSuffixesAndPrefixesAreStripped() {
    Optional<String> site = Optional.of("هسبريس");
    assertEquals("خبر عن الطقس", Titles.strip("خبر عن الطقس - هسبريس", site, Optional.empty()));
    assertEquals("خبر عن الطقس", Titles.strip("خبر عن الطقس | هسبريس", site, Optional.empty()));
    assertEquals("خبر عن الطقس", Titles.strip("هسبريس | خبر عن الطقس", site, Optional.empty()));
    assertEquals("أمطار غزيرة تضرب المدن الساحلية اليوم",
        Titles.strip("أمطار غزيرة تضرب المدن الساحلية اليوم | الموقع", Optional.empty(), Optional.empty()));
    // A dash inside the headline is not a suffix.
    assertEquals("الرباط - الدار البيضاء: قطار جديد",
        Titles.strip("الرباط - الدار البيضاء: قطار جديد", site, Optional.empty()));
  }

  @Test
  void machineDatesKeepTheirOffsetAndDefaultToUtc() {
    assertEquals("2024-03-12T09:15+01:00", Dates.parse("2024-03-12T09:15:00+01:00").orElseThrow().toString());
    assertEquals("2024-03-12T09:15+03:00", Dates.parse("2024-03-12T09:15:00.000+0300").orElseThrow().toString());
    assertEquals("2024-03-12T09:15Z", Dates.parse("2024-03-12 09:15").orElseThrow().toString());
    assertEquals("2024-03-12T00:00Z", Dates.parse("2024-03-12").orElseThrow().toString());
    assertEquals("2024-03-12T08:00Z", Dates.parse("Tue, 12 Mar 2024 08:00:00 GMT").orElseThrow().toString());
    assertTrue(Dates.parse("not a date").isEmpty());
    assertTrue(Dates.parse("2024-13-45").isEmpty());
    assertEquals("2023-11-05T00:00Z", Dates.fromUrl("https://x.ma/news/2023/11/05/slug").orElseThrow().toString());
    assertTrue(Dates.fromUrl("https://x.ma/news/12345").isEmpty());
  }

  @Test
  void furnitureLabelsFoldSpellingVariants() {
    for (String label : new String[] {"اقرأ أيضاً", "إقرأ أيضا:", "اقرأ ايضاً", "إقرأ أيضًا"}) {
      assertEquals(FurnitureLabels.Kind.RELATED,
          FurnitureLabels.match(Dom.foldArabic(label)).orElseThrow().kind(), label);
    }
    assertEquals(FurnitureLabels.Kind.TAGS, FurnitureLabels.match(Dom.foldArabic("كلمات دلالية")).orElseThrow().kind());
    assertEquals(FurnitureLabels.Kind.SHARE, FurnitureLabels.match(Dom.foldArabic("شارك على فيسبوك")).orElseThrow().kind());
    // Prose that starts with a label word is not furniture.
    assertTrue(FurnitureLabels.match(Dom.foldArabic("شارك آلاف المواطنين في المسيرة")).isEmpty());
    assertTrue(FurnitureLabels.match(Dom.foldArabic("المصدر الرئيسي للمياه هو السد")).isEmpty());
  }
}
