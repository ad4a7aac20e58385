package org.marsad.cli.bench;

/**
 * Whitespace normalisation with Python's {@code ' '.join(s.split())} semantics (NBSP counts as
 * space).
 */
final class Whitespace {

  private Whitespace() {}

  /** Runs of whitespace become one space; leading and trailing whitespace goes. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * Python's str.isspace: Unicode space separators, Java whitespace, and the C1/info separators.
   */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }
}
