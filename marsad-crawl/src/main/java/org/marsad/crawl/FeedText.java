package org.marsad.crawl;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Turns feed text fields (often escaped or CDATA HTML, sometimes with stray entities) into plain
 * text.
 */
final class FeedText {

  private static final int MAX_SUMMARY_CHARS = 2000;

  private FeedText() {}

  /** HTML stripped, entities decoded, whitespace collapsed; emoji and all of Unicode kept. */
  static String plain(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String text =
        html.indexOf('<') >= 0 || html.indexOf('&') >= 0
            ? Jsoup.parseBodyFragment(html).text()
            : html;
    return collapse(text);
  }

  static Optional<String> optionalPlain(String html) {
    String p = plain(html);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    if (p.length() > MAX_SUMMARY_CHARS) {
      int cut = MAX_SUMMARY_CHARS;
      if (Character.isLowSurrogate(p.charAt(cut))) {
        cut--; // never split an emoji's surrogate pair
      }
      p = p.substring(0, cut) + "…";
    }
    return Optional.of(p);
  }

  /** Entities only (for attribute-like fields such as URLs that arrive escaped twice). */
  static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
  }

  private static String collapse(String s) {
    return s.replace('\u00A0', ' ').replaceAll("[\\s\\p{Z}]+", " ").trim();
  }
}
