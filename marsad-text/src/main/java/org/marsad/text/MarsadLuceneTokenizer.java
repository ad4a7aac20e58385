package org.marsad.text;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene face of {@link ArabicTokenizer}. Reads the whole field first: news fields are at most a
 * few hundred kilobytes, and one tokenizer for indexing, highlighting and the date scanner keeps
 * their word boundaries identical.
 */
final class MarsadLuceneTokenizer extends Tokenizer {

  /**
   * Longer words are cut into pieces of this length, as Lucene's StandardTokenizer does: a run of
   * letters without spaces (a pasted URL, a 10 MB line) would otherwise exceed Lucene's term limit.
   */
  static final int MAX_TOKEN_CHARS = 255;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final StringBuilder text = new StringBuilder();
  private final char[] buffer = new char[8192];
  private int pos;

  /** End of the word being emitted; a word longer than MAX_TOKEN_CHARS is emitted in pieces. */
  private int runEnd;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (pos >= runEnd) {
      long span = ArabicTokenizer.next(text, pos);
      if (span < 0) {
        return false;
      }
      pos = (int) (span >>> 32);
      runEnd = (int) span;
    }
    int start = pos;
    int end = Math.min(runEnd, start + MAX_TOKEN_CHARS);
    if (end < runEnd && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    term.setEmpty().append(text, start, end);
    offset.setOffset(correctOffset(start), correctOffset(end));
    pos = end;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    pos = 0;
    runEnd = 0;
    int n;
    while ((n = input.read(buffer)) > 0) {
      text.append(buffer, 0, n);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text.length());
    offset.setOffset(last, last);
  }
}
