package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11-29T14:05:00+02:00, الأحد 29 نوفمبر 2026 - 14:05",
    "2026-01-05T09:07:00+03:00, الاثنين 5 يناير 2026 - 09:07",
    "2026-02-03T00:00:00Z, الثلاثاء 3 فبراير 2026 - 00:00",
    "2026-05-13T23:59:00-04:00, الأربعاء 13 مايو 2026 - 23:59",
    "2026-08-20T12:30:00+01:00, الخميس 20 أغسطس 2026 - 12:30",
    "2026-09-11T06:00:00+03:00, الجمعة 11 سبتمبر 2026 - 06:00",
    "2026-12-26T18:45:00+04:00, السبت 26 ديسمبر 2026 - 18:45"
  })
  void arabicDateKeepsThePublishersOffset(String iso, String expected) {
    assertEquals(expected, Fmt.arabicDate(OffsetDateTime.parse(iso)));
  }

  @Test
  void autoDirOnlyForLeftToRightText() {
    assertEquals("auto", Fmt.autoDir("Harbour Ledger"));
    assertEquals("auto", Fmt.autoDir("«2026» Winter fair"), "neutral characters are skipped");
    assertNull(Fmt.autoDir("صحيفة الساحل"));
    assertNull(
        Fmt.autoDir("AFP - قال المتحدث باسم الوزارة اليوم"), "mostly Arabic despite a Latin start");
    assertNull(Fmt.autoDir("😢 123"), "no strong character at all");
    assertNull(Fmt.autoDir("שלום"), "Hebrew is right-to-left too");
  }

  @Test
  void foreignLangOnlyForNonArabic() {
    assertEquals("en", Fmt.foreignLang(Optional.of("en")));
    assertNull(Fmt.foreignLang(Optional.of("ar")));
    assertNull(Fmt.foreignLang(Optional.of("ar-EG")));
    assertNull(Fmt.foreignLang(Optional.empty()));
  }

  @Test
  void hrefsFromCrawledDataMustBeHttp() {
    assertEquals("https://a.example/x", Fmt.safeHref(" https://a.example/x "));
    assertNull(Fmt.safeHref("javascript:alert(1)"));
    assertNull(Fmt.safeHref("JaVaScRiPt:alert(1)"));
    assertNull(Fmt.safeHref("data:text/html,x"));
    assertNull(Fmt.safeHref(null));
  }

  @Test
  void segmentsAndAdminTimes() {
    assertEquals("%D8%B7%D9%82%D8%B3%20%D8%A8%D8%A7%D8%B1%D8%AF", Fmt.segment("طقس بارد"));
    assertEquals(
        "2026-11-29 11:00 UTC", Fmt.adminTime(Optional.of(Instant.parse("2026-11-29T11:00:59Z"))));
    assertEquals("—", Fmt.adminTime(Optional.empty()));
    assertEquals("15 دقيقة", Fmt.interval(900));
    assertEquals("2 ساعة", Fmt.interval(7200));
    assertEquals("45 ثانية", Fmt.interval(45));
  }
}
