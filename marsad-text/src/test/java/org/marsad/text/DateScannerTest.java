package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateScannerTest {

  /** Tuesday 10 December 2024, noon in Riyadh. */
  static final ZonedDateTime REF =
      ZonedDateTime.of(2024, 12, 10, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

  private static List<String> values(String text) {
    return DateScanner.scan(text, REF).stream().map(DateMatch::value).toList();
  }

  private static DateMatch only(String text) {
    List<DateMatch> all = DateScanner.scan(text, REF);
    assertEquals(1, all.size(), () -> text + " -> " + all);
    return all.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Egyptian / Gulf (CLDR ar)
        "وصل في 3 يناير 2023 إلى|2023-01-03",
        "15 فبراير 2023|2023-02-15",
        "1 مارس 2023|2023-03-01",
        "2 أبريل 2023|2023-04-02",
        "2 إبريل 2023|2023-04-02",
        "2 ابريل 2023|2023-04-02",
        "9 مايو 2023|2023-05-09",
        "9 يونيو 2023|2023-06-09",
        "9 يونيه 2023|2023-06-09",
        "4 يوليو 2023|2023-07-04",
        "4 يوليه 2023|2023-07-04",
        "20 أغسطس 2023|2023-08-20",
        "11 سبتمبر 2023|2023-09-11",
        "6 أكتوبر 2023|2023-10-06",
        "30 نوفمبر 2023|2023-11-30",
        "31 ديسمبر 2023|2023-12-31",
        // Levantine / Iraqi
        "3 كانون الثاني 2023|2023-01-03",
        "14 شباط 2023|2023-02-14",
        "8 آذار 2023|2023-03-08",
        "7 نيسان 2023|2023-04-07",
        "1 أيار 2023|2023-05-01",
        "5 حزيران 2023|2023-06-05",
        "14 تموز 2023|2023-07-14",
        "4 آب 2023|2023-08-04",
        "1 أيلول 2023|2023-09-01",
        "6 تشرين الأول 2023|2023-10-06",
        "29 تشرين الثاني 2023|2023-11-29",
        "25 كانون الأول 2023|2023-12-25",
        "25 كانون أول 2023|2023-12-25",
        // Moroccan
        "1 ماي 2023|2023-05-01",
        "30 يوليوز 2023|2023-07-30",
        "20 غشت 2023|2023-08-20",
        "16 شتنبر 2023|2023-09-16",
        "6 نونبر 2023|2023-11-06",
        "18 دجنبر 2023|2023-12-18",
        // Algerian / Tunisian
        "1 جانفي 2023|2023-01-01",
        "14 فيفري 2023|2023-02-14",
        "17 أفريل 2023|2023-04-17",
        "5 جوان 2023|2023-06-05",
        "5 جويلية 2023|2023-07-05",
        "15 أوت 2023|2023-08-15",
        // Mauritanian
        "28 أغشت 2023|2023-08-28",
        "3 دجمبر 2023|2023-12-03",
        // Dual forms and Arabic-Indic digits
        "الأحد 8 كانون الأول/ ديسمبر 2024|2024-12-08",
        "8 ديسمبر (كانون الأول) 2024|2024-12-08",
        "٨ كانون الأول - ديسمبر ٢٠٢٤|2024-12-08",
        "۸ دی ۱۴۰۳|none",
        // English and French
        "15th, December 2023 GMT|2023-12-15",
        "December 15, 2023|2023-12-15",
        "Dec. 3, 2023|2023-12-03",
        "3 Sept 2023|2023-09-03",
        "le 1er décembre 2023|2023-12-01",
        // German: the day ends with a period
        "19. Juli 2014|2014-07-19",
        "Montag, 3. März 2019|2019-03-03",
        "am 12. Mai 2018|2018-05-12",
        "Aktualisiert am 06. Mär. 2023|2023-03-06",
        "6 Mrz 2023|2023-03-06",
        // Spanish: "de" joins day, month and year
        "jueves 2 de abril de 2020|2020-04-02",
        "Miércoles, 15 de Abril de 2020|2020-04-15",
        "17 de marzo 2020|2020-03-17",
        "28. Jan. 2022 Paula|2022-01-28",
        "Domenica 06 Dicembre 2020|2020-12-06",
        "duminică, 20 septembrie 2020|2020-09-20",
        // Russian and Ukrainian write the month in the genitive, Polish and Czech too
        "15 августа 2016, 13:43|2016-08-15T13:43:00",
        "1 мая 2020|2020-05-01",
        "15 серпня 2016|2016-08-15",
        "3 września 2020|2020-09-03",
        "12. března 2021|2021-03-12",
        "14 Ekim 2020|2020-10-14",
        "3. maj 2019|2019-05-03",
        // Numeric
        "08/12/2024|2024-12-08",
        "2024/12/08|2024-12-08",
        "8.12.2024|2024-12-08",
        "12/25/2024|2024-12-25",
        // German short year, dots only; a dotted version number is no date
        "Do 25.04.24, 14:07 Uhr|2024-04-25T14:07:00",
        "28.01.22|2022-01-28",
        "Version 1.2.24.5|none",
        "1/2/24|none",
      })
  void monthNamingsAndForms(String text, String expected) {
    List<String> v = values(text);
    if (expected.equals("none")) {
      assertEquals(List.of(), v);
    } else {
      assertEquals(List.of(expected), v, text);
    }
  }

  @Test
  void connectorTimeIsPartOfTheSpanAndOfParseDateTime() {
    String text = "الخميس 18 جانفي 2024 على الساعة 10:45";
    assertEquals(text, only(text).text());
    assertEquals(
        OffsetDateTime.parse("2024-01-18T10:45:00+01:00"),
        DateScanner.parseDateTime(text, REF, ZoneId.of("Africa/Tunis")).orElseThrow());
  }

  @Test
  void spanCoversWeekdayTimeAndZone() {
    String text = "نشر الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس.";
    DateMatch m = only(text);
    assertEquals("الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس", m.text());
    assertEquals(text.substring(m.start(), m.end()), m.text());
    assertEquals("2024-12-08T14:30:00+02:00", m.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8 ديسمبر 2024 الساعة 10:15 صباحاً بتوقيت مكة المكرمة|2024-12-08T10:15:00+03:00",
        "8 ديسمبر 2024 - 09:05 مساء بتوقيت غرينتش|2024-12-08T21:05:00Z",
        "8 ديسمبر 2024 14:30 GMT+3|2024-12-08T14:30:00+03:00",
        "8 ديسمبر 2024 14:30 +03:00|2024-12-08T14:30:00+03:00",
        "8 ديسمبر 2024، 14:30 ت.غ|2024-12-08T14:30:00Z",
        "December 15, 2023 at 3:45 pm|2023-12-15T15:45:00",
        "December 8, 2024 2:30 PM EST|2024-12-08T14:30:00-05:00",
        "8 ديسمبر 2024 10:00 AST|2024-12-08T10:00:00+03:00",
        "8 تموز 2024 12:00 بتوقيت بيروت|2024-07-08T12:00:00+03:00",
        "2024-12-08T14:30:00+02:00|2024-12-08T14:30:00+02:00",
        "2024-12-08 14:30|2024-12-08T14:30:00",
        "٢٠٢٤-١٢-٠٨|2024-12-08",
        // Connectors whose letters the normaliser folds (على → علي, الساعة → الساعه) still reach
        // the time.
        "الخميس 18 جانفي 2024 على الساعة 10:45|2024-01-18T10:45:00",
        "الخميس 18 جانفي 2024 على الساعة 10:45 بتوقيت تونس|2024-01-18T10:45:00+01:00",
        "نشر يوم السبت 3 شباط 2024 على الساعة 7:05 مساءً|2024-02-03T19:05:00",
        "الإثنين 4 مارس 2024 عند الساعة 08:30|2024-03-04T08:30:00",
        "3. März 2019 um 14:30|2019-03-03T14:30:00",
        // The Maghrebi (French-style) clock.
        "الجمعة 6 دجنبر 2024 على الساعة 14h30|2024-12-06T14:30:00",
        "6 décembre 2024 à 9h05|2024-12-06T09:05:00",
        "6 décembre 2024 - 18h|2024-12-06T18:00:00",
        "6 décembre 2024 24h|2024-12-06",
      })
  void timesAndZones(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "7 جمادى الآخرة 1446 هـ|2024-12-08",
        "7 جمادى الثانية 1446هـ|2024-12-08",
        "1 رمضان 1445 هـ|2024-03-11",
        "10 ذي الحجة 1445 هـ|2024-06-16",
        "١ محرم ١٤٤٦ه|2024-07-07",
        "1446/06/07هـ|2024-12-08",
        "07/06/1446 هـ|2024-12-08",
      })
  void hijriByUmmAlQura(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @Test
  void dualHijriAndGregorianGiveTwoMatches() {
    assertEquals(
        List.of("2024-12-08", "2024-12-08"),
        values("الأحد 7 جمادى الآخرة 1446 هـ الموافق 8 ديسمبر 2024 م"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "نشر منذ ساعتين|2024-12-10T10:00:00+03:00",
        "منذ ساعة|2024-12-10T11:00:00+03:00",
        "قبل 3 أيام|2024-12-07",
        "منذ ٥ دقائق|2024-12-10T11:55:00+03:00",
        "قبل ثلاثة أسابيع|2024-11-19",
        "منذ يومين|2024-12-08",
        "أمس|2024-12-09",
        "البارحة|2024-12-09",
        "أول أمس|2024-12-08",
        "أول من أمس|2024-12-08",
        "غداً|2024-12-11",
        "حتى غدٍ|2024-12-11",
        "بعد غدٍ|2024-12-12",
        "الأحد الماضي|2024-12-08",
        "الخميس المقبل|2024-12-12",
        "2 hours ago|2024-12-10T10:00:00+03:00",
        "an hour ago|2024-12-10T11:00:00+03:00",
        "yesterday|2024-12-09",
        "last Monday|2024-12-09",
        "next Friday|2024-12-13",
        "منذ شهرين|2024-10",
        "قبل عامين|2022",
      })
  void relativeForms(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @Test
  void monthNameAloneIsNotADate() {
    String[] words = {
      "قضيت شهر آب في القرية",
      "مارس الفريق ضغطاً كبيراً",
      "جوان لاعب ماهر",
      "You may go now",
      "منذ ساعات والناس تنتظر",
      "قبل شهر رمضان",
      "منذ يوم الأحد",
      "عاد في تموز",
      "صفر من عشرة",
      "الساعة 14:30",
      "حصل على 12 نقطة في 3 مباريات",
    };
    for (String w : words) {
      assertEquals(List.of(), values(w), w);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "في الثامن من ديسمبر 2024|2024-12-08", "الرابع من حزيران 1967|1967-06-04",
        "الحادي عشر من سبتمبر 2001|2001-09-11", "الخامس والعشرين من كانون الأول 2023|2023-12-25",
        "الحادي والثلاثين من شهر ديسمبر 2023|2023-12-31", "الأول من يناير|2025-01-01",
        "الأحد الثامن من كانون الأول/ ديسمبر 2024|2024-12-08",
      })
  void ordinalDays(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @Test
  void ordinalsWithoutMinOrMonthAreNotDays() {
    assertEquals(List.of(), values("الفصل الثاني عشر والجزء الأول"));
    assertEquals(List.of(), values("الثامن ديسمبر"));
    assertEquals(List.of("2024-01"), values("الثاني كانون الثاني 2024"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wochenbericht 14. - 20. Januar 2022|2022-01-14",
        "Bericht 3. bis 9. März 2021|2021-03-03",
        "Report for 14–20 January 2022|2022-01-14",
        "du 2 au 8 mars 2020|2020-03-02",
        "من 14 إلى 20 يناير 2022|2022-01-14",
      })
  void dayRangeIsItsFirstDay(String text, String expected) {
    assertEquals(expected, only(text).value());
  }

  @Test
  void rangeNeedsALaterSecondDayAndAJoiner() {
    assertEquals(List.of("2022-01-05"), values("Ergebnis 20 - 5. Januar 2022"));
    assertEquals(List.of("2022-01-20"), values("Seite 14 20. Januar 2022"));
  }

  @Test
  void dualMonthWithOnlyASpaceMustBeTheSameMonth() {
    assertEquals(List.of("2019-03"), values("في مارس آذار 2019"));
    assertEquals("14 مايو أيار", only("في 14 مايو أيار وصل").text());
    assertEquals("14 مايو", only("في 14 مايو يونيو").text());
  }

  @Test
  void arabicMonthBeforeANumberIsNotMonthDay() {
    assertEquals(List.of(), values("سعر خام مايو 1,31 دولار"));
    assertEquals(List.of(), values("تسليم أيار 14 برميلاً"));
    assertEquals(List.of(), values("May 1,31 dollars"));
  }

  @Test
  void missingYearIsInferredFromReference() {
    assertEquals(List.of("2024-12-08"), values("في 8 ديسمبر"));
    assertEquals(List.of("2025-01-02"), values("في 2 يناير"));
    assertEquals(
        List.of("2024-02-29"),
        DateScanner.scan("29 فبراير", REF.minusMonths(9)).stream().map(DateMatch::value).toList());
  }

  @Test
  void monthAndYearWithoutDay() {
    assertEquals(List.of("2024-07"), values("يوليوز 2024"));
    assertEquals(List.of("2023-12"), values("في شهر كانون الأول 2023"));
  }

  @Test
  void invalidDatesAreSkipped() {
    assertEquals(List.of(), values("31 فبراير 2023"));
    assertEquals(List.of(), values("2024-13-45"));
    assertEquals(List.of(), values("31 صفر 1446 هـ"));
  }

  @Test
  void parseDateTimeFromBylinesAndMeta() {
    ZoneId cairo = ZoneId.of("Africa/Cairo");
    assertEquals(
        OffsetDateTime.parse("2024-12-08T14:30+02:00"),
        DateScanner.parseDateTime(
                "الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس", REF, cairo)
            .orElseThrow());
    assertEquals(
        OffsetDateTime.parse("2024-12-08T14:30+02:00"),
        DateScanner.parseDateTime("2024-12-08T14:30:00+02:00", REF, cairo).orElseThrow());
    assertEquals(
        OffsetDateTime.of(2024, 12, 10, 10, 0, 0, 0, ZoneOffset.ofHours(3)),
        DateScanner.parseDateTime("منذ ساعتين", REF, cairo).orElseThrow());
    assertEquals(
        OffsetDateTime.parse("2024-12-08T00:00+02:00"),
        DateScanner.parseDateTime("8 ديسمبر 2024", REF, cairo).orElseThrow());
    assertTrue(DateScanner.parseDateTime("لا تاريخ هنا", REF, cairo).isEmpty());
  }

  @Test
  void aShortYearDateTakesTheTimeAfterABar() {
    assertEquals(
        OffsetDateTime.parse("2024-04-25T14:07+02:00"),
        DateScanner.parseDateTime(
                "Do 25.04.24 | 14:07 Uhr | Von Eva", REF, ZoneId.of("Europe/Berlin"))
            .orElseThrow());
  }

  @Test
  void parseDateTimeKeepsTheFirstDayOfALineAndItsTime() {
    ZoneId beirut = ZoneId.of("Asia/Beirut");
    // The publish day comes first; the revision day after it must not win for having a time.
    assertEquals(
        OffsetDateTime.parse("2024-03-05T00:00+02:00"),
        DateScanner.parseDateTime("نشر في 5 آذار 2024 | عدل في 7 آذار 2024 - 10:30", REF, beirut)
            .orElseThrow());
    // A time written further on the same day still completes it.
    assertEquals(
        OffsetDateTime.parse("2024-03-05T10:30+02:00"),
        DateScanner.parseDateTime("5 آذار 2024 | الثلاثاء 5 آذار 2024 - 10:30", REF, beirut)
            .orElseThrow());
  }

  @Test
  void badInputNeverThrows() {
    String[] bad = {
      "",
      "\uD800\uDC00\uD800",
      "٣١/٠٢/٢٠٢٤",
      "9999-99-99T99:99",
      "8 ديسمبر 99999",
      "::::",
      "منذ 0 ساعة",
      "GMT+99",
      "8 ديسمبر 2024 25:99",
      "\u0000\u0007 8\u0000 ديسمبر"
    };
    for (String b : bad) {
      DateScanner.scan(b, REF);
      DateScanner.parseDateTime(b, REF, ZoneOffset.UTC);
    }
  }

  @Test
  void tenMegabyteLineCompletes() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 10_000_000) {
      big.append("قال 8 ديسمبر 2024 😀\uD800 منذ ساعتين 2024-12-08T10:00Z آب 12 ");
    }
    List<DateMatch> all = DateScanner.scan(big.toString(), REF);
    assertTrue(all.size() > 300_000);
    DateMatch last = all.get(all.size() - 1);
    assertEquals(big.substring(last.start(), last.end()), last.text());
  }
}
