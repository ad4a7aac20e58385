package org.marsad.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * Puts a publish time written in UTC back on the day its outlet printed. CMSs store UTC and many
 * serialise it as {@code Z}, so an evening story in New York or a midnight one in Berlin lands on
 * the wrong calendar day although the instant is right. The instant never changes here: only the
 * offset it is shown in, taken from the best evidence the page gives.
 */
final class LocalDays {

  /** Offsets beyond ±14 h do not exist. */
  private static final long MAX_OFFSET_SECONDS = 14 * 3600;

  private static final long QUARTER_HOUR = 15 * 60;

  /** A value serialised at 20:00–23:00 UTC sharp is a date-only local midnight east of UTC. */
  private static final int FIRST_MIDNIGHT_HOUR = 20;

  /**
   * UTC hours before this may lie on the previous day west of UTC (as far as the Americas, -8 h),
   * hours from {@link #FIRST_EAST_HOUR} on the next day east of it (as far as Australia, +10 h).
   */
  private static final int LAST_WEST_HOUR = 8;

  private static final int FIRST_EAST_HOUR = 14;

  /** A date written as text is short; a longer text is a sentence around it. */
  private static final int MAX_SHOWN = 80;

  private LocalDays() {}

  /** A date the page writes in machine-readable form; the offset when it writes one. */
  record Written(LocalDateTime local, Optional<ZoneOffset> offset) {}

  /**
   * The publish time in its local offset: the same instant written elsewhere with an offset or as
   * local wall-clock time, else the outlet's zone, else the day of the URL, else a local midnight
   * stored as UTC. Times the page writes with a non-zero offset are kept as they are.
   */
  static OffsetDateTime localise(
      OffsetDateTime published,
      List<Written> written,
      Optional<OffsetDateTime> urlDay,
      ZoneId zone) {
    return localise(published, written, () -> urlDay, zone);
  }

  /** As above, the page's day read only when nothing before it placed the time. */
  static OffsetDateTime localise(
      OffsetDateTime published,
      List<Written> written,
      Supplier<Optional<OffsetDateTime>> pageDay,
      ZoneId zone) {
    if (!published.getOffset().equals(ZoneOffset.UTC)) {
      return published;
    }
    Optional<ZoneOffset> seen = sameInstant(published, written);
    if (seen.isPresent()) {
      return published.withOffsetSameInstant(seen.get());
    }
    // UTC midnight sharp is how many CMSs serialise a day alone: it stays that day.
    boolean dayAlone = published.toLocalTime().equals(LocalTime.MIDNIGHT);
    if (!dayAlone && !zone.getRules().getOffset(published.toInstant()).equals(ZoneOffset.UTC)) {
      return published.atZoneSameInstant(zone).toOffsetDateTime();
    }
    // A day alone stays the day the page wrote, and a time no neighbouring day can hold stays on
    // its own: the page day is not read for them.
    return (dayAlone || !mayChangeDay(published)
            ? Optional.<ZoneOffset>empty()
            : urlOffset(published, pageDay.get()))
        .or(() -> midnightOffset(published))
        .map(published::withOffsetSameInstant)
        .orElse(published);
  }

  /**
   * The calendar day the page names for its story: the URL's, else the date line next to its only
   * headline ("26. Januar 2022" under it over a stored {@code 2022-01-25T14:45Z}), else the text of
   * a microdata publish date that has no machine value ({@code <p itemprop="datePublished">06
   * Dicembre 2020</p>}), else a day alone in an inline script. Each only moves a UTC time to the
   * neighbouring day through {@link #urlOffset}, so the instant never changes.
   */
  static Optional<OffsetDateTime> pageDay(
      Optional<OffsetDateTime> urlDay, PageIndex page, ZoneId zone) {
    return urlDay
        .or(() -> Bylines.nearTitle(page).flatMap(t -> ArabicDates.parse(t, zone)))
        .or(() -> shownMicrodata(page, zone))
        .or(() -> scriptDay(page, zone));
  }

  /**
   * A day alone under a publish or creation key of an inline script ({@code
   * "DateCreation":"2020-08-24"} beside a JSON-LD {@code 2020-08-25T00:23:33Z}): the CMS's own
   * calendar day. A value with a time is the stored UTC time again.
   */
  private static Optional<OffsetDateTime> scriptDay(PageIndex page, ZoneId zone) {
    return ScriptDates.find(page, zone).filter(d -> d.toLocalTime().equals(LocalTime.MIDNIGHT));
  }

  /** The first {@code itemprop=datePublished} element that states its date only as text. */
  private static Optional<OffsetDateTime> shownMicrodata(PageIndex page, ZoneId zone) {
    for (Element e :
        page.select(x -> Tree.hasParsedAttr(x, "itemprop"), "[itemprop=datePublished]")) {
      String text = Dom.squash(e.text());
      boolean textOnly = !e.hasAttr("content") && !e.hasAttr("datetime");
      if (textOnly && text.length() <= MAX_SHOWN && !DatePlaces.elsewhere(e)) {
        return ArabicDates.parse(text, zone);
      }
    }
    return Optional.empty();
  }

  /** The offset of another writing of the same instant (with its offset, or as wall-clock time). */
  static Optional<ZoneOffset> sameInstant(OffsetDateTime published, List<Written> written) {
    LocalDateTime utc = published.toLocalDateTime();
    if (utc.getMinute() == 0 && utc.getSecond() == 0) {
      return Optional.empty(); // a round hour matches too many unrelated times
    }
    for (Written w : written) {
      if (w.offset().isPresent()) {
        ZoneOffset o = w.offset().get();
        if (!o.equals(ZoneOffset.UTC)
            && w.local().atOffset(o).toInstant().equals(published.toInstant())) {
          return Optional.of(o);
        }
      } else {
        long diff = Duration.between(utc, w.local()).getSeconds();
        if (diff != 0 && Math.abs(diff) <= MAX_OFFSET_SECONDS && diff % QUARTER_HOUR == 0) {
          return Optional.of(ZoneOffset.ofTotalSeconds((int) diff));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@link #urlOffset} can move a time of this hour to a neighbouring day at all. */
  private static boolean mayChangeDay(OffsetDateTime published) {
    return published.getHour() < LAST_WEST_HOUR || published.getHour() >= FIRST_EAST_HOUR;
  }

  /**
   * When the URL (or the visible date line) names the day before or after the UTC day, the smallest
   * whole-hour offset that puts the instant on that day (the outlet's real offset is unknown, its
   * day is not).
   */
  static Optional<ZoneOffset> urlOffset(OffsetDateTime published, Optional<OffsetDateTime> urlDay) {
    if (urlDay.isEmpty() || published.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return Optional.empty(); // a day alone stays the day the page wrote
    }
    long days = ChronoUnit.DAYS.between(published.toLocalDate(), urlDay.get().toLocalDate());
    int hour = published.getHour();
    // West of UTC only as far as the Americas (-8 h), east as far as Australia (+10 h).
    if (days == -1 && hour < LAST_WEST_HOUR) {
      return Optional.of(ZoneOffset.ofHours(-(hour + 1)));
    }
    if (days == 1 && hour >= FIRST_EAST_HOUR) {
      return Optional.of(ZoneOffset.ofHours(24 - hour));
    }
    return Optional.empty();
  }

  private static Optional<ZoneOffset> midnightOffset(OffsetDateTime published) {
    boolean sharp =
        published.getMinute() == 0 && published.getSecond() == 0 && published.getNano() == 0;
    return sharp && published.getHour() >= FIRST_MIDNIGHT_HOUR
        ? Optional.of(ZoneOffset.ofHours(24 - published.getHour()))
        : Optional.empty();
  }
}
