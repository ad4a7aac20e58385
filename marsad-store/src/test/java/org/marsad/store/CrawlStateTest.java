package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.store.StoreFixtures.NOW;
import static org.marsad.store.StoreFixtures.outlet;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.FeedPollState;
import org.marsad.store.CrawlRecords.FetchLogEntry;
import org.marsad.store.CrawlRecords.ItemState;
import org.marsad.store.CrawlRecords.NewItem;
import org.marsad.store.CrawlRecords.PendingItem;

/** Feed scheduling, announced items, discovery and the fetch log, as the crawler uses them. */
class CrawlStateTest {

  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  @TempDir Path dir;

  private static FeedRef rss(String url) {
    return new FeedRef(URI.create(url), FeedRef.Kind.RSS);
  }

  private static NewItem item(String identity, String url) {
    return new NewItem(
        identity,
        url,
        Optional.of("خبر " + identity),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  private static FeedPollState polled(int softErrors, boolean disabled, Instant next) {
    Optional<String> error = softErrors > 0 ? Optional.of("HTTP 503") : Optional.empty();
    return new FeedPollState(softErrors, 0, disabled, 900, next, error);
  }

  @Test
  void aFeedIsDueOnlyOnceItsNextPollTimeHasPassedAndNeverWhenDisabled() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), FIFTEEN_MINUTES, NOW);
      DueFeed feed = store.dueFeeds(NOW, false).get(0);
      Instant next = NOW.plus(FIFTEEN_MINUTES);
      store.recordPoll(
          feed, polled(0, false, next), Optional.empty(), Optional.empty(), List.of(), NOW);

      assertEquals(List.of(), store.dueFeeds(NOW.plusSeconds(60), false));
      assertEquals(1, store.dueFeeds(NOW.plusSeconds(60), true).size(), "all, due or not");
      assertEquals(1, store.dueFeeds(next, false).size());

      store.recordPoll(
          feed, polled(3, true, next), Optional.empty(), Optional.empty(), List.of(), NOW);
      assertEquals(List.of(), store.dueFeeds(next.plusSeconds(3600), true));
      FeedState state = store.findSource("alpha").orElseThrow().feeds().get(0);
      assertEquals("disabled", state.status());
      assertEquals(Optional.of("HTTP 503"), state.lastError());
    }
  }

  @Test
  void aFeedReportsNewThenOkThenErroring() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), FIFTEEN_MINUTES, NOW);
      assertEquals("new", store.findSource("alpha").orElseThrow().feeds().get(0).status());
      DueFeed feed = store.dueFeeds(NOW, false).get(0);
      store.recordPoll(
          feed, polled(0, false, NOW), Optional.empty(), Optional.empty(), List.of(), NOW);
      assertEquals("ok", store.findSource("alpha").orElseThrow().feeds().get(0).status());
      store.recordPoll(
          feed, polled(1, false, NOW), Optional.empty(), Optional.empty(), List.of(), NOW);
      FeedState erroring = store.findSource("alpha").orElseThrow().feeds().get(0);
      assertEquals("erroring", erroring.status());
      assertEquals(Optional.of(NOW), erroring.lastPolledAt());
    }
  }

  @Test
  void anItemAnnouncedTwiceOrByAnotherFeedOfTheOutletIsQueuedOnce() {
    Outlet twoFeeds =
        outletWith(rss("http://alpha.example/feed"), rss("http://alpha.example/sport/feed"));
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(twoFeeds, FIFTEEN_MINUTES, NOW);
      List<DueFeed> feeds = store.dueFeeds(NOW, false);
      FeedPollState ok = polled(0, false, NOW.plusSeconds(900));
      NewItem first = item("g1", "http://alpha.example/a1");
      assertEquals(
          2,
          store.recordPoll(
              feeds.get(0),
              ok,
              Optional.empty(),
              Optional.empty(),
              List.of(first, item("g2", "http://alpha.example/a2")),
              NOW));
      assertEquals(
          0,
          store.recordPoll(
              feeds.get(1),
              ok,
              Optional.empty(),
              Optional.empty(),
              List.of(item("other-guid", first.url())),
              NOW),
          "the same URL from the outlet's other feed");
      assertEquals(
          0,
          store.recordPoll(
              feeds.get(0), ok, Optional.empty(), Optional.empty(), List.of(first), NOW));
      assertEquals(2, store.pendingItems(10).size());
      assertEquals(2, store.findSource("alpha").orElseThrow().feeds().get(0).itemsSeen());
    }
  }

  @Test
  void validatorsAreKeptUntilTheServerSendsNewOnes() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), FIFTEEN_MINUTES, NOW);
      DueFeed feed = store.dueFeeds(NOW, false).get(0);
      FeedPollState ok = polled(0, false, NOW);
      store.recordPoll(
          feed,
          ok,
          Optional.of("\"v1\""),
          Optional.of("Fri, 20 Nov 2026 09:00:00 GMT"),
          List.of(),
          NOW);
      store.recordPoll(feed, ok, Optional.empty(), Optional.empty(), List.of(), NOW);
      DueFeed again = store.dueFeeds(NOW, false).get(0);
      assertEquals(Optional.of("\"v1\""), again.etag(), "a 304 sends no new validator");
      assertEquals(Optional.of("Fri, 20 Nov 2026 09:00:00 GMT"), again.lastModified());
    }
  }

  @Test
  void handledItemsLeaveTheQueueAndAttemptsAreCounted() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), FIFTEEN_MINUTES, NOW);
      DueFeed feed = store.dueFeeds(NOW, false).get(0);
      store.recordPoll(
          feed,
          polled(0, false, NOW),
          Optional.empty(),
          Optional.empty(),
          List.of(item("g1", "http://alpha.example/a1"), item("g2", "http://alpha.example/a2")),
          NOW);
      List<PendingItem> pending = store.pendingItems(10);
      store.markItem(pending.get(0).itemId(), ItemState.NOT_ARTICLE, Optional.empty());
      store.markItem(pending.get(1).itemId(), ItemState.PENDING, Optional.of("timeout"));

      List<PendingItem> left = store.pendingItems(10);
      assertEquals(List.of("g2"), left.stream().map(PendingItem::identity).toList());
      assertEquals(1, left.get(0).attempts());
      assertEquals("alpha", left.get(0).sourceKey());
      assertEquals("MA", left.get(0).sourceCountry());
    }
  }

  @Test
  void aMovedFeedTakesItsNewUrlUnlessAnotherFeedHasIt() {
    Outlet twoFeeds =
        outletWith(rss("http://alpha.example/feed"), rss("http://alpha.example/sport/feed"));
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(twoFeeds, FIFTEEN_MINUTES, NOW);
      long first = store.dueFeeds(NOW, false).get(0).feedId();
      assertFalse(store.moveFeed(first, "http://alpha.example/sport/feed"));
      assertTrue(store.moveFeed(first, "https://alpha.example/rss.xml"));
      assertTrue(
          store.dueFeeds(NOW, true).stream()
              .anyMatch(f -> f.feed().url().toString().equals("https://alpha.example/rss.xml")));
    }
  }

  @Test
  void discoveryIsAskedForOutletsWithoutFeedsAndNotRetriedAtOnce() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outletWith(), FIFTEEN_MINUTES, NOW);
      assertEquals(1, store.outletsNeedingDiscovery(NOW).size());

      store.recordDiscovery(outletWith(), List.of(), FIFTEEN_MINUTES, NOW);
      assertEquals(List.of(), store.outletsNeedingDiscovery(NOW.minusSeconds(1)));
      assertEquals(1, store.outletsNeedingDiscovery(NOW.plusSeconds(86_400)).size());

      store.recordDiscovery(
          outletWith(), List.of(rss("http://alpha.example/found.xml")), FIFTEEN_MINUTES, NOW);
      assertEquals(List.of(), store.outletsNeedingDiscovery(NOW.plusSeconds(86_400)));
      assertEquals(1, store.dueFeeds(NOW, false).size());
    }
  }

  @Test
  void theFetchLogListsNewestFirstAndKeepsUnknownSourcesAndMissingStatuses() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), FIFTEEN_MINUTES, NOW);
      store.log(
          new FetchLogEntry(
              NOW,
              Optional.of("alpha"),
              "http://alpha.example/a1",
              "fetched",
              Optional.of(200),
              Optional.empty()));
      store.log(
          new FetchLogEntry(
              NOW.plusSeconds(1),
              Optional.empty(),
              "http://nowhere.example/",
              "failed",
              Optional.empty(),
              Optional.of("connection refused")));

      List<FetchLogEntry> log = store.recentLog(10);
      assertEquals(List.of("failed", "fetched"), log.stream().map(FetchLogEntry::outcome).toList());
      assertEquals(Optional.empty(), log.get(0).sourceKey());
      assertEquals(Optional.empty(), log.get(0).status());
      assertEquals(Optional.of(200), log.get(1).status());
      assertEquals(Optional.of("alpha"), log.get(1).sourceKey());
      assertEquals(1, store.recentLog(1).size());
    }
  }

  private static Outlet outletWith(FeedRef... feeds) {
    return outlet("alpha", "ألفا", List.of(feeds));
  }
}
