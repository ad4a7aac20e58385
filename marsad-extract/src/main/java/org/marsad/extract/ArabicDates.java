package org.marsad.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.DateScanner;

/**
 * Dates in visible date lines. Month names (Levantine, Maghrebi, Egyptian, Hijri ...) are read by
 * marsad-text's {@link DateScanner}; a plain numeric date is read here when the scanner finds none.
 */
final class ArabicDates {

  /**
   * A slash or dash, a dot that Hungarian and German may follow with a space ("4. 2. 2022"), or a
   * spaced bar that some themes set between the parts ("26 | 01 | 2022").
   */
  private static final String SEP = "(?:[/\\-]|\\.\\s?|\\s\\|\\s)";

  private static final Pattern YMD =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})(?!\\d)");
  private static final Pattern DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "((?:19|20)\\d{2})(?!\\d)");

  /** German and Swiss short dates "28.01.22": dots only, so versions and addresses do not match. */
  private static final Pattern DMY_SHORT =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

  /** Two-digit years up to this one are in the 2000s, the others in the 1900s. */
  private static final int LAST_SHORT_YEAR_OF_2000S = 69;

  /** Chinese and Japanese "2020年07月03日". */
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  private static final ZonedDateTime EARLY =
      ZonedDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final ZonedDateTime LATE =
      ZonedDateTime.of(2090, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  private ArabicDates() {}

  /**
   * A short date glued to its time by markup without spaces: "28.09.1912:44" is 28.09.19 at 12:44,
   * not a date in 1912.
   */
  private static final Pattern GLUED_TIME =
      Pattern.compile("(?<![\\d.])(\\d{1,2}\\.\\d{1,2}\\.\\d{2})(\\d{1,2}:\\d{2})(?!\\d)");

  /** The full date a line states; one without an offset is read in {@code zone}. */
  static Optional<OffsetDateTime> parse(String line, ZoneId zone) {
    String s = line.indexOf(':') < 0 ? line : GLUED_TIME.matcher(line).replaceAll("$1 $2");
    return absolute(s, zone).or(() -> numeric(s, zone));
  }

  /**
   * The scanner needs a reference "now" for relative dates and missing years; extraction has no
   * clock, so the line is read against two distant references and kept only when both agree, i.e.
   * when the line states the full date itself. Most lines state no date at all: the second reading
   * is only for a line the first found one in.
   */
  private static Optional<OffsetDateTime> absolute(String line, ZoneId zone) {
    Optional<OffsetDateTime> early = DateScanner.parseDateTime(line, EARLY, zone);
    if (early.isEmpty()) {
      return early;
    }
    return early.equals(DateScanner.parseDateTime(line, LATE, zone)) ? early : Optional.empty();
  }

  private static Optional<OffsetDateTime> numeric(String line, ZoneId zone) {
    String s = westernDigits(line);
    // Every pattern below needs four digits at least (DMY_SHORT's "1.2.22"); most lines that get
    // here have fewer, and are ruled out before four regex searches.
    if (asciiDigits(s) < 4) {
      return Optional.empty();
    }
    Matcher m = YMD.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), zone);
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return day(m.group(3), m.group(2), m.group(1), zone);
    }
    m = CJK.matcher(s);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), zone);
    }
    m = DMY_SHORT.matcher(s);
    if (m.find()) {
      int yy = Integer.parseInt(m.group(3));
      int year = yy <= LAST_SHORT_YEAR_OF_2000S ? 2000 + yy : 1900 + yy;
      return day(String.valueOf(year), m.group(2), m.group(1), zone);
    }
    return Optional.empty();
  }

  private static int asciiDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c >= '0' && c <= '9' ? 1 : 0;
    }
    return n;
  }

  /** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
  static String westernDigits(String s) {
    if (!hasEasternDigit(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '٠' && c <= '٩') {
        b.append((char) ('0' + (c - '٠')));
      } else if (c >= '۰' && c <= '۹') {
        b.append((char) ('0' + (c - '۰')));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean hasEasternDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '٠' && c <= '٩' || c >= '۰' && c <= '۹') {
        return true;
      }
    }
    return false;
  }

  private static Optional<OffsetDateTime> day(String y, String m, String d, ZoneId zone) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
