package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Blocks a cleaning pass took out of the page, with where they sat, so that a retry can put them
 * back: cloning every page's body to keep an untouched copy would cost a full-document pass, while
 * the retry is rare. Blocks go back in reverse order of removal, so each lands at the index it had.
 */
final class Removals {

  private final List<Element> removed = new ArrayList<>();
  private final List<Element> parents = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();
  private int text;

  /** The page's measure, kept up to date through every removal (not through {@link #restore}). */
  private Lengths lengths;

  Removals(Lengths lengths) {
    this.lengths = lengths;
  }

  /** Removes {@code e}, remembering its place and its text length (measured before removal). */
  void remove(Element e, int textLength) {
    Element parent = e.parent();
    if (parent == null) {
      return;
    }
    removed.add(e);
    parents.add(parent);
    indexes.add(e.siblingIndex());
    text += textLength;
    lengths.detach(e);
  }

  /**
   * {@link Dom#prune} with a record: removes, in one pre-order pass, the candidates the test
   * selects, skipping descendants of a removed block by their pre-order index.
   */
  void prune(List<Element> candidates, Predicate<Element> test) {
    int skipUntil = -1;
    for (Element e : candidates) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil) {
        continue;
      }
      if (test.test(e)) {
        skipUntil = Math.max(skipUntil, lengths.end(e));
        remove(e, lengths.text(e));
      }
    }
  }

  /** The measure of {@code root} after the removals so far ({@link Lengths#current}). */
  Lengths lengths(Element root) {
    lengths = lengths.current(root);
    return lengths;
  }

  /** Text the removed blocks held. */
  int text() {
    return text;
  }

  /**
   * Puts every removed block back where it was; the record is empty afterwards, and the page's
   * measure no longer describes the page.
   */
  void restore() {
    for (int i = removed.size() - 1; i >= 0; i--) {
      Element parent = parents.get(i);
      int index = Math.min(indexes.get(i), parent.childNodeSize());
      parent.insertChildren(index, removed.get(i));
    }
    removed.clear();
    parents.clear();
    indexes.clear();
    text = 0;
  }
}
