package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.CharsetDetector;

/** Cheap checks and repairs on raw bytes before decoding. */
final class Inputs {

  private static final int SAMPLE = 2048;

  /** As far as {@link CharsetDetector} looks for an in-page declaration. */
  private static final int PRESCAN = 4096;

  private static final Pattern ANY_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]*)", Pattern.CASE_INSENSITIVE);

  private Inputs() {}

  /**
   * True for bytes no HTML page has: NUL and other C0 controls in more than 5% of the first
   * kilobytes. UTF-16 pages (which have NULs) are recognised by their byte-order mark first.
   */
  static boolean looksBinary(byte[] body) {
    if (body.length >= 2
        && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
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

  /**
   * Decodes the body as {@link CharsetDetector#decode} does, with a shortcut for the common case
   * that costs the detector two full decodes (validate, then convert): no BOM, no charset other
   * than UTF-8 claimed by the header or anywhere in the page's head, and bytes that are valid
   * UTF-8. The detector answers UTF-8 there, so one decode is enough; anything else goes to it.
   */
  static String decode(byte[] body, Optional<String> contentType) {
    boolean headerOk =
        contentType
            .flatMap(CharsetDetector::charsetOfHeader)
            .map(c -> c.equals(StandardCharsets.UTF_8))
            .orElse(true);
    if (headerOk && !hasBom(body) && onlyUtf8Declared(body)) {
      String s = new String(body, StandardCharsets.UTF_8);
      // Invalid bytes become U+FFFD; a page with one (even a genuine one) takes the full path.
      if (s.indexOf('\uFFFD') < 0) {
        return s;
      }
    }
    return CharsetDetector.decode(body, contentType);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2
        && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF);
  }

  /**
   * True when every "charset=" in the prescan window names UTF-8 and no XML declaration is there.
   */
  private static boolean onlyUtf8Declared(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
    if (head.contains("<?xml") || head.contains("<?XML")) {
      return false;
    }
    Matcher m = ANY_CHARSET.matcher(head);
    while (m.find()) {
      String label = m.group(1).toLowerCase(Locale.ROOT);
      if (!label.equals("utf-8") && !label.equals("utf8")) {
        return false;
      }
    }
    return true;
  }
}
