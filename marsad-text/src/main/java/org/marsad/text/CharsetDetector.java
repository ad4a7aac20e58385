package org.marsad.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode served bytes (HTML, XML feeds, JSON). Order of evidence: byte-order mark,
 * then the HTTP header charset, then an in-document declaration ({@code <?xml encoding>}, {@code
 * <meta charset>}), then sniffing. A declaration is only trusted when the bytes decode under it:
 * Arabic outlets often declare UTF-8 and serve windows-1256, or the reverse.
 */
public final class CharsetDetector {

  /** Where the decision came from, for logs and tests. */
  public enum Evidence {
    BOM,
    HTTP_HEADER,
    DOCUMENT,
    SNIFFED,
    DEFAULT
  }

  /** The decision. */
  public record Detected(Charset charset, Evidence evidence) {}

  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOC_CHARSET =
      Pattern.compile(
          "(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9_.:\\-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private CharsetDetector() {}

  /** Decodes with {@link #detect}; malformed sequences become U+FFFD, never an exception. */
  public static String decode(byte[] bytes, Optional<String> contentType) {
    Detected d = detect(bytes, contentType);
    int skip = bomLength(bytes);
    return new String(bytes, skip, bytes.length - skip, d.charset());
  }

  public static Detected detect(byte[] bytes, Optional<String> contentType) {
    Optional<Charset> bom = fromBom(bytes);
    if (bom.isPresent()) {
      return new Detected(bom.get(), Evidence.BOM);
    }
    Optional<Charset> header = contentType.flatMap(CharsetDetector::charsetOfHeader);
    if (header.isPresent() && trustworthy(bytes, header.get())) {
      return new Detected(header.get(), Evidence.HTTP_HEADER);
    }
    Optional<Charset> declared = declaredInDocument(bytes);
    if (declared.isPresent() && trustworthy(bytes, declared.get())) {
      return new Detected(declared.get(), Evidence.DOCUMENT);
    }
    Charset sniffed = sniff(bytes);
    boolean hadClaim = header.isPresent() || declared.isPresent();
    return new Detected(sniffed, hadClaim || !isAscii(bytes) ? Evidence.SNIFFED : Evidence.DEFAULT);
  }

  /**
   * The charset named by a {@code Content-Type} header value, when Java knows it; empty for null.
   */
  public static Optional<Charset> charsetOfHeader(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> declaredInDocument(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DOC_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    // A document that can declare itself in ASCII is not UTF-16, whatever it says (WHATWG does the
    // same).
    String label = m.group(1).toLowerCase(Locale.ROOT);
    return label.startsWith("utf-16") ? Optional.of(StandardCharsets.UTF_8) : lookup(label);
  }

  /**
   * A claim is trusted when the bytes decode under it, except a Western single-byte claim over
   * bytes that look like Arabic in windows-1256 or ISO-8859-6: windows-1252 decodes almost any
   * byte, so "decodes cleanly" proves nothing there, and old Arabic sites often send
   * "charset=iso-8859-1".
   */
  static boolean trustworthy(byte[] bytes, Charset claimed) {
    boolean decodes =
        claimed.equals(StandardCharsets.UTF_8)
            ? isMostlyUtf8(bytes)
            : decodesCleanly(bytes, claimed);
    if (!decodes) {
      return false;
    }
    boolean western =
        claimed.name().equalsIgnoreCase("windows-1252")
            || claimed.equals(StandardCharsets.ISO_8859_1);
    return !(western && looksLikeArabicSingleByte(bytes));
  }

  /**
   * True when most high bytes come in runs of three or more: whole words in a single-byte Arabic
   * page. Accented Latin text has isolated high bytes between ASCII letters.
   */
  static boolean looksLikeArabicSingleByte(byte[] bytes) {
    int high = 0;
    int inRuns = 0;
    int run = 0;
    for (int i = 0; i <= bytes.length; i++) {
      boolean isHigh = i < bytes.length && bytes[i] < 0;
      if (isHigh) {
        high++;
        run++;
      } else {
        inRuns += run >= 3 ? run : 0;
        run = 0;
      }
    }
    return high >= 8 && inRuns * 2 > high;
  }

  /**
   * UTF-8 when the bytes are valid UTF-8; otherwise an Arabic single-byte code page, told apart by
   * the bytes only one of them uses for letters; otherwise windows-1252 (what browsers assume).
   */
  static Charset sniff(byte[] bytes) {
    if (isMostlyUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    int arabic1256 = 0;
    int arabic88596 = 0;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0xC1 && v <= 0xDA) {
        arabic1256++; // letters in both pages; counted for 1256 as the far more common one
        arabic88596++;
      } else if (v >= 0xDB && v <= 0xFE) {
        arabic1256++; // letters and diacritics in windows-1256, unassigned or marks in 8859-6
      } else if (v == 0xAC || v == 0xBB || v == 0xBF) {
        arabic88596++; // ، ؛ ؟ in ISO-8859-6
      }
    }
    if (arabic1256 == 0 && arabic88596 == 0) {
      return Charset.forName("windows-1252");
    }
    return arabic88596 > arabic1256 ? ISO_8859_6 : WINDOWS_1256;
  }

  /**
   * True when the bytes are UTF-8 but for a few isolated cut sequences (a title truncated by a CMS
   * in the middle of a letter), as browsers read them: at most one malformed sequence per 10 KB,
   * and far more well-formed multi-byte sequences than malformed ones. Single-byte Arabic text
   * breaks UTF-8 at nearly every letter, so it never passes.
   */
  static boolean isMostlyUtf8(byte[] bytes) {
    int start = bomLength(bytes);
    int malformed = 0;
    int multiByte = 0;
    for (int i = start; i < bytes.length; ) {
      int length = utf8SequenceLength(bytes, i);
      if (length == 0) {
        malformed++;
        i++;
      } else {
        multiByte += length > 1 ? 1 : 0;
        i += length;
      }
    }
    int allowed = 1 + (bytes.length - start) / 10_240;
    return malformed == 0 || (malformed <= allowed && multiByte >= 20 * malformed);
  }

  /** Length of the well-formed UTF-8 sequence at {@code i}, or 0 when it is malformed. */
  private static int utf8SequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : 0;
    length = lead >= 0xF0 && lead <= 0xF4 ? 4 : length;
    if (length == 0 || i + length > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

  static boolean decodesCleanly(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bomLength(bytes), bytes.length - bomLength(bytes)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Optional<Charset> fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b) {
    Optional<Charset> bom = fromBom(b);
    if (bom.isEmpty()) {
      return 0;
    }
    return bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Charset> lookup(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers treat these labels as their supersets (WHATWG Encoding); so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    } else if (n.equals("cp1256") || n.equals("arabic") || n.equals("x-cp1256")) {
      n = "windows-1256";
    } else if (n.equals("utf8")) {
      n = "utf-8";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
