package org.marsad.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides when a feed is polled next. Healthy feeds: half the mean gap between their recent items
 * (so a new item waits on average a quarter of its gap), smoothed and bounded by the settings; a
 * 304 stretches the interval a little. Failing feeds: exponential back-off on the weighted error
 * score with ±15 % jitter, Retry-After honoured, and disable after {@link
 * #DISABLE_AFTER_HARD_ERRORS} consecutive hard errors.
 */
public final class FeedScheduler {

  static final int HARD_WEIGHT = 3;
  static final int DISABLE_AFTER_HARD_ERRORS = 5;
  private static final int RECENT_ITEMS = 20;
  private static final double NOT_MODIFIED_STRETCH = 1.25;

  private FeedScheduler() {}

  public static FeedHealth next(FeedHealth current, FeedPoll poll, Instant now, CrawlSettings s) {
    FetchOutcome o = poll.outcome();
    if (o instanceof FetchOutcome.Fetched && poll.parseError().isEmpty()) {
      Duration interval = adapt(current.interval(), poll.items(), now, s);
      return healthy(interval, now);
    }
    if (o instanceof FetchOutcome.NotModified) {
      Duration stretched = clamp(multiply(current.interval(), NOT_MODIFIED_STRETCH), s);
      return healthy(stretched, now);
    }
    if (o instanceof FetchOutcome.RateLimited r) {
      FeedHealth h = failure(current, false, "rate limited (HTTP " + r.status() + ")", now, s);
      Instant notBefore = now.plus(r.retryAfter());
      return h.nextPollAt().isBefore(notBefore) ? withNext(h, notBefore) : h;
    }
    boolean hard = isHard(o, poll);
    return failure(current, hard, reason(o, poll), now, s);
  }

  private static FeedHealth healthy(Duration interval, Instant now) {
    return new FeedHealth(0, 0, false, interval, now.plus(interval), Optional.empty());
  }

  private static boolean isHard(FetchOutcome o, FeedPoll poll) {
    if (o instanceof FetchOutcome.Failed f) {
      return !f.transientError();
    }
    return o instanceof FetchOutcome.Gone
        || o instanceof FetchOutcome.Refused
        || poll.parseError().isPresent();
  }

  private static String reason(FetchOutcome o, FeedPoll poll) {
    if (o instanceof FetchOutcome.Fetched) {
      return "parse error: " + poll.parseError().orElse("unknown");
    }
    if (o instanceof FetchOutcome.Gone g) {
      return "gone (HTTP " + g.status() + ")";
    }
    if (o instanceof FetchOutcome.Refused r) {
      return "refused: " + r.reason();
    }
    if (o instanceof FetchOutcome.Failed f) {
      return (f.transientError() ? "transient failure: " : "failure: ") + f.reason();
    }
    return o.getClass().getSimpleName();
  }

  private static FeedHealth failure(
      FeedHealth c, boolean hard, String why, Instant now, CrawlSettings s) {
    int soft = hard ? c.softErrors() : c.softErrors() + 1;
    int hardErrors = hard ? c.hardErrors() + 1 : c.hardErrors();
    boolean disabled = c.disabled() || hardErrors >= DISABLE_AFTER_HARD_ERRORS;
    int weight = soft + HARD_WEIGHT * hardErrors;
    Duration delay = disabled ? s.maxPollInterval() : backoff(c.interval(), weight, s);
    return new FeedHealth(
        soft, hardErrors, disabled, c.interval(), now.plus(delay), Optional.of(why));
  }

  /** interval × 2^(weight−1), jittered ±15 %, within the settings' bounds. */
  static Duration backoff(Duration interval, int weight, CrawlSettings s) {
    double factor = Math.pow(2, Math.min(Math.max(weight - 1, 0), 20));
    double jitter = 0.85 + ThreadLocalRandom.current().nextDouble() * 0.3;
    return clamp(multiply(interval, factor * jitter), s);
  }

  /** Half the mean gap between the most recent dated items, averaged with the old interval. */
  static Duration adapt(Duration current, List<FeedItem> items, Instant now, CrawlSettings s) {
    List<Instant> dates =
        items.stream()
            .map(FeedItem::published)
            .flatMap(Optional::stream)
            .map(OffsetDateTime::toInstant)
            .filter(i -> !i.isAfter(now))
            .sorted(Comparator.reverseOrder())
            .limit(RECENT_ITEMS)
            .toList();
    if (dates.size() < 2) {
      return clamp(current, s);
    }
    Duration span = Duration.between(dates.get(dates.size() - 1), dates.get(0));
    Duration meanGap = span.dividedBy(dates.size() - 1);
    Duration quiet = Duration.between(dates.get(0), now);
    // A feed silent for much longer than its usual gap has slowed down: learn from that too.
    Duration gap = quiet.compareTo(meanGap.multipliedBy(4)) > 0 ? quiet.dividedBy(4) : meanGap;
    Duration target = gap.dividedBy(2);
    Duration smoothed = current.plus(target).dividedBy(2);
    return clamp(smoothed, s);
  }

  static Duration clamp(Duration d, CrawlSettings s) {
    if (d.compareTo(s.minPollInterval()) < 0) {
      return s.minPollInterval();
    }
    return d.compareTo(s.maxPollInterval()) > 0 ? s.maxPollInterval() : d;
  }

  private static Duration multiply(Duration d, double factor) {
    double millis = d.toMillis() * factor;
    return Duration.ofMillis((long) Math.min(millis, Long.MAX_VALUE / 2.0));
  }

  private static FeedHealth withNext(FeedHealth h, Instant next) {
    return new FeedHealth(
        h.softErrors(), h.hardErrors(), h.disabled(), h.interval(), next, h.lastError());
  }
}
