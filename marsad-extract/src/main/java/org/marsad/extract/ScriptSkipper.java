package org.marsad.extract;

import java.util.Arrays;

/**
 * Finds the bodies of inline scripts and styles, and the text of comments, in a UTF-8 page's bytes,
 * for the parse to skip ({@link Utf8Reader}). Script and style bodies are about two fifths of the
 * bytes of news pages and a tenth to a fifth of the parse, and extraction reads none of them:
 * JSON-LD keeps its bodies, and the one reader of the other scripts, the last-resort date reader,
 * reads them from the bytes ({@link SkippedBodies}). Comments get their text back after the parse.
 *
 * <p>The scan is a guess that the parse confirms, so that it need not follow the tokeniser through
 * every tag of the page: it looks only at {@code <script}, {@code <style}, {@code <svg}, comments
 * and title and textarea text (a search for '<' followed by '!', 's' or 't' passes over the other
 * tags), and {@link SkippedBodies#settle} then checks that each skipped body became exactly the
 * body of its element, raw, or the text of a comment; when one did not (a tag inside an attribute
 * or foreign content), the page is parsed again whole. What the confirmation cannot see, the scan
 * gets exactly right: a body ends at the first end tag jsoup would take ({@link
 * PageBytes#rawTextEnd}) and a comment where jsoup ends it; a script body with {@code <!--}, where
 * jsoup's script states may read past that end tag, is never skipped; and nothing is skipped on a
 * page where jsoup's look-ahead for the end of title or textarea text could see the skipping
 * ({@link #escapableText}).
 */
final class ScriptSkipper {

  /** As many bodies as {@link SkippedBodies} has markers for. */
  static final int MAX_CUTS = SkippedBodies.MAX_MARKERS;

  /** Shorter comment texts are read: a marker and its confirmation would cost more. */
  private static final int MIN_COMMENT = 16;

  /** Shorter SVG bodies are read, for the same reason. */
  private static final int MIN_SVG = 64;

  private final PageBytes bytes;
  private final TagReader tags;
  private int[] cuts = new int[32];
  private int cutEnds;

  /** The end of the outermost inline SVG the scan is in, or was last in. */
  private int svgUntil;

  /** Set where skipping anything could change the parse: nothing is skipped then. */
  private boolean unsettled;

  /**
   * The end of the last raw-text body the scan did not skip (JSON-LD, a script with {@code <!--}).
   * The scan reads such a body as markup, for titles, but skips nothing in it: its {@code <style>}
   * and {@code <!--} are text ({@code document.write} strings), and a guess there only costs a
   * second parse.
   */
  private int quietUntil;

  /**
   * Bytes read by the searches beyond the scan's own: a body not skipped is read again as markup,
   * so nested tags without ends could make them quadratic; past a budget linear in the page's size
   * (far beyond what real pages take), nothing is skipped and the scan stops.
   */
  private long work;

  private ScriptSkipper(byte[] page) {
    this.bytes = new PageBytes(page);
    this.tags = new TagReader(bytes);
  }

  /**
   * The bodies of {@code page} (UTF-8 bytes) the parse may skip, as {@code [start, end)} pairs in
   * page order.
   */
  static int[] skim(byte[] page) {
    ScriptSkipper s = new ScriptSkipper(page);
    for (int i = s.bytes.indexOfOpening(0); i >= 0 && !s.unsettled; ) {
      int next = s.markup(i);
      i = next < 0 ? -1 : s.bytes.indexOfOpening(next);
    }
    return s.unsettled ? new int[0] : Arrays.copyOf(s.cuts, s.cutEnds);
  }

  /**
   * At a {@code <}: where to look for the next one, or -1 at the page's end. Where the scan cannot
   * tell what follows (a tag, comment or body without an end), it reads on right after what it
   * could tell: a title further on must not go unseen.
   */
  private int markup(int lt) {
    int q = lt + 1;
    int c = bytes.a[q] | 0x20; // the search found a '<' followed by '!', 's' or 't'
    if (c == 's') {
      return bytes.isTag(q, "script")
          ? body("script", lt, q + "script".length())
          : bytes.isTag(q, "style") ? body("style", lt, q + "style".length()) : svgStart(lt, q);
    } else if (c == 't') {
      return bytes.isTag(q, "title")
          ? escapableText("title", q + "title".length())
          : bytes.isTag(q, "textarea") ? escapableText("textarea", q + "textarea".length()) : q;
    }
    // A commented-out script is no script: skipping the comment spares a parse that would fail.
    return bytes.startsWith(q, "!--") ? afterComment(q + 3) : q;
  }

  /**
   * After {@code <!--}: past the comment as jsoup ends it (at once for {@code <!-->} and {@code
   * <!--->}, otherwise at {@code -->} or {@code --!>}, any number of dashes before the '>'), or
   * {@code q} if it has no end.
   */
  private int comment(int q) {
    byte[] a = bytes.a;
    int n = bytes.n;
    if (q < n && a[q] == '>') {
      return q + 1;
    }
    if (q + 1 < n && a[q] == '-' && a[q + 1] == '>') {
      return q + 2;
    }
    int dashes = 0;
    for (int i = q; i < n; i++) {
      byte b = a[i];
      if (b == '>' && dashes >= 2 || b == '!' && dashes >= 2 && i + 1 < n && a[i + 1] == '>') {
        return b == '>' ? i + 1 : i + 2;
      }
      dashes = b == '-' ? dashes + 1 : 0;
    }
    return q;
  }

  /**
   * Past a comment from {@code q}, its text skipped; a "comment" that may be none (its {@code <!--}
   * inside a value) must not hide a title from the scan, so a title tag in it stops all skipping.
   */
  private int afterComment(int q) {
    int end = comment(q);
    spend(3 * (end - q));
    if (holdsTitleTag(q, end)) {
      unsettled = true;
      return -1;
    }
    // jsoup's comment text runs to the "--" before '>' or "--!>" (dashes before those are text);
    // it drops a dash that starts the text, so such a comment is read.
    int textStop = end - (bytes.a[end - 2] == '!' ? 4 : 3);
    if (end > q + 2 && textStop - q >= MIN_COMMENT && bytes.a[q] != '-' && q >= quietUntil) {
      skip(q, textStop);
    }
    return end;
  }

  /** Whether {@code <title} or {@code <textarea} (any case) is in [from, to). */
  private boolean holdsTitleTag(int from, int to) {
    for (int i = bytes.indexOfLtThen(from, to, 't', 't', 't');
        i >= 0;
        i = bytes.indexOfLtThen(i + 1, to, 't', 't', 't')) {
      if (PageBytes.startsWith(bytes.a, i + 1, to, "title", true)
          || PageBytes.startsWith(bytes.a, i + 1, to, "textarea", true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An inline SVG: its body is skipped when it holds only shapes ({@link InlineSvg#onlyShapes}).
   * SVG has scripts and styles of its own, which are not raw text: none is skipped before the end
   * tag that closes the outermost {@code <svg>}. The end is a guess (nested tags counted, a tag
   * that ends foreign content early not followed), which the parse confirms for a skipped body and
   * which otherwise only makes the scan skip less.
   */
  private int svgStart(int lt, int q) {
    int nameEnd = q + "svg".length();
    if (lt < svgUntil || !bytes.isTag(q, "svg")) {
      return q;
    }
    svgUntil = InlineSvg.end(bytes, nameEnd);
    int start = startTagEnd(nameEnd);
    if (start >= 0
        && svgUntil - start >= MIN_SVG
        && svgUntil < bytes.n
        && bytes.a[start - 2] != '/' // a self-closing <svg/> holds nothing
        && lt >= quietUntil
        && InlineSvg.onlyShapes(bytes, tags, start, svgUntil)) {
      skip(start, svgUntil);
      return svgUntil;
    }
    return q;
  }

  /**
   * Title and textarea text: past its end tag. jsoup decides where such text ends by looking ahead
   * for its end tag in lower or upper case (and, near the page's end, ends it early where there is
   * none), so a page where that end tag is missing or in mixed case gets no skipping at all: the
   * skipping could move where that look-ahead begins.
   */
  private int escapableText(String name, int nameEnd) {
    int start = startTagEnd(nameEnd);
    int end = textEnd(name, start);
    if (end >= bytes.n || !bytes.isEndTagInOneCase(name, end)) {
      unsettled = true;
      return -1;
    }
    return end;
  }

  /**
   * The body after the start tag of {@code name} beginning at {@code lt}: skipped unless it is
   * JSON-LD (a start tag naming "ld" and "json", or with an entity that may spell them) or a script
   * with {@code <!--}. Returns where its end tag starts, or the tag name's end where the tag or the
   * body has no end.
   */
  private int body(String name, int lt, int nameEnd) {
    int start = startTagEnd(nameEnd);
    int end = textEnd(name, start);
    if (end >= bytes.n) {
      return nameEnd;
    }
    boolean script = name.equals("script");
    boolean jsonLd =
        script
            && (bytes.indexOfIgnoreCase("ld", lt, start) >= 0
                    && bytes.indexOfIgnoreCase("json", lt, start) >= 0
                || bytes.indexOf('&', lt, start) >= 0);
    boolean commentOpen = bytes.rawTextHadCommentOpen;
    boolean quiet = lt < quietUntil;
    boolean inSvg = lt < svgUntil;
    if (end > start && !jsonLd && !(script && commentOpen) && !inSvg && !quiet) {
      skip(start, end);
      return afterEndTag(end);
    }
    quietUntil = quiet || inSvg ? quietUntil : end;
    // A body not skipped is read on as markup, from the tag's name on: only the parse's
    // confirmation of a skipped body shows that the tag was one, and a tag that was none must not
    // hide a title from the scan.
    return nameEnd;
  }

  /**
   * Past the end tag at {@code lt} (its attributes too, which jsoup reads and drops: a comment
   * there is none), or {@code lt} where it has no end.
   */
  private int afterEndTag(int lt) {
    int end = tagEnd(bytes.tagNameEnd(lt + 2));
    return end == TagReader.STOP ? lt : end;
  }

  /**
   * Past the start tag whose name ends at {@code nameEnd}, or -1 where it has no end or holds a
   * {@code <} (a value may run on over markup the scan must see).
   */
  private int startTagEnd(int nameEnd) {
    int end = tagEnd(nameEnd);
    return end == TagReader.STOP || bytes.indexOf('<', nameEnd, end) >= 0 ? -1 : end;
  }

  /** {@link TagReader#end}, its reading spent from the budget (twice: the check reads it again). */
  private int tagEnd(int nameEnd) {
    int end = tags.end(nameEnd);
    spend(2 * ((end == TagReader.STOP ? bytes.n : end) - nameEnd));
    return end;
  }

  /** Where the text of {@code name} from {@code start} ends; the page's end without a start. */
  private int textEnd(String name, int start) {
    if (start < 0) {
      return bytes.n;
    }
    int end = bytes.rawTextEnd(name, start);
    spend(end - start);
    return end;
  }

  private void spend(int bytesRead) {
    work += bytesRead;
    unsettled |= work > 4L * bytes.n + 65_536;
  }

  /** Records a body to skip; past the last marker, the page is still read for title text. */
  private void skip(int from, int to) {
    if (cutEnds == 2 * MAX_CUTS) {
      return;
    }
    if (cutEnds + 2 > cuts.length) {
      cuts = Arrays.copyOf(cuts, cuts.length * 2);
    }
    cuts[cutEnds++] = from;
    cuts[cutEnds++] = to;
  }
}
