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

  /** The caller's buffer wrapped once: the parser reads into the same array every time. */
  private char[] wrapped;

  private CharBuffer out;

  Utf8Reader(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (!in.hasRemaining()) {
      return -1;
    }
    if (buffer != wrapped) {
      wrapped = buffer;
      out = CharBuffer.wrap(buffer);
    }
    out.limit(offset + length).position(offset);
    // All the input is in the buffer, so every call is the last one as far as the decoder knows:
    // a sequence cut off by the end of the bytes is malformed, not waiting for more.
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      result.throwException();
    }
    // 0 when only a surrogate pair is next and one char fits: the parser asks again with room.
    return out.position() - offset;
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the caller.
  }
}
