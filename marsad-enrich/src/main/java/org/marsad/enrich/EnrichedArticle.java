package org.marsad.enrich;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.ExtractedArticle;

/**
 * An article ready to store: the page's fields merged with the feed's, a resolved publish date,
 * tags, and the fingerprints dedupe and story clustering use.
 *
 * @param candidate what enrichment started from
 * @param article the page fields, with feed fields filling its gaps
 * @param canonicalUrl the URL the article is known by (page canonical, else fetched URL)
 * @param published the resolved publish time (page, else feed, else fetch time)
 * @param tags page tags, feed categories and recognised entities, without duplicates
 * @param simhash 64-bit SimHash of the normalised body, for near-duplicate detection
 * @param storyTerms normalised content words of title and lead, for story clustering
 * @param story the story this article joins, when a recent article covers the same event
 */
public record EnrichedArticle(
    ArticleCandidate candidate,
    ExtractedArticle article,
    String canonicalUrl,
    OffsetDateTime published,
    List<Tag> tags,
    long simhash,
    Set<String> storyTerms,
    Optional<Long> story) {

  public EnrichedArticle {
    tags = List.copyOf(tags);
    storyTerms = Set.copyOf(storyTerms);
  }
}
