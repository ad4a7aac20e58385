package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text, link-text and paragraph-text lengths of every element under a root, and each element's
 * pre-order span, computed in one pass: the per-element checks of the cleaning steps then cost O(1)
 * instead of a walk of the element's subtree or ancestors (deeply nested pages would make those
 * quadratic). The extractor measures the page several times, so this pass is on the hot path: rows
 * live in one flat int array by pre-order index, found through an open-addressing identity table
 * (no boxing, no per-element arrays or map entries).
 *
 * <p>Longer than the other classes because the table, its measuring walk and its updates on removal
 * ({@link #detach}) share one row layout, which stays private to this file.
 */
final class Lengths {
  private static final int TEXT = 0;
  private static final int LINK = 1;
  private static final int PARAGRAPH = 2;
  private static final int START = 3;
  private static final int END = 4;
  private static final int DESCENDANTS = 5;
  private static final int WIDTH = 6;

  private Element[] keys;
  private int[] slots;
  private int[] rows;
  private int size;

  /** The measured elements by pre-order index: a selection reads them instead of the tree. */
  private Element[] order;

  private int counted;

  /** Spans (start, end) of the blocks {@link #detach} removed, in the order of removal. */
  private int[] removed = new int[32];

  private int removedSpans;

  /** Pre-order indexes of the named elements ({@link #named}), once asked for. */
  private int[] named;

  /** {@link #classAndId} by pre-order index, once asked for. */
  private String[] names;

  /**
   * Ancestor rows {@link #detach} may still update: a deep page with a removal at every level would
   * make the updates quadratic, so past this budget (linear in the page) the sizes go stale and
   * {@link #current} measures again.
   */
  private long budget;

  private Lengths() {
    this(256);
  }

  /** An empty table sized for {@code expected} elements (it grows past them). */
  private Lengths(int expected) {
    int rowsFor = Math.max(256, expected + 2);
    int keysFor = Integer.highestOneBit(2 * rowsFor - 1) << 1;
    keys = new Element[Math.max(1024, keysFor)];
    slots = new int[keys.length];
    rows = new int[WIDTH * rowsFor];
    order = new Element[rowsFor];
  }

  /**
   * This table, or a new measure of {@code root} when {@link #detach} ran out of budget; asked
   * between passes (within a pass a test only reads rows no earlier removal touched).
   */
  Lengths current(Element root) {
    return budget < 0 ? of(root) : this;
  }

  /**
   * A copy whose sizes stay those of the page as it is now, whatever {@link #detach} does to this
   * table later. The identity table is shared: it only changes while {@link #of(Element,
   * java.util.function.Consumer)} fills it.
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
   * answers as a new pass over the page would (spans keep their numbers: they still nest and order
   * the remaining elements, but their width is no element count; {@link #descendants} is). Rows of
   * the removed subtree are left as they were: nothing asks about a detached block.
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
   * Offers the measured elements still in the page to {@code action}, in document order, the root
   * included: {@link #select} without the list, on the same condition.
   */
  void forEach(Consumer<Element> action) {
    for (int i : alive(null, counted)) {
      action.accept(order[i]);
    }
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
        if (Dom.hasClassOrId(order[i])) {
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
   * {@link Dom#classAndId} of a measured element, computed once: both cleaning steps test the names
   * of most named elements.
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
    Lengths own = of(e);
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

  /** The user-data key under which a cleaning step leaves its table for the next one. */
  private static final String LENGTHS_KEY = "marsad.lengths";

  /**
   * Leaves a table that describes {@code root} now on the root itself, for the next cleaning step
   * to {@link #take}: measuring the page costs a full walk, and the steps only remove blocks, which
   * {@link Lengths#detach} accounts for. The page must not change in between.
   */
  static void leave(Element root, Lengths lengths) {
    root.attributes().userData(LENGTHS_KEY, lengths);
  }

  /** The table a previous step left on {@code root} (taken off it), else a new measure. */
  static Lengths take(Element root) {
    if (root.attributes().userData(LENGTHS_KEY) instanceof Lengths l) {
      root.attributes().userData(LENGTHS_KEY, null);
      return l.current(root);
    }
    return of(root);
  }

  /**
   * One walk by child index with an explicit stack of open elements: a text node's counts go to the
   * row on top, and a closed element's to the row below it, so each element costs one table
   * insertion (no lookups, no sibling-index walks of a visitor).
   */
  static Lengths of(Element root) {
    return of(root, null);
  }

  /**
   * {@link #of(Element)}, offering every text node with visible text (not all whitespace) to {@code
   * texts} on the way, in document order: a step that reads the page's texts then needs no walk of
   * its own.
   */
  static Lengths of(Element root, Consumer<TextNode> texts) {
    return of(root, texts, 256);
  }

  /**
   * {@link #of(Element, Consumer)} with the tables sized for {@code expected} elements (a count
   * known from an earlier walk): growing them rehashes every element seen so far.
   */
  static Lengths of(Element root, Consumer<TextNode> texts, int expected) {
    Lengths l = new Lengths(expected);
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
          int n = Dom.strippedLength(t.getWholeText());
          addText(l.rows, Lengths.WIDTH * openRows[top], e, n);
          if (texts != null && n > 0) {
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
}
