package org.marsad.demo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping for HTML, XML and JSON, and encoding to a legacy charset. */
final class Markup {

  private Markup() {}

  /** Escapes text for HTML/XML element content and double-quoted attributes. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Wraps HTML in a CDATA section, splitting any "]]>" it contains. */
  static String cdata(String html) {
    return "<![CDATA[" + html.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  /** A JSON string literal; "</" is escaped too so it can sit inside a script element. */
  static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Encodes markup in the given charset. Characters the charset cannot hold (emoji in windows-1256)
   * become numeric character references, as legacy CMSs do, so they survive.
   */
  static byte[] encode(String markup, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return markup.getBytes(StandardCharsets.UTF_8);
    }
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder safe = new StringBuilder(markup.length());
    markup
        .codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (encoder.canEncode(ch)) {
                safe.append(ch);
              } else {
                safe.append("&#x")
                    .append(Integer.toHexString(cp).toUpperCase(Locale.ROOT))
                    .append(';');
              }
            });
    try {
      ByteBuffer bytes = charset.newEncoder().encode(CharBuffer.wrap(safe));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("cannot encode demo markup in " + charset, e);
    }
  }
}
