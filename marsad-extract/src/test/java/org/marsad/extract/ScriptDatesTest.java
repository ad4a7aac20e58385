package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Script dates are searched only near their anchor words; the date found must be the one that
 * trying each regex at every character ({@code Matcher.find}) finds.
 */
class ScriptDatesTest {

  private static final ZoneId ZONE = ZoneOffset.UTC;

  @Test
  void findsWhatFindingEverywhereFinds() {
    List<String> scripts =
        List.of(
            "var a = {\"datePublished\":\"2020-03-04T05:06:07+01:00\"};",
            "x={created_at:'2019-01-02 03:04:05',published_at:'2019-05-06'}",
            "googletag.pubads();var pubDate = \"2018-07-08\";",
            "notpub_date='2018-07-08'; pub_date='2018-07-09'",
            "DATE_PUBLISHED:\"2021-02-03\" first_published_at=\"2001-01-01\"",
            "upload_date: \"2017-12-31T23:59\"",
            "DateCreation:\"2020-08-24\", date_creation = '2020-08-25'",
            "showDate(\"2020/04/17 01:43:09\"); printdate('2020-04-18')",
            "updateDateShow ( '2016.02.03' ) ; x_date('1999-09-09')",
            "date('2020-13-45'); myDate(\"2020-01-02\")",
            "published_at:'2019-02-30', publish_date:'2019-03-01'",
            "");
    scripts.forEach(this::assertSameAsFind);
  }

  @Test
  void findsWhatFindingEverywhereFindsInMixedScripts() {
    Random random = new Random(11);
    String[] pieces = {
      "pub",
      "Pub",
      "date",
      "DATE",
      "_",
      "published",
      "created",
      "upload",
      "Creation",
      "first_",
      "at",
      "on",
      ":",
      "=",
      "\"",
      "'",
      "\\\"",
      " ",
      "(",
      "x",
      "2019-03-02",
      "2020/04/17",
      "T10:11",
      "+01:00",
      "{",
      "Date",
      "show"
    };
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 4 + random.nextInt(20); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAsFind(b.toString());
    }
  }

  private void assertSameAsFind(String scripts) {
    assertEquals(byFind(scripts), ScriptDates.first(scripts, ZONE), scripts);
  }

  /** Every key regex tried at every character, then the printed-date regex. */
  private static Optional<OffsetDateTime> byFind(String scripts) {
    for (ScriptDates.Family f : ScriptDates.KEYS) {
      Matcher m = f.pattern().matcher(scripts);
      while (m.find()) {
        Optional<OffsetDateTime> d = Dates.parse(m.group(1), ZONE);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Matcher m = ScriptDates.PRINTED.matcher(scripts);
    while (m.find()) {
      Optional<OffsetDateTime> d = ArabicDates.parse(m.group(1), ZONE);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
