package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's own decoder, held against the JDK's strict UTF-8 decoder. */
class Utf8ReaderTest {

  /** The JDK's strict answer: the text, or empty where the bytes are not UTF-8. */
  private static Optional<String> strict(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The reader's answer, read {@code chunk} chars at a time (two at least: one char of room for a
   * pair reads none).
   */
  private static Optional<String> read(byte[] bytes, int[] cuts, int chunk) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk + 3];
    try (Reader reader = new Utf8Reader(bytes, cuts)) {
      for (int n; (n = reader.read(buffer, 3, chunk)) >= 0; ) {
        out.append(buffer, 3, n);
      }
      return Optional.of(out.toString());
    } catch (MalformedInputException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Bytes that make every kind of sequence, well-formed or not, likely. */
  private static byte[] randomBytes(Random random) {
    int[] pieces = {
      'a', '<', 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
      0xF4, 0xF5, 0xF8, 0xFF, 0x8F, 0x90, 0x9F, 0xA0
    };
    String[] words = {"مرصد", "🌅", "€", "\uFFFF", "𐀀", "\uDBFF\uDFFF", "plain ascii text"};
    ByteBuffer out = ByteBuffer.allocate(256);
    int length = random.nextInt(40);
    for (int k = 0; k < length && out.remaining() > 32; k++) {
      if (random.nextInt(15) != 0) {
        out.put(words[random.nextInt(words.length)].getBytes(StandardCharsets.UTF_8));
      } else {
        out.put((byte) pieces[random.nextInt(pieces.length)]);
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  @Test
  void acceptsWhatTheStrictDecoderAcceptsAndReadsTheSame() {
    Random random = new Random(20261207);
    int malformed = 0;
    for (int round = 0; round < 100_000; round++) {
      byte[] bytes = randomBytes(random);
      Optional<String> expected = strict(bytes);
      malformed += expected.isEmpty() ? 1 : 0;
      for (int chunk : new int[] {2, 3, 5, 2048}) {
        assertEquals(
            expected,
            read(bytes, new int[0], chunk),
            () -> java.util.HexFormat.of().formatHex(bytes));
      }
    }
    assertEquals(
        true, malformed > 10_000 && malformed < 90_000, malformed + " malformed of 100000");
  }

  /**
   * A cut between two ASCII bytes reads as its marker, and the bytes it skips must be UTF-8 as much
   * as the ones read: the reader fails exactly where the strict decoder fails on the whole.
   */
  @Test
  void checksSkippedBytesAsStrictlyAsReadOnes() {
    Random random = new Random(20261208);
    int cut = 0;
    for (int round = 0; round < 100_000; round++) {
      byte[] bytes = randomBytes(random);
      int from = firstAscii(bytes, 0) + 1;
      int to = from > 0 ? firstAscii(bytes, from + random.nextInt(8)) : -1;
      if (from <= 0 || to < 0) {
        continue;
      }
      cut++;
      Optional<String> expected =
          strict(bytes)
              .map(
                  whole ->
                      new String(bytes, 0, from, StandardCharsets.UTF_8)
                          + SkippedBodies.marker(0)
                          + new String(bytes, to, bytes.length - to, StandardCharsets.UTF_8));
      assertEquals(expected, read(bytes, new int[] {from, to}, 5), () -> from + " " + to);
    }
    assertEquals(true, cut > 50_000, cut + " cut");
  }

  private static int firstAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every first and second byte, then a continuation, an ASCII or a lead byte third, and a
   * continuation or an ASCII byte fourth.
   */
  @Test
  void decidesEveryLeadAndSecondByteAsTheStrictDecoderDoes() {
    int[] tails = {0x80, 0xBF, 'A', 0xC2};
    for (int b1 = 0; b1 < 256; b1++) {
      for (int b2 = 0; b2 < 256; b2++) {
        for (int b3 : tails) {
          for (int b4 : new int[] {0x80, 'A'}) {
            byte[] bytes = {'x', (byte) b1, (byte) b2, (byte) b3, (byte) b4, 'y'};
            assertEquals(strict(bytes), read(bytes, new int[0], 2048), b1 + " " + b2 + " " + b3);
          }
        }
      }
    }
  }

  /** Every code point, each in the middle of ASCII that the eight-byte path takes. */
  @Test
  void readsEveryCodePoint() {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (!Character.isSurrogate((char) c) || c > 0xFFFF) {
        text.appendCodePoint(c).append("abcdefgh");
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(text.toString()), read(bytes, new int[0], 2048));
    assertEquals(Optional.of(text.toString()), read(bytes, new int[0], 7));
  }

  @Test
  void putsMarkersForCutsAndChecksWhatTheySkip() {
    byte[] bytes =
        "<p>أ</p><script>var s = 'نص';</script><p>ب</p>".getBytes(StandardCharsets.UTF_8);
    int start = new String(bytes, StandardCharsets.UTF_8).indexOf("var");
    int from = "<p>أ</p><script>".getBytes(StandardCharsets.UTF_8).length;
    int to = from + "var s = 'نص';".getBytes(StandardCharsets.UTF_8).length;
    assertEquals(16, start);
    assertEquals(
        Optional.of("<p>أ</p><script>" + SkippedBodies.marker(0) + "</script><p>ب</p>"),
        read(bytes, new int[] {from, to}, 3));
    bytes[from + 10] = (byte) 0xFF; // inside the skipped Arabic word
    assertEquals(Optional.empty(), read(bytes, new int[] {from, to}, 2048));
    assertThrows(
        MalformedInputException.class,
        () ->
            new Utf8Reader(new byte[] {'a', (byte) 0xE0, (byte) 0x80, (byte) 0x80})
                .read(new char[16]));
  }
}
