package org.marsad.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The last resort when no source names a publish date: the meta description, every short text (and
 * the start of every long one) and every {@code title} attribute of the page is read, and the day
 * stated most often wins, the earliest stated on a tie (a page that shows its own day in a post
 * footer, a "Stand:" line and a tooltip repeats it; other stories' days appear once each). Only for
 * pages where metadata, URL, date lines and scripts gave nothing, so its cost is paid rarely.
 */
final class PageDates {

  /** Longer texts are paragraphs, whose dates are events rather than the page's own day. */
  private static final int MAX_TEXT = 200;

  /** A long text votes only with a date at its start, a dateline ("01.02.2022 Die Zahl …"). */
  private static final int DATELINE = 24;

  /** Enough texts for any article page; the rest of a huge page is lists. */
  private static final int MAX_READS = 3_000;

  private PageDates() {}

  static Optional<OffsetDateTime> mostStated(Document doc, ZoneId zone) {
    Tally tally = new Tally(zone);
    // The page's own summary in its head is read first: it wins ties against the body's lists.
    Element description = doc.head().selectFirst(Dom.css("meta[name=description][content]"));
    if (description != null) {
      tally.read(description.attr("content"));
    }
    // Uploads sit in day folders ("/files/2016/05/04/"): the lead image went up with the page.
    Element image = doc.head().selectFirst(Dom.css("meta[property=og:image][content]"));
    if (image != null) {
      Dates.fromUrl(image.attr("content"), zone).ifPresent(tally::count);
    }
    NodeTraversor.traverse(tally, doc.body());
    return tally.best();
  }

  /** Counts each day's texts, remembering the first of each day as it was written. */
  private static final class Tally implements NodeVisitor {
    private final ZoneId zone;
    private final Map<LocalDate, Integer> counts = new HashMap<>();
    private final Map<LocalDate, OffsetDateTime> firsts = new HashMap<>();
    private final Map<LocalDate, Integer> order = new HashMap<>();
    private int reads;

    Tally(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public void head(Node node, int depth) {
      if (reads >= MAX_READS) {
        return;
      }
      // Normalising whitespace never adds a digit: most texts are skipped before it.
      if (node instanceof TextNode t && hasDigit(t.getWholeText())) {
        read(t.text());
      } else if (node instanceof Element e && Tree.hasParsedAttr(e, "title")) {
        read(e.attr("title"));
      }
    }

    void read(String full) {
      String text = full.length() > MAX_TEXT ? full.substring(0, DATELINE) : full;
      if (!hasDigit(text)) {
        return;
      }
      reads++;
      ArabicDates.parse(text, zone).ifPresent(this::count);
    }

    void count(OffsetDateTime d) {
      LocalDate day = d.toLocalDate();
      counts.merge(day, 1, Integer::sum);
      firsts.putIfAbsent(day, d);
      order.putIfAbsent(day, order.size());
    }

    Optional<OffsetDateTime> best() {
      LocalDate best = null;
      for (LocalDate day : counts.keySet()) {
        if (best == null
            || counts.get(day) > counts.get(best)
            || (counts.get(day).equals(counts.get(best)) && order.get(day) < order.get(best))) {
          best = day;
        }
      }
      return Optional.ofNullable(best).map(firsts::get);
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
