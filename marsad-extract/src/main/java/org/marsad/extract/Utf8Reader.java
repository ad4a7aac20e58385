package org.marsad.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * A page's bytes read as UTF-8, decoded a buffer at a time as the parser asks for them, and failing
 * ({@link java.nio.charset.MalformedInputException}) at the first byte that is not UTF-8 instead of
 * replacing it: the caller then hands the page to the charset detector.
 *
 * <p>Why not a String: the parser reads its input 2,048 characters at a time. Decoded chunk by
 * chunk, the characters go from the decoder to the parser while they are still in cache; a String
 * of the whole page (two bytes a character once one Arabic letter is in it) is written out to
 * memory and read back, which cost about a tenth of the parse.
 */
final class Utf8Reader extends Reader {

  private final ByteBuffer in;

  /** Strict: the JDK decoder reports malformed and unmappable input unless told otherwise. */
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();

  /** Byte spans the parser gets a marker for instead, as {@code [start, end)} pairs in order. */
  private final int[] cuts;

  /** The next pair of {@link #cuts} not yet passed. */
  private int nextCut;

  /** The marker of the span just passed, as far as it is not yet read, or "". */
  private String pending = "";

  /** The caller's buffer wrapped once: the parser reads into the same array every time. */
  private char[] wrapped;

  private CharBuffer out;

  /** Where a skipped span is checked: skipped bytes must be UTF-8 as much as read ones. */
  private CharBuffer scratch;

  Utf8Reader(byte[] bytes) {
    this(bytes, new int[0]);
  }

  /**
   * Reads {@code bytes} with {@link SkippedBodies#marker} in place of each span {@code cuts} gives
   * ({@code [start, end)} pairs, in order, each starting and ending next to an ASCII byte, as the
   * script skipper's do).
   */
  Utf8Reader(byte[] bytes, int[] cuts) {
    this.in = ByteBuffer.wrap(bytes);
    this.cuts = cuts;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (buffer != wrapped) {
      wrapped = buffer;
      out = CharBuffer.wrap(buffer);
    }
    out.limit(offset + length).position(offset);
    while (out.hasRemaining()) {
      if (!pending.isEmpty()) {
        int n = Math.min(pending.length(), out.remaining());
        out.put(pending, 0, n);
        pending = pending.substring(n);
      } else if (nextCut < cuts.length && in.position() == cuts[nextCut]) {
        passCut();
      } else if (in.position() == in.capacity() || !decode()) {
        break;
      }
    }
    int read = out.position() - offset;
    // 0 when only a surrogate pair is next and one char fits: the parser asks again with room.
    return read == 0 && in.position() == in.capacity() && pending.isEmpty() ? -1 : read;
  }

  /** Decodes up to the next cut; false when the buffer has no room for the next character. */
  private boolean decode() throws IOException {
    in.limit(nextCut < cuts.length ? cuts[nextCut] : in.capacity());
    // All the input is in the buffer, so every call is the last one as far as the decoder knows:
    // a sequence cut off by the end of the bytes is malformed, not waiting for more.
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      result.throwException();
    }
    return !result.isOverflow();
  }

  /** Moves past the cut span where reading is, to read its marker instead; it must be UTF-8. */
  private void passCut() throws IOException {
    int from = cuts[nextCut];
    int to = cuts[nextCut + 1];
    if (!PageBytes.isAscii(in.array(), from, to)) {
      validate(from, to);
    }
    in.limit(in.capacity()).position(to);
    pending = SkippedBodies.marker(nextCut / 2);
    nextCut += 2;
  }

  /** Decodes the span into scratch space with the same strict decoder, for its errors alone. */
  private void validate(int from, int to) throws IOException {
    ByteBuffer span = ByteBuffer.wrap(in.array(), from, to - from);
    scratch = scratch == null ? CharBuffer.allocate(1024) : scratch;
    while (span.hasRemaining()) {
      CoderResult result = decoder.decode(span, scratch.clear(), true);
      if (result.isError()) {
        result.throwException();
      }
    }
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the caller.
  }
}
