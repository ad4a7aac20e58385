package org.marsad.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness shared by all threads of one crawler: one request in flight per host (so at
 * most one connection), a minimum gap between requests (settings or robots crawl-delay, whichever
 * is larger), a Retry-After window after 429/503, and exponential back-off with jitter after
 * consecutive server or network failures.
 */
final class HostPoliteness {

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  private final ConcurrentHashMap<String, HostState> hosts = new ConcurrentHashMap<>();
  private final Duration baseDelay;
  private final Clock clock;

  /** Why a slot could not be granted before the deadline. */
  sealed interface Denial {}

  record Blocked(Duration remaining) implements Denial {}

  record TooBusy(String reason) implements Denial {}

  private static final class HostState {
    final ReentrantLock lock = new ReentrantLock(true); // fair: FIFO across waiting threads
    // Written under the lock; volatile because blockedFor() and setCrawlDelay() do not take it.
    volatile Instant nextAllowed = Instant.EPOCH;
    volatile Instant blockedUntil = Instant.EPOCH;
    volatile Duration crawlDelay = Duration.ZERO;
    int consecutiveFailures;
  }

  HostPoliteness(Duration baseDelay, Clock clock) {
    this.baseDelay = baseDelay;
    this.clock = clock;
  }

  static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }

  /**
   * Waits for the host's slot and holds it; the caller must call {@link #release} in a finally
   * block when it gets an empty result.
   */
  Optional<Denial> acquire(String host, Instant deadline) throws InterruptedException {
    HostState s = hosts.computeIfAbsent(key(host), h -> new HostState());
    long waitLock = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    if (!s.lock.tryLock(waitLock, TimeUnit.MILLISECONDS)) {
      return Optional.of(
          new TooBusy("politeness queue for " + host + " exceeds the total timeout"));
    }
    Instant now = clock.instant();
    if (s.blockedUntil.isAfter(now)) {
      s.lock.unlock();
      return Optional.of(new Blocked(Duration.between(now, s.blockedUntil)));
    }
    if (s.nextAllowed.isAfter(deadline)) {
      s.lock.unlock();
      return Optional.of(new TooBusy("next polite slot for " + host + " is after the deadline"));
    }
    // Round the wait up: truncating to milliseconds could send a request up to 1 ms early.
    long nanos = Duration.between(now, s.nextAllowed).toNanos();
    long sleep = nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    if (sleep > 0) {
      sleepHolding(s, sleep);
    }
    return Optional.empty();
  }

  private static void sleepHolding(HostState s, long millis) throws InterruptedException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      s.lock.unlock();
      throw e;
    }
  }

  /** Ends a request: schedules the host's next slot from what the request experienced. */
  void release(String host, Result result) {
    HostState s = hosts.get(key(host));
    Instant now = clock.instant();
    switch (result.kind()) {
      case OK -> s.consecutiveFailures = 0;
      case FAILURE -> s.consecutiveFailures = Math.min(s.consecutiveFailures + 1, 20);
      case RATE_LIMITED -> s.blockedUntil = now.plus(min(result.retryAfter(), MAX_RETRY_AFTER));
    }
    Duration gap = max(baseDelay, s.crawlDelay).plus(backoff(s.consecutiveFailures));
    s.nextAllowed = now.plus(gap);
    s.lock.unlock();
  }

  /** Raises the host's minimum gap to its robots.txt crawl-delay. */
  void setCrawlDelay(String host, Duration delay) {
    hosts.computeIfAbsent(key(host), h -> new HostState()).crawlDelay = delay;
  }

  /** Remaining Retry-After window of a host, if any (checked before queueing for the slot). */
  Optional<Duration> blockedFor(String host) {
    HostState s = hosts.get(key(host));
    Instant now = clock.instant();
    if (s == null || !s.blockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, s.blockedUntil));
  }

  /** base × 2^(n-1), capped, with ±25 % jitter so that many feeds of one host do not align. */
  Duration backoff(int failures) {
    if (failures <= 0) {
      return Duration.ZERO;
    }
    long base = Math.max(baseDelay.toMillis(), 1);
    long raw = base << Math.min(failures - 1, 16);
    long capped = Math.min(raw, MAX_BACKOFF.toMillis());
    double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
    return Duration.ofMillis((long) (capped * jitter));
  }

  enum Kind {
    OK,
    FAILURE,
    RATE_LIMITED
  }

  record Result(Kind kind, Duration retryAfter) {
    static final Result OK = new Result(Kind.OK, Duration.ZERO);
    static final Result FAILURE = new Result(Kind.FAILURE, Duration.ZERO);

    static Result rateLimited(Duration retryAfter) {
      return new Result(Kind.RATE_LIMITED, retryAfter);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
