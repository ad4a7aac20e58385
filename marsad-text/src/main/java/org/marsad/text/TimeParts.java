package org.marsad.text;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses what may follow a date: a clock time (with ص/م, صباحاً/مساءً, am/pm; "14h30") and a zone
 * (GMT+3, UTC, EST/CET/AST..., بتوقيت مكة المكرمة, ت.غ, +03:00). Works on a {@link TokenWindow};
 * every method returns the index of the first token it did not use, or the one it was given when
 * nothing matched.
 */
final class TimeParts {

  /**
   * Compared with normalised tokens, so they are stored normalised too: written "على" would never
   * equal the token "علي" (ى → ي), and "على الساعة 10:45" lost its time.
   */
  private static final Set<String> CONNECTORS =
      normalised("الساعة", "ساعة", "at", "a", "à", "في", "تمام", "عند", "vers", "um", "على");

  private static final Pattern COMPACT_CLOCK = Pattern.compile("([01]?\\d|2[0-3])h([0-5]\\d)?");

  private static final Set<String> AM = Set.of("am", "ص", "صباحا", "صباح", "فجرا");
  private static final Set<String> PM = Set.of("pm", "م", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا");
  private static final Set<String> ZONE_WORDS = Set.of("بتوقيت", "توقيت");

  /**
   * Zone abbreviations with one reading in Arab news: AST is Arabia (not Atlantic) Standard Time
   * and GST Gulf Standard Time, as Gulf outlets use them. Ambiguous ones (CST, IST) are left out.
   */
  private static final Map<String, ZoneOffset> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)), Map.entry("ast", ZoneOffset.ofHours(3)),
          Map.entry("msk", ZoneOffset.ofHours(3)), Map.entry("gst", ZoneOffset.ofHours(4)));

  private static Set<String> normalised(String... words) {
    ArabicNormalizer n = ArabicNormalizer.standard();
    return Arrays.stream(words).map(n::normalize).collect(Collectors.toUnmodifiableSet());
  }

  private final TokenWindow w;
  LocalTime time;
  ZoneId zone;

  TimeParts(TokenWindow w) {
    this.w = w;
  }

  /** Parses an optional time then an optional zone from token k; returns the next unused index. */
  int parse(int k) {
    int next = time(k);
    return zone(next, time != null);
  }

  private int time(int k) {
    int j = skipConnectors(k);
    int compact = compactTime(j);
    if (compact > j) {
      return compact;
    }
    TokenWindow.Tok h = w.get(j);
    TokenWindow.Tok m = w.get(j + 1);
    if (h == null
        || m == null
        || !w.gapIs(j, ",،-–|", 3)
        || !isClockPart(h, 23)
        || h.norm().length() > 2
        || !w.gapBefore(j + 1).toString().equals(":")
        || !isClockPart(m, 59)
        || m.norm().length() != 2) {
      return k;
    }
    j += 2;
    int second = 0;
    TokenWindow.Tok s = w.get(j);
    if (s != null
        && w.gapBefore(j).toString().equals(":")
        && isClockPart(s, 59)
        && s.norm().length() == 2) {
      second = s.number();
      j++;
    }
    int[] hourAndNext = meridiem(j, h.number());
    time = LocalTime.of(hourAndNext[0], m.number(), second);
    return hourAndNext[1];
  }

  /**
   * "14h30", "9h05", "14h": the French-style clock of Maghrebi outlets, one token because the
   * tokenizer does not split digits from Latin letters.
   */
  private int compactTime(int j) {
    TokenWindow.Tok t = w.get(j);
    if (t == null || !w.gapIs(j, ",،-–|", 3)) {
      return j;
    }
    Matcher m = COMPACT_CLOCK.matcher(t.norm());
    if (!m.matches()) {
      return j;
    }
    time =
        LocalTime.of(
            Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    return j + 1;
  }

  /** Up to three words such as الساعة, في تمام, at between a date and its time. */
  private int skipConnectors(int k) {
    int j = k;
    while (j < k + 3
        && w.get(j) != null
        && w.gapIs(j, ",،-–|", 3)
        && CONNECTORS.contains(w.get(j).norm())) {
      j++;
    }
    return j;
  }

  private static boolean isClockPart(TokenWindow.Tok t, int max) {
    return t.number() >= 0 && t.number() <= max;
  }

  /** Applies a following am/pm word; returns {hour, next index}. */
  private int[] meridiem(int j, int hour) {
    TokenWindow.Tok t = w.get(j);
    if (t == null || !w.gapIs(j, ".", 2)) {
      return new int[] {hour, j};
    }
    String word = t.norm();
    int used = 1;
    if ((word.equals("a") || word.equals("p"))
        && w.get(j + 1) != null
        && w.get(j + 1).norm().equals("m")
        && w.gapIs(j + 1, ".", 1)) {
      word = word + "m";
      used = 2;
    }
    if (AM.contains(word) && hour <= 12) {
      return new int[] {hour == 12 ? 0 : hour, j + used};
    }
    if (PM.contains(word) && hour <= 12) {
      return new int[] {hour == 12 ? 12 : hour + 12, j + used};
    }
    return new int[] {hour, j};
  }

  private int zone(int k, boolean afterTime) {
    int afterOffset = afterTime ? offset(k, false) : k;
    TokenWindow.Tok t = w.get(k);
    if (afterOffset > k || t == null || !w.gapIs(k, "(-–,،", 3)) {
      return afterOffset;
    }
    String word = t.norm();
    if (word.equals("gmt") || word.equals("utc")) {
      zone = ZoneOffset.UTC;
      return offset(k + 1, true);
    }
    if (ABBREVIATIONS.containsKey(word)) {
      zone = ABBREVIATIONS.get(word);
      return k + 1;
    }
    if (ZONE_WORDS.contains(word)) {
      return namedZone(k + 1, k);
    }
    if (word.equals("ت")
        && w.get(k + 1) != null
        && w.get(k + 1).norm().equals("غ")
        && w.gapIs(k + 1, ".", 2)) {
      zone = ZoneOffset.UTC;
      return k + 2;
    }
    return k;
  }

  /** "بتوقيت" + a city or country of one to three words. */
  private int namedZone(int k, int fallback) {
    for (int words = 3; words >= 1; words--) {
      StringBuilder name = new StringBuilder();
      boolean ok = true;
      for (int i = 0; i < words && ok; i++) {
        TokenWindow.Tok t = w.get(k + i);
        ok = t != null && w.gapIs(k + i, "", i == 0 ? 3 : 2);
        if (ok) {
          name.append(i == 0 ? "" : " ").append(t.norm());
        }
      }
      ZoneId z = ok ? DateVocabulary.zone(name.toString()) : null;
      if (z != null) {
        zone = z;
        return k + words;
      }
    }
    return fallback;
  }

  /** "+3", "+03:00", "-0500" before token k; on "GMT+3" adjusts the UTC just read. */
  private int offset(int k, boolean afterGmt) {
    TokenWindow.Tok t = w.get(k);
    String gap = w.gapBefore(k).toString().strip();
    if (t == null || !(gap.equals("+") || gap.equals("-") || gap.equals("−")) || t.number() < 0) {
      return k;
    }
    int sign = gap.equals("+") ? 1 : -1;
    int hours = t.norm().length() == 4 ? t.number() / 100 : t.number();
    int minutes = t.norm().length() == 4 ? t.number() % 100 : 0;
    int next = k + 1;
    TokenWindow.Tok mm = w.get(next);
    if (t.norm().length() <= 2
        && mm != null
        && w.gapBefore(next).toString().equals(":")
        && mm.norm().length() == 2) {
      minutes = mm.number();
      next++;
    }
    if (hours > 14 || minutes < 0 || minutes > 59 || (!afterGmt && t.norm().length() == 1)) {
      return k;
    }
    zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    return next;
  }
}
