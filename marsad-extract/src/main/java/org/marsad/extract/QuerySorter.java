package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * {@link Tree#sorter}: puts each element it is given into the lists of the simple queries it
 * matches. Most queries of such lists are one plain class ({@code .entry-content}); trying each of
 * them on every element costs a scan of the element's class names per query, so the class names are
 * split once and each name is only compared with the queries' classes of its own length. The other
 * queries run their evaluator only on elements that pass their cheap necessary test.
 */
final class QuerySorter implements Consumer<Element> {

  /** Matches of one element are gathered in a bit set of query indexes. */
  static final int MAX_QUERIES = 64;

  private final Element root;
  private final Predicate<Element> mayMatch;
  private final List<List<Element>> out;
  private final Queries queries;

  /**
   * What a list of queries needs, derived once per list ({@link Tree#sorter} keeps them): the plain
   * class of each query ("" for the others), those classes by their length, and the indexes,
   * necessary tests and evaluators of the other queries.
   */
  record Queries(
      String[] classes,
      int[][] byLength,
      int[] others,
      Predicate<Element>[] necessary,
      Evaluator[] evaluators) {

    @SuppressWarnings("unchecked")
    static Queries of(
        List<String> queries,
        List<Predicate<Element>> necessaryTests,
        List<Evaluator> queryEvaluators) {
      if (queries.size() > MAX_QUERIES) {
        throw new IllegalArgumentException("more than " + MAX_QUERIES + " queries");
      }
      int n = queries.size();
      String[] classes = new String[n];
      int longest = 0;
      int plain = 0;
      for (int i = 0; i < n; i++) {
        classes[i] = plainClass(queries.get(i));
        longest = Math.max(longest, classes[i].length());
        plain += classes[i].isEmpty() ? 0 : 1;
      }
      int[][] byLength = new int[longest + 1][];
      int[] others = new int[n - plain];
      Predicate<Element>[] necessary = new Predicate[n - plain];
      Evaluator[] evaluators = new Evaluator[n - plain];
      for (int i = 0, k = 0; i < n; i++) {
        int len = classes[i].length();
        if (len == 0) {
          others[k] = i;
          necessary[k] = necessaryTests.get(i);
          evaluators[k++] = queryEvaluators.get(i);
        } else {
          int[] same = byLength[len] == null ? new int[0] : byLength[len];
          byLength[len] = Arrays.copyOf(same, same.length + 1);
          byLength[len][same.length] = i;
        }
      }
      return new Queries(classes, byLength, others, necessary, evaluators);
    }
  }

  QuerySorter(Element root, Predicate<Element> mayMatch, Queries queries, List<List<Element>> out) {
    this.root = root;
    this.mayMatch = mayMatch;
    this.out = out;
    this.queries = queries;
    for (int i = 0; i < queries.classes().length; i++) {
      out.add(new ArrayList<>());
    }
  }

  @Override
  public void accept(Element e) {
    if (!mayMatch.test(e)) {
      return;
    }
    long matched = 0;
    if (queries.byLength().length > 1) {
      matched = classMatches(Tree.parsedAttr(e, "class"));
    }
    int[] others = queries.others();
    for (int k = 0; k < others.length; k++) {
      if (queries.necessary()[k].test(e) && queries.evaluators()[k].matches(root, e)) {
        matched |= 1L << others[k];
      }
    }
    for (long m = matched; m != 0; m &= m - 1) {
      out.get(Long.numberOfTrailingZeros(m)).add(e);
    }
  }

  /**
   * The plain-class queries one of the whitespace-separated names of {@code cls} equals, ignoring
   * case: jsoup's {@code hasClass}, which splits on {@link Character#isWhitespace}.
   */
  private long classMatches(String cls) {
    int[][] byLength = queries.byLength();
    String[] classes = queries.classes();
    long matched = 0;
    int start = -1;
    int n = cls.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? cls.charAt(i) : ' ';
      boolean space = (c <= ' ' || c >= 0x80) && Character.isWhitespace(c);
      if (!space) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        int len = i - start;
        int[] same = len < byLength.length ? byLength[len] : null;
        if (same != null) {
          for (int q : same) {
            if (cls.regionMatches(true, start, classes[q], 0, len)) {
              matched |= 1L << q;
            }
          }
        }
        start = -1;
      }
    }
    return matched;
  }

  /** The class of a query that is one class and nothing else ({@code .entry-content}), else "". */
  static String plainClass(String css) {
    if (css.length() < 2 || css.charAt(0) != '.') {
      return "";
    }
    for (int i = 1; i < css.length(); i++) {
      char c = css.charAt(i);
      boolean plain =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '_';
      if (!plain) {
        return "";
      }
    }
    return css.substring(1);
  }
}
