package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {

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
      })
  void parses(String in, String expected, boolean zoneAssumed) {
    FeedDates.Parsed p =
        FeedDates.parse(in).orElseThrow(() -> new AssertionError("unparsed: " + in));
    assertEquals(OffsetDateTime.parse(expected), p.value());
    assertEquals(zoneAssumed, p.zoneAssumed());
  }

  @Test
  void garbageIsEmpty() {
    for (String s :
        new String[] {
          "", "  ", "yesterday", "32 Foo 2026", "2026-13-45", "Sat, 31 Feb 2026 10:00:00 GMT"
        }) {
      assertTrue(FeedDates.parse(s).isEmpty(), s);
    }
    assertTrue(FeedDates.parse(null).isEmpty());
  }
}
