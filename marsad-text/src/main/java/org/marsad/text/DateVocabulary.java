package org.marsad.text;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words dates are made of, every key in {@link ArabicNormalizer} form. Month and weekday names
 * come from CLDR through ICU4J for every Arab locale (so Levantine كانون الثاني, Moroccan يوليوز,
 * Algerian جانفي, Mauritanian أغشت all arrive with the data), plus English, French, German and
 * Spanish, other Latin and Slavic languages, Turkish and the Scandinavian ones (the publish-date
 * benchmark is mostly German pages, with Russian and Ukrainian outlets among the rest); the tables
 * below add only what CLDR lacks: spelling variants seen in the press and the Hijri genitive forms.
 * This class is mostly tables, hence its length.
 */
final class DateVocabulary {

  /**
   * Locales whose CLDR month names differ: the Arab regions plus the Latin languages outlets use.
   */
  private static final String[] LOCALES = {
    "ar", "ar_EG", "ar_SA", "ar_MA", "ar_DZ", "ar_TN", "ar_LB", "ar_SY", "ar_IQ", "ar_JO", "ar_PS",
    "ar_LY", "ar_MR", "en", "fr", "de", "es", "it", "pt", "ro", "nl", "ru", "uk", "pl", "cs", "tr",
    "sv", "da", "nb"
  };

  /**
   * Locales whose abbreviated weekdays are not taken: German "Do."/"So." would make the English
   * words "do" and "so" start date matches.
   */
  private static final Set<String> WIDE_WEEKDAYS_ONLY =
      Set.of("de", "es", "it", "pt", "ro", "nl", "ru", "uk", "pl", "cs", "tr", "sv", "da", "nb");

  /**
   * Locales whose abbreviated months are not taken: Italian "set", Dutch "mei"/"okt" and the like
   * are ordinary words or clash with other languages, and these outlets write months in full.
   */
  private static final Set<String> WIDE_MONTHS_ONLY =
      Set.of("it", "pt", "ro", "nl", "ru", "uk", "pl", "cs", "tr", "sv", "da", "nb");

  /**
   * Press spellings CLDR does not list (month number, then names). Egyptian official يوليه/يونيه,
   * Levantine names without the article (كانون ثاني), Maghreb variants (جانفييه، جويليه، أغشت،
   * شتمبر، دجمبر، نوفمبر/نونبر), Libyan and Sudanese spellings, English abbreviations with "Sept",
   * German "Mär."/"Mrz." (CLDR abbreviates März not at all).
   */
  private static final Object[][] EXTRA_GREGORIAN = {
    {1, "كانون ثاني", "جانفييه", "يناير", "jan"},
    {2, "فبرير", "فيفرييه", "feb"},
    {3, "أذار", "mar", "mär", "mrz"},
    {4, "إبريل", "ابريل", "افريل", "apr"},
    {5, "مايس", "ماى", "may"},
    {6, "يونيه", "يونية", "jun"},
    {7, "يوليه", "يولية", "جويليه", "يوليوز", "jul"},
    {8, "أغشت", "اغسطس", "aug"},
    {9, "شتمبر", "سبتمر", "sep", "sept"},
    {10, "تشرين أول", "اكتوبر", "oct"},
    {11, "تشرين ثاني", "نونبر", "نوفمبر", "nov"},
    {12, "كانون أول", "دجمبر", "دجنبر", "dec"}
  };

  /**
   * Hijri months as written after a day: CLDR gives the nominative, news often the genitive (ذي).
   */
  private static final Object[][] EXTRA_HIJRI = {
    {1, "محرم الحرام"},
    {3, "ربيع أول"},
    {4, "ربيع الثاني", "ربيع ثاني", "ربيع آخر"},
    {5, "جمادى الأول", "جمادى أولى"},
    {6, "جمادى الثانية", "جمادى الثاني", "جمادى الآخر", "جمادى آخرة"},
    {11, "ذي القعدة", "ذو قعدة"},
    {12, "ذي الحجة", "ذو حجة"}
  };

  private static final Map<String, ZoneId> ZONES = new HashMap<>();
  static final Map<String, Integer> GREGORIAN = new HashMap<>();
  static final Map<String, Integer> HIJRI = new HashMap<>();
  static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  /**
   * First words of two-word month names (كانون, تشرين, ربيع, جمادي, ذو ...): only these try a pair.
   */
  static final Set<String> PAIR_STARTS = new HashSet<>();

  static {
    ArabicNormalizer n = ArabicNormalizer.standard();
    for (String loc : LOCALES) {
      DateFormatSymbols s = new DateFormatSymbols(new GregorianCalendar(), new ULocale(loc));
      putAll(GREGORIAN, s.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE), n);
      putAll(GREGORIAN, s.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE), n);
      if (!loc.startsWith("ar") && !WIDE_MONTHS_ONLY.contains(loc)) {
        putAll(GREGORIAN, s.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED), n);
      }
      putWeekdays(s.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE), n);
      if (!loc.startsWith("ar") && !WIDE_WEEKDAYS_ONLY.contains(loc)) {
        putWeekdays(s.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED), n);
      }
    }
    putAll(HIJRI, new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar")).getMonths(), n);
    putExtra(GREGORIAN, EXTRA_GREGORIAN, n);
    putExtra(HIJRI, EXTRA_HIJRI, n);
    // English "May" is also a modal verb; "mar" is no word: both only count beside a day or year
    // anyway.
    WEEKDAYS.put(key("الإثنين", n), DayOfWeek.MONDAY);
    zones(n);
    for (Map<String, Integer> map : List.of(GREGORIAN, HIJRI)) {
      map.keySet().stream()
          .filter(k -> k.indexOf(' ') > 0)
          .forEach(k -> PAIR_STARTS.add(k.substring(0, k.indexOf(' '))));
    }
  }

  private DateVocabulary() {}

  /** The key a name is stored and looked up under: normalised, lower case, trailing dot dropped. */
  static String key(String name, ArabicNormalizer n) {
    String k = n.normalize(name);
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  private static void putAll(Map<String, Integer> map, String[] names, ArabicNormalizer n) {
    for (int m = 0; m < names.length && m < 12; m++) {
      map.put(key(names[m], n), m + 1);
    }
  }

  private static void putWeekdays(String[] days, ArabicNormalizer n) {
    for (int d = 1; d < days.length; d++) {
      WEEKDAYS.put(key(days[d], n), DayOfWeek.SUNDAY.plus(d - 1L));
    }
  }

  private static void putExtra(Map<String, Integer> map, Object[][] table, ArabicNormalizer n) {
    for (Object[] row : table) {
      for (int k = 1; k < row.length; k++) {
        map.put(key((String) row[k], n), (Integer) row[0]);
      }
    }
  }

  /** The zone named after بتوقيت / توقيت (city or country), or GMT/UTC. */
  static ZoneId zone(String normalizedName) {
    return ZONES.get(normalizedName);
  }

  private static void zones(ArabicNormalizer n) {
    Object[][] table = {
      {"UTC", "غرينتش", "جرينتش", "غرينيتش", "جرينيتش", "غرنتش", "gmt", "utc"},
      {"Asia/Riyadh", "مكة", "مكة المكرمة", "الرياض", "السعودية"},
      {"Asia/Jerusalem", "القدس", "القدس المحتلة"},
      {"Asia/Gaza", "غزة", "فلسطين"},
      {"Asia/Beirut", "بيروت", "لبنان"},
      {"Asia/Damascus", "دمشق", "سوريا", "سورية"},
      {"Africa/Cairo", "القاهرة", "مصر"},
      {"Asia/Qatar", "الدوحة", "قطر"},
      {"Asia/Dubai", "أبوظبي", "أبو ظبي", "دبي", "الإمارات"},
      {"Asia/Baghdad", "بغداد", "العراق"},
      {"Asia/Amman", "عمان", "الأردن"},
      {"Asia/Kuwait", "الكويت"},
      {"Asia/Bahrain", "المنامة", "البحرين"},
      {"Asia/Muscat", "مسقط", "سلطنة عمان"},
      {"Asia/Aden", "صنعاء", "عدن", "اليمن"},
      {"Africa/Casablanca", "الرباط", "المغرب", "الدار البيضاء"},
      {"Africa/Algiers", "الجزائر"},
      {"Africa/Tunis", "تونس"},
      {"Africa/Tripoli", "طرابلس", "ليبيا"},
      {"Africa/Khartoum", "الخرطوم", "السودان"},
      {"Africa/Nouakchott", "نواكشوط", "موريتانيا"},
    };
    for (Object[] row : table) {
      ZoneId zone = row[0].equals("UTC") ? ZoneOffset.UTC : ZoneId.of((String) row[0]);
      for (int k = 1; k < row.length; k++) {
        ZONES.put(key((String) row[k], n), zone);
      }
    }
  }
}
