package org.marsad.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
   * those quadratic). The extractor measures the page several times, so this pass is on the hot
   * path: rows live in one flat int array by pre-order index, found through an open-addressing
   * identity table (no boxing, no per-element arrays or map entries).
   */
  static final class Lengths {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int PARAGRAPH = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int DESCENDANTS = 5;
    private static final int WIDTH = 6;

    private Element[] keys = new Element[1024];
    private int[] slots = new int[1024];
    private int[] rows = new int[WIDTH * 256];
    private int size;

    /** The measured elements by pre-order index: a selection reads them instead of the tree. */
    private Element[] order = new Element[256];

    private int counted;

    /** Spans (start, end) of the blocks {@link #detach} removed, in the order of removal. */
    private int[] removed = new int[32];

    private int removedSpans;

    /** Pre-order indexes of the named elements ({@link #named}), once asked for. */
    private int[] named;

    /** {@link #classAndId} by pre-order index, once asked for. */
    private String[] names;

    /**
     * Ancestor rows {@link #detach} may still update: a deep page with a removal at every level
     * would make the updates quadratic, so past this budget (linear in the page) the sizes go stale
     * and {@link #current} measures again.
     */
    private long budget;

    /**
     * This table, or a new measure of {@code root} when {@link #detach} ran out of budget; asked
     * between passes (within a pass a test only reads rows no earlier removal touched).
     */
    Lengths current(Element root) {
      return budget < 0 ? lengths(root) : this;
    }

    /**
     * A copy whose sizes stay those of the page as it is now, whatever {@link #detach} does to this
     * table later. The identity table is shared: it only changes while {@link Dom#lengths} fills
     * it.
     */
    Lengths snapshot() {
      Lengths copy = new Lengths();
      copy.keys = keys;
      copy.slots = slots;
      copy.rows = rows.clone();
      copy.size = size;
      copy.order = order;
      copy.counted = counted;
      copy.removed = removed.clone();
      copy.removedSpans = removedSpans;
      copy.budget = budget;
      return copy;
    }

    /**
     * Removes {@code e} from the page and takes its sizes off its ancestors' rows, so the table
     * answers as a new pass over the page would (spans keep their numbers: they still nest and
     * order the remaining elements, but their width is no element count; {@link #descendants} is).
     * Rows of the removed subtree are left as they were: nothing asks about a detached block.
     */
    void detach(Element e) {
      int r = find(e);
      int[] gone = r >= 0 ? Arrays.copyOfRange(rows, WIDTH * r, WIDTH * r + WIDTH) : measure(e);
      if (r >= 0 && gone[START] > 0) { // a walk of the root still sees a detached root's tree
        recordSpan(gone[START], gone[END]);
      }
      int text = gone[TEXT];
      int paragraph = gone[PARAGRAPH];
      for (Element up = e.parent(); up != null && budget >= 0; up = up.parent()) {
        budget--;
        int a = find(up);
        if (a < 0) {
          continue; // above the measured root
        }
        boolean rootParent = rows[WIDTH * a + START] < 0; // gets the root's sizes, no more
        if (up.nameIs("p") && !rootParent) {
          paragraph += text; // a paragraph counts all its text as paragraph text
        }
        rows[WIDTH * a + TEXT] -= text;
        rows[WIDTH * a + LINK] -= gone[LINK];
        rows[WIDTH * a + PARAGRAPH] -= paragraph;
        rows[WIDTH * a + DESCENDANTS] -= rootParent ? 0 : gone[DESCENDANTS] + 1;
      }
      e.remove();
    }

    private void recordSpan(int start, int end) {
      if (2 * removedSpans + 2 > removed.length) {
        removed = Arrays.copyOf(removed, removed.length * 2);
      }
      removed[2 * removedSpans] = start;
      removed[2 * removedSpans + 1] = end;
      removedSpans++;
    }

    /**
     * The measured elements still in the page that pass {@code test}, in document order, the root
     * included: what a walk of the root would select, without the walk. Only valid while the page
     * changed by {@link #detach} alone (an element added since is not seen).
     */
    List<Element> select(Predicate<Element> test) {
      List<Element> out = new ArrayList<>();
      for (int i : alive(null, counted)) {
        if (test.test(order[i])) {
          out.add(order[i]);
        }
      }
      return out;
    }

    /**
     * {@code select(Dom::hasClassOrId)}: the furniture and boilerplate steps both read the named
     * elements, so the list found at the first call is kept and only loses removed blocks.
     */
    List<Element> named() {
      if (named == null) {
        int[] all = alive(null, counted);
        int n = 0;
        for (int i : all) {
          if (hasClassOrId(order[i])) {
            all[n++] = i;
          }
        }
        named = Arrays.copyOf(all, n);
      }
      named = alive(named, named.length);
      List<Element> out = new ArrayList<>(named.length);
      for (int i : named) {
        out.add(order[i]);
      }
      return out;
    }

    /**
     * {@link Dom#classAndId} of a measured element, computed once: both cleaning steps test the
     * names of most named elements.
     */
    String classAndId(Element e) {
      int r = find(e);
      int start = r < 0 ? -1 : rows[WIDTH * r + START];
      if (start < 0) {
        return Dom.classAndId(e);
      }
      if (names == null) {
        names = new String[counted];
      }
      if (names[start] == null) {
        names[start] = Dom.classAndId(e);
      }
      return names[start];
    }

    /**
     * The pre-order indexes among {@code candidates} (ascending; all when null) of the elements no
     * removed block holds.
     */
    private int[] alive(int[] candidates, int count) {
      long[] spans = new long[removedSpans];
      for (int i = 0; i < removedSpans; i++) {
        spans[i] = ((long) removed[2 * i] << 32) | removed[2 * i + 1];
      }
      Arrays.sort(spans); // by start: an element is gone when a span opened before it reaches it
      int[] out = new int[count];
      int n = 0;
      int next = 0;
      int reach = -1;
      for (int k = 0; k < count; k++) {
        int i = candidates == null ? k : candidates[k];
        while (next < spans.length && (int) (spans[next] >>> 32) <= i) {
          reach = Math.max(reach, (int) spans[next++]);
        }
        if (i > reach) {
          out[n++] = i;
        }
      }
      return n == count ? out : Arrays.copyOf(out, n);
    }

    /** The row of an element the pass did not see (added since): measured on its own. */
    private static int[] measure(Element e) {
      Lengths own = lengths(e);
      int r = own.find(e);
      return Arrays.copyOfRange(own.rows, WIDTH * r, WIDTH * r + WIDTH);
    }

    /** Row index of an element, -1 when the pass did not see it. */
    private int find(Element e) {
      int mask = keys.length - 1;
      for (int h = hash(e) & mask; keys[h] != null; h = (h + 1) & mask) {
        if (keys[h] == e) {
          return slots[h];
        }
      }
      return -1;
    }

    private static int hash(Element e) {
      int h = System.identityHashCode(e);
      return h ^ (h >>> 16);
    }

    /** Adds a row for an element not yet in the table, its span start set; returns its index. */
    private int add(Element e, int start) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int h = hash(e) & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = e;
      slots[h] = size;
      if (WIDTH * (size + 1) > rows.length) {
        rows = Arrays.copyOf(rows, rows.length * 2);
      }
      rows[WIDTH * size + START] = start;
      if (start >= 0) {
        if (start >= order.length) {
          order = Arrays.copyOf(order, order.length * 2);
        }
        order[start] = e;
        counted = Math.max(counted, start + 1);
      }
      rows[WIDTH * size + END] = -1;
      return size++;
    }

    private void grow() {
      Element[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new Element[oldKeys.length * 2];
      slots = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int h = hash(oldKeys[i]) & mask;
          while (keys[h] != null) {
            h = (h + 1) & mask;
          }
          keys[h] = oldKeys[i];
          slots[h] = oldSlots[i];
        }
      }
    }

    private int get(Element e, int field, int missing) {
      int r = find(e);
      return r < 0 ? missing : rows[WIDTH * r + field];
    }

    int text(Element e) {
      return get(e, TEXT, 0);
    }

    int paragraphText(Element e) {
      return get(e, PARAGRAPH, 0);
    }

    double linkDensity(Element e) {
      int r = find(e);
      if (r < 0) {
        return 0;
      }
      int text = rows[WIDTH * r + TEXT];
      return text == 0 ? 0 : Math.min(1.0, rows[WIDTH * r + LINK] / (double) text);
    }

    /** Elements inside {@code e}, 0 for one the pass did not see. */
    int descendants(Element e) {
      return get(e, DESCENDANTS, 0);
    }

    /** Last pre-order index inside {@code e}; elements added after the pass have none (-1). */
    int end(Element e) {
      return get(e, END, -1);
    }

    int start(Element e) {
      return get(e, START, -1);
    }
  }

  /** The user-data key under which a cleaning step leaves its table for the next one. */
  private static final String LENGTHS_KEY = "marsad.lengths";

  /**
   * Leaves a table that describes {@code root} now on the root itself, for the next cleaning step
   * to {@link #takeLengths take}: measuring the page costs a full walk, and the steps only remove
   * blocks, which {@link Lengths#detach} accounts for. The page must not change in between.
   */
  static void leaveLengths(Element root, Lengths lengths) {
    root.attributes().userData(LENGTHS_KEY, lengths);
  }

  /** The table a previous step left on {@code root} (taken off it), else a new measure. */
  static Lengths takeLengths(Element root) {
    if (root.attributes().userData(LENGTHS_KEY) instanceof Lengths l) {
      root.attributes().userData(LENGTHS_KEY, null);
      return l.current(root);
    }
    return lengths(root);
  }

  /**
   * One walk by child index with an explicit stack of open elements: a text node's counts go to the
   * row on top, and a closed element's to the row below it, so each element costs one table
   * insertion (no lookups, no sibling-index walks of a visitor).
   */
  static Lengths lengths(Element root) {
    return lengths(root, null);
  }

  /**
   * {@link #lengths(Element)}, offering every text node to {@code texts} on the way, in document
   * order: a step that reads the page's texts then needs no walk of its own.
   */
  static Lengths lengths(Element root, Consumer<TextNode> texts) {
    Lengths l = new Lengths();
    Element[] open = new Element[64];
    int[] openRows = new int[64];
    int[] nextChild = new int[64];
    int counter = 0;
    int top = 0;
    open[0] = root;
    openRows[0] = l.add(root, counter++);
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
          openRows[top] = l.add(c, counter++);
          nextChild[top] = 0;
        } else if (child instanceof TextNode t) {
          addText(l.rows, Lengths.WIDTH * openRows[top], e, strippedLength(t.getWholeText()));
          if (texts != null) {
            texts.accept(t);
          }
        }
      } else {
        close(l, e, openRows[top], counter, top > 0 ? openRows[top - 1] : -1);
        top--;
      }
    }
    l.budget = 8L * l.size + 4096;
    return l;
  }

  private static void addText(int[] rows, int at, Element parent, int n) {
    if (n > 0) {
      rows[at + Lengths.TEXT] += n;
      if (parent.nameIs("a")) {
        rows[at + Lengths.LINK] += n;
      }
    }
  }

  /** Ends an element's span and adds its sizes to its parent's row. */
  private static void close(Lengths l, Element e, int row, int counter, int up) {
    int[] rows = l.rows;
    int r = Lengths.WIDTH * row;
    rows[r + Lengths.END] = counter - 1;
    rows[r + Lengths.DESCENDANTS] = counter - 1 - rows[r + Lengths.START];
    if (e.nameIs("p")) {
      rows[r + Lengths.PARAGRAPH] += rows[r + Lengths.TEXT];
    }
    int parentRow = up;
    if (parentRow < 0 && e.parent() != null) {
      // The root's parent gets the root's sizes (but no span), as callers may ask.
      parentRow = l.add(e.parent(), -1);
      rows = l.rows;
    }
    if (parentRow >= 0) {
      int p = Lengths.WIDTH * parentRow;
      rows[p + Lengths.TEXT] += rows[r + Lengths.TEXT];
      rows[p + Lengths.LINK] += rows[r + Lengths.LINK];
      rows[p + Lengths.PARAGRAPH] += rows[r + Lengths.PARAGRAPH];
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
  static void prune(List<Element> candidates, Lengths lengths, Predicate<Element> remove) {
    int skipUntil = -1;
    for (Element e : candidates) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil) {
        continue;
      }
      if (remove.test(e)) {
        skipUntil = Math.max(skipUntil, lengths.end(e));
        // Only e's ancestors change, and they come before it in the candidates: the answers of
        // the rest of this pass are the same as without the update.
        lengths.detach(e);
      }
    }
  }

  /** What {@code [class], [id]} matches: elements a class or id may name. */
  static boolean hasClassOrId(Element e) {
    return e.attributesSize() > 0
        && (e.attributes().hasKeyIgnoreCase("class") || e.attributes().hasKeyIgnoreCase("id"));
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
    StringBuilder b = foldUntil(s, max);
    return b.length() > max ? Optional.empty() : Optional.of(b.toString());
  }

  /**
   * The first {@code n} characters of {@link #foldArabic(String)}'s result: enough to tell whether
   * a short label may start a text, without folding the long prose most texts are.
   */
  static String foldPrefix(String s, int n) {
    char[] start = new char[n];
    return new String(start, 0, foldPrefix(s, start));
  }

  /** {@link #foldPrefix(String, int)} into a caller's buffer, its length; returns the count. */
  static int foldPrefix(String s, char[] into) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length() && n < into.length; i++) {
      char c = s.charAt(i);
      if (isFoldDropped(c)) {
        continue;
      }
      if (isFoldSpace(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        into[n++] = ' ';
        space = false;
        if (n == into.length) {
          break;
        }
      }
      into[n++] = fold(c);
    }
    return n;
  }

  /** Folds {@code s} until the result is longer than {@code limit}; its start is then final. */
  private static StringBuilder foldUntil(String s, int limit) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), limit));
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() <= limit; i++) {
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
    }
    return b;
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
