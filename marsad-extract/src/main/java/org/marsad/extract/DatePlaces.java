package org.marsad.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where a date sits on the page. A {@code time} or date line inside comments, related-story lists,
 * sidebars or embedded posts belongs to something else than the article, and taking it is the
 * commonest way to get another story's day.
 */
final class DatePlaces {

  /**
   * Elements that hold other people's or other stories' dates. Asides, footers, sidebars and
   * widgets are not among them: blogs and CMS themes put the article itself or its meta line in
   * such containers.
   */
  private static final Set<String> OTHER_TAGS = Set.of("nav", "blockquote");

  /**
   * Class and id words of such containers, matched at the start of a word so that
   * "ArticleHeaderComment" (an opinion column's header) is not taken for a comment.
   */
  private static final String[] OTHER_WORDS = {
    "comment",
    "related",
    "reply",
    "replies",
    "recommend",
    "slider",
    "splide",
    "carousel",
    "readmore",
    "morestories"
  };

  private static final int MAX_DEPTH = 25;

  private DatePlaces() {}

  /** True when the element or one of its ancestors is a comment, list or embed container. */
  static boolean elsewhere(Element e) {
    Element x = e;
    for (int depth = 0; x != null && depth < MAX_DEPTH; depth++, x = x.parent()) {
      if (x.nameIs("body")) {
        return false;
      }
      if (OTHER_TAGS.contains(x.normalName()) || otherWord(x.className()) || otherWord(x.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherWord(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String name : names.toLowerCase(Locale.ROOT).split("\\s+")) {
      // WordPress writes an article's tags and categories into its classes: "tag-comment".
      if (!name.startsWith("tag-") && !name.startsWith("category-") && otherName(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherName(String name) {
    for (String word : name.split("[^a-z]+")) {
      for (String other : OTHER_WORDS) {
        if (word.startsWith(other)) {
          return true;
        }
      }
    }
    return false;
  }
}
