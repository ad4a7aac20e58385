package org.marsad.crawl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of polling one feed.
 *
 * @param items empty unless {@code outcome} is {@link FetchOutcome.Fetched}
 * @param parseError set when the body was fetched but is not a feed Marsad can read; partial
 *     problems (an item without a link) are skipped silently
 */
public record FeedPoll(
    FetchOutcome outcome,
    List<FeedItem> items,
    Optional<String> feedTitle,
    Optional<String> parseError) {

  public FeedPoll {
    Objects.requireNonNull(outcome, "outcome");
    items = List.copyOf(items);
    Objects.requireNonNull(feedTitle, "feedTitle");
    Objects.requireNonNull(parseError, "parseError");
  }

  static FeedPoll withoutItems(FetchOutcome outcome) {
    return new FeedPoll(outcome, List.of(), Optional.empty(), Optional.empty());
  }
}
