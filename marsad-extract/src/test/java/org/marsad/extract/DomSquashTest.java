package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The array squash collapses exactly what a character-by-character squash collapses. */
class DomSquashTest {

  /** Spaces of every kind Java and the page know, letters, marks and surrogate halves. */
  private static final String ALPHABET =
      " \t\n\u000B\f\r\u001C\u001F\u0085\u00A0\u1680\u2000\u2007\u200A\u200B\u200E\u200F"
          + "\u2028\u2029\u202F\u205F\u3000\uFEFFaZ9.بةـ\u064B\ud83d\ude00é";

  @Test
  void squashesAsTheSimpleLoopDoes() {
    Random random = new Random(7);
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = b.toString();
      assertEquals(simpleSquash(s), Dom.squash(s), s);
      assertEquals(simpleSquash(s), Dom.squash(new StringBuilder(s)), s);
    }
  }

  /** The squash as it was first written: a builder filled character by character. */
  private static String simpleSquash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
