package org.marsad.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marsad.crawl.Crawler;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;
import org.marsad.store.Store;

/**
 * Finds feeds for outlets that list none (the default list leaves many to autodiscovery): their
 * home page's {@code <link rel="alternate">}, robots.txt sitemaps, common paths. An outlet where
 * nothing is found is tried again a day later, not every cycle.
 */
final class OutletDiscovery {

  static final Duration RETRY = Duration.ofDays(1);

  private final Store store;
  private final Crawler crawler;
  private final Duration firstPoll;
  private final Clock clock;

  OutletDiscovery(Store store, Crawler crawler, Duration firstPoll, Clock clock) {
    this.store = store;
    this.crawler = crawler;
    this.firstPoll = firstPoll;
    this.clock = clock;
  }

  List<Outlet> due() {
    return store.outletsNeedingDiscovery(clock.instant().minus(RETRY));
  }

  void discover(Outlet outlet, CycleCounters counters) {
    List<FeedRef> found;
    try {
      found = crawler.discoverFeeds(outlet.homepage());
    } catch (RuntimeException e) {
      System.err.println(
          "marsad: feed discovery for " + outlet.key() + " failed: " + e.getMessage());
      found = List.of();
    }
    Instant now = clock.instant();
    try {
      store.recordDiscovery(outlet, found, firstPoll, now);
      counters.feedsDiscovered.addAndGet(found.size());
    } catch (RuntimeException e) {
      System.err.println(
          "marsad: cannot record feeds found for " + outlet.key() + ": " + e.getMessage());
    }
  }
}
