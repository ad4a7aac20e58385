package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sat, 28 Nov 2026 09:30:00 +0300|2026-11-28T09:30+03:00|false",
        "Sat, 28 Nov 2026 09:30:00 GMT|2026-11-28T09:30Z|false",
        "28 Nov 2026 09:30 EST|2026-11-28T09:30-05:00|false",
        "Sat, 8 Nov 26 09:30:00 +03:00|2026-11-08T09:30+03:00|false",
        "Saturday, 28-November-2026 09:30:00|2026-11-28T09:30Z|true",
        "Sat, 28 Nov 2026|2026-11-28T00:00Z|true",
        "2026-11-28T09:30:00+03:00|2026-11-28T09:30+03:00|false",
        "2026-11-28T09:30:00.123Z|2026-11-28T09:30:00.123Z|false",
        "2026-11-28 09:30:00|2026-11-28T09:30Z|true",
        "2026-11-28T09:30+0300|2026-11-28T09:30+03:00|false",
        "2026-11-28|2026-11-28T00:00Z|true",
        "2026-1-8T09:30:00Z|2026-01-08T09:30Z|false",
        "٢٠٢٦-١١-٢٨T09:30:00Z|2026-11-28T09:30Z|false",
        "الأحد 5 يناير 2025 - 14:30|2025-01-05T14:30Z|true",
        "٥ كانون الثاني ٢٠٢٥|2025-01-05T00:00Z|true",
        "السبت 28 نونبر 2026 09:30|2026-11-28T09:30Z|true",
        "28 novembre 2026, 09:30|2026-11-28T09:30Z|true",
      })
  void parses(String in, String expected, boolean zoneAssumed) {
    FeedDates.Parsed p =
        FeedDates.parse(in, NOW).orElseThrow(() -> new AssertionError("unparsed: " + in));
    assertEquals(OffsetDateTime.parse(expected), p.value());
    assertEquals(zoneAssumed, p.zoneAssumed());
  }

  @Test
  void garbageIsEmpty() {
    for (String s :
        new String[] {
          "",
          "  ",
          "yesterday",
          "32 Foo 2026",
          "2026-13-45",
          "Sat, 31 Feb 2026 10:00:00 GMT",
          "منذ 3 ساعات",
          "أمس",
          "العدد 1234"
        }) {
      assertTrue(FeedDates.parse(s, NOW).isEmpty(), s);
    }
    assertTrue(FeedDates.parse(null, NOW).isEmpty());
  }
}
