package org.marsad.extract;

/**
 * A page's characters and the searches the script skipper's readers share: plain scans, and the end
 * tag tests of jsoup's raw-text states.
 */
final class PageChars {

  final char[] a;
  final int n;

  PageChars(char[] a, int n) {
    this.a = a;
    this.n = n;
  }

  /**
   * Where the body of a raw-text element ends: at its end tag, else at the end of the page. A
   * mismatched end tag name is skipped whole: jsoup reads it to a space, '/' or '>', so "</a<"
   * hides the '<' after it.
   */
  int rawTextEnd(String name, int from) {
    int i = indexOf('<', from);
    while (i >= 0) {
      if (isEndTagOf(name, i)) {
        return i;
      }
      i = indexOf('<', isEndTagOpen(i) ? tagNameEnd(i + 2) : i + 1);
    }
    return n;
  }

  /** {@code </} and an ASCII letter: jsoup reads an end tag name there. */
  boolean isEndTagOpen(int lt) {
    return lt + 2 < n && a[lt + 1] == '/' && isAsciiAlpha(a[lt + 2]);
  }

  /** {@code </name} followed by a tag's end or a space, as jsoup's end-tag-name states decide. */
  boolean isEndTagOf(String name, int lt) {
    if (!isEndTagOpen(lt)) {
      return false;
    }
    int q = lt + 2;
    int end = tagNameEnd(q);
    return end < n && end - q == name.length() && new String(a, q, end - q).equalsIgnoreCase(name);
  }

  /** The tag name runs to a space, '/' or '>' (jsoup takes '<' and NUL into the name). */
  int tagNameEnd(int q) {
    int i = q;
    while (i < n && !isTagNameEnd(a[i])) {
      i++;
    }
    return i;
  }

  static boolean isTagNameEnd(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ' || c == '/' || c == '>';
  }

  static boolean isSpace(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ';
  }

  int indexOf(char c, int from) {
    return indexOf(c, from, n);
  }

  int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  int indexOf(String s, int from) {
    return indexOf(s, from, n);
  }

  /** The first {@code s} starting before {@code to}, or -1. */
  int indexOf(String s, int from, int to) {
    for (int i = indexOf(s.charAt(0), from, to); i >= 0; i = indexOf(s.charAt(0), i + 1, to)) {
      if (startsWith(i, s)) {
        return i;
      }
    }
    return -1;
  }

  int indexOfIgnoreCase(String lower, int from, int to) {
    for (int i = from; i + lower.length() <= to; i++) {
      if (startsWithIgnoreCase(i, lower)) {
        return i;
      }
    }
    return -1;
  }

  boolean startsWith(int at, String s) {
    if (at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (a[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** ASCII case-insensitive; {@code lower} is lower case. */
  boolean startsWithIgnoreCase(int at, String lower) {
    if (at + lower.length() > n) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = a[at + k];
      if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
