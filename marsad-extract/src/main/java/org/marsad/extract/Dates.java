package org.marsad.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the machine-readable date forms pages put in metadata. A date without an offset is taken
 * in the outlet's zone (UTC when unknown); a date alone is midnight there. An offset the page
 * writes always wins over the zone.
 */
final class Dates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01]|[1-9](?!-))(?:/|-|$)");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})$");

  /** A whole path segment "/20200428/" (a day-stamped folder), not digits inside an id. */
  private static final Pattern URL_COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|$)");

  /** Day first, as German and French CMSs name pages: "/meldungen/29-10-2021". */
  private static final Pattern URL_DMY =
      Pattern.compile(
          "/(0?[1-9]|[12]\\d|3[01])[-.](0?[1-9]|1[0-2])[-.]((?:19|20)\\d{2})(?:[/.-]|$)");

  private Dates() {}

  /** Parses ISO-8601-like and RFC-1123 date strings; empty when not a date. */
  static Optional<OffsetDateTime> parse(String raw, ZoneId zone) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> iso = parseIso(s, zone);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      Matcher c = COMPACT.matcher(s);
      // Then the forms people write ("18.10.2019 17:08", "Tue, Sep 15 2020 10:01:41 EDT").
      return c.matches()
          ? of(c.group(1), c.group(2), c.group(3), zone)
          : ArabicDates.parse(s, zone);
    }
  }

  private static Optional<OffsetDateTime> parseIso(String s, ZoneId zone) {
    Matcher m = ISO.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Optional.of(day.atStartOfDay(zone).toOffsetDateTime());
      }
      LocalDateTime time =
          day.atTime(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return Optional.of(
          m.group(7) == null
              ? time.atZone(zone).toOffsetDateTime()
              : time.atOffset(offset(m.group(7))));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A date with a time of day as the page wrote it: wall-clock time, and the offset when one is
   * written; empty for a day alone or a non-date.
   */
  static Optional<LocalDays.Written> written(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    try {
      if (m.lookingAt()) {
        return m.group(4) == null
            ? Optional.empty()
            : Optional.of(
                new LocalDays.Written(
                    LocalDateTime.of(
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6))),
                    Optional.ofNullable(m.group(7)).map(Dates::offset)));
      }
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new LocalDays.Written(z.toLocalDateTime(), Optional.of(z.getOffset())));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String raw) {
    if (raw.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = raw.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = raw.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  /**
   * A date in the URL path such as {@code /2024/03/15/}, {@code /2024-03-15-}, {@code /20240315/}
   * or {@code /15-03-2024}.
   */
  static Optional<OffsetDateTime> fromUrl(String url, ZoneId zone) {
    String u = url.toLowerCase(Locale.ROOT);
    Matcher m = URL_DATE.matcher(u);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3), zone);
    }
    m = URL_COMPACT.matcher(u);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3), zone);
    }
    m = URL_DMY.matcher(u);
    return m.find() ? of(m.group(3), m.group(2), m.group(1), zone) : Optional.empty();
  }

  private static Optional<OffsetDateTime> of(String y, String mo, String d, ZoneId zone) {
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      return Optional.of(day.atStartOfDay(zone).toOffsetDateTime());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
