package org.marsad.extract;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's own publish time in markup: a {@code time datetime} or a microdata {@code
 * datePublished}, the first one outside comments and lists of other stories.
 */
final class TimeElements {

  private static final String TIME_SELECTOR =
      "time[datetime], [itemprop=datePublished][content], [itemprop=datePublished][datetime]";

  private TimeElements() {}

  /**
   * The first {@code time datetime} or microdata publish date outside comments and lists. Microdata
   * puts {@code itemprop=datePublished} on any element, its value in {@code content} or {@code
   * datetime} ({@code <p itemprop="datePublished" content="2022-01-14 10:31">Januar</p>}).
   */
  static Optional<String> firstOwn(PageIndex page) {
    // Page order: the article's own time comes before its comments and the lists after it.
    return page.first(e -> e.nameIs("time") || hasItemprop(e), TIME_SELECTOR, TimeElements::ownTime)
        .map(t -> ShownDates.overMachine(timeValue(t), Dom.squash(t.text())));
  }

  private static boolean ownTime(Element t) {
    return !timeValue(t).isBlank() && !DatePlaces.elsewhere(t) && !inDatedList(t);
  }

  private static String timeValue(Element t) {
    return t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
  }

  private static boolean hasItemprop(Element e) {
    return Tree.hasParsedAttr(e, "itemprop");
  }

  /** A time in a list item whose next or previous item has one too: a list of other stories. */
  private static boolean inDatedList(Element t) {
    Element li = t.closest("li");
    if (li == null) {
      return false;
    }
    for (Element sib : new Element[] {li.nextElementSibling(), li.previousElementSibling()}) {
      if (sib != null && sib.selectFirst(Dom.css("time")) != null) {
        return true;
      }
    }
    return false;
  }
}
