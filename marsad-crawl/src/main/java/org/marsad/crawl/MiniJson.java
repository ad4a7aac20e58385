package org.marsad.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for JSON Feed: objects become {@code Map}, arrays {@code
 * List}, numbers {@code Double}. Kept here so the crawl stage needs no JSON library; nesting is
 * bounded so hostile input cannot overflow the stack.
 */
final class MiniJson {

  static final class JsonException extends Exception {
    JsonException(String message) {
      super(message);
    }
  }

  private static final int MAX_DEPTH = 64;
  private final String s;
  private int pos;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) throws JsonException {
    MiniJson p = new MiniJson(text);
    Object v = p.value(0);
    p.ws();
    if (p.pos != p.s.length()) {
      throw p.error("trailing characters");
    }
    return v;
  }

  private Object value(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("nesting too deep");
    }
    ws();
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) throws JsonException {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    ws();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("expected a key");
      }
      String key = string();
      ws();
      expect(':');
      map.put(key, value(depth + 1));
      ws();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return map;
    }
  }

  private List<Object> array(int depth) throws JsonException {
    List<Object> list = new ArrayList<>();
    pos++;
    ws();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      list.add(value(depth + 1));
      ws();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return list;
    }
  }

  private String string() throws JsonException {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= s.length()) {
        break;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> sb.append(unicodeEscape());
        default -> sb.append(e); // \" \\ \/
      }
    }
    throw error("unterminated string");
  }

  private char unicodeEscape() throws JsonException {
    if (pos + 4 > s.length()) {
      throw error("bad \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
      pos += 4;
      return c; // surrogate pairs arrive as two escapes and recombine in the StringBuilder
    } catch (NumberFormatException ex) {
      throw error("bad \\u escape");
    }
  }

  private Object number() throws JsonException {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return Double.parseDouble(s.substring(start, pos));
    } catch (NumberFormatException ex) {
      throw error("unexpected character");
    }
  }

  private Object literal(String word, Object v) throws JsonException {
    if (!s.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
    return v;
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void ws() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private JsonException error(String what) {
    return new JsonException("invalid JSON at offset " + pos + ": " + what);
  }
}
