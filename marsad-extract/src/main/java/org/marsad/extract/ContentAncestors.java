package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Widens the density scorer's winner to the container of the whole article (Readability's ancestor
 * rules), then drops the "read more" link lists such a container may hold. Kept apart from {@link
 * ContentFinder}, which finds the winner.
 */
final class ContentAncestors {

  /** Rivals score at least this share of the winner's score. */
  private static final double RIVAL_RATIO = 0.5;

  /** Rivals an ancestor must hold to replace the winner. */
  private static final int MIN_RIVALS = 2;

  /** Text length above which a link-dense block is more than a list of links. */
  private static final int LINK_LIST_MAX = 1000;

  private static final Set<String> LISTS = Set.of("ul", "ol", "dl");

  /** An ancestor of a winning list must score this share of the list to replace it. */
  private static final double LIST_SHARE = 0.25;

  /** How far above a winning list its article container may sit. */
  private static final int LIST_LEVELS = 5;

  /** Link density above which the container is a link hub, not the article. */
  private static final double LIST_LINKS = 0.2;

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private ContentAncestors() {}

  /**
   * Readability's rule for bodies split into parallel blocks (recipe steps, slides, sections
   * between pictures): when several other candidates score close to the winner, the lowest ancestor
   * holding enough of them is the article, not the single block that scored highest.
   */
  static Element shared(
      Element best, double bestScore, Map<Element, Double> scores, Lengths lengths) {
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element c = e.getKey();
      double s = e.getValue() * (1 - lengths.linkDensity(c));
      if (c != best && s >= bestScore * RIVAL_RATIO && !related(c, best)) {
        rivals.add(c);
      }
    }
    if (rivals.size() < MIN_RIVALS) {
      return best;
    }
    for (Element up = best.parent(); up != null && !up.nameIs("body"); up = up.parent()) {
      int inside = 0;
      for (Element r : rivals) {
        inside += related(r, up) ? 1 : 0;
      }
      if (inside >= MIN_RIVALS) {
        return up;
      }
    }
    return best;
  }

  /**
   * Readability's climb: a parent whose score beats the child's collects votes from several blocks
   * (text split around a table or a picture); stop when the scores fade below a third.
   */
  static Element climb(Element best, Map<Element, Double> scores, Lengths lengths) {
    double last = adjusted(best, scores, lengths);
    double floor = last / 3;
    for (Element up = best.parent(); up != null && !up.nameIs("body"); up = up.parent()) {
      if (!scores.containsKey(up)) {
        continue; // a wrapper no block voted for (a table around its rows) neither stops nor wins
      }
      double s = adjusted(up, scores, lengths);
      if (s < floor) {
        break;
      }
      if (s > last) {
        return up;
      }
      last = s;
    }
    return best;
  }

  /**
   * A list the scorer picked (recipe steps, a specification sheet) is rarely the whole page: its
   * ingredients, introduction and notes sit in sibling blocks of a plain container above it. The
   * winner widens to the highest of its nearest ancestors that still scores a share of the list and
   * is no link hub; news bodies are paragraphs, so this never fires on them.
   */
  static Element outOfList(Element best, Map<Element, Double> scores, Lengths lengths) {
    if (!LISTS.contains(best.normalName())) {
      return best;
    }
    double floor = adjusted(best, scores, lengths) * LIST_SHARE;
    Element widest = best;
    Element up = best.parent();
    for (int level = 1; level <= LIST_LEVELS && up != null && !up.nameIs("body"); level++) {
      if (adjusted(up, scores, lengths) >= floor && lengths.linkDensity(up) <= LIST_LINKS) {
        widest = up;
      }
      up = up.parent();
    }
    return widest;
  }

  private static double adjusted(Element e, Map<Element, Double> scores, Lengths lengths) {
    return scores.getOrDefault(e, 0.0) * (1 - lengths.linkDensity(e));
  }

  /**
   * A climbed container may hold "read more" blocks: a link list with its heading ("More on ...",
   * "Latest articles"). The list goes with its heading; the heading alone would read as body text.
   */
  static void dropLinkLists(Element content) {
    Lengths lengths = Lengths.of(content);
    // The measure's element list is what a select of these tags would return, without a walk.
    Dom.prune(
        lengths.select(ContentAncestors::mayBeLinkList),
        lengths,
        e -> {
          int len = lengths.text(e);
          if (len == 0 || len >= LINK_LIST_MAX || lengths.linkDensity(e) <= 0.6) {
            return false;
          }
          Element heading = e.previousElementSibling();
          if (heading != null
              && HEADINGS.contains(heading.normalName())
              && heading.text().length() < 80) {
            heading.remove();
          }
          return true;
        });
  }

  private static boolean mayBeLinkList(Element e) {
    return e.nameIs("ul")
        || e.nameIs("ol")
        || e.nameIs("div")
        || e.nameIs("section")
        || e.nameIs("table");
  }

  private static boolean related(Element a, Element b) {
    return a.parents().contains(b) || b.parents().contains(a);
  }
}
