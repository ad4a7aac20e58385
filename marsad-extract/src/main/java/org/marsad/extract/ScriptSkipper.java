package org.marsad.extract;

import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the bodies of inline scripts and styles out of a page before it is parsed. They are about
 * two fifths of the characters of news pages and a quarter of the parse, and extraction reads none
 * of them: JSON-LD keeps its bodies, and the one reader of the other scripts (state blobs
 * included), the last-resort date reader, gets them as the scan recorded them ({@link
 * WrittenScripts}).
 *
 * <p>The invariant: parsing the cut page gives the tree of the whole page with those bodies empty,
 * nothing else changed. So the scanner follows jsoup's tokeniser (1.21, including its departures
 * from the HTML standard) through everything that decides where a body starts and ends: tags and
 * their attributes ({@link TagReader}), comments, CDATA, bogus comments, the script states ({@link
 * ScriptStates}) and the other raw-text elements (title, textarea, xmp, iframe, noembed, noframes,
 * plaintext). Where the tree builder, not the tag alone, decides the tokeniser's state (inside
 * noscript in the head, select, frameset, MathML, SVG beyond drawing elements, and a script body
 * whose end differs between the head and the body) it stops cutting and leaves the rest of the page
 * as it is: cutting less is always exact. {@code ScriptSkipperTest} holds the invariant against
 * jsoup on tricky markup, random markup and every fixture page.
 *
 * <p>A little over 300 lines: the data-state decisions of the tokeniser read best in one place.
 */
final class ScriptSkipper {

  /**
   * The page to parse, whether any body was cut from it, and, when the scan read the whole page,
   * its scripts as written.
   */
  record Skimmed(CharBuffer chars, boolean cut, Optional<WrittenScripts> scripts) {}

  private static final int STOP = TagReader.STOP;

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
  private int svgDepth;
  private int noscripts;
  private int selects;
  private boolean inBody;
  private boolean bailed;
  private final WrittenScripts scripts;
  private final PageChars chars;
  private final TagReader tags;
  private final ScriptStates scriptStates;

  private ScriptSkipper(char[] a, int from, int to) {
    this.a = a;
    this.n = to;
    this.copied = from;
    this.scripts = new WrittenScripts(a);
    this.chars = new PageChars(a, to);
    this.tags = new TagReader(chars);
    this.scriptStates = new ScriptStates(chars);
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
      i = chars.indexOf('<', i);
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
    } else if (PageChars.isAsciiAlpha(c)) {
      return startTag(q);
    }
    return q; // a lone '<' is text
  }

  /** After {@code <!}: a comment, a doctype (ends at the first '>'), CDATA or a bogus comment. */
  private int declaration(int q) {
    if (chars.startsWith(q, "--")) {
      return comment(q + 2);
    } else if (chars.startsWithIgnoreCase(q, "doctype")) {
      return afterGt(q);
    } else if (chars.startsWith(q, "[CDATA[")) {
      int end = chars.indexOf("]]>", q + 7);
      return end < 0 ? STOP : end + 3;
    }
    return afterGt(q);
  }

  /** Past the next '>' (a bogus comment or doctype), or {@link #STOP} at the end. */
  private int afterGt(int q) {
    int gt = chars.indexOf('>', q);
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
    if (!PageChars.isAsciiAlpha(a[q])) {
      return afterGt(q);
    }
    int nameEnd = chars.tagNameEnd(q);
    String name = lowerName(q, nameEnd);
    int end = tags.end(nameEnd);
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
    int nameEnd = chars.tagNameEnd(q);
    String name = lowerName(q, nameEnd);
    int end = tags.end(nameEnd);
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
        svgDepth = tags.selfClosing ? 0 : 1;
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
    if (TEXT_ONLY.contains(name) && !tags.selfClosing) {
      int lt = chars.indexOf('<', end);
      return lt >= 0 && chars.isEndTagOf(name, lt) ? end : bail();
    }
    svgDepth += name.equals("svg") && !tags.selfClosing ? 1 : 0;
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
   * A script or style body from {@code bodyStart}: cut unless the JSON-LD reader may want it (a
   * start tag naming "ld" and "json", or with an entity that may spell them, keeps it).
   */
  private int code(String name, int tagStart, int bodyStart) {
    int bodyEnd = chars.rawTextEnd(name, bodyStart);
    if (name.equals("script") && !sameEndInHeadAndBody(bodyStart, bodyEnd)) {
      return bail();
    }
    boolean jsonLd =
        name.equals("script")
            && (chars.indexOfIgnoreCase("ld", tagStart, bodyStart) >= 0
                    && chars.indexOfIgnoreCase("json", tagStart, bodyStart) >= 0
                || chars.indexOf('&', tagStart, bodyStart) >= 0);
    if (name.equals("script")) {
      scripts.add(tagStart, bodyStart, bodyEnd);
    }
    if (!jsonLd && bodyEnd > bodyStart) {
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
    int end = chars.rawTextEnd(name, from);
    return end >= n ? bail() : end;
  }

  /**
   * Whether a script body ends where it does in the head and in the body alike. jsoup reads a
   * script in the body as raw text, to the first end tag, but one in the head (or in a table or
   * template) through the script states, where an end tag after "<!--" and "<script" is text. Which
   * of the two applies is the tree builder's to know; they can differ only for a body with "<!--".
   */
  private boolean sameEndInHeadAndBody(int bodyStart, int rawEnd) {
    return chars.indexOf("<!--", bodyStart, rawEnd) < 0 || scriptStates.end(bodyStart) == rawEnd;
  }

  private String lowerName(int from, int to) {
    return to - from > 32 ? "" : new String(a, from, to - from).toLowerCase(Locale.ENGLISH);
  }
}
