package org.marsad.extract;

/** jsoup's tag states after a tag name, reduced to what decides where the tag ends. */
final class TagReader {

  static final int STOP = -1;

  private final PageBytes p;

  TagReader(PageBytes p) {
    this.p = p;
  }

  /**
   * Past the '>' that ends the tag whose name ends at {@code i}, or {@link #STOP}. jsoup's
   * attribute states reduced to what decides the end: a quoted value may hold '>', and only a
   * space, '/', '=' or '>' ends a name ('<' and quotes belong to it).
   */
  int end(int i) {
    return end(i, p.n);
  }

  /**
   * {@link #end(int)} for a tag that must end before {@code limit}: {@link #STOP} where it does
   * not, having read no further (a quoted value left open is not followed to the page's end).
   */
  int end(int i, int limit) {
    int state = i < limit && p.a[i] == '/' ? SELF_CLOSING : BEFORE_NAME;
    int at = i < limit && p.a[i] == '/' ? i + 1 : i;
    while (at < limit) {
      byte c = p.a[at];
      switch (state) {
        case BEFORE_NAME, AFTER_NAME -> {
          if (c == '>') {
            return at + 1;
          }
          state = PageBytes.isSpace(c) ? state : c == '/' ? SELF_CLOSING : nameOrValue(state, c);
          at++;
        }
        case NAME -> {
          state =
              PageBytes.isSpace(c)
                  ? AFTER_NAME
                  : c == '/' ? SELF_CLOSING : c == '=' ? BEFORE_VALUE : NAME;
          if (c == '>') {
            return at + 1;
          }
          at++;
        }
        case BEFORE_VALUE -> {
          if (c == '>') {
            return at + 1;
          }
          state = PageBytes.isSpace(c) ? BEFORE_VALUE : c == '"' || c == '\'' ? QUOTED : UNQUOTED;
          at = state == QUOTED ? valueEnd(c, at + 1, limit) : state == UNQUOTED ? at : at + 1;
          state = state == QUOTED ? AFTER_QUOTED : state;
        }
        case UNQUOTED -> {
          if (c == '>') {
            return at + 1;
          }
          state = PageBytes.isSpace(c) ? BEFORE_NAME : UNQUOTED;
          at++;
        }
        case AFTER_QUOTED, SELF_CLOSING -> {
          if (c == '>') {
            return at + 1;
          }
          boolean stay = state == AFTER_QUOTED && c == '/';
          state = stay ? SELF_CLOSING : BEFORE_NAME;
          at =
              stay || PageBytes.isSpace(c)
                  ? at + 1
                  : at; // anything else is read again before a name
        }
        default -> throw new IllegalStateException("tag state " + state);
      }
    }
    return STOP;
  }

  private static final int BEFORE_NAME = 0;

  private static final int NAME = 1;

  private static final int AFTER_NAME = 2;

  private static final int BEFORE_VALUE = 3;

  private static final int QUOTED = 4;

  private static final int UNQUOTED = 5;

  private static final int AFTER_QUOTED = 6;

  private static final int SELF_CLOSING = 7;

  /** Before or after an attribute name, on a character other than a space, '/' or '>'. */
  private static int nameOrValue(int state, byte c) {
    return state == AFTER_NAME && c == '=' ? BEFORE_VALUE : NAME;
  }

  /** Past the closing quote of a quoted value starting at {@code from}; {@code limit} if none. */
  private int valueEnd(byte quote, int from, int limit) {
    int end = p.indexOf((char) quote, from, limit);
    return end < 0 ? limit : end + 1;
  }
}
