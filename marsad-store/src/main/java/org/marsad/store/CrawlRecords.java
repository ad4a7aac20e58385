package org.marsad.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.marsad.source.FeedRef;

/** Records of the crawl state the store persists; the store's own types, not the crawler's. */
public final class CrawlRecords {

  private CrawlRecords() {}

  /** Scheduling and error state of a feed. */
  public record FeedPollState(
      int softErrors,
      int hardErrors,
      boolean disabled,
      long intervalSeconds,
      Instant nextPollAt,
      Optional<String> lastError) {}

  /** A feed whose next poll time has come. */
  public record DueFeed(
      long feedId,
      String sourceKey,
      FeedRef feed,
      Optional<String> etag,
      Optional<String> lastModified,
      FeedPollState state) {}

  /** An item a feed announced, as the crawler read it. */
  public record NewItem(
      String identity,
      String url,
      Optional<String> title,
      Optional<String> summary,
      Optional<OffsetDateTime> published,
      List<String> categories) {

    public NewItem {
      categories = List.copyOf(categories);
    }
  }

  /** An announced item whose page has not been handled yet (new, or retried after a failure). */
  public record PendingItem(
      long itemId,
      long feedId,
      String sourceKey,
      String sourceCountry,
      String identity,
      String url,
      Optional<String> title,
      Optional<String> summary,
      Optional<OffsetDateTime> published,
      List<String> categories,
      int attempts) {}

  /** Where an item ended. */
  public enum ItemState {
    PENDING,
    DONE,
    NOT_ARTICLE,
    DUPLICATE,
    GONE,
    FAILED;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One line of the fetch log. */
  public record FetchLogEntry(
      Instant at,
      Optional<String> sourceKey,
      String url,
      String outcome,
      Optional<Integer> status,
      Optional<String> detail) {}
}
