package org.marsad.crawl;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What a parser found: items, the feed title, child sitemaps of a sitemap index, or an error. */
record ParsedFeed(
    Optional<String> title,
    List<FeedItem> items,
    List<ChildSitemap> children,
    Optional<String> error) {

  record ChildSitemap(URI url, Optional<java.time.OffsetDateTime> lastModified) {}

  static ParsedFeed ofItems(Optional<String> title, List<FeedItem> items) {
    return new ParsedFeed(title, List.copyOf(items), List.of(), Optional.empty());
  }

  static ParsedFeed error(String message) {
    return new ParsedFeed(Optional.empty(), List.of(), List.of(), Optional.of(message));
  }
}
