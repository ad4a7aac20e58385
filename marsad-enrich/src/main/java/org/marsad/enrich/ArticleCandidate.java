package org.marsad.enrich;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marsad.extract.ExtractedArticle;

/**
 * An extracted article with what the feed said about it, before enrichment. The feed's own fields
 * fill what the page lacks (feeds are often truncated, pages often undated).
 *
 * @param sourceKey the outlet's key
 * @param identity the feed item's identity (GUID, else canonical URL, else title+date)
 * @param feedTitle the item title from the feed
 * @param feedSummary the item summary from the feed, plain text
 * @param feedPublished the item date from the feed
 * @param feedCategories the item categories from the feed
 * @param article what the extraction stage found on the page
 * @param fetchedAt when the page was fetched
 */
public record ArticleCandidate(
    String sourceKey,
    String identity,
    Optional<String> feedTitle,
    Optional<String> feedSummary,
    Optional<OffsetDateTime> feedPublished,
    List<String> feedCategories,
    ExtractedArticle article,
    Instant fetchedAt) {

  public ArticleCandidate {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    feedCategories = List.copyOf(feedCategories);
  }
}
