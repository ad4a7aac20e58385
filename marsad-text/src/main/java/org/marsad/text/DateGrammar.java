package org.marsad.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Absolute dates over a {@link TokenWindow}: "[weekday] day [من] [شهر] month[/ month] [year
 * [م|هـ]]", "month day, year" (English), "month year", numeric d/m/y and y/m/d, each optionally
 * followed by a time and zone ({@link TimeParts}). A month name alone is never a date: آب, مارس,
 * جوان, May are ordinary words too, so a day or a year must stand beside it. A missing year is the
 * one that puts the date closest to the reference. Hijri months need a day and a year (1300-1600).
 */
final class DateGrammar {

  /**
   * A parsed expression: char span, next token index, ISO value. A null value marks a well-formed
   * but impossible date (31 فبراير): its tokens are consumed so no shorter reading of them is made.
   */
  record Found(int start, int end, int next, String value) {}

  private record MonthHit(int month, boolean hijri, int next) {}

  private static final Set<String> GREGORIAN_ERA = Set.of("م", "ميلادي", "ميلاديه", "للميلاد");
  private static final Set<String> HIJRI_ERA = Set.of("ه", "هجري", "هجريه", "للهجره");
  private static final String LATIN_OF = "de";
  private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th", "er", "e");

  private final TokenWindow w;
  private final LocalDate reference;

  DateGrammar(TokenWindow w, LocalDate reference) {
    this.w = w;
    this.reference = reference;
  }

  Optional<Found> parseAt(int i) {
    TokenWindow.Tok t = w.get(i);
    if (DateVocabulary.WEEKDAYS.containsKey(t.norm())
        && w.get(i + 1) != null
        && w.gapIs(i + 1, ",،-–", 3)) {
      Optional<Found> f = dateAt(i + 1);
      if (f.isPresent()) {
        return Optional.of(new Found(t.start(), f.get().end(), f.get().next(), f.get().value()));
      }
    }
    return dateAt(i);
  }

  private Optional<Found> dateAt(int i) {
    TokenWindow.Tok t = w.get(i);
    if (t.number() >= 0 || day(t) > 0) {
      Optional<Found> f = numeric(i);
      if (f.isEmpty()) {
        f = dayFirst(i, day(t), i + 1, false);
      }
      return f.isPresent() ? f : range(i, day(t));
    }
    int[] ordinal = OrdinalDays.parse(w, i);
    if (ordinal != null) {
      return dayFirst(i, ordinal[0], ordinal[1], true);
    }
    return monthFirst(i);
  }

  /**
   * From the token after the day: "[من] [شهر] month[/ month] [year [era]]". An ordinal day (الثامن)
   * needs the من, as "الأول" and "الثاني" are also ordinary adjectives.
   */
  private Optional<Found> dayFirst(int i, int day, int afterDay, boolean needMin) {
    int k = monthStart(afterDay, needMin);
    MonthHit m = k < 0 || day < 1 ? null : month(k);
    if (m == null) {
      return Optional.empty();
    }
    YearHit y = year(dualMonth(m, m.next()));
    Optional<LocalDate> date = resolve(m, y, day);
    if (date.isEmpty()) {
      return Optional.of(new Found(w.get(i).start(), w.get(y.next() - 1).end(), y.next(), null));
    }
    return finish(i, y.next(), date.get());
  }

  /** Words joining the two days of a range: "14 bis 20", "du 14 au 20", "من 14 إلى 20". */
  private static final Set<String> RANGE_WORDS =
      Set.of("bis", "au", "al", "to", norm("إلى"), norm("حتى"));

  private static String norm(String word) {
    return ArabicNormalizer.standard().normalize(word);
  }

  /**
   * A range of days in one month ("14. – 20. Januar 2022", "14–20 January", "من 14 إلى 20 يناير")
   * is its first day: a weekly report or an event is dated by the day it begins, and reading the
   * last day alone would date the page up to a week late.
   */
  private Optional<Found> range(int i, int first) {
    int k = rangeEnd(i + 1);
    int last = k < 0 ? 0 : day(w.get(k));
    if (first < 1 || last <= first) {
      return Optional.empty();
    }
    Optional<Found> whole = dayFirst(k, last, k + 1, false);
    if (whole.isEmpty() || whole.get().value() == null) {
      return Optional.empty();
    }
    Found f = whole.get();
    // Counting back keeps Hijri months right, whose days differ from the Gregorian ones.
    LocalDate start = LocalDate.parse(f.value().substring(0, 10)).minusDays(last - first);
    return Optional.of(new Found(w.get(i).start(), f.end(), f.next(), start.toString()));
  }

  /** Token index of a range's second day after the first day's token, or -1. */
  private int rangeEnd(int k) {
    if (w.get(k) == null) {
      return -1;
    }
    String gap = w.gapBefore(k).toString();
    if (w.gapIs(k, ".-–", 4) && (gap.indexOf('-') >= 0 || gap.indexOf('–') >= 0)) {
      return k;
    }
    boolean word = RANGE_WORDS.contains(normAt(k)) && w.gapIs(k, ".", 2);
    return word && w.get(k + 1) != null && w.gapIs(k + 1, "", 2) ? k + 1 : -1;
  }

  /**
   * Index of the month name after a day (skipping من and شهر), or -1 when the day stands alone. The
   * day may end with a period, as German writes it ("19. Juli 2014").
   */
  private int monthStart(int k, boolean needMin) {
    if (w.get(k) == null || !w.gapIs(k, ",،.", 2)) {
      return -1;
    }
    int afterMin = skipWord(k, "من");
    if (needMin && afterMin == k) {
      return -1;
    }
    // Spanish and Portuguese join day, month and year with "de": "2 de abril de 2020".
    return skipWord(skipWord(afterMin, "شهر"), LATIN_OF);
  }

  private record YearHit(int year, boolean hijriEra, int next) {}

  /** An optional year at token k with its era word (م / هـ / ميلادية / للهجرة). */
  private YearHit year(int at) {
    // The gap may hold the period of an abbreviated month: "28. Jan. 2022".
    int k = isYear(at, ".,،-–)") ? at : skipWord(at, LATIN_OF);
    if (!isYear(k, ".,،-–)")) {
      return new YearHit(-1, false, at);
    }
    boolean hijriEra = HIJRI_ERA.contains(normAt(k + 1)) && w.gapIs(k + 1, "", 2);
    return new YearHit(w.get(k).number(), hijriEra, skipEra(k + 1));
  }

  private int skipEra(int k) {
    boolean era = HIJRI_ERA.contains(normAt(k)) || GREGORIAN_ERA.contains(normAt(k));
    return era && w.gapIs(k, "", 2) ? k + 1 : k;
  }

  /** Hijri months need a year; a Gregorian month with a هـ year is a contradiction. */
  private Optional<LocalDate> resolve(MonthHit m, YearHit y, int day) {
    if (m.hijri()) {
      return y.year() > 0 ? HijriDates.toGregorian(y.year(), m.month(), day) : Optional.empty();
    }
    return y.hijriEra() ? Optional.empty() : gregorian(y.year(), m.month(), day);
  }

  private Optional<Found> monthFirst(int i) {
    MonthHit m = month(i);
    if (m == null || m.hijri()) {
      return Optional.empty();
    }
    int k = dualMonth(m, m.next());
    TokenWindow.Tok t = w.get(k);
    if (t == null || !w.gapIs(k, ".,،", 3)) {
      return Optional.empty();
    }
    int day = day(t);
    if (day > 0 && isLatin(w.get(i)) && !isDecimal(k)) {
      int year = isYear(k + 1, ",،", 3) ? w.get(k + 1).number() : -1;
      int next = year > 0 ? k + 2 : k + 1;
      return gregorian(year, m.month(), day).flatMap(d -> finish(i, next, d));
    }
    if (isYear(k, ".,،") && t.number() >= 1900) {
      String value = String.format(Locale.ROOT, "%04d-%02d", t.number(), m.month());
      return Optional.of(new Found(w.get(i).start(), t.end(), k + 1, value));
    }
    return Optional.empty();
  }

  /** d/m/y or y/m/d with one separator (/ . -), Hijri when the year is 1300-1600. */
  private Optional<Found> numeric(int i) {
    int[] ymd = numericParts(i);
    if (ymd == null) {
      return Optional.empty();
    }
    boolean hijri = ymd[0] >= HijriDates.FIRST_YEAR && ymd[0] <= HijriDates.LAST_YEAR;
    Optional<LocalDate> date =
        hijri ? HijriDates.toGregorian(ymd[0], ymd[1], ymd[2]) : gregorian(ymd[0], ymd[1], ymd[2]);
    int next = skipEra(i + 3);
    return date.flatMap(d -> finish(i, next, d));
  }

  /** {year, month, day} of three numbers joined by the same separator, or null. */
  private int[] numericParts(int i) {
    TokenWindow.Tok a = w.get(i);
    TokenWindow.Tok b = w.get(i + 1);
    TokenWindow.Tok c = w.get(i + 2);
    if (b == null || c == null || b.number() < 0 || c.number() < 0) {
      return null;
    }
    String sep = w.gapBefore(i + 1).toString();
    if (!(sep.equals("/") || sep.equals(".") || sep.equals("-"))
        || !w.gapBefore(i + 2).toString().equals(sep)) {
      return null;
    }
    if (a.norm().length() == 4) {
      return new int[] {a.number(), b.number(), c.number()};
    }
    if (c.norm().length() == 2 && sep.equals(".") && a.norm().length() <= 2 && !inDottedRun(i)) {
      // German and Swiss short dates "25.04.24": dots only, so that 1/2/24 stays ambiguous.
      int year = c.number() <= LAST_SHORT_YEAR_OF_2000S ? 2000 + c.number() : 1900 + c.number();
      return new int[] {year, b.number(), a.number()};
    }
    if (c.norm().length() != 4) {
      return null;
    }
    boolean monthFirst = b.number() > 12 && a.number() <= 12;
    return monthFirst
        ? new int[] {c.number(), a.number(), b.number()}
        : new int[] {c.number(), b.number(), a.number()};
  }

  /** Two-digit years up to this one are in the 2000s, the others in the 1900s. */
  private static final int LAST_SHORT_YEAR_OF_2000S = 69;

  /**
   * True when the three numbers at {@code i} are part of a longer dotted run (a version 1.2.3.4).
   */
  private boolean inDottedRun(int i) {
    boolean before = i > 0 && w.get(i - 1) != null && w.gapBefore(i).toString().equals(".");
    TokenWindow.Tok after = w.get(i + 3);
    return before
        || after != null && after.number() >= 0 && w.gapBefore(i + 3).toString().equals(".");
  }

  /** Adds an optional time and zone after token {@code next}, and builds the value. */
  private Optional<Found> finish(int first, int next, LocalDate date) {
    TimeParts tp = new TimeParts(w);
    int after = tp.parse(next);
    return Optional.of(
        new Found(w.get(first).start(), w.get(after - 1).end(), after, iso(date, tp)));
  }

  private static String iso(LocalDate date, TimeParts tp) {
    if (tp.time == null) {
      return date.toString();
    }
    if (tp.zone == null) {
      return LocalDateTime.of(date, tp.time).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return ZonedDateTime.of(date, tp.time, tp.zone)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Skips a single optional word (من, شهر) before a month name. */
  private int skipWord(int k, String word) {
    return word.equals(normAt(k)) && w.get(k + 1) != null && w.gapIs(k + 1, "", 2) ? k + 1 : k;
  }

  /**
   * After a month name: "/ ديسمبر", "(كانون الأول)", "- ديسمبر" name a month again (the first one
   * counts); with only a space between, the second must be the same month ("مارس آذار 2019").
   */
  private int dualMonth(MonthHit first, int k) {
    if (w.get(k) == null || !w.gapIs(k, "/(-–|\\", 4)) {
      return k;
    }
    MonthHit second = month(k);
    if (second == null
        || (w.gapBefore(k).toString().isBlank() && second.month() != first.month())) {
      return k;
    }
    return second.next();
  }

  /** "Month day" order is English and French; in Arabic "مايو 1,31" is a month then a price. */
  private static boolean isLatin(TokenWindow.Tok t) {
    return t.norm().charAt(0) < 0x250;
  }

  /** A day token glued to ",31" or ".5" is a decimal number, not a day. */
  private boolean isDecimal(int k) {
    TokenWindow.Tok next = w.get(k + 1);
    String gap = next == null ? "" : w.gapBefore(k + 1).toString();
    return next != null && next.number() >= 0 && (gap.equals(",") || gap.equals("."));
  }

  /**
   * A month name of one or two words at token k (e.g. كانون الأول, ربيع الآخر), Gregorian first.
   */
  private MonthHit month(int k) {
    TokenWindow.Tok t = w.get(k);
    if (t == null) {
      return null;
    }
    TokenWindow.Tok t2 = DateVocabulary.PAIR_STARTS.contains(t.norm()) ? w.get(k + 1) : null;
    if (t2 != null && w.gapIs(k + 1, "", 2)) {
      MonthHit two = lookup(t.norm() + " " + t2.norm(), k + 2);
      if (two != null) {
        return two;
      }
    }
    return lookup(t.norm(), k + 1);
  }

  private static MonthHit lookup(String key, int next) {
    Integer g = DateVocabulary.GREGORIAN.get(key);
    if (g != null) {
      return new MonthHit(g, false, next);
    }
    Integer h = DateVocabulary.HIJRI.get(key);
    return h == null ? null : new MonthHit(h, true, next);
  }

  private boolean isYear(int k, String allowedGap) {
    return isYear(k, allowedGap, 4);
  }

  private boolean isYear(int k, String allowedGap, int maxGap) {
    TokenWindow.Tok t = w.get(k);
    return t != null
        && t.norm().length() == 4
        && t.number() >= HijriDates.FIRST_YEAR
        && t.number() <= 2100
        && w.gapIs(k, allowedGap, maxGap);
  }

  /** 1-31 from "8", "08", "15th", "1er"; 0 otherwise. */
  private static int day(TokenWindow.Tok t) {
    String s = t.norm();
    int digits = 0;
    while (digits < s.length()
        && digits < 3
        && s.charAt(digits) >= '0'
        && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0
        || digits > 2
        || (digits < s.length() && !DAY_SUFFIXES.contains(s.substring(digits)))) {
      return 0;
    }
    int d = Integer.parseInt(s.substring(0, digits));
    return d >= 1 && d <= 31 ? d : 0;
  }

  private String normAt(int k) {
    TokenWindow.Tok t = w.get(k);
    return t == null ? "" : t.norm();
  }

  /** The date for day/month and a year, or the year closest to the reference when it is missing. */
  private Optional<LocalDate> gregorian(int year, int month, int day) {
    try {
      if (year > 0) {
        return year >= 1900 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
      }
      LocalDate best = null;
      for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
        Optional<LocalDate> d = valid(y, month, day);
        if (d.isPresent() && (best == null || distance(d.get()) < distance(best))) {
          best = d.get();
        }
      }
      return Optional.ofNullable(best);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> valid(int y, int month, int day) {
    try {
      return Optional.of(LocalDate.of(y, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private long distance(LocalDate d) {
    return Math.abs(ChronoUnit.DAYS.between(reference, d));
  }
}
