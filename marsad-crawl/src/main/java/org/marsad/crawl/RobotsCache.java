package org.marsad.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.text.CharsetDetector;

/**
 * robots.txt per origin, cached. Following RFC 9309: a 4xx means "no rules", a 5xx or network
 * failure means "assume full disallow" for a short while (the site may be overloaded), a 2xx is
 * parsed. Concurrent first requests to one origin fetch robots.txt once.
 */
final class RobotsCache {

  private static final Duration TTL = Duration.ofHours(24);
  private static final Duration ERROR_TTL = Duration.ofMinutes(10);
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;

  /** {@code unavailable} is set when robots.txt could not be read for a transient reason. */
  private record Entry(RobotsRules rules, Instant expires, Optional<String> unavailable) {
    Entry(RobotsRules rules, Instant expires) {
      this(rules, expires, Optional.empty());
    }
  }

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
  private final HttpFetcher fetcher;
  private final CrawlSettings settings;
  private final HostPoliteness politeness;
  private final Clock clock;

  RobotsCache(HttpFetcher fetcher, CrawlSettings settings, HostPoliteness politeness, Clock clock) {
    this.fetcher = fetcher;
    this.settings = settings;
    this.politeness = politeness;
    this.clock = clock;
  }

  /**
   * Empty when robots.txt allows the URL; otherwise why not. {@code transientProblem} tells a
   * disallow (a policy, permanent) from an unreadable robots.txt (retry later).
   */
  Optional<Verdict> check(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    Entry e = entryFor(url);
    if (e.unavailable().isPresent()) {
      return Optional.of(new Verdict("robots.txt unavailable: " + e.unavailable().get(), true));
    }
    return e.rules().allows(path + query)
        ? Optional.empty()
        : Optional.of(new Verdict("disallowed by robots.txt: " + url, false));
  }

  record Verdict(String reason, boolean transientProblem) {}

  RobotsRules rulesFor(URI url) {
    return entryFor(url).rules();
  }

  private Entry entryFor(URI url) {
    String origin = origin(url);
    Entry e = cache.get(origin);
    if (e != null && e.expires().isAfter(clock.instant())) {
      return e;
    }
    synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
      Entry again = cache.get(origin);
      if (again != null && again.expires().isAfter(clock.instant())) {
        return again;
      }
      Entry fresh = load(url);
      cache.put(origin, fresh);
      fresh.rules().crawlDelay().ifPresent(d -> politeness.setCrawlDelay(url.getHost(), d));
      return fresh;
    }
  }

  private Entry load(URI url) {
    URI robotsUrl = URI.create(origin(url) + "/robots.txt");
    FetchOutcome o = fetcher.fetch(robotsUrl, Optional.empty(), Optional.empty(), false);
    Instant now = clock.instant();
    if (o instanceof FetchOutcome.Fetched f) {
      byte[] body =
          f.body().length > MAX_ROBOTS_BYTES
              ? java.util.Arrays.copyOf(f.body(), (int) MAX_ROBOTS_BYTES)
              : f.body();
      String text = CharsetDetector.decode(body, f.contentType());
      return new Entry(RobotsRules.parse(text, settings.robotsToken()), now.plus(TTL));
    }
    if (o instanceof FetchOutcome.Gone
        || o instanceof FetchOutcome.Failed failed && !failed.transientError()) {
      return new Entry(RobotsRules.allowAll(), now.plus(TTL)); // 4xx: "unavailable", crawl freely
    }
    if (o instanceof FetchOutcome.Refused) {
      return new Entry(
          RobotsRules.allowAll(),
          now.plus(ERROR_TTL)); // e.g. huge file: the guard still applies per hop
    }
    // 5xx, 429, network: RFC 9309 says assume full disallow; reported as transient, retried soon.
    return new Entry(RobotsRules.disallowAll(), now.plus(ERROR_TTL), Optional.of(describe(o)));
  }

  private static String describe(FetchOutcome o) {
    if (o instanceof FetchOutcome.Failed f) {
      return f.reason();
    }
    return o instanceof FetchOutcome.RateLimited r ? "HTTP " + r.status() : o.toString();
  }

  private static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (port < 0 ? "" : ":" + port);
  }
}
