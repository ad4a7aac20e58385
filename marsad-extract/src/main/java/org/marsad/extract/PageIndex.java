package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Every element of the page in document order, gathered by one walk before anything is removed. The
 * readers of the untouched page (JSON-LD, meta tags, title, authors, classifier signals) each used
 * to walk the whole tree, through all its text nodes; a loop over this array is far cheaper.
 *
 * <p>The index is of the untouched page: use it before the first removal. Steps that run after
 * removals may still use it as long as nothing was added or moved, dropping the detached elements
 * its lists still hold ({@link #attached}).
 */
final class PageIndex {

  private final Document doc;

  /** The document itself first, then every element below it in document order. */
  private final Element[] elements;

  private final int size;
  private final List<Element> all;

  /** Per position in {@link #all}: the position after the element's last descendant. */
  private final int[] ends;

  private final int bodyStart;
  private final Map<String, List<Element>> byTag = new HashMap<>();

  /** The script, style and SVG bodies and comment texts the parse of the page skipped. */
  private final SkippedBodies skipped;

  /** The page's comments when the parse skipped comment text, for {@link #settle}; else none. */
  private final List<Comment> comments;

  private PageIndex(
      Document doc,
      Element[] elements,
      int size,
      int[] ends,
      int bodyStart,
      SkippedBodies skipped,
      List<Comment> comments) {
    this.doc = doc;
    this.skipped = skipped;
    this.comments = comments;
    this.elements = elements;
    this.size = size;
    this.all = Collections.unmodifiableList(Arrays.asList(elements).subList(0, size));
    this.ends = ends;
    this.bodyStart = bodyStart;
  }

  /** The index of a page parsed whole. */
  static PageIndex of(Document doc) {
    return of(doc, SkippedBodies.NONE);
  }

  /**
   * One walk of {@code doc}, iterative by child index like {@link Tree#forEachElement}, for a page
   * whose parse skipped the {@code skipped} bodies.
   */
  static PageIndex of(Document doc, SkippedBodies skipped) {
    Element body = doc.body();
    Element[] elements = new Element[256];
    int[] ends = new int[256];
    Element[] open = new Element[64];
    int[] openAt = new int[64];
    int[] nextChild = new int[64];
    int size = 1;
    int bodyStart = -1;
    boolean gather = skipped.skipsComments();
    List<Comment> comments = gather ? new ArrayList<>() : List.of();
    elements[0] = doc;
    int top = 0;
    open[0] = doc;
    while (top >= 0) {
      Element e = open[top];
      int i = nextChild[top];
      if (i >= e.childNodeSize()) {
        ends[openAt[top]] = size;
        top--;
      } else {
        nextChild[top] = i + 1;
        Node child = e.childNode(i);
        if (child instanceof Element c) {
          if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
          }
          if (c == body) {
            bodyStart = size;
          }
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            openAt = Arrays.copyOf(openAt, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          open[top] = c;
          openAt[top] = size;
          nextChild[top] = 0;
          elements[size++] = c;
        } else if (gather && child instanceof Comment c) {
          comments.add(c);
        }
      }
    }
    return new PageIndex(doc, elements, size, ends, bodyStart, skipped, comments);
  }

  /**
   * Confirms the bodies the parse skipped against the page as parsed ({@link
   * SkippedBodies#settle}): false when the page must be parsed again whole.
   */
  boolean settle() {
    return skipped.settle(byTag("script"), byTag("style"), comments, byTag("svg"));
  }

  /** The body of a script or style element as written, skipped by the parse or not. */
  String dataAsWritten(Element scriptOrStyle) {
    return skipped.dataOf(scriptOrStyle);
  }

  /** The document and every element of it, in document order. */
  List<Element> all() {
    return all;
  }

  /** The body and every element under it, in document order (empty without a body). */
  List<Element> body() {
    return bodyStart < 0 ? List.of() : all.subList(bodyStart, ends[bodyStart]);
  }

  /** The elements named {@code tag}, in document order. */
  List<Element> byTag(String tag) {
    if (byTag.isEmpty() && COMMON_TAGS.contains(tag)) {
      sortCommonTags();
    }
    return byTag.computeIfAbsent(tag, t -> Collections.unmodifiableList(scan(e -> e.nameIs(t))));
  }

  /** The tags the readers of the page ask for: one scan sorts them all out. */
  private static final List<String> COMMON_TAGS =
      List.of("script", "style", "svg", "meta", "link", "time", "html", "article", "h1");

  private void sortCommonTags() {
    Map<String, List<Element>> lists = new HashMap<>();
    COMMON_TAGS.forEach(t -> lists.put(t, new ArrayList<>()));
    for (int i = 0; i < size; i++) {
      List<Element> list = lists.get(elements[i].normalName()); // nameIs compares the same way
      if (list != null) {
        list.add(elements[i]);
      }
    }
    lists.forEach((t, list) -> byTag.put(t, Collections.unmodifiableList(list)));
  }

  /** {@link Tree#select} from the document, on the same conditions. */
  List<Element> select(Predicate<Element> mayMatch, String css) {
    return scan(Tree.matcher(doc, mayMatch, css));
  }

  /**
   * The first of {@link #select}'s matches that passes {@code accept}, the scan stopping there: a
   * reader after the first acceptable match need not test the rest of the page.
   */
  Optional<Element> first(Predicate<Element> mayMatch, String css, Predicate<Element> accept) {
    Predicate<Element> query = Tree.matcher(doc, mayMatch, css);
    for (int i = 0; i < size; i++) {
      if (query.test(elements[i]) && accept.test(elements[i])) {
        return Optional.of(elements[i]);
      }
    }
    return Optional.empty();
  }

  /** {@link Tree#select} from the document, for a query whose every match is named {@code tag}. */
  List<Element> select(String tag, String css) {
    return select(byTag(tag), Tree.matcher(doc, e -> true, css));
  }

  /** {@link Tree#selectEach} from the document, on the same conditions. */
  List<List<Element>> selectEach(Predicate<Element> mayMatch, List<String> queries) {
    List<List<Element>> out = new ArrayList<>();
    Consumer<Element> sorter = Tree.sorter(doc, mayMatch, queries, out);
    for (int i = 0; i < size; i++) {
      sorter.accept(elements[i]);
    }
    return out;
  }

  /** {@link Tree#selectUnder} from the document. */
  List<Element> selectUnder(String outer, String inner) {
    return under(select(e -> true, outer), inner);
  }

  /**
   * The elements matching {@code inner} below one of {@code outers} (elements of this index in
   * document order, as its queries return them). A position before the end of the widest outer
   * element seen is under one, since subtrees are contiguous and nested in document order.
   */
  List<Element> under(List<Element> outers, String inner) {
    List<Element> out = new ArrayList<>();
    if (outers.isEmpty()) {
      return out;
    }
    Predicate<Element> innerQuery = Tree.matcher(doc, e -> true, inner);
    int next = 0;
    int insideUntil = 0;
    for (int i = 0; i < size && (next < outers.size() || i < insideUntil); i++) {
      Element e = elements[i];
      if (i < insideUntil && innerQuery.test(e)) {
        out.add(e);
      }
      if (next < outers.size() && outers.get(next) == e) {
        insideUntil = Math.max(insideUntil, ends[i]);
        next++;
      }
    }
    return out;
  }

  /** The elements of {@code list} still in the document (removals detach whole subtrees). */
  static List<Element> attached(List<Element> list) {
    return select(list, e -> e.ownerDocument() != null);
  }

  private List<Element> scan(Predicate<Element> test) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (test.test(elements[i])) {
        out.add(elements[i]);
      }
    }
    return out;
  }

  private static List<Element> select(List<Element> from, Predicate<Element> test) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < from.size(); i++) {
      Element e = from.get(i);
      if (test.test(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
