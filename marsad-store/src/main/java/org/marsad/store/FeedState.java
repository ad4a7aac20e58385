package org.marsad.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Crawl state of one feed as the admin view and the API show it.
 *
 * @param status "ok", "erroring", "disabled" or "new"
 */
public record FeedState(
    String url,
    String kind,
    String status,
    int softErrors,
    int hardErrors,
    Optional<String> lastError,
    Optional<Instant> lastPolledAt,
    Optional<Instant> nextPollAt,
    long pollIntervalSeconds,
    long itemsSeen) {}
