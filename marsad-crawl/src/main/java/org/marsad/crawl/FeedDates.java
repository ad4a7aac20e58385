package org.marsad.crawl;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.DateScanner;

/**
 * Reads the date formats feeds really use: RFC 822/1123 (with or without weekday, seconds, a zone
 * name, an offset, or nothing), ISO 8601/RFC 3339 (with or without zone or time), with Arabic-Indic
 * digits tolerated. Anything else goes to the text layer's {@link DateScanner}, because some Arabic
 * CMSs write feed dates in words ("الأحد 5 يناير 2025 - 14:30", "٥ كانون الثاني ٢٠٢٥"). A date
 * without zone is read as UTC and flagged as such.
 */
final class FeedDates {

  /** A parsed date; {@code zoneAssumed} when the source gave no zone. */
  record Parsed(OffsetDateTime value, boolean zoneAssumed) {}

  private static final Pattern RFC822 =
      Pattern.compile(
          "(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
              + "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?.*");
  private static final Pattern HAS_DIGIT = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]");
  private static final Pattern ISO_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("GMT", 0),
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("EET", 2),
          Map.entry("EEST", 3),
          Map.entry("AST", 3),
          Map.entry("MSK", 3),
          Map.entry("IST", 2),
          Map.entry("GST", 4));

  private FeedDates() {}

  /**
   * @param now the reference for a date that omits its year
   */
  static Optional<Parsed> parse(String raw, Instant now) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = asciiDigits(raw.trim());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (ISO_LIKE.matcher(s).matches()) {
        return iso(s);
      }
      return rfc822(s).or(() -> inWords(raw.trim(), now));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Parsed> iso(String s) {
    String t = s.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})[ T]+", "$1T").replaceAll("\\s+", "");
    t =
        t.replaceFirst("^(\\d{4})-(\\d)-", "$1-0$2-")
            .replaceFirst("^(\\d{4}-\\d{2})-(\\d)(?!\\d)", "$1-0$2");
    t =
        t.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")
            .replaceFirst("T(\\d{2}:\\d{2})([+\\-Z]|$)", "T$1:00$2");
    try {
      return Optional.of(
          new Parsed(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME), false));
    } catch (DateTimeParseException e) {
      // fall through: no zone, or date only
    }
    try {
      LocalDateTime ldt = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return Optional.of(new Parsed(ldt.atOffset(ZoneOffset.UTC), true));
    } catch (DateTimeParseException e) {
      // fall through: date only
    }
    LocalDate d = LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
    return Optional.of(new Parsed(d.atStartOfDay().atOffset(ZoneOffset.UTC), true));
  }

  private static Optional<Parsed> rfc822(String s) {
    Matcher m = RFC822.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 70 ? 2000 : 1900;
    }
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    Optional<ZoneOffset> zone = zone(m.group(7));
    LocalDateTime ldt =
        LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), hour, minute, second);
    return Optional.of(new Parsed(ldt.atOffset(zone.orElse(ZoneOffset.UTC)), zone.isEmpty()));
  }

  /**
   * A date the scanner finds in words; relative forms ("منذ ساعتين", "yesterday") are refused, as a
   * feed that writes them says nothing about when it said it. An offset in the text is kept, else
   * the time is taken as UTC and flagged.
   */
  private static Optional<Parsed> inWords(String s, Instant now) {
    if (!HAS_DIGIT.matcher(s).find()) {
      return Optional.empty();
    }
    ZonedDateTime reference = now.atZone(ZoneOffset.UTC);
    Optional<OffsetDateTime> utc = DateScanner.parseDateTime(s, reference, ZoneOffset.UTC);
    if (utc.isEmpty()
        || !utc.equals(DateScanner.parseDateTime(s, reference.minusDays(7), ZoneOffset.UTC))) {
      return Optional.empty(); // nothing, or a date that moves with the reference: relative
    }
    // The scanner fills a missing offset with the default zone: asking twice tells the two apart.
    boolean assumed = !utc.equals(DateScanner.parseDateTime(s, reference, ZoneOffset.ofHours(5)));
    return Optional.of(new Parsed(utc.get(), assumed));
  }

  private static Optional<ZoneOffset> zone(String z) {
    if (z == null) {
      return Optional.empty();
    }
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.replace(":", "");
      int h = Integer.parseInt(digits.substring(1, 3));
      int mm = Integer.parseInt(digits.substring(3, 5));
      int sign = z.startsWith("-") ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * mm));
    }
    Integer hours = ZONES.get(z.toUpperCase(Locale.ROOT));
    return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
  }

  /** Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits to ASCII. */
  static String asciiDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        sb.append((char) ('0' + (c - '\u0660')));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        sb.append((char) ('0' + (c - '\u06F0')));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
