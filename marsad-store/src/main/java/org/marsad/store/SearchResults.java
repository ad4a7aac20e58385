package org.marsad.store;

import java.util.List;

/** One page of search results; {@code total} counts all matches. */
public record SearchResults(String query, long total, List<Hit> hits) {

  /**
   * A result with a highlighted fragment (HTML-escaped text with {@code <mark>} around matches).
   */
  public record Hit(ArticleSummary article, String fragmentHtml) {}
}
