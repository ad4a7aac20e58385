package org.marsad.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marsad.source.Outlet;
import org.marsad.store.CrawlRecords.PendingItem;
import org.marsad.store.Store;

/**
 * One crawl cycle: discover feeds of outlets that list none, poll the feeds that are due, then
 * fetch, extract, enrich and store every item still pending (new ones, and ones a crash or a
 * transient failure left behind). Each step is recorded per feed and per item, so a failing source
 * never stops the others.
 */
public final class CrawlCycle {

  /** Items handled per cycle at most; the rest wait for the next cycle. */
  private static final int MAX_ITEMS_PER_CYCLE = 50_000;

  private final Store store;
  private final OutletDiscovery discovery;
  private final FeedPolling polling;
  private final ArticleIngest ingest;
  private final int threads;
  private final Clock clock;

  CrawlCycle(
      Store store,
      OutletDiscovery discovery,
      FeedPolling polling,
      ArticleIngest ingest,
      int threads,
      Clock clock) {
    this.store = store;
    this.discovery = discovery;
    this.polling = polling;
    this.ingest = ingest;
    this.threads = threads;
    this.clock = clock;
  }

  /** Runs a cycle; {@code allFeeds} polls every enabled feed, due or not. */
  public CycleReport run(boolean allFeeds, Progress progress) {
    Instant start = clock.instant();
    CycleCounters counters = new CycleCounters();
    phase(
        "discovery",
        discovery.due(),
        Outlet::homepage,
        o -> discovery.discover(o, counters),
        progress);
    phase(
        "feeds",
        store.dueFeeds(start, allFeeds),
        f -> f.feed().url(),
        f -> polling.poll(f, counters),
        progress);
    List<PendingItem> items = store.pendingItems(MAX_ITEMS_PER_CYCLE);
    phase("articles", items, i -> URI.create(i.url()), i -> ingest.ingest(i, counters), progress);
    store.commitIndex();
    return counters.report(Duration.between(start, clock.instant()));
  }

  /** Runs one step over its work in per-host lanes, reporting progress; an empty step is silent. */
  private <T> void phase(
      String name, List<T> work, Function<T, URI> host, Consumer<T> task, Progress progress) {
    if (work.isEmpty()) {
      return;
    }
    progress.begin(name, work.size());
    HostLanes.run(
        work,
        host,
        threads,
        t -> {
          task.accept(t);
          progress.advance();
        });
    progress.end();
  }
}
