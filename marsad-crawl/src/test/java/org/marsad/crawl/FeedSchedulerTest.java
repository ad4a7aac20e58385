package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedSchedulerTest {

  private static final CrawlSettings S = CrawlSettings.defaults();
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final URI U = URI.create("https://feed.example/rss");

  private static FeedPoll fetched(List<FeedItem> items) {
    FetchOutcome f =
        new FetchOutcome.Fetched(
            U,
            U,
            200,
            new byte[0],
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false);
    return new FeedPoll(f, items, Optional.empty(), Optional.empty());
  }

  private static List<FeedItem> itemsEvery(Duration gap, int n) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      URI u = URI.create("https://feed.example/a/" + i);
      items.add(
          new FeedItem(
              "url:" + u,
              Optional.empty(),
              u,
              "t",
              Optional.empty(),
              Optional.of(NOW.minus(gap.multipliedBy(i)).atOffset(ZoneOffset.UTC)),
              List.of(),
              List.of(),
              Optional.empty()));
    }
    return items;
  }

  @Test
  void initialStateIsDueNow() {
    FeedHealth h = FeedHealth.initial(NOW, S);
    assertEquals(NOW, h.nextPollAt());
    assertEquals(Duration.ofMinutes(30), h.interval());
    assertFalse(h.disabled());
  }

  @Test
  void busyFeedConvergesToTheMinimumAndQuietFeedSlowsDown() {
    FeedHealth h = FeedHealth.initial(NOW, S);
    for (int i = 0; i < 10; i++) {
      h = FeedScheduler.next(h, fetched(itemsEvery(Duration.ofMinutes(4), 20)), NOW, S);
    }
    assertEquals(S.minPollInterval(), h.interval());
    assertEquals(NOW.plus(S.minPollInterval()), h.nextPollAt());
    FeedHealth quiet = FeedHealth.initial(NOW, S);
    for (int i = 0; i < 10; i++) {
      quiet = FeedScheduler.next(quiet, fetched(itemsEvery(Duration.ofHours(12), 10)), NOW, S);
    }
    assertTrue(quiet.interval().compareTo(Duration.ofHours(5)) > 0, quiet.toString());
    assertTrue(quiet.interval().compareTo(S.maxPollInterval()) <= 0);
  }

  @Test
  void notModifiedStretchesWithinBounds() {
    FeedHealth h = FeedHealth.initial(NOW, S);
    FeedHealth next =
        FeedScheduler.next(
            h,
            new FeedPoll(
                new FetchOutcome.NotModified(U), List.of(), Optional.empty(), Optional.empty()),
            NOW,
            S);
    assertEquals(Duration.ofMinutes(30).multipliedBy(5).dividedBy(4), next.interval());
    for (int i = 0; i < 100; i++) {
      next =
          FeedScheduler.next(next, FeedPoll.withoutItems(new FetchOutcome.NotModified(U)), NOW, S);
    }
    assertEquals(S.maxPollInterval(), next.interval());
  }

  @Test
  void softErrorsBackOffButNeverDisable() {
    FeedHealth h = FeedHealth.initial(NOW, S);
    Duration previous = Duration.ZERO;
    for (int i = 0; i < 30; i++) {
      h =
          FeedScheduler.next(
              h, FeedPoll.withoutItems(new FetchOutcome.Failed(U, "HTTP 502", true)), NOW, S);
      Duration delay = Duration.between(NOW, h.nextPollAt());
      assertTrue(delay.compareTo(S.maxPollInterval()) <= 0);
      if (i < 3) {
        assertTrue(delay.compareTo(previous) > 0, "back-off grows: " + delay);
      }
      previous = delay;
    }
    assertFalse(h.disabled());
    assertEquals(30, h.softErrors());
    assertTrue(h.lastError().orElseThrow().contains("502"));
    FeedHealth recovered = FeedScheduler.next(h, fetched(List.of()), NOW, S);
    assertEquals(0, recovered.softErrors());
    assertEquals(Optional.empty(), recovered.lastError());
  }

  @Test
  void sustainedHardErrorsDisable() {
    FeedHealth h = FeedHealth.initial(NOW, S);
    for (int i = 0; i < FeedScheduler.DISABLE_AFTER_HARD_ERRORS - 1; i++) {
      h = FeedScheduler.next(h, FeedPoll.withoutItems(new FetchOutcome.Gone(U, 410)), NOW, S);
      assertFalse(h.disabled());
    }
    h = FeedScheduler.next(h, FeedPoll.withoutItems(new FetchOutcome.Gone(U, 410)), NOW, S);
    assertTrue(h.disabled());
    assertEquals(
        FeedScheduler.DISABLE_AFTER_HARD_ERRORS * FeedScheduler.HARD_WEIGHT, h.errorWeight());
    assertTrue(h.lastError().orElseThrow().contains("410"));
  }

  @Test
  void parseErrorIsHardAndRetryAfterIsHonoured() {
    FeedPoll bad =
        new FeedPoll(
            fetched(List.of()).outcome(), List.of(), Optional.empty(), Optional.of("an HTML page"));
    FeedHealth h = FeedScheduler.next(FeedHealth.initial(NOW, S), bad, NOW, S);
    assertEquals(1, h.hardErrors());
    FeedHealth limited =
        FeedScheduler.next(
            FeedHealth.initial(NOW, S),
            FeedPoll.withoutItems(new FetchOutcome.RateLimited(U, 429, Duration.ofHours(3))),
            NOW,
            S);
    assertTrue(!limited.nextPollAt().isBefore(NOW.plus(Duration.ofHours(3))));
    assertEquals(1, limited.softErrors());
  }
}
