package org.marsad.text;

import java.text.Bidi;

/**
 * The base direction of a text, by MAJORITY of strong characters: an Arabic article that opens with
 * a Latin agency name ("AFP - قال...") is still RTL, which the first-strong rule (Unicode P2/P3)
 * gets wrong. On a tie, the first strong character decides, as {@link java.text.Bidi} computes it
 * for the paragraph; no strong character at all (digits, punctuation, emoji) gives NEUTRAL.
 */
public final class TextDirection {

  /** Enough text to contain the first strong character of any tie worth breaking. */
  private static final int BIDI_PREFIX = 65_536;

  private TextDirection() {}

  public static Direction of(CharSequence text) {
    long rtl = 0;
    long ltr = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
            rtl++;
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
        default -> {}
      }
      i += Character.charCount(cp);
    }
    if (rtl == 0 && ltr == 0) {
      return Direction.NEUTRAL;
    }
    if (rtl != ltr) {
      return rtl > ltr ? Direction.RTL : Direction.LTR;
    }
    return firstStrong(text);
  }

  private static Direction firstStrong(CharSequence text) {
    String head = text.subSequence(0, Math.min(text.length(), BIDI_PREFIX)).toString();
    Bidi bidi = new Bidi(head, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    return bidi.baseIsLeftToRight() ? Direction.LTR : Direction.RTL;
  }
}
