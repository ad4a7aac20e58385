package org.marsad.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The class and id names that put a date in another place than the article ({@link DatePlaces}):
 * comment, related-story, embed and list containers, and the site's header.
 */
final class PlaceNames {

  /**
   * Class and id words of containers of comments, related stories and embeds, matched at the start
   * of a word so that "ArticleHeaderComment" (an opinion column's header) is not taken for a
   * comment.
   */
  private static final String[] OTHER_WORDS_BESIDES_LISTS = {
    "comment",
    "related",
    "reply",
    "replies",
    "recommend",
    "slider",
    "splide",
    "carousel",
    "readmore",
    "morestories",
    "recent"
  };

  /**
   * Teaser lists and event calendars ("events-teaser-item", "veranstaltungen") date other stories
   * or coming events, each item a different day. But a CMS may also call the article's own meta box
   * "eventbox", so a date under a publish label looks past these words.
   */
  private static final String[] LIST_WORDS = {"teaser", "event", "veranstaltung"};

  /** All words of other places. */
  private static final String[] OTHER_WORDS =
      Stream.concat(Arrays.stream(OTHER_WORDS_BESIDES_LISTS), Arrays.stream(LIST_WORDS))
          .toArray(String[]::new);

  /**
   * Names of the site header, which shows the day the page was served ("Tuesday, 14 Jan 2020", with
   * the weather): "header", "headerContainer", "site-header", "masthead", "topbar". An article's
   * own header ("entry-header", "article-header") does not start so.
   */
  private static final String[] MASTHEAD_STARTS = {"header", "site-header", "masthead", "topbar"};

  /** The first letters of {@link #OTHER_WORDS}: most words start with none of them. */
  private static final boolean[] OTHER_FIRST = new boolean[128];

  static {
    Arrays.stream(OTHER_WORDS).forEach(w -> OTHER_FIRST[w.charAt(0)] = true);
  }

  private PlaceNames() {}

  /** A class or id (any case) naming a site header: header..., masthead..., topbar... */
  static boolean mastheadName(String names) {
    if (names.isEmpty()) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    for (int at = nextName(lower, 0); at < lower.length(); at = nextName(lower, end(lower, at))) {
      for (String start : MASTHEAD_STARTS) {
        if (lower.startsWith(start, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A class or id (any case) with a word of another place; with {@code lists} false, teaser lists
   * and event calendars ({@link #LIST_WORDS}) do not count. Scanned by hand, not split by regex:
   * this runs for every ancestor of every date candidate, and the splits were a tenth of the
   * extraction time.
   */
  static boolean otherWord(String names, boolean lists) {
    String[] words = lists ? OTHER_WORDS : OTHER_WORDS_BESIDES_LISTS;
    if (names.isEmpty()) {
      return false;
    }
    String lower = names.toLowerCase(Locale.ROOT);
    for (int at = nextName(lower, 0); at < lower.length(); at = nextName(lower, end(lower, at))) {
      // WordPress writes an article's tags and categories into its classes: "tag-comment".
      if (!lower.startsWith("tag-", at)
          && !lower.startsWith("category-", at)
          && otherName(lower, at, end(lower, at), words)) {
        return true;
      }
    }
    return false;
  }

  /** True when a word (a run of a-z) of {@code s[from, to)} starts with one of the other words. */
  private static boolean otherName(String s, int from, int to, String[] words) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < OTHER_FIRST.length && OTHER_FIRST[c] && (i == from || !isLetter(s.charAt(i - 1)))) {
        for (String other : words) {
          if (s.startsWith(other, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Start of the next class name at or after {@code i} (the length when none is left). */
  private static int nextName(String s, int i) {
    while (i < s.length() && Dom.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End of the class name starting at {@code i}. */
  private static int end(String s, int i) {
    while (i < s.length() && !Dom.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
