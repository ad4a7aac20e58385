package org.marsad.extract;

import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the bodies of inline scripts and styles out of a page before it is parsed. They are about
 * two fifths of the characters of news pages and a quarter of the parse, and extraction reads none
 * of them: JSON scripts (JSON-LD, state blobs) keep their bodies, and the one reader of other
 * scripts, the last-resort date reader, gets them from a parse of the page as written ({@link
 * PageIndex#scriptsAsWritten}).
 *
 * <p>The invariant: parsing the cut page gives the tree of the whole page with those bodies empty,
 * nothing else changed. So the scanner follows jsoup's tokeniser (1.21, including its departures
 * from the HTML standard) through everything that decides where a body starts and ends: tags and
 * their attributes, comments, CDATA, bogus comments and the other raw-text elements (title,
 * textarea, xmp, iframe, noembed, noframes, plaintext). Where the tree builder, not the tag alone,
 * decides the tokeniser's state (inside noscript, select, frameset, MathML, and SVG beyond plain
 * drawing elements) it stops cutting and leaves the rest of the page as it is: cutting less is
 * always exact. {@code ScriptSkipperTest} holds the invariant against jsoup on tricky markup and on
 * every fixture page.
 *
 * <p>Over 300 lines: one state machine, the tokeniser's states, is clearer in one place.
 */
final class ScriptSkipper {

  /**
   * The page to parse, whether any body was cut from it, and, when the scan read the whole page,
   * its scripts as written.
   */
  record Skimmed(CharBuffer chars, boolean cut, Optional<WrittenScripts> scripts) {}

  private static final int STOP = -1;

  /** SVG elements that neither leave foreign content nor switch the tokeniser (lower case). */
  private static final Set<String> DRAWING =
      Set.of(
          "svg",
          "g",
          "path",
          "circle",
          "ellipse",
          "line",
          "polyline",
          "polygon",
          "rect",
          "defs",
          "use",
          "symbol",
          "lineargradient",
          "radialgradient",
          "stop",
          "clippath",
          "mask",
          "pattern",
          "filter",
          "text",
          "tspan",
          "textpath",
          "marker",
          "animate",
          "animatetransform",
          "animatemotion",
          "set",
          "image",
          "switch",
          "a");

  private final char[] a;
  private final int n;
  private char[] out;
  private int written;
  private int copied;
  private boolean selfClosing;
  private int svgDepth;
  private int noscripts;
  private int selects;
  private boolean inBody;
  private boolean bailed;
  private final WrittenScripts scripts;

  private ScriptSkipper(char[] a, int from, int to) {
    this.a = a;
    this.n = to;
    this.copied = from;
    this.scripts = new WrittenScripts(a);
  }

  static Skimmed skim(CharBuffer page) {
    int from = page.arrayOffset() + page.position();
    ScriptSkipper s = new ScriptSkipper(page.array(), from, from + page.remaining());
    s.scan(from);
    if (s.out == null) {
      return new Skimmed(page, false, Optional.empty());
    }
    s.keep(s.n);
    Optional<WrittenScripts> scripts = s.bailed ? Optional.empty() : Optional.of(s.scripts);
    return new Skimmed(CharBuffer.wrap(s.out, 0, s.written), true, scripts);
  }

  private void scan(int from) {
    for (int i = from; i >= 0 && i < n; ) {
      i = indexOf('<', i);
      i = i < 0 ? STOP : markup(i);
    }
  }

  /** At a {@code <} in data: where data resumes, or {@link #STOP}. */
  private int markup(int p) {
    int q = p + 1;
    if (q >= n) {
      return STOP;
    }
    char c = a[q];
    if (c == '!') {
      return declaration(q + 1);
    } else if (c == '/') {
      return endTag(q + 1);
    } else if (c == '?') {
      return afterGt(q);
    } else if (isAsciiAlpha(c)) {
      return startTag(q);
    }
    return q; // a lone '<' is text
  }

  /** After {@code <!}: a comment, a doctype (ends at the first '>'), CDATA or a bogus comment. */
  private int declaration(int q) {
    if (startsWith(q, "--")) {
      return comment(q + 2);
    } else if (startsWithIgnoreCase(q, "doctype")) {
      return afterGt(q);
    } else if (startsWith(q, "[CDATA[")) {
      int end = indexOf("]]>", q + 7);
      return end < 0 ? STOP : end + 3;
    }
    return afterGt(q);
  }

  /** Past the next '>' (a bogus comment or doctype), or {@link #STOP} at the end. */
  private int afterGt(int q) {
    int gt = indexOf('>', q);
    return gt < 0 ? STOP : gt + 1;
  }

  /**
   * After {@code <!--}: jsoup's comment states. "
   * <!-->" and "<!--->
   * " end at once; otherwise the comment ends at "-->" or "--!>", any number of dashes before the
   * '>'.
   */
  private int comment(int q) {
    if (q < n && a[q] == '>') {
      return q + 1;
    }
    if (q + 1 < n && a[q] == '-' && a[q + 1] == '>') {
      return q + 2;
    }
    int i = q < n && a[q] == '-' ? q + 1 : q;
    int dashes = i > q ? 1 : 0;
    while (i < n) {
      char c = a[i++];
      if (c == '-') {
        dashes++;
      } else if (c == '>' && dashes >= 2) {
        return i;
      } else if (c == '!' && dashes >= 2 && i < n && a[i] == '>') {
        return i + 1;
      } else {
        dashes = 0;
      }
    }
    return STOP;
  }

  /** After {@code </}: an end tag, "</>" (nothing) or a bogus comment. */
  private int endTag(int q) {
    if (q >= n) {
      return STOP;
    }
    if (a[q] == '>') {
      return q + 1;
    }
    if (!isAsciiAlpha(a[q])) {
      return afterGt(q);
    }
    int nameEnd = tagNameEnd(q);
    String name = lowerName(q, nameEnd);
    int end = tagEnd(nameEnd);
    if (end == STOP) {
      return STOP;
    }
    if (svgDepth > 0) {
      if (!isSvgName(name)) {
        return bail();
      }
      svgDepth -= name.equals("svg") ? 1 : 0;
    } else if (name.equals("noscript")) {
      noscripts = Math.max(0, noscripts - 1);
    } else if (name.equals("select")) {
      selects = Math.max(0, selects - 1);
    }
    return end;
  }

  private int startTag(int q) {
    int nameEnd = tagNameEnd(q);
    String name = lowerName(q, nameEnd);
    int end = tagEnd(nameEnd);
    if (end == STOP) {
      return STOP;
    }
    if (svgDepth > 0) {
      return drawing(name, end);
    }
    if (selects > 0 && !OPTIONS.contains(name)) {
      return bail();
    }
    return switch (name) {
      // In a noscript of the head, jsoup takes style and noframes as in the head, the others as
      // text.
      case "style" -> code(name, q - 1, end);
      case "script" -> inHeadNoscript() ? bail() : code(name, q - 1, end);
      case "noframes" -> afterRawText(name, end);
      case "title", "textarea", "xmp", "iframe", "noembed" ->
          inHeadNoscript() ? bail() : afterRawText(name, end);
      case "plaintext", "frameset", "math" -> bail();
      case "svg" -> {
        svgDepth = selfClosing ? 0 : 1;
        yield end;
      }
      case "noscript" -> {
        noscripts++;
        yield end;
      }
      case "select" -> {
        selects++;
        yield end;
      }
      case "body" -> {
        inBody |= noscripts == 0;
        yield end;
      }
      default -> end;
    };
  }

  /**
   * A start tag inside SVG. Title, desc and style there are SVG elements whose text is data, not
   * raw text; they pass when nothing but text comes before their end tag (an HTML tag in a title
   * would be parsed as HTML).
   */
  private int drawing(String name, int end) {
    if (!isSvgName(name)) {
      return bail();
    }
    if (TEXT_ONLY.contains(name) && !selfClosing) {
      int lt = indexOf('<', end);
      return lt >= 0 && isEndTagOf(name, lt) ? end : bail();
    }
    svgDepth += name.equals("svg") && !selfClosing ? 1 : 0;
    return end;
  }

  private static final Set<String> TEXT_ONLY = Set.of("title", "desc", "style");

  /** Drawing elements, filter primitives (fe…) and the text-only elements. */
  private static boolean isSvgName(String name) {
    return DRAWING.contains(name)
        || TEXT_ONLY.contains(name)
        || name.length() > 2
            && name.startsWith("fe")
            && name.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** Stops cutting short of the page's end: the scripts read so far are not all of them. */
  private int bail() {
    bailed = true;
    return STOP;
  }

  /** What a select may hold before the scanner stops (jsoup's select rules are its own). */
  private static final Set<String> OPTIONS = Set.of("option", "optgroup", "hr");

  /**
   * Whether a noscript may be open in the head, where jsoup keeps the tokeniser in data for a
   * script or raw-text tag (it stores the tag as text); in the body, noscript is an ordinary
   * element. Only a body tag seen outside any noscript proves the head is over.
   */
  private boolean inHeadNoscript() {
    return noscripts > 0 && !inBody;
  }

  /**
   * A script or style body from {@code bodyStart}: cut unless a JSON script's (a type naming JSON,
   * or an entity that may spell it, keeps it).
   */
  private int code(String name, int tagStart, int bodyStart) {
    int bodyEnd = rawTextEnd(name, bodyStart);
    if (name.equals("script") && !sameEndInHeadAndBody(bodyStart, bodyEnd)) {
      return bail();
    }
    boolean json =
        name.equals("script")
            && (indexOfIgnoreCase("json", tagStart, bodyStart) >= 0
                || indexOf('&', tagStart, bodyStart) >= 0);
    if (name.equals("script")) {
      scripts.add(tagStart, bodyStart, bodyEnd);
    }
    if (!json && bodyEnd > bodyStart) {
      keep(bodyStart);
      copied = bodyEnd;
    }
    return bodyEnd >= n ? STOP : bodyEnd;
  }

  /** Copies the page from where the last copy stopped up to {@code to}. */
  private void keep(int to) {
    if (out == null) {
      out = new char[n - copied];
    }
    System.arraycopy(a, copied, out, written, to - copied);
    written += to - copied;
    copied = to;
  }

  /** Past a raw-text element's end tag start, or {@link #STOP} when it has none. */
  private int afterRawText(String name, int from) {
    int end = rawTextEnd(name, from);
    return end >= n ? bail() : end;
  }

  /**
   * Where the body of a raw-text element ends: at its end tag, else at the end of the page. A
   * mismatched end tag name is skipped whole: jsoup reads it to a space, '/' or '>', so "</a<"
   * hides the '<' after it.
   */
  private int rawTextEnd(String name, int from) {
    int i = indexOf('<', from);
    while (i >= 0) {
      if (isEndTagOf(name, i)) {
        return i;
      }
      i = indexOf('<', isEndTagOpen(i) ? tagNameEnd(i + 2) : i + 1);
    }
    return n;
  }

  /**
   * Whether a script body ends where it does in the head and in the body alike. jsoup reads a
   * script in the body as raw text, to the first end tag, but one in the head (or in a table or
   * template) through the script states, where an end tag after "<!--" and "<script" is text. Which
   * of the two applies is the tree builder's to know; they can differ only for a body with "<!--".
   */
  private boolean sameEndInHeadAndBody(int bodyStart, int rawEnd) {
    return indexOf("<!--", bodyStart, rawEnd) < 0 || scriptEnd(bodyStart) == rawEnd;
  }

  /**
   * Where a script body ends, through jsoup's script states: "<!--" escapes, and inside an escape
   * "<script" escapes doubly, which "</script" then only undoes instead of ending the script.
   */
  private int scriptEnd(int from) {
    int state = DATA;
    int i = from;
    while (i < n) {
      char c = a[i];
      if (c == '<' && state <= ESCAPED_DASH_DASH) {
        if (isEndTagOf("script", i)) {
          return i;
        } else if (isEndTagOpen(i)) {
          i = tagNameEnd(i + 2);
          state = state == DATA ? DATA : ESCAPED;
        } else if (state == DATA) {
          int dashes = startsWith(i + 1, "!--") ? 4 : startsWith(i + 1, "!-") ? 3 : 1;
          state = dashes == 4 ? ESCAPED_DASH_DASH : DATA;
          i += dashes == 1 && startsWith(i + 1, "!") ? 2 : dashes;
        } else {
          i = escapedTagOpen(i);
          state = doubled ? DOUBLE : ESCAPED;
        }
      } else if (c == '<') {
        i = doubleEscapeEnd(i);
        state = doubled ? DOUBLE : ESCAPED;
      } else if (state == DATA) {
        i = indexOf('<', i);
        i = i < 0 ? n : i;
      } else {
        state = dashStep(state, c);
        i++;
      }
    }
    return n;
  }

  private static final int DATA = 0;
  private static final int ESCAPED = 1;
  private static final int ESCAPED_DASH = 2;
  private static final int ESCAPED_DASH_DASH = 3;
  private static final int DOUBLE = 4;
  private static final int DOUBLE_DASH = 5;
  private static final int DOUBLE_DASH_DASH = 6;

  /** Set by the two escape-tag readers: whether the script is doubly escaped after the tag. */
  private boolean doubled;

  /** The escaped and doubly escaped states on a character other than '<'. */
  private static int dashStep(int state, char c) {
    boolean dbl = state >= DOUBLE;
    int base = dbl ? DOUBLE : ESCAPED;
    if (c == '-') {
      return state == base ? base + 1 : base + 2;
    }
    return c == '>' && state == base + 2 ? DATA : base;
  }

  /**
   * At '<' in an escaped script, not an end tag of it: "<letters" followed by a space, '/' or '>'
   * doubles the escape when the letters spell "script" in lower case; "</" and the name are text.
   */
  private int escapedTagOpen(int lt) {
    doubled = false;
    if (isEndTagOpen(lt)) {
      return tagNameEnd(lt + 2);
    }
    if (lt + 1 >= n || !isAsciiAlpha(a[lt + 1])) {
      return lt + 1;
    }
    return escapeTag(lt + 1, true);
  }

  /** At '<' in a doubly escaped script: "</script" and a space, '/' or '>' undoes the doubling. */
  private int doubleEscapeEnd(int lt) {
    doubled = true;
    if (lt + 1 >= n || a[lt + 1] != '/') {
      return lt + 1;
    }
    int q = lt + 2;
    if (q < n && isAsciiAlpha(a[q])) {
      return escapeTag(q, false);
    }
    return q < n && isTagNameEnd(a[q]) ? q + 1 : q;
  }

  /**
   * jsoup's double-escape tag, from its first letter: letters, then a space, '/' or '>', which is
   * consumed; when the letters are "script" the escape doubles ({@code opening}) or undoes.
   * Opening, jsoup takes the first letter alone and the rest only from an ASCII letter on; closing,
   * any letters. Anything else leaves the state as it was.
   */
  private int escapeTag(int q, boolean opening) {
    int end = opening ? q + 1 : q;
    if (!opening || end < n && isAsciiAlpha(a[end])) {
      while (end < n && Character.isLetter(a[end])) {
        end++;
      }
    }
    if (end < n && isTagNameEnd(a[end])) {
      if (end - q == 6 && startsWith(q, "script")) {
        doubled = opening;
      }
      return end + 1;
    }
    return end;
  }

  /** {@code </} and an ASCII letter: jsoup reads an end tag name there. */
  private boolean isEndTagOpen(int lt) {
    return lt + 2 < n && a[lt + 1] == '/' && isAsciiAlpha(a[lt + 2]);
  }

  /** {@code </name} followed by a tag's end or a space, as jsoup's end-tag-name states decide. */
  private boolean isEndTagOf(String name, int lt) {
    if (!isEndTagOpen(lt)) {
      return false;
    }
    int q = lt + 2;
    int end = tagNameEnd(q);
    return end < n && end - q == name.length() && new String(a, q, end - q).equalsIgnoreCase(name);
  }

  /** The tag name runs to a space, '/' or '>' (jsoup takes '<' and NUL into the name). */
  private int tagNameEnd(int q) {
    int i = q;
    while (i < n && !isTagNameEnd(a[i])) {
      i++;
    }
    return i;
  }

  private static boolean isTagNameEnd(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ' || c == '/' || c == '>';
  }

  private String lowerName(int from, int to) {
    return to - from > 32 ? "" : new String(a, from, to - from).toLowerCase(Locale.ENGLISH);
  }

  /**
   * Past the '>' that ends the tag whose name ends at {@code i}, or {@link #STOP}; sets {@link
   * #selfClosing}. jsoup's attribute states reduced to what decides the end: a quoted value may
   * hold '>', and only a space, '/', '=' or '>' ends a name ('<' and quotes belong to it).
   */
  private int tagEnd(int i) {
    selfClosing = false;
    int state = i < n && a[i] == '/' ? SELF_CLOSING : BEFORE_NAME;
    int at = i < n && a[i] == '/' ? i + 1 : i;
    while (at < n) {
      char c = a[at];
      switch (state) {
        case BEFORE_NAME, AFTER_NAME -> {
          if (c == '>') {
            return at + 1;
          }
          state = isSpace(c) ? state : c == '/' ? SELF_CLOSING : nameOrValue(state, c);
          at++;
        }
        case NAME -> {
          state =
              isSpace(c) ? AFTER_NAME : c == '/' ? SELF_CLOSING : c == '=' ? BEFORE_VALUE : NAME;
          if (c == '>') {
            return at + 1;
          }
          at++;
        }
        case BEFORE_VALUE -> {
          if (c == '>') {
            return at + 1;
          }
          state = isSpace(c) ? BEFORE_VALUE : c == '"' || c == '\'' ? QUOTED : UNQUOTED;
          at = state == QUOTED ? valueEnd(c, at + 1) : state == UNQUOTED ? at : at + 1;
          state = state == QUOTED ? AFTER_QUOTED : state;
        }
        case UNQUOTED -> {
          if (c == '>') {
            return at + 1;
          }
          state = isSpace(c) ? BEFORE_NAME : UNQUOTED;
          at++;
        }
        case AFTER_QUOTED, SELF_CLOSING -> {
          if (c == '>') {
            selfClosing = state == SELF_CLOSING;
            return at + 1;
          }
          boolean stay = state == AFTER_QUOTED && c == '/';
          state = stay ? SELF_CLOSING : BEFORE_NAME;
          at = stay || isSpace(c) ? at + 1 : at; // anything else is read again before a name
        }
        default -> throw new IllegalStateException("tag state " + state);
      }
    }
    return STOP;
  }

  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int QUOTED = 4;
  private static final int UNQUOTED = 5;
  private static final int AFTER_QUOTED = 6;
  private static final int SELF_CLOSING = 7;

  /** Before or after an attribute name, on a character other than a space, '/' or '>'. */
  private static int nameOrValue(int state, char c) {
    return state == AFTER_NAME && c == '=' ? BEFORE_VALUE : NAME;
  }

  /** Past the closing quote of a quoted value starting at {@code from}; the page's end if none. */
  private int valueEnd(char quote, int from) {
    int end = indexOf(quote, from);
    return end < 0 ? n : end + 1;
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ';
  }

  private int indexOf(char c, int from) {
    return indexOf(c, from, n);
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(String s, int from) {
    return indexOf(s, from, n);
  }

  /** The first {@code s} starting before {@code to}, or -1. */
  private int indexOf(String s, int from, int to) {
    for (int i = indexOf(s.charAt(0), from, to); i >= 0; i = indexOf(s.charAt(0), i + 1, to)) {
      if (startsWith(i, s)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfIgnoreCase(String lower, int from, int to) {
    for (int i = from; i + lower.length() <= to; i++) {
      if (startsWithIgnoreCase(i, lower)) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(int at, String s) {
    if (at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (a[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** ASCII case-insensitive; {@code lower} is lower case. */
  private boolean startsWithIgnoreCase(int at, String lower) {
    if (at + lower.length() > n) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = a[at + k];
      if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
