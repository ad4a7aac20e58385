package org.marsad.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Chooses among the dates a page declares the one it shows its readers. A page revised days or
 * years after it first went up often declares the first day in its metadata but prints only the
 * revision day in its date line ("Aktualisiert: 11.04.2020", "Updated Mar 12, 2020"), and a CMS may
 * hold two publish fields that disagree. When the visible date line names the day of another
 * declared date, that date is the one the page stands by.
 */
final class ShownDates {

  /**
   * Dates a day apart are one story seen from two time zones or a same-night correction; only a
   * larger gap means a revised or republished page, unless the date line repeats the other date to
   * the minute ("07.11.2023, 07:30 Uhr" and {@code DC.Date 2023-11-07T07:30+01:00} against a
   * JSON-LD {@code 2023-11-06T18:19}).
   */
  private static final long MIN_GAP_DAYS = 2;

  /** Longer texts are sentences around a date, not the date the element stands for. */
  private static final int MAX_SHOWN_LENGTH = 80;

  /** The start of an update line. */
  private static final Pattern UPDATE_LABEL =
      Pattern.compile(
          "^(?:updated|last updated|aktualisiert|zuletzt aktualisiert|mis à jour|actualizado"
              + "|aggiornato|تم التحديث|آخر تحديث)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The largest offset from UTC a place keeps (Kiribati, +14:00). */
  private static final long MAX_OFFSET_HOURS = 14;

  private ShownDates() {}

  /**
   * An element's visible date when it names a day far from its machine-readable value: themes fill
   * {@code datetime} with the last save ({@code <time datetime="2019-07-03T10:18Z">Publié le 29
   * juin 2019</time>}). A day apart is only a time zone.
   */
  static String overMachine(String value, String text) {
    if (text.isEmpty() || text.length() > MAX_SHOWN_LENGTH) {
      return value;
    }
    Optional<OffsetDateTime> machine = Dates.parse(value, ZoneOffset.UTC);
    Optional<OffsetDateTime> shown = ArabicDates.parse(text, ZoneOffset.UTC);
    boolean far = machine.isPresent() && shown.isPresent() && farApart(machine.get(), shown.get());
    return far ? text : value;
  }

  /** {@link #choose(List, int, List, Supplier, Optional)} with every publish date from metadata. */
  static OffsetDateTime choose(
      List<OffsetDateTime> publish,
      List<OffsetDateTime> modified,
      Supplier<Optional<OffsetDateTime>> shown,
      Optional<OffsetDateTime> urlDay) {
    return choose(publish, publish.size(), modified, shown, urlDay);
  }

  /**
   * The publish date to keep.
   *
   * @param publish the declared publish dates, most deliberate first (never empty)
   * @param stated how many of them metadata states; the rest are {@code time} elements, whose own
   *     text is a date line and so cannot confirm them to the minute. With none stated, a date a
   *     day away wins when the date line shows its day: the page's metadata and its readers' line
   *     agree against markup alone.
   * @param modified the declared modification dates
   * @param shown the page's visible date line, read only when two declared days disagree
   * @param urlDay the day in the URL, which confirms the first publish day when it names it
   */
  static OffsetDateTime choose(
      List<OffsetDateTime> publish,
      int stated,
      List<OffsetDateTime> modified,
      Supplier<Optional<OffsetDateTime>> shown,
      Optional<OffsetDateTime> urlDay) {
    OffsetDateTime first = publish.get(0);
    LocalDate day = first.toLocalDate();
    List<OffsetDateTime> others = new ArrayList<>();
    for (int i = 1; i < publish.size() + modified.size(); i++) {
      OffsetDateTime o = i < publish.size() ? publish.get(i) : modified.get(i - publish.size());
      boolean markup = i < publish.size() && i >= stated;
      if (farApart(first, o) || (!markup && !o.toLocalDate().equals(day))) {
        others.add(o);
      }
    }
    if (others.isEmpty() || urlDay.map(u -> u.toLocalDate().equals(day)).orElse(false)) {
      return first;
    }
    Optional<OffsetDateTime> visible = shown.get();
    if (visible.isEmpty() || visible.get().toLocalDate().equals(day)) {
      return first;
    }
    return others.stream()
        .filter(o -> o.toLocalDate().equals(visible.get().toLocalDate()))
        .filter(o -> farApart(first, o) || sameMinute(o, visible.get()) || stated == 0)
        .findFirst()
        .orElse(first);
  }

  /**
   * The day of the page's first date line when that line is an update line naming a day between the
   * declared publish and modification days, each at least {@link #MIN_GAP_DAYS} away ("Updated May
   * 06, 2019" over a {@code datePublished} of 2016 and a {@code dateModified} of 2020): the
   * revision the page shows its readers, the later declared save being silent.
   */
  static OffsetDateTime shownRevision(
      OffsetDateTime published, List<OffsetDateTime> modified, DateLines lines, ZoneId zone) {
    // Only then can a day lie far from both; the date lines are not read for other pages.
    if (modified.isEmpty()
        || ChronoUnit.DAYS.between(published.toLocalDate(), modified.get(0).toLocalDate())
            < 2 * MIN_GAP_DAYS) {
      return published;
    }
    return lines
        .first(zone)
        .filter(l -> l.date().isAfter(published) && l.date().isBefore(modified.get(0)))
        .filter(l -> farApart(published, l.date()) && farApart(l.date(), modified.get(0)))
        .filter(l -> UPDATE_LABEL.matcher(l.text()).find())
        .map(DateLines.Dated::date)
        .orElse(published);
  }

  /**
   * The first date line's date when the page declares its last save as both its publish and its
   * modification time and that line reports the update after the first publication ("January 19,
   * 2020 / 12:25 PM / Updated 8 hours ago" over a {@code datePublished} and {@code dateModified}
   * both of 2020-01-20T09:49Z): the line keeps the day the story first went up.
   */
  static OffsetDateTime shownFirstEdition(
      OffsetDateTime published, List<OffsetDateTime> modified, DateLines lines, ZoneId zone) {
    // Only then is the declared publish time suspect; the date lines are not read for other pages,
    // nor parsed when none of them holds an update word.
    if (modified.isEmpty() || !modified.get(0).isEqual(published) || !lines.anyUpdateWord()) {
      return published;
    }
    // Earlier by more than any offset: not the same instant written in local time.
    return lines
        .first(zone)
        .filter(l -> l.date().toLocalDate().isBefore(published.toLocalDate()))
        .filter(l -> Duration.between(l.date(), published).toHours() > MAX_OFFSET_HOURS)
        .filter(l -> updateAfterDate(l.text(), zone))
        .map(DateLines.Dated::date)
        .orElse(published);
  }

  /** An update word follows a full date in the line ("January 19, 2020 / Updated …"). */
  private static boolean updateAfterDate(String line, ZoneId zone) {
    int update = UpdateWords.start(line);
    return update >= 0 && ArabicDates.parse(line.substring(0, update), zone).isPresent();
  }

  /**
   * Two dates on days at least {@link #MIN_GAP_DAYS} apart: not one story seen from two time zones.
   * Also how far a URL day must be from the declared day to win over it: the URL was minted when
   * the story went up, whereas themes and CMS migrations rewrite the declared date ({@code
   * /2017/7/12/} over a {@code datePublished} of 2019).
   */
  static boolean farApart(OffsetDateTime a, OffsetDateTime b) {
    return Math.abs(ChronoUnit.DAYS.between(a.toLocalDate(), b.toLocalDate())) >= MIN_GAP_DAYS;
  }

  /** The same wall-clock minute, a time of day given (a day alone repeats nothing). */
  private static boolean sameMinute(OffsetDateTime declared, OffsetDateTime shown) {
    LocalDateTime a = declared.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime b = shown.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    return a.equals(b) && !b.toLocalTime().equals(LocalTime.MIDNIGHT);
  }
}
