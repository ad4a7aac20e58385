package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sliding window of tokens over a text, pulled lazily from {@link ArabicTokenizer#next} and
 * normalised once each. Parsers look a dozen tokens ahead by absolute index; tokens behind the scan
 * are dropped in batches, so a 10 MB line costs memory for a few thousand tokens, not millions.
 */
final class TokenWindow {

  /**
   * One token: offsets in the text and its normalised form; {@code number} is -1 unless all digits.
   */
  record Tok(int start, int end, String norm, int number) {}

  private static final int KEEP = 64;
  private static final int COMPACT_AT = 4096;

  private final CharSequence text;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
  private final List<Tok> buffer = new ArrayList<>();
  private int base;
  private int scanned;
  private boolean exhausted;

  TokenWindow(CharSequence text) {
    this.text = text;
  }

  /** The token at absolute index {@code k}, or null past the end. */
  Tok get(int k) {
    while (k - base >= buffer.size() && !exhausted) {
      pull();
    }
    int rel = k - base;
    return rel >= 0 && rel < buffer.size() ? buffer.get(rel) : null;
  }

  /**
   * Forgets tokens well before {@code k}; the parsers never look back further than {@link #KEEP}.
   */
  void release(int k) {
    int drop = k - KEEP - base;
    if (drop > COMPACT_AT) {
      buffer.subList(0, drop).clear();
      base += drop;
    }
  }

  /** The text between tokens k-1 and k, or "" when either is missing. */
  CharSequence gapBefore(int k) {
    Tok prev = get(k - 1);
    Tok cur = get(k);
    return prev == null || cur == null ? "" : text.subSequence(prev.end(), cur.start());
  }

  /**
   * True when the gap before token k is at most {@code max} chars of whitespace or {@code allowed}.
   */
  boolean gapIs(int k, String allowed, int max) {
    CharSequence gap = gapBefore(k);
    if (gap.length() > max || get(k) == null) {
      return false;
    }
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (!Character.isWhitespace(c)
          && c != '\u00A0'
          && allowed.indexOf(c) < 0
          && !ArabicNormalizer.isInvisible(c)) {
        return false;
      }
    }
    return true;
  }

  private void pull() {
    long span = ArabicTokenizer.next(text, scanned);
    if (span < 0) {
      exhausted = true;
      return;
    }
    int start = (int) (span >>> 32);
    int end = (int) span;
    scanned = end;
    String norm = normalizer.normalize(text.subSequence(start, end));
    buffer.add(new Tok(start, end, norm, number(norm)));
  }

  private static int number(String norm) {
    if (norm.isEmpty() || norm.length() > 4) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
