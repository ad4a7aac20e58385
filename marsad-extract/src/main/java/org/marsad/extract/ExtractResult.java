package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

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
   * The page is something else: a section front, gallery, video page, empty page ... Its title and
   * publish date are still read, because a video or gallery page is dated like an article and a
   * caller (monitoring, date tools) may want to know when it appeared.
   *
   * @param kind what the page looks like instead
   * @param reason a one-line human explanation
   * @param title the page title, " - Outlet" suffix removed, when it has one
   * @param published the page's publish date, read as an article's would be
   */
  record NotAnArticle(
      PageKind kind, String reason, Optional<String> title, Optional<OffsetDateTime> published)
      implements ExtractResult {

    public NotAnArticle {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
    }

    /** A verdict with nothing known about the page yet. */
    public NotAnArticle(PageKind kind, String reason) {
      this(kind, reason, Optional.empty(), Optional.empty());
    }

    /** The same verdict, with what the page says about itself. */
    public NotAnArticle describing(Optional<String> title, Optional<OffsetDateTime> published) {
      return new NotAnArticle(kind, reason, title, published);
    }
  }

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
