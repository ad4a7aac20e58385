package org.marsad.enrich;

import java.time.Instant;
import java.util.Set;

/**
 * What enrichment remembers of an accepted article to dedupe and cluster the next ones. The store
 * persists these fields, so the memory is rebuilt after a restart.
 */
public record RecentArticle(
    long articleId,
    long storyId,
    String sourceKey,
    long simhash,
    Set<String> storyTerms,
    Instant published) {

  public RecentArticle {
    storyTerms = Set.copyOf(storyTerms);
  }
}
