package org.marsad.extract;

import java.util.Arrays;

/** Cheap checks and repairs on raw bytes before decoding. */
final class Inputs {

  private static final int SAMPLE = 2048;

  private Inputs() {}

  /**
   * True for bytes no HTML page has: NUL and other C0 controls in more than 5% of the first
   * kilobytes. UTF-16 pages (which have NULs) are recognised by their byte-order mark first.
   */
  static boolean looksBinary(byte[] body) {
    if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
        || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
      return false;
    }
    int n = Math.min(body.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls * 20 > n;
  }

  /**
   * Drops a UTF-8 sequence cut off by the end of the body (a size-capped or interrupted download):
   * left in, that one broken character would make the whole page fail UTF-8 validation and be
   * decoded as a single-byte code page.
   */
  static byte[] trimCutUtf8(byte[] body) {
    for (int back = 1; back <= Math.min(3, body.length); back++) {
      int b = body[body.length - back] & 0xFF;
      if ((b & 0xC0) == 0x80) {
        continue; // continuation byte: keep looking for the lead byte
      }
      int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return need > back ? Arrays.copyOf(body, body.length - back) : body;
    }
    return body;
  }
}
