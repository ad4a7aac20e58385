package org.marsad.crawl;

import java.util.Objects;
import java.util.Optional;
import org.marsad.source.FeedRef;

/** One feed poll, with the validators remembered from the previous successful poll. */
public record FeedRequest(FeedRef feed, Optional<String> etag, Optional<String> lastModified) {

  public FeedRequest {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  /** A first poll, without validators. */
  public static FeedRequest of(FeedRef feed) {
    return new FeedRequest(feed, Optional.empty(), Optional.empty());
  }
}
