package org.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The crawl state of one feed, persisted by the store and shown in the admin view and API.
 *
 * @param softErrors consecutive transient failures (network, 5xx, 429/503)
 * @param hardErrors consecutive persistent failures (404/410, refused, other 4xx, unparseable)
 * @param disabled set after sustained hard failures; the pipeline stops polling the feed
 * @param interval the normal poll interval learnt from the posting rate (back-off comes on top)
 * @param nextPollAt when the feed is due
 * @param lastError the reason of the last failure, empty after a success
 */
public record FeedHealth(
    int softErrors,
    int hardErrors,
    boolean disabled,
    Duration interval,
    Instant nextPollAt,
    Optional<String> lastError) {

  /** First interval before the posting rate is known. */
  static final Duration INITIAL_INTERVAL = Duration.ofMinutes(30);

  public FeedHealth {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(nextPollAt, "nextPollAt");
    Objects.requireNonNull(lastError, "lastError");
    if (softErrors < 0 || hardErrors < 0) {
      throw new IllegalArgumentException("error counts must not be negative");
    }
  }

  /** A new feed: due now, at the initial interval bounded by the settings. */
  public static FeedHealth initial(Instant now, CrawlSettings s) {
    return new FeedHealth(
        0, 0, false, FeedScheduler.clamp(INITIAL_INTERVAL, s), now, Optional.empty());
  }

  /** The weighted error score: a hard error counts as much as three soft ones. */
  public int errorWeight() {
    return softErrors + FeedScheduler.HARD_WEIGHT * hardErrors;
  }
}
