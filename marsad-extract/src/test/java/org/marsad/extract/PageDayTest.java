package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The date line under the only headline puts a UTC publish time on the day the page prints. */
class PageDayTest {

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static Document page(String body) {
    return Jsoup.parse("<html><body>" + body + "</body></html>");
  }

  private static OffsetDateTime localised(String published, Document doc) {
    OffsetDateTime p = OffsetDateTime.parse(published);
    return LocalDays.localise(
        p, List.of(), LocalDays.pageDay(Optional.empty(), PageIndex.of(doc), UTC), UTC);
  }

  @Test
  void lineUnderHeadlineMovesLateUtcTimeToNextDaySameInstant() {
    Document doc = page("<h1>سدّ الطرق في الغابة</h1><p>26. Januar 2022</p><p>نصّ الخبر.</p>");
    OffsetDateTime out = localised("2022-01-25T14:45:00Z", doc);
    assertEquals("2022-01-26", out.toLocalDate().toString());
    assertEquals(OffsetDateTime.parse("2022-01-25T14:45:00Z").toInstant(), out.toInstant());
  }

  @Test
  void lineUnderHeadlineMovesEarlyUtcTimeToPreviousDay() {
    Document doc = page("<h1>جلسة المجلس البلدي</h1><div>1 May 2020</div>");
    assertEquals("2020-05-01", localised("2020-05-02T02:54:29Z", doc).toLocalDate().toString());
  }

  @Test
  void sameDayOrNoSingleHeadlineKeepsUtc() {
    String late = "2022-01-25T14:45:00Z";
    Document sameDay = page("<h1>عنوان</h1><p>25. Januar 2022</p>");
    assertEquals(OffsetDateTime.parse(late), localised(late, sameDay));
    Document twoHeadlines = page("<h1>أ</h1><p>26. Januar 2022</p><h1>ب</h1>");
    assertEquals(OffsetDateTime.parse(late), localised(late, twoHeadlines));
    Document farDay = page("<h1>عنوان</h1><p>28. Januar 2022</p>");
    assertEquals(OffsetDateTime.parse(late), localised(late, farDay));
  }

  @Test
  void urlDayIsPreferredOverTheLine() {
    Document doc = page("<h1>عنوان</h1><p>26. Januar 2022</p>");
    Optional<OffsetDateTime> url = Dates.fromUrl("https://x.example/2022/01/25/a", UTC);
    assertEquals(url, LocalDays.pageDay(url, PageIndex.of(doc), UTC));
  }
}
