package org.marsad.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Small DOM helpers shared by the extraction steps; all iterative so deep trees cannot overflow.
 */
final class Dom {

  /**
   * Parsed selectors by their CSS text. Parsing a query costs more than running it on a small
   * block, and the extractor runs the same few dozen queries on every page; jsoup evaluators are
   * thread-safe. Site-rule selectors join the cache too, so it is bounded by the rules loaded.
   */
  private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

  private Dom() {}

  /** The parsed, cached evaluator of a CSS query. */
  static Evaluator css(String query) {
    return SELECTORS.computeIfAbsent(query, QueryParser::parse);
  }

  /**
   * Text, link-text and paragraph-text lengths of every element under a root, and each element's
   * pre-order span, computed in one pass: the per-element checks of the cleaning steps then cost
   * O(1) instead of a walk of the element's subtree or ancestors (deeply nested pages would make
   * those quadratic). One identity map of int rows (no boxing, one lookup per element): the
   * extractor measures the page several times, so this pass is on the hot path.
   */
  static final class Lengths {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int PARAGRAPH = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int[] NONE = {0, 0, 0, -1, -1};

    private final Map<Element, int[]> rows;

    private Lengths(Map<Element, int[]> rows) {
      this.rows = rows;
    }

    private int[] row(Element e) {
      return rows.getOrDefault(e, NONE);
    }

    int text(Element e) {
      return row(e)[TEXT];
    }

    int paragraphText(Element e) {
      return row(e)[PARAGRAPH];
    }

    double linkDensity(Element e) {
      int[] r = row(e);
      return r[TEXT] == 0 ? 0 : Math.min(1.0, r[LINK] / (double) r[TEXT]);
    }

    /** Last pre-order index inside {@code e}; elements added after the pass have none (-1). */
    int end(Element e) {
      return row(e)[END];
    }

    int start(Element e) {
      return row(e)[START];
    }
  }

  /**
   * One walk by child index with an explicit stack of open elements: a text node's counts go to the
   * row on top, and a closed element's to the row below it, so each element costs one map insertion
   * (no lookups, no sibling-index walks of a visitor).
   */
  static Lengths lengths(Element root) {
    Map<Element, int[]> rows = new IdentityHashMap<>(512);
    Element[] open = new Element[64];
    int[][] openRows = new int[64][];
    int[] nextChild = new int[64];
    int counter = 0;
    int top = 0;
    open[0] = root;
    openRows[0] = new int[] {0, 0, 0, counter++, 0};
    rows.put(root, openRows[0]);
    while (top >= 0) {
      Element e = open[top];
      int i = nextChild[top];
      if (i < e.childNodeSize()) {
        nextChild[top] = i + 1;
        Node child = e.childNode(i);
        if (child instanceof Element c) {
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            openRows = Arrays.copyOf(openRows, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          open[top] = c;
          openRows[top] = new int[] {0, 0, 0, counter++, 0};
          nextChild[top] = 0;
          rows.put(c, openRows[top]);
        } else if (child instanceof TextNode t) {
          addText(openRows[top], e, strippedLength(t.getWholeText()));
        }
      } else {
        close(e, openRows[top], counter, top > 0 ? openRows[top - 1] : null, rows);
        top--;
      }
    }
    return new Lengths(rows);
  }

  private static void addText(int[] row, Element parent, int n) {
    if (n > 0) {
      row[Lengths.TEXT] += n;
      if (parent.nameIs("a")) {
        row[Lengths.LINK] += n;
      }
    }
  }

  /** Ends an element's span and adds its sizes to its parent's row. */
  private static void close(Element e, int[] r, int counter, int[] up, Map<Element, int[]> rows) {
    r[Lengths.END] = counter - 1;
    if (e.nameIs("p")) {
      r[Lengths.PARAGRAPH] += r[Lengths.TEXT];
    }
    int[] parentRow = up;
    if (parentRow == null && e.parent() != null) {
      // The root's parent gets the root's sizes (but no span), as callers may ask.
      parentRow = rows.computeIfAbsent(e.parent(), x -> new int[] {0, 0, 0, -1, -1});
    }
    if (parentRow != null) {
      parentRow[Lengths.TEXT] += r[Lengths.TEXT];
      parentRow[Lengths.LINK] += r[Lengths.LINK];
      parentRow[Lengths.PARAGRAPH] += r[Lengths.PARAGRAPH];
    }
  }

  /** {@code s.strip().length()} without building the stripped copy. */
  static int strippedLength(String s) {
    if (s.isBlank()) {
      return 0; // most text nodes are indentation; isBlank scans them without per-char calls
    }
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  /**
   * Removes, in one pre-order pass, the candidates a test selects; descendants of a removed block
   * are skipped by their pre-order index (no ancestor walk). {@code candidates} must be in document
   * order, as jsoup's {@code select} returns them.
   */
  static void prune(
      List<Element> candidates, Lengths lengths, java.util.function.Predicate<Element> remove) {
    int skipUntil = -1;
    for (Element e : candidates) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil) {
        continue;
      }
      if (remove.test(e)) {
        skipUntil = Math.max(skipUntil, lengths.end(e));
        e.remove();
      }
    }
  }

  /** Length of the link text inside an element (for one-off checks on small blocks). */
  static int linkTextLength(Element e) {
    int n = 0;
    for (Element a : e.select(Dom.css("a"))) {
      n += a.text().length();
    }
    return n;
  }

  /** Class and id of an element, lower-cased, for pattern checks. */
  static String classAndId(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /** Collapses runs of whitespace (including NBSP) to one space and trims. */
  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Folds the spelling variants Arabic pages use for the same label: diacritics and tatweel
   * dropped, alef forms to bare alef, alef maqsura to ya, ta marbuta to ha, Latin lower-cased,
   * whitespace squashed as {@link #squash} does.
   */
  static String foldArabic(String s) {
    return foldArabic(s, Integer.MAX_VALUE).orElseThrow();
  }

  /**
   * {@link #foldArabic(String)}, or empty as soon as the result would exceed {@code max}
   * characters: label checks only need short texts, and most text nodes are long prose.
   */
  static Optional<String> foldArabic(String s, int max) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), max));
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isFoldDropped(c)) {
        continue;
      }
      if (isFoldSpace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(fold(c));
      if (b.length() > max) {
        return Optional.empty();
      }
    }
    return Optional.of(b.toString());
  }

  /**
   * The first character of {@link #foldArabic(String)}'s result, -1 when it is empty: enough to
   * rule out most texts before paying for the fold.
   */
  static int firstFolded(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isFoldDropped(c) && !isFoldSpace(c)) {
        return fold(c);
      }
    }
    return -1;
  }

  /** Diacritics and tatweel, which the fold drops. */
  private static boolean isFoldDropped(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  private static boolean isFoldSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E';
  }

  private static char fold(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      default -> Character.toLowerCase(c);
    };
  }

  /** Resolves a possibly relative reference against a base URL; empty when unusable. */
  static Optional<String> absolute(String base, String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    String r = ref.strip().replace(" ", "%20");
    if (r.isEmpty() || r.startsWith("data:") || r.startsWith("javascript:") || r.startsWith("#")) {
      return Optional.empty();
    }
    try {
      URI resolved = r.startsWith("//") ? URI.create("https:" + r) : URI.create(base).resolve(r);
      String scheme = resolved.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return Optional.empty();
      }
      return Optional.of(resolved.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Host of a URL, lower-cased, "" when there is none. */
  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
