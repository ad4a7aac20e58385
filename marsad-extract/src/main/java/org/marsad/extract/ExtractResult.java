package org.marsad.extract;

import java.util.Objects;

/**
 * Outcome of extracting one page. "Not an article" is an expected outcome, not an exception; only
 * {@link Failed} means something went wrong (undecodable bytes, limits exceeded).
 */
public sealed interface ExtractResult {

  /** The page is an article. */
  record Extracted(ExtractedArticle article) implements ExtractResult {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The page is something else: a section front, gallery, video page, empty page ...
   *
   * @param kind what the page looks like instead
   * @param reason a one-line human explanation
   */
  record NotAnArticle(PageKind kind, String reason) implements ExtractResult {}

  /** Extraction could not run on this input. */
  record Failed(String reason) implements ExtractResult {}

  /** What a page that is not an article is. */
  enum PageKind {
    EMPTY,
    LISTING,
    GALLERY,
    VIDEO,
    LIVE_BLOG,
    OTHER
  }
}
