package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The script and style bodies and comment texts a parse skipped ({@link ScriptSkipper}), by the
 * elements they belong to. The reader puts a marker in place of each; {@link #settle} confirms that
 * every marker became, alone and raw, the body of an HTML script or style element or the text of a
 * comment, takes the markers out of the elements and gives the comments their text back.
 *
 * <p>Why that confirms the skip: the page before a skipped body is the page as written, so the
 * parser is in the same state there in both; a marker read raw (its entity not decoded) as the
 * whole body of its element means the start tag before it put the tokeniser in a raw-text state,
 * and the end tag after it took it out. Read whole, the body would have ended at that same end tag
 * (the scan stops at the first one jsoup takes, and skips no script with {@code <!--}), so the tree
 * is the page's own with those bodies left out. A marker as the whole text of a comment likewise
 * means its {@code <!--} opened a comment, which ends where the scan ended it. A page that wrote
 * such a marker itself (a noncharacter, an entity and a private-use character: no real page does)
 * could pass its own off for one the reader put; that would garble only its own extraction, as any
 * nonsense it writes.
 */
final class SkippedBodies {

  /** A noncharacter, then an entity that a raw-text state alone leaves as it is. */
  private static final String MARK = "\uFDD0&amp;";

  /** {@link #MARK} read as text (in an SVG), its entity decoded. */
  private static final String DECODED_MARK = "\uFDD0&";

  /** Markers number their bodies with a private-use character each. */
  private static final char FIRST_NUMBER = '\uE000';

  static final int MAX_MARKERS = '\uF8FF' - FIRST_NUMBER + 1;

  /** Nothing skipped. */
  static final SkippedBodies NONE = new SkippedBodies(new byte[0], new int[0]);

  private final byte[] page;
  private final int[] cuts;

  /** Each skipped body's element, by the number of the body; filled by {@link #settle}. */
  private final Map<Element, Integer> owners = new IdentityHashMap<>();

  /** The bodies {@code cuts} gives of {@code page}, not yet confirmed by a parse. */
  SkippedBodies(byte[] page, int[] cuts) {
    this.page = page;
    this.cuts = cuts;
  }

  /** The page read with a marker in place of each body. */
  Utf8Reader reader() {
    return new Utf8Reader(page, cuts);
  }

  /** What the reader puts in place of body {@code k}. */
  static String marker(int k) {
    return MARK + (char) (FIRST_NUMBER + k);
  }

  /** Whether some of the skipped text is comment text: the index then gathers the comments. */
  boolean skipsComments() {
    return skips(COMMENT);
  }

  private boolean skips(byte kind) {
    for (byte k : kinds()) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  private static final byte RAW = 0;
  private static final byte COMMENT = 1;
  private static final byte SVG = 2;

  /** Each body's kind, known once asked for. */
  private byte[] kinds;

  private byte[] kinds() {
    if (kinds == null) {
      kinds = new byte[cuts.length / 2];
      for (int k = 0; k < kinds.length; k++) {
        kinds[k] = kind(cuts[2 * k]);
      }
    }
    return kinds;
  }

  /**
   * The kind of the body from {@code from}, told by what precedes it: {@code <!--} for a comment's
   * text, else the start tag of an SVG or of a script or style (which holds no '<').
   */
  private byte kind(int from) {
    if (PageBytes.startsWith(page, from - 4, from, "<!--", false)) {
      return COMMENT;
    }
    int lt = from - 1;
    while (lt >= 0 && page[lt] != '<') {
      lt--;
    }
    return PageBytes.startsWith(page, lt + 1, from, "svg", true)
            && PageBytes.isTagNameEnd(page[lt + 4])
        ? SVG
        : RAW;
  }

  /**
   * Confirms the bodies against the page's script, style and SVG elements and comments, parsed with
   * markers for them: every marker must be the whole body of an HTML script or style element, the
   * whole text of an SVG element or the whole text of a comment, as its kind of body requires, and
   * each must be found once. Then takes the markers out of the elements and gives the comments
   * their text back; false, and the parse not to be used, if any marker is elsewhere.
   */
  boolean settle(
      List<Element> scripts, List<Element> styles, List<Comment> comments, List<Element> svgs) {
    int bodies = cuts.length / 2;
    if (bodies == 0) {
      return true;
    }
    // Where each marker is: the script, style or SVG element it is the whole of, or the comment.
    Node[] found = new Node[bodies];
    for (List<Element> elements : List.of(scripts, styles)) {
      for (Element e : elements) {
        if (!take(found, markerIn(e), RAW, e)) {
          return false;
        }
      }
    }
    for (Comment c : comments) {
      if (!take(found, markerIn(c.getData(), MARK), COMMENT, c)) {
        return false;
      }
    }
    for (Element svg : svgs) {
      if (!take(found, svgMarkerIn(svg), SVG, svg)) {
        return false;
      }
    }
    if (Arrays.asList(found).contains(null)) {
      return false;
    }
    for (int k = 0; k < bodies; k++) {
      if (found[k] instanceof Comment c) {
        c.setData(commentText(text(k)));
      } else if (found[k] instanceof Element e) {
        e.childNode(0).remove();
        if (kinds()[k] == RAW) {
          owners.put(e, k);
        }
      }
    }
    return true;
  }

  /**
   * Notes that marker {@code k} (-1 for none) is in {@code holder}, if it is a marker of this page
   * for a body of {@code kind}; false when that marker was already found elsewhere.
   */
  private boolean take(Node[] found, int k, byte kind, Node holder) {
    if (k < 0 || k >= found.length || kinds()[k] != kind) {
      return true;
    }
    boolean first = found[k] == null;
    found[k] = holder;
    return first;
  }

  /** The number of the marker that is the whole body of {@code e}, else -1. */
  private static int markerIn(Element e) {
    if (e.childNodeSize() != 1
        || !(e.childNode(0) instanceof DataNode d)
        || !Parser.NamespaceHtml.equals(e.tag().namespace())) {
      return -1;
    }
    return markerIn(d.getWholeData(), MARK);
  }

  /**
   * The number of the marker that is the whole text of SVG element {@code svg}, else -1. Read as
   * text, not raw, the marker's entity is decoded.
   */
  private static int svgMarkerIn(Element svg) {
    if (svg.childNodeSize() != 1
        || !(svg.childNode(0) instanceof TextNode t)
        || !Parser.NamespaceSvg.equals(svg.tag().namespace())) {
      return -1;
    }
    return markerIn(t.getWholeText(), DECODED_MARK);
  }

  /**
   * The number of the marker that {@code data} is, written as {@code mark} and a number; else -1.
   */
  private static int markerIn(String data, String mark) {
    return data.length() == mark.length() + 1 && data.startsWith(mark)
        ? data.charAt(mark.length()) - FIRST_NUMBER
        : -1;
  }

  /**
   * The body of script or style element {@code e} as written: what jsoup would have read (NUL as
   * U+FFFD), had it not skipped it.
   */
  String dataOf(Element e) {
    Integer k = owners.get(e);
    return k == null ? e.data() : rawText(text(k));
  }

  /** Body {@code k} as written. */
  private String text(int k) {
    int from = cuts[2 * k];
    return new String(page, from, cuts[2 * k + 1] - from, StandardCharsets.UTF_8);
  }

  /** Comment text as jsoup reads it: NUL as U+FFFD. */
  private static String commentText(String text) {
    return text.replace('\0', '\uFFFD');
  }

  /**
   * A script or style body as jsoup's raw-text states read it: NUL as U+FFFD, except in what they
   * take for an end tag's name ({@code </} and an ASCII letter, to a space, '/' or '>'), which they
   * keep as it is.
   */
  private static String rawText(String body) {
    if (body.indexOf('\0') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    boolean inName = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      inName =
          inName
              ? !PageBytes.isTagNameEnd((byte) c) || c > 0x7F
              : i >= 2
                  && body.charAt(i - 1) == '/'
                  && body.charAt(i - 2) == '<'
                  && (c < 0x80 && PageBytes.isAsciiAlpha((byte) c));
      out.append(c == '\0' && !inName ? '\uFFFD' : c);
    }
    return out.toString();
  }
}
