package org.marsad.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;

/**
 * A page's bytes read as UTF-8, decoded a buffer at a time as the parser asks for them, and failing
 * ({@link MalformedInputException}) at the first byte that is not UTF-8 instead of replacing it:
 * the caller then hands the page to the charset detector.
 *
 * <p>Why not a String: the parser reads its input 2,048 characters at a time. Decoded chunk by
 * chunk, the characters go from the decoder to the parser while they are still in cache; a String
 * of the whole page (two bytes a character once one Arabic letter is in it) is written out to
 * memory and read back, which cost about a tenth of the parse.
 *
 * <p>Why its own decoder: the JDK's decodes ASCII a byte at a time and goes through buffers for
 * every call; this one takes eight ASCII bytes at a time (most of a page's markup), which halves
 * the decoding. It accepts exactly the strict decoder's input, well-formed UTF-8 (no overlong
 * forms, surrogates or code points past U+10FFFF), as {@code Utf8ReaderTest} holds against it.
 */
final class Utf8Reader extends Reader {

  private final byte[] bytes;

  /** The next byte to decode. */
  private int at;

  /** Byte spans the parser gets a marker for instead, as {@code [start, end)} pairs in order. */
  private final int[] cuts;

  /** The next pair of {@link #cuts} not yet passed. */
  private int nextCut;

  /** The marker of the span just passed, as far as it is not yet read, or "". */
  private String pending = "";

  Utf8Reader(byte[] bytes) {
    this(bytes, new int[0]);
  }

  /**
   * Reads {@code bytes} with {@link SkippedBodies#marker} in place of each span {@code cuts} gives
   * ({@code [start, end)} pairs, in order, each starting and ending next to an ASCII byte, as the
   * script skipper's do: no character straddles a span's edge).
   */
  Utf8Reader(byte[] bytes, int[] cuts) {
    this.bytes = bytes;
    this.cuts = cuts;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int end = offset + length;
    int filled = offset;
    while (filled < end) {
      if (!pending.isEmpty()) {
        int n = Math.min(pending.length(), end - filled);
        pending.getChars(0, n, buffer, filled);
        pending = pending.substring(n);
        filled += n;
      } else if (nextCut < cuts.length && at == cuts[nextCut]) {
        passCut();
      } else if (at == bytes.length) {
        break;
      } else {
        int limit = nextCut < cuts.length ? cuts[nextCut] : bytes.length;
        int decoded = decode(buffer, filled, end, limit);
        if (decoded == filled) {
          break; // no room for the next character (a surrogate pair where one char fits)
        }
        filled = decoded;
      }
    }
    int read = filled - offset;
    // 0 when only a surrogate pair is next and one char fits: the parser asks again with room.
    return read == 0 && at == bytes.length && pending.isEmpty() ? -1 : read;
  }

  /**
   * Decodes from {@link #at} up to {@code limit} into {@code out} from {@code filled}, as far as
   * the characters fit before {@code end}; returns where the output stops.
   */
  private int decode(char[] out, int filled, int end, int limit) throws MalformedInputException {
    byte[] in = bytes;
    int i = at;
    int o = filled;
    while (i < limit && o < end) {
      while (i + Long.BYTES <= limit && o + Long.BYTES <= end && PageBytes.isAsciiWord(in, i)) {
        for (int k = 0; k < Long.BYTES; k++) {
          out[o + k] = (char) in[i + k];
        }
        i += Long.BYTES;
        o += Long.BYTES;
      }
      if (i == limit || o == end) {
        break;
      }
      int b = in[i];
      if (b >= 0) {
        out[o++] = (char) b;
        i++;
      } else if (b >> 5 == -2) {
        out[o++] = twoBytes(in, i, limit);
        i += 2;
      } else if (b >> 4 == -2) {
        out[o++] = threeBytes(in, i, limit);
        i += 3;
      } else if (o + 1 < end) {
        int c = fourBytes(in, i, limit);
        out[o++] = Character.highSurrogate(c);
        out[o++] = Character.lowSurrogate(c);
        i += 4;
      } else {
        fourBytes(in, i, limit); // malformed fails now; a pair waits for room
        break;
      }
    }
    at = i;
    return o;
  }

  /** The character of the two-byte sequence at {@code i} (lead 110xxxxx, not overlong). */
  private static char twoBytes(byte[] in, int i, int limit) throws MalformedInputException {
    if ((in[i] & 0x1E) == 0 || i + 1 >= limit || !isContinuation(in[i + 1])) {
      throw new MalformedInputException(1);
    }
    return (char) ((in[i] & 0x1F) << 6 | in[i + 1] & 0x3F);
  }

  /** The character of the three-byte sequence at {@code i}: not overlong, not a surrogate. */
  private static char threeBytes(byte[] in, int i, int limit) throws MalformedInputException {
    if (i + 2 >= limit || !isContinuation(in[i + 1]) || !isContinuation(in[i + 2])) {
      throw new MalformedInputException(1);
    }
    char c = (char) ((in[i] & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F);
    if (c < 0x800 || Character.isSurrogate(c)) {
      throw new MalformedInputException(1);
    }
    return c;
  }

  /** The code point of the four-byte sequence at {@code i}: U+10000 to U+10FFFF. */
  private static int fourBytes(byte[] in, int i, int limit) throws MalformedInputException {
    if (in[i] >> 3 != -2
        || i + 3 >= limit
        || !isContinuation(in[i + 1])
        || !isContinuation(in[i + 2])
        || !isContinuation(in[i + 3])) {
      throw new MalformedInputException(1);
    }
    int c =
        (in[i] & 0x07) << 18
            | (in[i + 1] & 0x3F) << 12
            | (in[i + 2] & 0x3F) << 6
            | in[i + 3] & 0x3F;
    if (!Character.isSupplementaryCodePoint(c)) {
      throw new MalformedInputException(1);
    }
    return c;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Moves past the cut span where reading is, to read its marker instead; it must be UTF-8. */
  private void passCut() throws MalformedInputException {
    int to = cuts[nextCut + 1];
    validate(bytes, at, to);
    at = to;
    pending = SkippedBodies.marker(nextCut / 2);
    nextCut += 2;
  }

  /**
   * Checks that [from, to) is UTF-8, as {@link #decode} would read it but writing nothing: ASCII
   * eight bytes at a time, each longer sequence as the decoder checks it.
   */
  private static void validate(byte[] in, int from, int to) throws MalformedInputException {
    int i = from;
    while (i < to) {
      while (i + Long.BYTES <= to && PageBytes.isAsciiWord(in, i)) {
        i += Long.BYTES;
      }
      if (i == to) {
        break;
      }
      int b = in[i];
      if (b >= 0) {
        i++;
      } else if (b >> 5 == -2) {
        twoBytes(in, i, to);
        i += 2;
      } else if (b >> 4 == -2) {
        threeBytes(in, i, to);
        i += 3;
      } else {
        fourBytes(in, i, to);
        i += 4;
      }
    }
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the caller.
  }
}
