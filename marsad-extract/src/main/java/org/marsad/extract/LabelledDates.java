package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * A date the page introduces with a publish label ("Erschienen am: 01.11.2023", "Erstellt am:
 * 30.01.2022 18:36", "Published: 7 April 2020", "نشر في 5 آذار 2024"). The label says which of the
 * page's many dates is its own, so such a line is read before unlabelled date lines, wherever it
 * stands: in a footer paragraph with other lines ("Letzte Änderung: …<br>
 * Erschienen am: …") or after a long list of other stories' dates. Update labels ("Aktualisiert",
 * "Stand") are not publish labels; a "Stand:" line is only kept apart for pages that label no
 * publish day.
 */
final class LabelledDates {

  /**
   * An "as of" label: the day the page's content stands at ("[Stand: 09.10.2017, 01:40 Uhr]" in the
   * print footer of a front page). Read only when no publish label is found: an article that also
   * labels its publish day means that one.
   */
  private static final Pattern AS_OF =
      Pattern.compile("(?<![\\p{L}\\p{M}])stand:", Pattern.CASE_INSENSITIVE);

  /** A bare "Datum:" in an event calendar is the event's day, not a publish day. */
  private static final String BARE_LABEL = "datum:";

  /** The date follows its label closely; further on, text is about something else. */
  private static final int WINDOW = 48;

  /** A label stands in a short text; "published on" inside a paragraph is prose. */
  private static final int MAX_NODE = 160;

  /** Labels looked at: the article's own comes early, and a huge page must not cost much. */
  private static final int MAX_LABELS = 20;

  private LabelledDates() {}

  /**
   * The text after the first publish label that is followed by a full date, outside comments. One
   * inside a teaser list or event calendar counts only when it is the only label there: a CMS may
   * name the article's own meta box "eventbox", while a list labels each of its items.
   */
  static Optional<String> line(Document doc) {
    Finder finder = new Finder();
    NodeTraversor.filter(finder, doc.body());
    return published(finder);
  }

  /** The publish line of {@link #line} and the text after the first "as of" label with a date. */
  record Lines(Optional<String> published, Optional<String> asOf) {}

  /** Both labelled lines, in one walk. */
  static Lines lines(Document doc) {
    Reader reader = reader();
    NodeTraversor.filter(reader.finder, doc.body());
    return reader.lines();
  }

  /**
   * A reader of both labelled lines that a walk of the caller feeds with the body's text nodes in
   * document order (all that are not blank, which hold no label: it ignores those after its last
   * label): a reader of the page's other texts then needs no walk of its own.
   */
  static Reader reader() {
    return new Reader(new Finder());
  }

  /** See {@link #reader()}. */
  static final class Reader implements Consumer<TextNode> {
    private final Finder finder;
    private boolean stopped;

    private Reader(Finder finder) {
      this.finder = finder;
    }

    @Override
    public void accept(TextNode t) {
      stopped = stopped || finder.head(t, 0) == FilterResult.STOP;
    }

    /** The lines of the texts read so far. */
    Lines lines() {
      return new Lines(published(finder), Optional.ofNullable(finder.asOf));
    }
  }

  private static Optional<String> published(Finder finder) {
    if (finder.found == null && finder.listLabels == 1) {
      return Optional.ofNullable(finder.listed);
    }
    return Optional.ofNullable(finder.found);
  }

  /**
   * Dublin Core's {@code dc.date}, unless the page labels another day as its publish day
   * ("Erschienen am: 13.10.2021" over {@code DC.date 2021-10-15}): many CMSs fill the bare Dublin
   * Core date with the day the page was last generated.
   */
  static Optional<String> overDublinCore(Document doc, Optional<String> dc, ZoneId zone) {
    Optional<OffsetDateTime> day = dc.flatMap(d -> Dates.parse(d, zone));
    if (day.isEmpty()) {
      return dc;
    }
    Optional<String> labelled = line(doc);
    boolean other =
        labelled
            .flatMap(l -> ArabicDates.parse(l, zone))
            .filter(l -> !l.toLocalDate().equals(day.get().toLocalDate()))
            .isPresent();
    return other ? labelled : dc;
  }

  /** Walks the text nodes in page order and stops at the first labelled date. */
  private static final class Finder implements NodeFilter {
    private String found;
    private int labels;

    /** The first labelled date inside a teaser list or event calendar, and their label count. */
    private String listed;

    private int listLabels;

    /** The first date after an {@link #AS_OF} label outside lists. */
    private String asOf;

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof TextNode t) || t.getWholeText().length() > MAX_NODE) {
        return FilterResult.CONTINUE;
      }
      // Most texts cannot hold a label: they are not normalised for the search.
      Optional<PublishLabels.Found> m =
          PublishLabels.mayHold(t.getWholeText()) ? PublishLabels.find(t.text()) : Optional.empty();
      if (m.isEmpty()) {
        readAsOf(t);
        return FilterResult.CONTINUE;
      }
      if (t.parent() == null || DatePlaces.elsewhereBesidesLists(t.parent())) {
        return FilterResult.CONTINUE;
      }
      String after = window(t, m.get().end());
      boolean dated = ArabicDates.parse(after, ZoneOffset.UTC).isPresent();
      if (DatePlaces.elsewhere(t.parent())) {
        listLabels++;
        listed = listed == null && dated && !BARE_LABEL.equals(m.get().label()) ? after : listed;
      } else if (dated) {
        found = after;
        return FilterResult.STOP;
      }
      return ++labels >= MAX_LABELS ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private void readAsOf(TextNode t) {
      // Most texts hold no "stand:" (the pattern ignores ASCII case only, and normalising the
      // whitespace neither makes nor breaks the word): they skip the normalising and the pattern.
      if (asOf != null || !Dom.containsAsciiIgnoreCase(t.getWholeText(), "stand:")) {
        return;
      }
      Matcher m = AS_OF.matcher(t.text());
      if (m.find() && t.parent() != null && !DatePlaces.elsewhere(t.parent())) {
        String after = window(t, m.end());
        asOf = ArabicDates.parse(after, ZoneOffset.UTC).isPresent() ? after : null;
      }
    }
  }

  /**
   * The label's text node from {@code from} on, continued with the nodes after it ({@code
   * <span>Datum:</span> 18.10.2021}), up to {@link #WINDOW} characters.
   */
  private static String window(TextNode t, int from) {
    StringBuilder b = new StringBuilder(t.text().substring(from));
    Node node = t;
    for (int climbs = 0; b.length() < WINDOW && node != null && climbs <= 2; ) {
      Node next = node.nextSibling();
      if (next == null) {
        node = node.parent();
        climbs++;
        continue;
      }
      if (next instanceof Element x) {
        b.append(' ').append(x.text());
      } else if (next instanceof TextNode x) {
        b.append(x.text());
      }
      node = next;
    }
    String s = Dom.squash(b.toString());
    return s.length() > WINDOW ? s.substring(0, WINDOW) : s;
  }
}
