package org.marsad.demo;

import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Visible byline dates the way each region's sites write them. These tables are data, so this class
 * is long on constants and short on logic.
 */
final class ArabicDates {

  private static final List<String> MASHRIQ =
      List.of(
          "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر");
  private static final List<String> MOROCCO =
      List.of(
          "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
          "نونبر", "دجنبر");
  private static final List<String> MAGHREB =
      List.of(
          "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر");
  private static final List<String> SYRIAC =
      List.of(
          "كانون الثاني",
          "شباط",
          "آذار",
          "نيسان",
          "أيار",
          "حزيران",
          "تموز",
          "آب",
          "أيلول",
          "تشرين الأول",
          "تشرين الثاني",
          "كانون الأول");
  private static final List<String> HIJRI =
      List.of(
          "محرم",
          "صفر",
          "ربيع الأول",
          "ربيع الآخر",
          "جمادى الأولى",
          "جمادى الآخرة",
          "رجب",
          "شعبان",
          "رمضان",
          "شوال",
          "ذو القعدة",
          "ذو الحجة");

  /** Monday first, matching {@link java.time.DayOfWeek#getValue()} - 1. */
  private static final List<String> WEEKDAYS =
      List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ENGLISH_MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private ArabicDates() {}

  /** The date line of the article byline, e.g. "8 كانون الأول/ ديسمبر 2026 - 10:30". */
  static String byline(Shape shape, ZonedDateTime t) {
    int day = t.getDayOfMonth();
    int m = t.getMonthValue() - 1;
    int year = t.getYear();
    return switch (shape) {
      case WORDPRESS ->
          "نشر في " + day + " " + MOROCCO.get(m) + " " + year + " على الساعة " + HH_MM.format(t);
      case CUSTOM ->
          weekday(t) + "، " + day + " " + MASHRIQ.get(m) + " " + year + " " + twelveHour(t);
      case DRUPAL ->
          weekday(t)
              + " "
              + day
              + " "
              + SYRIAC.get(m)
              + "/ "
              + MASHRIQ.get(m)
              + " "
              + year
              + " - "
              + HH_MM.format(t);
      case GULF ->
          weekday(t)
              + " "
              + day
              + " "
              + MASHRIQ.get(m)
              + " "
              + year
              + " - "
              + twelveHour(t)
              + " بتوقيت مكة";
      case MAGHREB -> day + " " + MAGHREB.get(m) + " " + year + " | " + HH_MM.format(t);
      case CHANNEL -> HH_MM.format(t) + " - " + english(t) + " GMT";
    };
  }

  /** The Hijri date line Gulf sites print above the Gregorian one. */
  static String hijri(ZonedDateTime t) {
    HijrahDate h = HijrahDate.from(t.toLocalDate());
    return weekday(t)
        + " "
        + h.get(ChronoField.DAY_OF_MONTH)
        + " "
        + HIJRI.get(h.get(ChronoField.MONTH_OF_YEAR) - 1)
        + " "
        + h.get(ChronoField.YEAR)
        + " هـ";
  }

  /** "15th, December 2026": the English-style date pan-Arab channels put in bylines. */
  static String english(ZonedDateTime t) {
    int d = t.getDayOfMonth();
    String suffix =
        (d >= 11 && d <= 13)
            ? "th"
            : switch (d % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return d + suffix + ", " + ENGLISH_MONTH_YEAR.format(t);
  }

  private static String weekday(ZonedDateTime t) {
    return WEEKDAYS.get(t.getDayOfWeek().getValue() - 1);
  }

  private static String twelveHour(ZonedDateTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    String half = t.getHour() < 12 ? "ص" : "م";
    return String.format(Locale.ROOT, "%02d:%02d %s", h, t.getMinute(), half);
  }
}
