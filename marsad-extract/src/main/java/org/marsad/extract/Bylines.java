package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Visible date lines ("نشر في ١٢ رمضان ١٤٤٥", "الثلاثاء 5 آذار 2024 - 10:30"): the last source of
 * a publish date, used when the page declares none in its markup or URL.
 */
final class Bylines {

  private static final String SELECTOR =
      "time, [itemprop=datePublished], .date, .time, .byline, .dateline, .post-date, .entry-date,"
          + " .published, .article-date, .news-date, .meta, [class*=date], [class*=time], [class*=pub],"
          + " [class*=meta], [class*=info], [class*=posted]";
  private static final int MAX_CANDIDATES = 20;
  private static final int MAX_LENGTH = 200;
  private static final int MAX_READS = 200;

  private Bylines() {}

  /** Short visible texts that look like date lines, in page order, read before cleaning. */
  static List<String> candidates(Document doc) {
    List<String> out = new ArrayList<>();
    Dom.Lengths lengths = Dom.lengths(doc.body());
    int reads = 0;
    for (Element e : doc.body().select(SELECTOR)) {
      // Sizes come from one pass; only short blocks are read, and only so many of them.
      if (lengths.text(e) > MAX_LENGTH || reads++ > MAX_READS) {
        continue;
      }
      String t = Dom.squash(e.text());
      if (!t.isEmpty() && t.length() <= MAX_LENGTH && !out.contains(t)) {
        out.add(t);
        if (out.size() >= MAX_CANDIDATES) {
          break;
        }
      }
    }
    return out;
  }

  /** The first candidate that holds a full date. */
  static Optional<OffsetDateTime> date(List<String> candidates) {
    for (String c : candidates) {
      Optional<OffsetDateTime> d = ArabicDates.parse(c);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
