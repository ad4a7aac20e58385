package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Element walks cheaper than jsoup's {@code select}: a select runs every part of its query on every
 * element of the page through a stream, while most of the extractor's queries can only match a tag
 * or two, which one string comparison rules out.
 */
final class Tree {

  /** Queries checked by {@link #simple}; bounded like {@link Dom#css}'s cache. */
  private static final Set<String> SIMPLE = ConcurrentHashMap.newKeySet();

  /** The {@link #necessary} test of each query, derived once; bounded like {@link #SIMPLE}. */
  private static final Map<String, Predicate<Element>> NECESSARY = new ConcurrentHashMap<>();

  /**
   * {@link #sorter}'s parts of each list of queries, derived once: the lists are the extractor's
   * constants, so the cache stays as small as {@link #SIMPLE}.
   */
  private static final Map<List<String>, QuerySorter.Queries> SORTED = new ConcurrentHashMap<>();

  private Tree() {}

  /**
   * What {@code root.select(css)} returns (document order, {@code root} included) for a query
   * without combinators (no descendant or child parts) whose every match passes {@code mayMatch}:
   * the query's own evaluator still decides, but only on the elements the cheap test lets through.
   */
  static List<Element> select(Element root, Predicate<Element> mayMatch, String css) {
    Predicate<Element> matches = matcher(root, mayMatch, css);
    List<Element> out = new ArrayList<>();
    forEachElement(
        root,
        e -> {
          if (matches.test(e)) {
            out.add(e);
          }
        });
    return out;
  }

  /** The test {@link #select} puts each element to; same conditions on the query. */
  static Predicate<Element> matcher(Element root, Predicate<Element> mayMatch, String css) {
    Evaluator query = simple(css);
    Predicate<Element> necessary = NECESSARY.computeIfAbsent(css, Tree::necessary);
    return e -> mayMatch.test(e) && necessary.test(e) && query.matches(root, e);
  }

  /**
   * {@code root.select(q)} for each of {@code queries}, in one walk instead of one per query (for
   * steps that try a list of queries in turn); same conditions as {@link #select}, and the caller
   * must not change the tree between its uses of the lists.
   */
  static List<List<Element>> selectEach(
      Element root, Predicate<Element> mayMatch, List<String> queries) {
    List<List<Element>> out = new ArrayList<>();
    forEachElement(root, sorter(root, mayMatch, queries, out));
    return out;
  }

  /**
   * What {@link #selectEach} does with each element: {@code out} gets one list per query, and every
   * element given to the consumer joins the lists of the queries it matches (at most {@link
   * QuerySorter#MAX_QUERIES} queries).
   */
  static Consumer<Element> sorter(
      Element root, Predicate<Element> mayMatch, List<String> queries, List<List<Element>> out) {
    return new QuerySorter(root, mayMatch, SORTED.computeIfAbsent(queries, Tree::prepare), out);
  }

  private static QuerySorter.Queries prepare(List<String> queries) {
    List<Evaluator> evaluators = queries.stream().map(Tree::simple).toList();
    List<Predicate<Element>> necessary =
        queries.stream().map(q -> NECESSARY.computeIfAbsent(q, Tree::necessary)).toList();
    return QuerySorter.Queries.of(queries, necessary, evaluators);
  }

  /**
   * What {@code root.select(outer + " " + inner)} returns, for two queries without combinators: the
   * elements matching {@code inner} below an element matching {@code outer} (root included). One
   * walk that counts the open matching ancestors, where jsoup walks every element's ancestors.
   */
  static List<Element> selectUnder(Element root, String outer, String inner) {
    Evaluator outerQuery = simple(outer);
    Evaluator innerQuery = simple(inner);
    List<Element> out = new ArrayList<>();
    Element[] open = new Element[64];
    boolean[] matched = new boolean[64];
    int[] nextChild = new int[64];
    int top = 0;
    int inside = 0; // open elements that match outer
    open[0] = root;
    matched[0] = outerQuery.matches(root, root);
    inside += matched[0] ? 1 : 0;
    while (top >= 0) {
      Element e = open[top];
      int i = nextChild[top];
      if (i >= e.childNodeSize()) {
        inside -= matched[top] ? 1 : 0;
        top--;
      } else {
        nextChild[top] = i + 1;
        if (e.childNode(i) instanceof Element c) {
          if (inside > 0 && innerQuery.matches(root, c)) {
            out.add(c);
          }
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            matched = Arrays.copyOf(matched, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          open[top] = c;
          nextChild[top] = 0;
          matched[top] = outerQuery.matches(root, c);
          inside += matched[top] ? 1 : 0;
        }
      }
    }
    return out;
  }

  /**
   * The evaluator of a query without combinators or pseudo-selectors. Those parts are structural in
   * jsoup: they memoise per {@code select} call, and run outside one they would keep stale answers
   * (and the elements of every page they saw), so they are refused here.
   */
  private static Evaluator simple(String css) {
    if (!SIMPLE.contains(css)) {
      int brackets = 0;
      for (int i = 0; i < css.length(); i++) {
        char c = css.charAt(i);
        brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        boolean separator = c == ' ' && (i == 0 || css.charAt(i - 1) == ',');
        if (brackets == 0 && (">+~:(".indexOf(c) >= 0 || c == ' ' && !separator)) {
          throw new IllegalArgumentException("not a simple query: " + css);
        }
      }
      SIMPLE.add(css);
    }
    return Dom.css(css);
  }

  /**
   * A test every match of a simple query passes, cheaper than the query: one of its element names,
   * or one of the attributes its attribute, class and id parts read. A list of twenty tags
   * otherwise costs twenty comparisons on every element of the page. Queries it cannot bound
   * ({@code *}, {@code !=}, attribute prefixes, namespaces) get a test that passes everything.
   */
  private static Predicate<Element> necessary(String css) {
    Set<String> tags = new HashSet<>();
    List<String> keys = new ArrayList<>();
    for (String q : alternatives(css)) {
      int head = 0;
      while (head < q.length() && "[.#".indexOf(q.charAt(head)) < 0) {
        head++;
      }
      String tag = q.substring(0, head);
      String key = attributeKey(q);
      if (tag.contains("*") || tag.contains("|") || q.contains("!=") || key.isEmpty()) {
        return e -> true;
      }
      if (tag.isEmpty()) {
        keys.add(key.toLowerCase(Locale.ROOT)); // jsoup's attribute queries ignore case
      } else {
        tags.add(tag.toLowerCase(Locale.ROOT));
      }
    }
    return e -> tags.contains(e.normalName()) || hasAnyKey(e, keys);
  }

  /**
   * The attribute an attribute-only query part needs ({@code class} for {@code .x}, {@code id} for
   * {@code #x}, the name in {@code [name...]}); "-" for a part with a tag, "" when unknown (a
   * prefix {@code [^data-]}).
   */
  private static String attributeKey(String q) {
    char c = q.isEmpty() ? ' ' : q.charAt(0);
    if (c == '.') {
      return "class";
    }
    if (c == '#') {
      return "id";
    }
    if (c != '[') {
      return "-";
    }
    int end = 1;
    while (end < q.length() && "=~^$*!]".indexOf(q.charAt(end)) < 0) {
      end++;
    }
    return q.substring(1, end).strip();
  }

  private static boolean hasAnyKey(Element e, List<String> keys) {
    for (String key : keys) {
      if (hasParsedAttr(e, key)) {
        return true;
      }
    }
    return false;
  }

  /** The comma-separated parts of a query, stripped; commas inside brackets do not separate. */
  private static List<String> alternatives(String css) {
    List<String> out = new ArrayList<>();
    int brackets = 0;
    int from = 0;
    for (int i = 0; i <= css.length(); i++) {
      char c = i < css.length() ? css.charAt(i) : ',';
      brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == ',' && brackets == 0) {
        out.add(css.substring(from, i).strip());
        from = i + 1;
      }
    }
    return out;
  }

  /** True for elements with at least one attribute: class, id and attribute queries need one. */
  static boolean hasAttributes(Element e) {
    return e.attributesSize() > 0;
  }

  /**
   * Whether {@code e} has the attribute {@code lowerName} (lower case). The HTML parser writes
   * attribute names in lower case, so a case-sensitive lookup finds it without comparing every
   * attribute name of every element ignoring case, as {@code hasAttr} does; {@code attributes()}
   * gives an element without any an empty set once, where {@code attribute} builds an {@code
   * Attribute} (its key trimmed) on every hit.
   */
  static boolean hasParsedAttr(Element e, String lowerName) {
    return e.attributes().hasKey(lowerName);
  }

  /**
   * {@code e.attr(lowerName)} for a lower-case name, found as {@link #hasParsedAttr} finds it: the
   * class and id lookups of the per-element tests were a measurable share of extraction.
   */
  static String parsedAttr(Element e, String lowerName) {
    return e.attributes().get(lowerName);
  }

  /** Elements named {@code tag} under {@code root} (root included), in document order. */
  static List<Element> byTag(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    forEachElement(
        root,
        e -> {
          if (e.nameIs(tag)) {
            out.add(e);
          }
        });
    return out;
  }

  /**
   * Visits {@code root} and every element under it in document order, iteratively by child index
   * (no sibling-index lookups, no recursion). The action must not change the tree.
   */
  static void forEachElement(Element root, Consumer<Element> action) {
    Element[] open = new Element[64];
    int[] nextChild = new int[64];
    int top = 0;
    open[0] = root;
    action.accept(root);
    while (top >= 0) {
      Element e = open[top];
      int i = nextChild[top];
      if (i >= e.childNodeSize()) {
        top--;
      } else {
        nextChild[top] = i + 1;
        if (e.childNode(i) instanceof Element c) {
          action.accept(c);
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            nextChild = Arrays.copyOf(nextChild, top * 2);
          }
          open[top] = c;
          nextChild[top] = 0;
        }
      }
    }
  }
}
