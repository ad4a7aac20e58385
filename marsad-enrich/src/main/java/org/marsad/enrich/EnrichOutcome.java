package org.marsad.enrich;

/** What enrichment decided; a duplicate is an expected outcome, counted, not an error. */
public sealed interface EnrichOutcome {

  /** The article is new: store it. */
  record Accepted(EnrichedArticle article) implements EnrichOutcome {}

  /**
   * The article repeats one already accepted from the same outlet (same text under another URL).
   *
   * @param existingArticleId the article it repeats
   * @param reason a one-line explanation for the fetch log
   */
  record Duplicate(long existingArticleId, String reason) implements EnrichOutcome {}
}
