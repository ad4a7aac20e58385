package org.marsad.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One walk of a page's body for the date-line readers: every element in document order by position
 * (the body at 0), its parent's position and its text length as {@link Lengths} measures it, every
 * text node offered on the way. The readers used to measure the body, walk it again for labelled
 * dates and look up each element and ancestor in identity maps; arrays by position cost far less.
 *
 * <p>The scan is of the page as it stands: use it before any removal.
 */
final class BodyScan {

  private Element[] elements = new Element[256];
  private int[] parents = new int[256];
  private int[] texts = new int[256];
  private boolean[] digits = new boolean[256];
  private int size;

  private BodyScan() {}

  /**
   * Walks {@code body} by child index with an explicit stack (no recursion, no sibling-index
   * lookups), offering each text node that is not blank to {@code textNodes} in document order.
   * Text nodes up to {@code digitsUpTo} long (stripped) are searched for digits ({@link
   * #mayHoldDigit}).
   */
  static BodyScan of(Element body, int digitsUpTo, Consumer<TextNode> textNodes) {
    BodyScan s = new BodyScan();
    Element[] open = new Element[64];
    int[] openAt = new int[64];
    int[] nextChild = new int[64];
    int top = 0;
    open[0] = body;
    openAt[0] = s.add(body, -1);
    while (top >= 0) {
      Element e = open[top];
      int i = nextChild[top];
      if (i < e.childNodeSize()) {
        nextChild[top] = i + 1;
        Node child = e.childNode(i);
        if (child instanceof Element c) {
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            openAt = Arrays.copyOf(openAt, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          open[top] = c;
          openAt[top] = s.add(c, openAt[top - 1]);
          nextChild[top] = 0;
        } else if (child instanceof TextNode t) {
          int n = Dom.strippedLength(t.getWholeText());
          if (n > 0) {
            s.texts[openAt[top]] += n;
            s.digits[openAt[top]] |= n > digitsUpTo || hasDigit(t.getWholeText());
            textNodes.accept(t);
          }
        }
      } else {
        if (top > 0) {
          s.texts[openAt[top - 1]] += s.texts[openAt[top]];
          s.digits[openAt[top - 1]] |= s.digits[openAt[top]];
        }
        top--;
      }
    }
    return s;
  }

  private int add(Element e, int parent) {
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, size * 2);
      parents = Arrays.copyOf(parents, size * 2);
      texts = Arrays.copyOf(texts, size * 2);
      digits = Arrays.copyOf(digits, size * 2);
    }
    elements[size] = e;
    parents[size] = parent;
    return size++;
  }

  int size() {
    return size;
  }

  Element at(int i) {
    return elements[i];
  }

  /** The parent's position; -1 for the body. */
  int parent(int i) {
    return parents[i];
  }

  /** The stripped length of all text under the element ({@link Lengths#text}). */
  int text(int i) {
    return texts[i];
  }

  /**
   * False when no text under the element holds a digit ({@link Character#isDigit(char)}); true when
   * one does or when one is longer than the scan searched.
   */
  boolean mayHoldDigit(int i) {
    return digits[i];
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element or one of its ancestors passes {@code test} (the body's ancestors too), each
   * element tested at most once, on demand: a hidden block hides everything in it.
   */
  IntPredicate inherited(Predicate<Element> test) {
    return new Inherited(test);
  }

  /** {@link #inherited}: each element's answer derived from its parent's, kept by position. */
  private final class Inherited implements IntPredicate {
    private final Predicate<Element> test;
    private final byte[] known = new byte[size]; // 0 not yet known, 1 no, 2 yes
    private int[] chain = new int[16];
    private byte above;

    Inherited(Predicate<Element> test) {
      this.test = test;
    }

    @Override
    public boolean test(int i) {
      int n = 0;
      int x = i;
      while (x >= 0 && known[x] == 0) {
        if (n == chain.length) {
          chain = Arrays.copyOf(chain, n * 2);
        }
        chain[n++] = x;
        x = parents[x];
      }
      boolean yes = x >= 0 ? known[x] == 2 : above();
      for (int k = n - 1; k >= 0; k--) {
        yes = yes || test.test(elements[chain[k]]);
        known[chain[k]] = (byte) (yes ? 2 : 1);
      }
      return yes;
    }

    private boolean above() {
      if (above == 0) {
        above = (byte) (anyAbove(elements[0], test) ? 2 : 1);
      }
      return above == 2;
    }
  }

  private static boolean anyAbove(Element body, Predicate<Element> test) {
    for (Element up = body.parent(); up != null; up = up.parent()) {
      if (test.test(up)) {
        return true;
      }
    }
    return false;
  }
}
