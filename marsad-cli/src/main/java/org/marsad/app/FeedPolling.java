package org.marsad.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marsad.crawl.CrawlSettings;
import org.marsad.crawl.Crawler;
import org.marsad.crawl.FeedHealth;
import org.marsad.crawl.FeedItem;
import org.marsad.crawl.FeedPoll;
import org.marsad.crawl.FeedRequest;
import org.marsad.crawl.FeedScheduler;
import org.marsad.crawl.FetchOutcome;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.FeedPollState;
import org.marsad.store.CrawlRecords.NewItem;
import org.marsad.store.Store;

/**
 * Polls one feed and records, in one transaction, its new state and the items it announced. A feed
 * that fails only changes its own error state.
 */
final class FeedPolling {

  private final Store store;
  private final Crawler crawler;
  private final CrawlSettings settings;
  private final Clock clock;

  FeedPolling(Store store, Crawler crawler, CrawlSettings settings, Clock clock) {
    this.store = store;
    this.crawler = crawler;
    this.settings = settings;
    this.clock = clock;
  }

  void poll(DueFeed feed, CycleCounters counters) {
    try {
      pollAndRecord(feed, counters);
    } catch (RuntimeException e) {
      // Typically the store (disk full): the feed keeps its old state and is polled again.
      counters.feedsFailed.incrementAndGet();
      System.err.println("marsad: feed " + feed.feed().url() + ": " + e.getMessage());
    }
  }

  private void pollAndRecord(DueFeed feed, CycleCounters counters) {
    FeedPoll poll = safePoll(feed);
    Instant now = clock.instant();
    FeedHealth health = FeedScheduler.next(health(feed.state()), poll, now, settings);
    Optional<String> etag = Optional.empty();
    Optional<String> lastModified = Optional.empty();
    if (poll.outcome() instanceof FetchOutcome.Fetched f) {
      etag = f.etag();
      lastModified = f.lastModified();
      if (f.permanentRedirect() && !f.finalUrl().equals(feed.feed().url())) {
        store.moveFeed(feed.feedId(), f.finalUrl().toString());
      }
    }
    List<NewItem> items = poll.items().stream().map(FeedPolling::newItem).toList();
    int added = store.recordPoll(feed, state(health), etag, lastModified, items, now);
    counters.feedsPolled.incrementAndGet();
    counters.newItems.addAndGet(added);
    if (poll.outcome() instanceof FetchOutcome.NotModified) {
      counters.feedsNotModified.incrementAndGet();
    } else if (!(poll.outcome() instanceof FetchOutcome.Fetched) || poll.parseError().isPresent()) {
      counters.feedsFailed.incrementAndGet();
    }
    Outcomes.logQuietly(
        store,
        Outcomes.logEntry(
            now, feed.sourceKey(), poll.outcome(), poll.parseError().map(e -> "feed: " + e)));
  }

  private FeedPoll safePoll(DueFeed feed) {
    try {
      return crawler.pollFeed(new FeedRequest(feed.feed(), feed.etag(), feed.lastModified()));
    } catch (RuntimeException e) {
      // The crawler reports expected failures as values; anything else is still this feed's problem
      // only.
      FetchOutcome failed = new FetchOutcome.Failed(feed.feed().url(), "unexpected: " + e, true);
      return new FeedPoll(failed, List.of(), Optional.empty(), Optional.empty());
    }
  }

  private static NewItem newItem(FeedItem i) {
    return new NewItem(
        i.identity(),
        i.url().toString(),
        Optional.of(i.title()).filter(t -> !t.isBlank()),
        i.summary(),
        i.published(),
        i.categories());
  }

  private static FeedHealth health(FeedPollState s) {
    return new FeedHealth(
        s.softErrors(),
        s.hardErrors(),
        s.disabled(),
        Duration.ofSeconds(s.intervalSeconds()),
        s.nextPollAt(),
        s.lastError());
  }

  private static FeedPollState state(FeedHealth h) {
    return new FeedPollState(
        h.softErrors(),
        h.hardErrors(),
        h.disabled(),
        h.interval().toSeconds(),
        h.nextPollAt(),
        h.lastError());
  }
}
