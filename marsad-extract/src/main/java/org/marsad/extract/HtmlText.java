package org.marsad.extract;

/**
 * jsoup 1.21's escaping of text and attribute values when it prints HTML in UTF-8 with the base
 * entities, for writers that print without building jsoup nodes ({@link Sanitizer}). Most text
 * needs no escape at all: runs are copied whole, and only the few characters below are replaced.
 * {@code SanitizerTest} holds the result to jsoup's own printing.
 */
final class HtmlText {

  private HtmlText() {}

  /** Appends {@code s} escaped as text ({@code attribute} false) or as a quoted attribute value. */
  static void escape(StringBuilder out, String s, boolean attribute) {
    int from = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > '>' && c != '\u00A0' && !Character.isSurrogate(c)) {
        continue; // the common case: nothing above '>' needs an escape but these
      }
      String replacement;
      int width = 1;
      if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '"') {
        replacement = attribute ? "&quot;" : null;
      } else if (c == '\u00A0') {
        replacement = "&nbsp;";
      } else if (Character.isSurrogate(c)) {
        int cp = s.codePointAt(i);
        width = Character.charCount(cp);
        // jsoup tests the code point's low 16 bits: a pair whose low half looks like a surrogate
        // is written as a reference, as is a lone surrogate.
        replacement = Character.isSurrogate((char) cp) ? reference(cp) : null;
      } else {
        replacement = c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? reference(c) : null;
      }
      if (replacement != null) {
        out.append(s, from, i).append(replacement);
        from = i + width;
      }
      i += width - 1;
    }
    out.append(s, from, n);
  }

  private static String reference(int codePoint) {
    return "&#x" + Integer.toHexString(codePoint) + ";";
  }
}
