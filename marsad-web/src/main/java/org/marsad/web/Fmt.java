package org.marsad.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.text.Direction;
import org.marsad.text.TextDirection;

/**
 * Small formatting helpers the templates call. Dates for readers: «الأحد 29 نوفمبر 2026 - 14:05».
 *
 * <p>Months use the transliterated Gregorian names (يناير … ديسمبر) read across Egypt, the Gulf and
 * most pan-Arab outlets, rather than the Levantine/Iraqi Syriac names (كانون الثاني …), because
 * they are understood everywhere. Digits are Western (0-9) as on most Arabic news sites. The time
 * is shown in the offset the outlet published with (kept by {@link OffsetDateTime}), i.e. the
 * outlet's local time, because that is the time the story refers to; the exact instant is in the
 * ISO value of {@code <time datetime>}.
 */
final class Fmt {

  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };
  private static final Map<DayOfWeek, String> DAYS =
      Map.of(
          DayOfWeek.SUNDAY,
          "الأحد",
          DayOfWeek.MONDAY,
          "الاثنين",
          DayOfWeek.TUESDAY,
          "الثلاثاء",
          DayOfWeek.WEDNESDAY,
          "الأربعاء",
          DayOfWeek.THURSDAY,
          "الخميس",
          DayOfWeek.FRIDAY,
          "الجمعة",
          DayOfWeek.SATURDAY,
          "السبت");
  private static final Map<String, String> PLATFORMS =
      Map.of(
          "twitter",
          "إكس (تويتر)",
          "x",
          "إكس (تويتر)",
          "youtube",
          "يوتيوب",
          "facebook",
          "فيسبوك",
          "instagram",
          "إنستغرام",
          "telegram",
          "تيليغرام",
          "tiktok",
          "تيك توك");
  private static final Map<String, String> STATUSES =
      Map.of("ok", "يعمل", "erroring", "متعثّر", "disabled", "معطّل", "new", "جديد");
  private static final DateTimeFormatter ADMIN_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Fmt() {}

  static String arabicDate(OffsetDateTime t) {
    return String.format(
        Locale.ROOT,
        "%s %d %s %d - %02d:%02d",
        DAYS.get(t.getDayOfWeek()),
        t.getDayOfMonth(),
        MONTHS[t.getMonthValue() - 1],
        t.getYear(),
        t.getHour(),
        t.getMinute());
  }

  static String iso(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  static String iso(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  /** Operator-facing time: UTC, sortable, no localisation. */
  static String adminTime(Optional<Instant> t) {
    return t.map(ADMIN_TIME::format).orElse("—");
  }

  static String interval(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    if (seconds % 3600 == 0 && seconds > 0) {
      return String.format(Locale.ROOT, "%d ساعة", d.toHours());
    }
    if (seconds % 60 == 0 && seconds > 0) {
      return String.format(Locale.ROOT, "%d دقيقة", d.toMinutes());
    }
    return String.format(Locale.ROOT, "%d ثانية", seconds);
  }

  static String platform(String type) {
    return PLATFORMS.getOrDefault(type.toLowerCase(Locale.ROOT), type);
  }

  static String status(String status) {
    return STATUSES.getOrDefault(status, status);
  }

  /**
   * {@code "auto"} for foreign (left-to-right) text, null (attribute omitted, so the page's rtl
   * applies) otherwise. {@link TextDirection} decides by majority, so an Arabic title opening with
   * a Latin agency name stays rtl rather than being flipped by the browser's first-strong rule.
   */
  static String autoDir(String text) {
    return text != null && TextDirection.of(text) == Direction.LTR ? "auto" : null;
  }

  /** The article's language for a {@code lang} attribute when it is not Arabic, else null. */
  static String foreignLang(Optional<String> lang) {
    return lang.filter(l -> !l.isBlank() && !l.toLowerCase(Locale.ROOT).startsWith("ar"))
        .orElse(null);
  }

  /** One URL path segment, percent-encoded (Arabic slugs included). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Only http(s) links from crawled data become hrefs; anything else (javascript:, data:) is
   * dropped.
   */
  static String safeHref(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }
}
