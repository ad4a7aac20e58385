package org.marsad.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dates relative to a reference time: منذ ساعتين، قبل 3 أيام، منذ ثلاثة أسابيع، أمس، البارحة، أول
 * أمس، غداً، الأحد الماضي، "2 hours ago", "yesterday", "last Monday". Minutes and hours give a
 * date-time with the reference's offset; days and weeks a date; months "YYYY-MM"; years "YYYY". A
 * bare plural (منذ ساعات, "hours ago") is too vague to date and is skipped. Keys are in {@link
 * ArabicNormalizer} form (دقائق is written دقايق).
 */
final class RelativeDates {

  private record Unit(ChronoUnit unit, int count) {}

  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("دقيقه", new Unit(ChronoUnit.MINUTES, 1)),
          Map.entry("دقايق", new Unit(ChronoUnit.MINUTES, 0)),
          Map.entry("دقيقتين", new Unit(ChronoUnit.MINUTES, 2)),
          Map.entry("دقيقتان", new Unit(ChronoUnit.MINUTES, 2)),
          Map.entry("ساعه", new Unit(ChronoUnit.HOURS, 1)),
          Map.entry("ساعات", new Unit(ChronoUnit.HOURS, 0)),
          Map.entry("ساعتين", new Unit(ChronoUnit.HOURS, 2)),
          Map.entry("ساعتان", new Unit(ChronoUnit.HOURS, 2)),
          Map.entry("يوم", new Unit(ChronoUnit.DAYS, 1)),
          Map.entry("ايام", new Unit(ChronoUnit.DAYS, 0)),
          Map.entry("يومين", new Unit(ChronoUnit.DAYS, 2)),
          Map.entry("يومان", new Unit(ChronoUnit.DAYS, 2)),
          Map.entry("اسبوع", new Unit(ChronoUnit.WEEKS, 1)),
          Map.entry("اسابيع", new Unit(ChronoUnit.WEEKS, 0)),
          Map.entry("اسبوعين", new Unit(ChronoUnit.WEEKS, 2)),
          Map.entry("شهر", new Unit(ChronoUnit.MONTHS, 1)),
          Map.entry("اشهر", new Unit(ChronoUnit.MONTHS, 0)),
          Map.entry("شهور", new Unit(ChronoUnit.MONTHS, 0)),
          Map.entry("شهرين", new Unit(ChronoUnit.MONTHS, 2)),
          Map.entry("سنه", new Unit(ChronoUnit.YEARS, 1)),
          Map.entry("سنوات", new Unit(ChronoUnit.YEARS, 0)),
          Map.entry("سنتين", new Unit(ChronoUnit.YEARS, 2)),
          Map.entry("عام", new Unit(ChronoUnit.YEARS, 1)),
          Map.entry("اعوام", new Unit(ChronoUnit.YEARS, 0)),
          Map.entry("عامين", new Unit(ChronoUnit.YEARS, 2)),
          Map.entry("minute", new Unit(ChronoUnit.MINUTES, 1)),
          Map.entry("minutes", new Unit(ChronoUnit.MINUTES, 0)),
          Map.entry("hour", new Unit(ChronoUnit.HOURS, 1)),
          Map.entry("hours", new Unit(ChronoUnit.HOURS, 0)),
          Map.entry("day", new Unit(ChronoUnit.DAYS, 1)),
          Map.entry("days", new Unit(ChronoUnit.DAYS, 0)),
          Map.entry("week", new Unit(ChronoUnit.WEEKS, 1)),
          Map.entry("weeks", new Unit(ChronoUnit.WEEKS, 0)),
          Map.entry("month", new Unit(ChronoUnit.MONTHS, 1)),
          Map.entry("months", new Unit(ChronoUnit.MONTHS, 0)),
          Map.entry("year", new Unit(ChronoUnit.YEARS, 1)),
          Map.entry("years", new Unit(ChronoUnit.YEARS, 0)));

  /** Arabic number words 3-10 (masculine and feminine), the ones that precede a plural unit. */
  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("ثلاث", 3),
          Map.entry("ثلاثه", 3),
          Map.entry("اربع", 4),
          Map.entry("اربعه", 4),
          Map.entry("خمس", 5),
          Map.entry("خمسه", 5),
          Map.entry("ست", 6),
          Map.entry("سته", 6),
          Map.entry("سبع", 7),
          Map.entry("سبعه", 7),
          Map.entry("ثماني", 8),
          Map.entry("ثمانيه", 8),
          Map.entry("تسع", 9),
          Map.entry("تسعه", 9),
          Map.entry("عشر", 10),
          Map.entry("عشره", 10),
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3));

  private static final Map<String, Integer> DAY_WORDS =
      Map.of("امس", -1, "بالامس", -1, "وامس", -1, "البارحه", -1, "غدا", 1, "غد", 1);
  private static final Map<String, Integer> LATIN_DAY_WORDS =
      Map.of("yesterday", -1, "tomorrow", 1, "hier", -1, "demain", 1);
  private static final Set<String> AGO_AR = Set.of("منذ", "قبل", "ومنذ", "وقبل");
  private static final Set<String> HEDGES = Set.of("نحو", "حوالي", "قرابه", "about", "nearly");
  private static final Set<String> LAST = Set.of("الماضي", "last");
  private static final Set<String> NEXT = Set.of("المقبل", "القادم", "next");

  private final TokenWindow w;
  private final ZonedDateTime ref;

  /** Words a relative expression can begin with (numbers aside: "2 hours ago"). */
  static Set<String> startWords() {
    Set<String> words = new HashSet<>(AGO_AR);
    words.addAll(DAY_WORDS.keySet());
    words.addAll(LATIN_DAY_WORDS.keySet());
    words.addAll(NUMBER_WORDS.keySet());
    words.addAll(UNITS.keySet());
    words.addAll(HEDGES);
    words.addAll(List.of("اول", "بعد", "last", "next"));
    return words;
  }

  RelativeDates(TokenWindow w, ZonedDateTime ref) {
    this.w = w;
    this.ref = ref;
  }

  Optional<DateGrammar.Found> parseAt(int i) {
    String word = w.get(i).norm();
    if (AGO_AR.contains(word)) {
      return amount(i + 1).flatMap(a -> found(i, a.next, shift(a.unit, a.count)));
    }
    if (word.equals("اول") && (is(i + 1, "امس") || (is(i + 1, "من") && is(i + 2, "امس")))) {
      int next = is(i + 1, "امس") ? i + 2 : i + 3;
      return found(i, next, ref.toLocalDate().minusDays(2).toString());
    }
    if (word.equals("بعد") && is(i + 1, "غد")) {
      return found(i, i + 2, ref.toLocalDate().plusDays(2).toString());
    }
    Integer days = DAY_WORDS.containsKey(word) ? DAY_WORDS.get(word) : LATIN_DAY_WORDS.get(word);
    if (days != null) {
      return found(i, i + 1, ref.toLocalDate().plusDays(days).toString());
    }
    DayOfWeek dow = DateVocabulary.WEEKDAYS.get(word);
    if (dow != null && w.get(i + 1) != null && w.gapIs(i + 1, "", 2)) {
      return weekday(i, dow);
    }
    TokenWindow.Tok next = w.get(i + 1);
    DayOfWeek after =
        next == null || !w.gapIs(i + 1, "", 2) ? null : DateVocabulary.WEEKDAYS.get(next.norm());
    if (after != null && (word.equals("last") || word.equals("next"))) {
      LocalDate d =
          ref.toLocalDate()
              .with(
                  word.equals("last")
                      ? TemporalAdjusters.previous(after)
                      : TemporalAdjusters.next(after));
      return found(i, i + 2, d.toString());
    }
    return englishAgo(i);
  }

  private Optional<DateGrammar.Found> weekday(int i, DayOfWeek dow) {
    String after = w.get(i + 1).norm();
    if (LAST.contains(after)) {
      return found(i, i + 2, ref.toLocalDate().with(TemporalAdjusters.previous(dow)).toString());
    }
    if (NEXT.contains(after)) {
      return found(i, i + 2, ref.toLocalDate().with(TemporalAdjusters.next(dow)).toString());
    }
    return Optional.empty();
  }

  private record Amount(ChronoUnit unit, int count, int next) {}

  /** "ساعتين", "ساعة", "3 ساعات", "ثلاثة أيام", "نحو 5 دقائق". */
  private Optional<Amount> amount(int k) {
    if (w.get(k) != null && HEDGES.contains(w.get(k).norm())) {
      k++;
    }
    TokenWindow.Tok t = w.get(k);
    if (t == null || !w.gapIs(k, "", 2)) {
      return Optional.empty();
    }
    Unit direct = UNITS.get(t.norm());
    if (direct != null) {
      return direct.count() > 0 && !namesSomething(k + 1)
          ? Optional.of(new Amount(direct.unit(), direct.count(), k + 1))
          : Optional.empty();
    }
    int n = t.number() > 0 ? t.number() : NUMBER_WORDS.getOrDefault(t.norm(), -1);
    TokenWindow.Tok u = w.get(k + 1);
    Unit unit = u == null || !w.gapIs(k + 1, "", 2) ? null : UNITS.get(u.norm());
    if (n <= 0 || n > 1000 || unit == null) {
      return Optional.empty();
    }
    return Optional.of(new Amount(unit.unit(), n, k + 2));
  }

  /**
   * "منذ يوم الأحد" (since Sunday), "قبل شهر رمضان" (before Ramadan), "منذ عام 2011" (since 2011):
   * a singular unit followed by the name or number it introduces is not an amount of time.
   */
  private boolean namesSomething(int k) {
    TokenWindow.Tok t = w.get(k);
    if (t == null || !w.gapIs(k, "", 2)) {
      return false;
    }
    String n = t.norm();
    return t.number() >= 0
        || DateVocabulary.WEEKDAYS.containsKey(n)
        || DateVocabulary.GREGORIAN.containsKey(n)
        || DateVocabulary.HIJRI.containsKey(n)
        || DateVocabulary.HIJRI.containsKey(n + " " + normAt(k + 1));
  }

  private String normAt(int k) {
    TokenWindow.Tok t = w.get(k);
    return t == null ? "" : t.norm();
  }

  /** "2 hours ago", "an hour ago". */
  private Optional<DateGrammar.Found> englishAgo(int i) {
    Optional<Amount> a = amount(i).filter(x -> x.next > i + 1 || x.count == 1);
    if (a.isEmpty() || !is(a.get().next, "ago")) {
      return Optional.empty();
    }
    return found(i, a.get().next + 1, shift(a.get().unit, a.get().count));
  }

  private String shift(ChronoUnit unit, int count) {
    ZonedDateTime t = ref.minus(count, unit);
    return switch (unit) {
      case MINUTES, HOURS ->
          t.truncatedTo(ChronoUnit.MINUTES)
              .toOffsetDateTime()
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      case DAYS, WEEKS -> t.toLocalDate().toString();
      case MONTHS -> t.toLocalDate().toString().substring(0, 7);
      default -> String.valueOf(t.getYear());
    };
  }

  private boolean is(int k, String word) {
    TokenWindow.Tok t = w.get(k);
    return t != null && t.norm().equals(word) && w.gapIs(k, "", 3);
  }

  private Optional<DateGrammar.Found> found(int first, int next, String value) {
    return Optional.of(
        new DateGrammar.Found(w.get(first).start(), w.get(next - 1).end(), next, value));
  }
}
