package org.marsad.extract;

/**
 * jsoup's script states, for a script in the head: "<!--" escapes, and inside an escape "<script"
 * escapes doubly, which "</script" then only undoes instead of ending the script.
 */
final class ScriptStates {

  private final PageChars p;

  ScriptStates(PageChars p) {
    this.p = p;
  }

  /** Where the script body from {@code from} ends: at its end tag, else at the end of the page. */
  int end(int from) {
    int state = DATA;
    int i = from;
    while (i < p.n) {
      char c = p.a[i];
      if (c == '<' && state <= ESCAPED_DASH_DASH) {
        if (p.isEndTagOf("script", i)) {
          return i;
        } else if (p.isEndTagOpen(i)) {
          i = p.tagNameEnd(i + 2);
          state = state == DATA ? DATA : ESCAPED;
        } else if (state == DATA) {
          int dashes = p.startsWith(i + 1, "!--") ? 4 : p.startsWith(i + 1, "!-") ? 3 : 1;
          state = dashes == 4 ? ESCAPED_DASH_DASH : DATA;
          i += dashes == 1 && p.startsWith(i + 1, "!") ? 2 : dashes;
        } else {
          i = escapedTagOpen(i);
          state = doubled ? DOUBLE : ESCAPED;
        }
      } else if (c == '<') {
        i = doubleEscapeEnd(i);
        state = doubled ? DOUBLE : ESCAPED;
      } else if (state == DATA) {
        i = p.indexOf('<', i);
        i = i < 0 ? p.n : i;
      } else {
        state = dashStep(state, c);
        i++;
      }
    }
    return p.n;
  }

  private static final int DATA = 0;

  private static final int ESCAPED = 1;

  private static final int ESCAPED_DASH = 2;

  private static final int ESCAPED_DASH_DASH = 3;

  private static final int DOUBLE = 4;

  private static final int DOUBLE_DASH = 5;

  private static final int DOUBLE_DASH_DASH = 6;

  /** Set by the two escape-tag readers: whether the script is doubly escaped after the tag. */
  private boolean doubled;

  /** The escaped and doubly escaped states on a character other than '<'. */
  private static int dashStep(int state, char c) {
    boolean dbl = state >= DOUBLE;
    int base = dbl ? DOUBLE : ESCAPED;
    if (c == '-') {
      return state == base ? base + 1 : base + 2;
    }
    return c == '>' && state == base + 2 ? DATA : base;
  }

  /**
   * At '<' in an escaped script, not an end tag of it: "<letters" followed by a space, '/' or '>'
   * doubles the escape when the letters spell "script" in lower case; "</" and the name are text.
   */
  private int escapedTagOpen(int lt) {
    doubled = false;
    if (p.isEndTagOpen(lt)) {
      return p.tagNameEnd(lt + 2);
    }
    if (lt + 1 >= p.n || !PageChars.isAsciiAlpha(p.a[lt + 1])) {
      return lt + 1;
    }
    return escapeTag(lt + 1, true);
  }

  /** At '<' in a doubly escaped script: "</script" and a space, '/' or '>' undoes the doubling. */
  private int doubleEscapeEnd(int lt) {
    doubled = true;
    if (lt + 1 >= p.n || p.a[lt + 1] != '/') {
      return lt + 1;
    }
    int q = lt + 2;
    if (q < p.n && PageChars.isAsciiAlpha(p.a[q])) {
      return escapeTag(q, false);
    }
    return q < p.n && PageChars.isTagNameEnd(p.a[q]) ? q + 1 : q;
  }

  /**
   * jsoup's double-escape tag, from its first letter: letters, then a space, '/' or '>', which is
   * consumed; when the letters are "script" the escape doubles ({@code opening}) or undoes.
   * Opening, jsoup takes the first letter alone and the rest only from an ASCII letter on; closing,
   * any letters. Anything else leaves the state as it was.
   */
  private int escapeTag(int q, boolean opening) {
    int end = opening ? q + 1 : q;
    if (!opening || end < p.n && PageChars.isAsciiAlpha(p.a[end])) {
      while (end < p.n && Character.isLetter(p.a[end])) {
        end++;
      }
    }
    if (end < p.n && PageChars.isTagNameEnd(p.a[end])) {
      if (end - q == 6 && p.startsWith(q, "script")) {
        doubled = opening;
      }
      return end + 1;
    }
    return end;
  }
}
