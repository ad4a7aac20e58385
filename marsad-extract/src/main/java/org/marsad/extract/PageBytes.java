package org.marsad.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A UTF-8 page's bytes and the searches the script skipper's readers share: plain scans, and the
 * end tag tests of jsoup's raw-text states. Markup is ASCII, and in UTF-8 no byte of a longer
 * character is an ASCII byte, so the bytes are searched as they are, without decoding them.
 */
final class PageBytes {

  /** Eight bytes at a time, lowest index in the lowest byte, as the byte search reads them. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  final byte[] a;
  final int n;

  PageBytes(byte[] a) {
    this.a = a;
    this.n = a.length;
  }

  /**
   * Where the body of a raw-text element ends: at its end tag, else at the end of the page. A
   * mismatched end tag name is skipped whole: jsoup reads it to a space, '/' or '>', so "</a<"
   * hides the '<' after it.
   */
  int rawTextEnd(String name, int from) {
    rawTextHadCommentOpen = false;
    int i = indexOfLtThen(from, n, '/', '!', '!'); // no other '<' can end the text or open "<!--"
    while (i >= 0) {
      if (isEndTagOf(name, i)) {
        return i;
      }
      rawTextHadCommentOpen |= startsWith(i + 1, "!--");
      i = indexOfLtThen(isEndTagOpen(i) ? tagNameEnd(i + 2) : i + 1, n, '/', '!', '!');
    }
    return n;
  }

  /**
   * Whether the raw text {@link #rawTextEnd} last read holds "<!--" (where a script's end may
   * differ between the head and the body): noted on the way, so that no second search is needed.
   */
  boolean rawTextHadCommentOpen;

  /** {@code </} and an ASCII letter: jsoup reads an end tag name there. */
  boolean isEndTagOpen(int lt) {
    return lt + 2 < n && a[lt + 1] == '/' && isAsciiAlpha(a[lt + 2]);
  }

  /**
   * {@code </name} followed by a tag's end or a space, as jsoup's end-tag-name states decide: they
   * compare names as {@link String#equalsIgnoreCase} does, so a name with a letter beyond ASCII is
   * decoded ("scrİpt" is "script" to it).
   */
  boolean isEndTagOf(String name, int lt) {
    if (!isEndTagOpen(lt)) {
      return false;
    }
    int q = lt + 2;
    int end = tagNameEnd(q);
    if (end >= n) {
      return false;
    }
    if (end - q == name.length() && startsWithIgnoreCase(q, name)) {
      return true;
    }
    return !isAscii(q, end)
        && new String(a, q, end - q, StandardCharsets.UTF_8).equalsIgnoreCase(name);
  }

  /**
   * Whether the end tag at {@code lt} names {@code name} (lower case) in lower or in upper case, as
   * jsoup's look-ahead for the end of title and textarea text finds it.
   */
  boolean isEndTagInOneCase(String name, int lt) {
    return startsWith(lt + 2, name) || startsWith(lt + 2, name.toUpperCase(Locale.ROOT));
  }

  /** The tag name runs to a space, '/' or '>' (jsoup takes '<' and NUL into the name). */
  int tagNameEnd(int q) {
    int i = q;
    while (i < n && !isTagNameEnd(a[i])) {
      i++;
    }
    return i;
  }

  /** {@code name} (lower case) in any ASCII case at {@code at}, then what ends a tag name. */
  boolean isTag(int at, String name) {
    int end = at + name.length();
    return startsWithIgnoreCase(at, name) && end < n && isTagNameEnd(a[end]);
  }

  static boolean isTagNameEnd(byte c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  /** HTML whitespace as jsoup's tag states read it (no vertical tab). */
  static boolean isSpace(byte c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ';
  }

  /**
   * The first {@code c} (ASCII) in [from, to), or -1. Eight bytes at a time: XOR with the byte
   * repeated leaves a zero byte where it is, and the classic zero-byte test marks the lowest such
   * byte exactly (its false marks, from borrows, can only fall above a true one).
   */
  int indexOf(char c, int from, int to) {
    long pattern = c * ONES;
    int i = Math.max(from, 0);
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(a, i) ^ pattern;
      long zero = (x - ONES) & ~x & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether [from, to) is all ASCII: no byte with its high bit set. */
  boolean isAscii(int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      if (!isAsciiWord(a, i)) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (a[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the eight bytes of {@code a} from {@code i} are all ASCII. */
  static boolean isAsciiWord(byte[] a, int i) {
    return ((long) LONGS.get(a, i) & HIGHS) == 0;
  }

  int indexOfIgnoreCase(String lower, int from, int to) {
    for (int i = from; i + lower.length() <= to; i++) {
      if (startsWithIgnoreCase(i, lower)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first '<' at or after {@code from} followed by '!', 's' or 't' in either case: what the
   * script skipper reads (comments, script, style, svg, title, textarea); -1 if none. Most tags are
   * passed over without a look at their name.
   */
  int indexOfOpening(int from) {
    return indexOfLtThen(from, n, '!', 's', 't');
  }

  /**
   * The first '<' in [from, to - 1) whose next byte, with bit 0x20 set (ASCII letters in lower
   * case), is {@code x}, {@code y} or {@code z}; -1 if none. A hit can be a byte that only looks
   * like one of them with that bit set (0x0F for '/'): callers check what follows. Eight bytes at a
   * time; the next bytes of a word are only read when it holds a '<'.
   */
  int indexOfLtThen(int from, int to, char x, char y, char z) {
    long xs = x * ONES;
    long ys = y * ONES;
    long zs = z * ONES;
    int i = Math.max(from, 0);
    for (; i + Long.BYTES < to; i += Long.BYTES) {
      long lts = zeros((long) LONGS.get(a, i) ^ LTS);
      if (lts != 0) {
        long next = (long) LONGS.get(a, i + 1) | CASE;
        long hits = lts & (zeros(next ^ xs) | zeros(next ^ ys) | zeros(next ^ zs));
        if (hits != 0) {
          return i + (Long.numberOfTrailingZeros(hits) >>> 3);
        }
      }
    }
    for (; i + 1 < to; i++) {
      int next = a[i + 1] | 0x20;
      if (a[i] == '<' && (next == x || next == y || next == z)) {
        return i;
      }
    }
    return -1;
  }

  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final long CASE = 0x2020202020202020L;
  private static final long LTS = '<' * ONES;

  /**
   * The high bit of each zero byte of {@code x}, exactly (no borrows between bytes): the low seven
   * bits are added to 0x7F, which sets the high bit unless they are all zero.
   */
  private static long zeros(long x) {
    return ~(((x & LOWS) + LOWS) | x | LOWS);
  }

  boolean startsWith(int at, String s) {
    return startsWith(a, at, n, s, false);
  }

  /** ASCII case-insensitive; {@code lower} is lower-case ASCII. */
  boolean startsWithIgnoreCase(int at, String lower) {
    return startsWith(a, at, n, lower, true);
  }

  /**
   * ASCII comparison of the bytes of {@code b} at {@code at}, before {@code end}, with {@code s}
   * (lower case when ignoring case, which folds A-Z only).
   */
  static boolean startsWith(byte[] b, int at, int end, String s, boolean ignoreCase) {
    if (at < 0 || at + s.length() > end) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      int c = b[at + k];
      if (ignoreCase && c >= 'A' && c <= 'Z') {
        c |= 0x20;
      }
      if (c != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiAlpha(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
