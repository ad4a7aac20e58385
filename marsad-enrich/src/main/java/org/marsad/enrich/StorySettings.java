package org.marsad.enrich;

import java.time.Duration;

/**
 * Tuning of dedupe and story clustering.
 *
 * @param window how far apart in time two articles of one story may be
 * @param duplicateBits SimHash distance at or under which two texts of one outlet are duplicates
 * @param syndicationBits SimHash distance at or under which texts of two outlets are one agency
 *     story
 * @param minSimilarity Jaccard similarity of story terms at or over which two articles are one
 *     story
 * @param leadTerms how many body terms after the title count as story terms
 */
public record StorySettings(
    Duration window, int duplicateBits, int syndicationBits, double minSimilarity, int leadTerms) {

  public static StorySettings defaults() {
    return new StorySettings(Duration.ofHours(72), 3, 10, 0.22, 40);
  }
}
