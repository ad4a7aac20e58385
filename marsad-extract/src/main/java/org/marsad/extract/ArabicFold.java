package org.marsad.extract;

import java.util.Optional;

/**
 * The fold under which furniture labels and titles are compared: diacritics and tatweel dropped,
 * alef forms to bare alef, alef maqsura to ya, ta marbuta to ha, Latin lower-cased, whitespace
 * squashed. Lighter than the text module's normaliser on purpose: a label is matched at the start
 * of short texts many times per page, so the fold runs character by character, stops as soon as the
 * answer is known, and keeps every other letter as it is.
 */
final class ArabicFold {

  private ArabicFold() {}

  /**
   * Folds the spelling variants Arabic pages use for the same label: diacritics and tatweel
   * dropped, alef forms to bare alef, alef maqsura to ya, ta marbuta to ha, Latin lower-cased,
   * whitespace squashed as {@link Dom#squash} does.
   */
  static String foldArabic(String s) {
    return foldArabic(s, Integer.MAX_VALUE).orElseThrow();
  }

  /**
   * {@link #foldArabic(String)}, or empty as soon as the result would exceed {@code max}
   * characters: label checks only need short texts, and most text nodes are long prose.
   */
  static Optional<String> foldArabic(String s, int max) {
    StringBuilder b = foldUntil(s, max);
    return b.length() > max ? Optional.empty() : Optional.of(b.toString());
  }

  /** Folds {@code s} until the result is longer than {@code limit}; its start is then final. */
  private static StringBuilder foldUntil(String s, int limit) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), limit));
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() <= limit; i++) {
      char c = s.charAt(i);
      if (isFoldDropped(c)) {
        continue;
      }
      if (isFoldSpace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(fold(c));
    }
    return b;
  }

  /** Diacritics and tatweel, which the fold drops. */
  static boolean isFoldDropped(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  static boolean isFoldSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E';
  }

  static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      default -> Character.toLowerCase(c);
    };
  }
}
