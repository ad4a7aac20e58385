package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * A page's visible date lines ({@link Bylines#candidates}), read on first use, and the first of
 * them that holds a full date, parsed once: several publish-date rules ask for that line, and
 * parsing the same lines again for each of them was a measurable share of the date cascade. One
 * page's, used by one thread.
 */
final class DateLines {

  /** A date line and the date it holds. */
  record Dated(String text, OffsetDateTime date) {}

  private final Supplier<List<String>> reader;

  /** The element the lines are read under; null when they were given. */
  private final Element body;

  private List<String> lines;

  /** The zone {@link #first} was last parsed in, and its answer then (null before). */
  private ZoneId parsedIn;

  private Optional<Dated> first;

  private DateLines(Supplier<List<String>> reader, Element body) {
    this.reader = reader;
    this.body = body;
  }

  /**
   * Lines {@code reader} reads from the text under {@code body} at the first call that needs them.
   */
  static DateLines reading(Supplier<List<String>> reader, Element body) {
    return new DateLines(reader, body);
  }

  static DateLines of(List<String> lines) {
    return new DateLines(() -> lines, null);
  }

  /** Reads the lines now if not yet read: before the page changes. */
  DateLines read() {
    lines();
    return this;
  }

  List<String> lines() {
    if (lines == null) {
      lines = List.copyOf(reader.get());
    }
    return lines;
  }

  /**
   * Whether a line holds an update word ({@link UpdateWords}). Before the lines are read, the text
   * of the body answers "no" for most pages without reading them.
   */
  boolean anyUpdateWord() {
    if (lines == null && body != null && !UpdateWords.mayBeIn(body)) {
      return false;
    }
    return lines().stream().anyMatch(UpdateWords::inLine);
  }

  /** The first line that holds a full date, dates without an offset read in {@code zone}. */
  Optional<Dated> first(ZoneId zone) {
    if (first == null || !zone.equals(parsedIn)) {
      first = firstDated(lines(), zone);
      parsedIn = zone;
    }
    return first;
  }

  /** The date of {@link #first}. */
  Optional<OffsetDateTime> date(ZoneId zone) {
    return first(zone).map(Dated::date);
  }

  /** The first of {@code lines} that holds a full date, parsed afresh. */
  private static Optional<Dated> firstDated(List<String> lines, ZoneId zone) {
    for (String line : lines) {
      Optional<OffsetDateTime> d = ArabicDates.parse(line, zone);
      if (d.isPresent()) {
        return Optional.of(new Dated(line, d.get()));
      }
    }
    return Optional.empty();
  }
}
