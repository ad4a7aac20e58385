package org.marsad.extract;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.marsad.text.CharsetDetector;

/** Cheap checks and repairs on raw bytes before decoding, and the decoding parse. */
final class Inputs {

  private static final int SAMPLE = 2048;

  /** As far as {@link CharsetDetector} looks for an in-page declaration. */
  private static final int PRESCAN = 4096;

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

  /** A parsed page and its index, which knows the script and style bodies the parse skipped. */
  record Parsed(Document doc, PageIndex page) {}

  /**
   * The page parsed as the text {@link CharsetDetector#decode} gives, with a shortcut for the
   * common case, where the detector would validate the bytes as UTF-8 and then decode them again:
   * no BOM, no charset other than UTF-8 claimed by the header or anywhere in the page's head. There
   * the parser reads the bytes through a strict UTF-8 decoder ({@link Utf8Reader}), which is what
   * the detector answers for valid UTF-8, skipping the script, style and shape-only SVG bodies and
   * the comment texts {@link ScriptSkipper} finds (and parsing again whole if the parse does not
   * confirm them); the first byte that is not UTF-8, skipped or not, stops that parse, and the page
   * goes to the detector.
   */
  static Parsed parse(byte[] body, Optional<String> contentType, String url) {
    if (mayBeUtf8(body, contentType)) {
      try {
        SkippedBodies skipped = new SkippedBodies(body, ScriptSkipper.skim(body));
        Document doc = Parser.htmlParser().parseInput(skipped.reader(), url);
        PageIndex page = PageIndex.of(doc, skipped);
        if (page.settle()) {
          return new Parsed(doc, page);
        }
        doc = Parser.htmlParser().parseInput(new Utf8Reader(body), url);
        return new Parsed(doc, PageIndex.of(doc));
      } catch (UncheckedIOException notUtf8) {
        // The reader's only failure (jsoup wraps it): the bytes are not UTF-8 after all.
      }
    }
    Document doc = Parser.htmlParser().parseInput(CharsetDetector.decode(body, contentType), url);
    return new Parsed(doc, PageIndex.of(doc));
  }

  /**
   * No BOM, no charset other than UTF-8 claimed by the header or anywhere in the page's head: the
   * detector answers UTF-8 for such a page when its bytes are valid UTF-8.
   */
  private static boolean mayBeUtf8(byte[] body, Optional<String> contentType) {
    boolean headerOk =
        contentType
            .flatMap(CharsetDetector::charsetOfHeader)
            .map(c -> c.equals(StandardCharsets.UTF_8))
            .orElse(true);
    return headerOk && !hasBom(body) && onlyUtf8Declared(body);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 2
        && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF);
  }

  /**
   * True when every "charset=" in the prescan window names UTF-8 and no XML declaration is there.
   * Scans the bytes as they are (the window is ASCII markup): no copy of the window, no regex.
   */
  static boolean onlyUtf8Declared(byte[] body) {
    int n = Math.min(body.length, PRESCAN);
    for (int i = 0; i < n; i++) {
      if (body[i] == '<'
          && (PageBytes.startsWith(body, i + 1, n, "?xml", false)
              || PageBytes.startsWith(body, i + 1, n, "?XML", false))) {
        return false;
      }
      if ((body[i] | 0x20) == 'c' && PageBytes.startsWith(body, i, n, "charset", true)) {
        int label = labelStart(body, i + "charset".length(), n);
        if (label >= 0 && !isUtf8Label(body, label, n)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Where the label after "charset" starts (after "=", spaces and one quote); -1 if no "=". */
  private static int labelStart(byte[] b, int from, int n) {
    int i = skipSpaces(b, from, n);
    if (i >= n || b[i] != '=') {
      return -1;
    }
    i = skipSpaces(b, i + 1, n);
    return i < n && (b[i] == '"' || b[i] == '\'') ? i + 1 : i;
  }

  /** The label's characters ([A-Za-z0-9_.:-]*) spell utf-8 or utf8, in any case. */
  private static boolean isUtf8Label(byte[] b, int from, int n) {
    int end = from;
    while (end < n && isLabelChar(b[end])) {
      end++;
    }
    int len = end - from;
    return len == 5 && PageBytes.startsWith(b, from, n, "utf-8", true)
        || len == 4 && PageBytes.startsWith(b, from, n, "utf8", true);
  }

  private static boolean isLabelChar(byte c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '.'
        || c == ':'
        || c == '-';
  }

  /** Skips what the regex {@code \s} matches ({@link Dom#isRegexSpace}; no byte above 0x7F is). */
  private static int skipSpaces(byte[] b, int from, int n) {
    int i = from;
    while (i < n && b[i] >= 0 && Dom.isRegexSpace((char) b[i])) {
      i++;
    }
    return i;
  }
}
