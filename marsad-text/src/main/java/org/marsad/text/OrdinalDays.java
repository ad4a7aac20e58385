package org.marsad.text;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Arabic ordinal day numbers as news write them before "من + month": الأول … العاشر, الحادي عشر …
 * التاسع عشر, العشرين, الحادي والعشرين … التاسع والعشرين, الثلاثين, الحادي والثلاثين. Keys are in
 * {@link ArabicNormalizer} form. Days are masculine (اليوم), so feminine ordinals are not listed.
 */
final class OrdinalDays {

  private static final Map<String, Integer> UNITS =
      Map.of(
          "الحادي", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4, "الخامس", 5, "السادس", 6, "السابع", 7,
          "الثامن", 8, "التاسع", 9);
  private static final Map<String, Integer> SIMPLE =
      Map.of("الاول", 1, "العاشر", 10, "العشرين", 20, "الثلاثين", 30);
  private static final Map<String, Integer> TENS =
      Map.of("عشر", 10, "والعشرين", 20, "والثلاثين", 30);

  private OrdinalDays() {}

  /** Words an ordinal day can begin with. */
  static Set<String> startWords() {
    Set<String> words = new HashSet<>(UNITS.keySet());
    words.addAll(SIMPLE.keySet());
    return words;
  }

  /** {day, index of the next token} when an ordinal day starts at token i, else null. */
  static int[] parse(TokenWindow w, int i) {
    String first = w.get(i).norm();
    Integer unit = UNITS.get(first);
    if (unit != null) {
      TokenWindow.Tok next = w.get(i + 1);
      Integer tens = next != null && w.gapIs(i + 1, "", 2) ? TENS.get(next.norm()) : null;
      if (tens != null) {
        int day = tens + unit;
        return day <= 31 ? new int[] {day, i + 2} : null;
      }
      return unit == 1 ? null : new int[] {unit, i + 1};
    }
    Integer simple = SIMPLE.get(first);
    return simple == null ? null : new int[] {simple, i + 1};
  }
}
