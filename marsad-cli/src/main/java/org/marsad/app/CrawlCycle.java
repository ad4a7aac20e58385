package org.marsad.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.PendingItem;
import org.marsad.store.Store;

/**
 * One crawl cycle: poll the feeds that are due, then fetch, extract, enrich and store every item
 * still pending (new ones, and ones a crash or a transient failure left behind). Each step is
 * recorded per feed and per item, so a failing source never stops the others.
 */
public final class CrawlCycle {

  /** Items handled per cycle at most; the rest wait for the next cycle. */
  private static final int MAX_ITEMS_PER_CYCLE = 5000;

  private final Store store;
  private final FeedPolling polling;
  private final ArticleIngest ingest;
  private final int threads;
  private final Clock clock;

  CrawlCycle(Store store, FeedPolling polling, ArticleIngest ingest, int threads, Clock clock) {
    this.store = store;
    this.polling = polling;
    this.ingest = ingest;
    this.threads = threads;
    this.clock = clock;
  }

  /** Runs a cycle; {@code allFeeds} polls every enabled feed, due or not. */
  public CycleReport run(boolean allFeeds, Progress progress) {
    Instant start = clock.instant();
    CycleCounters counters = new CycleCounters();
    List<DueFeed> feeds = store.dueFeeds(start, allFeeds);
    progress.begin("feeds", feeds.size());
    HostLanes.run(feeds, f -> f.feed().url(), threads, f -> {
      polling.poll(f, counters);
      progress.advance();
    });
    progress.end();
    List<PendingItem> items = store.pendingItems(MAX_ITEMS_PER_CYCLE);
    progress.begin("articles", items.size());
    HostLanes.run(items, i -> URI.create(i.url()), threads, i -> {
      ingest.ingest(i, counters);
      progress.advance();
    });
    progress.end();
    store.commitIndex();
    return counters.report(Duration.between(start, clock.instant()));
  }
}
