package org.marsad.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL politely and defensively: SSRF guard and robots.txt on every hop, per-host
 * politeness, redirects handled here (never by the HTTP client) so each hop is re-checked, and
 * every outcome mapped to a {@link FetchOutcome} value.
 */
final class HttpFetcher implements AutoCloseable {

  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private final CrawlSettings settings;
  private final Transport transport;
  private final SsrfGuard guard;
  private final HostPoliteness politeness;
  private final RobotsCache robots;
  private final Clock clock;

  HttpFetcher(CrawlSettings settings, SsrfGuard guard, Clock clock) {
    this.settings = settings;
    this.transport = new Transport(settings);
    this.guard = guard;
    this.clock = clock;
    this.politeness = new HostPoliteness(settings.perHostDelay(), clock);
    this.robots = new RobotsCache(this, settings, politeness, clock);
  }

  FetchOutcome fetch(URI url, Optional<String> etag, Optional<String> lastModified) {
    return fetch(url, etag, lastModified, settings.obeyRobots());
  }

  /** Redirect loop; {@code checkRobots} is false for robots.txt itself. */
  FetchOutcome fetch(
      URI url, Optional<String> etag, Optional<String> lastModified, boolean checkRobots) {
    Instant deadline = clock.instant().plus(settings.totalTimeout());
    Optional<URI> start = startOf(url);
    if (start.isEmpty()) {
      return new FetchOutcome.Refused(url, "invalid URL: " + url);
    }
    List<URI> chain = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    boolean permanent = true;
    URI current = start.get();
    while (true) {
      Optional<FetchOutcome> refusal =
          refusal(url, current, checkRobots && !isRobotsTxt(current), !chain.isEmpty());
      if (refusal.isPresent()) {
        return refusal.get();
      }
      seen.add(current);
      Hop hop = oneHop(url, current, etag, lastModified, deadline);
      if (hop.outcome().isPresent()) {
        return finish(hop.outcome().get(), url, current, chain, permanent);
      }
      URI next = hop.location().orElseThrow();
      if (seen.contains(next)) {
        return new FetchOutcome.Refused(url, "redirect loop at " + next);
      }
      if (chain.size() >= settings.maxRedirects()) {
        return new FetchOutcome.Refused(
            url, "too many redirects (> " + settings.maxRedirects() + ")");
      }
      chain.add(current);
      permanent &= hop.permanent();
      current = next;
    }
  }

  private static Optional<URI> startOf(URI url) {
    try {
      return Optional.of(withoutFragment(url));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private record Hop(Optional<FetchOutcome> outcome, Optional<URI> location, boolean permanent) {}

  private FetchOutcome finish(
      FetchOutcome o, URI requested, URI finalUrl, List<URI> chain, boolean permanent) {
    if (o instanceof FetchOutcome.Fetched f) {
      return new FetchOutcome.Fetched(
          requested,
          finalUrl,
          f.status(),
          f.body(),
          f.contentType(),
          f.etag(),
          f.lastModified(),
          chain,
          permanent && !chain.isEmpty());
    }
    return o;
  }

  private Optional<FetchOutcome> refusal(
      URI requested, URI current, boolean checkRobots, boolean redirected) {
    String where = redirected ? " (after redirect to " + current + ")" : "";
    Optional<String> ssrf = guard.check(current);
    if (ssrf.isPresent()) {
      return Optional.of(new FetchOutcome.Refused(requested, ssrf.get() + where));
    }
    if (!checkRobots) {
      return Optional.empty();
    }
    return robots
        .check(current)
        .map(
            v ->
                v.transientProblem()
                    ? new FetchOutcome.Failed(requested, v.reason() + where, true)
                    : new FetchOutcome.Refused(requested, v.reason() + where));
  }

  private Hop oneHop(
      URI requested,
      URI url,
      Optional<String> etag,
      Optional<String> lastModified,
      Instant deadline) {
    String host = url.getHost();
    Optional<Duration> blocked = politeness.blockedFor(host);
    if (blocked.isPresent()) {
      return done(new FetchOutcome.RateLimited(requested, 429, blocked.get()));
    }
    try {
      Optional<HostPoliteness.Denial> denial = politeness.acquire(host, deadline);
      if (denial.isPresent()) {
        return done(denied(requested, denial.get()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return done(new FetchOutcome.Failed(requested, "interrupted", true));
    }
    return exchange(requested, url, conditionalHeaders(etag, lastModified), deadline);
  }

  /** Runs while holding the host's slot and always releases it with what was experienced. */
  private Hop exchange(URI requested, URI url, List<String[]> headers, Instant deadline) {
    HostPoliteness.Result slot = HostPoliteness.Result.FAILURE;
    try {
      Transport.Response r = transport.send(url, headers, deadline);
      slot = slotResult(r);
      return map(requested, url, r);
    } catch (Transport.BodyTooLargeException e) {
      slot = HostPoliteness.Result.OK;
      return done(new FetchOutcome.Refused(requested, e.getMessage()));
    } catch (TimeoutException | HttpTimeoutException e) {
      return done(new FetchOutcome.Failed(requested, "timeout fetching " + url, true));
    } catch (ConnectException e) {
      return done(new FetchOutcome.Failed(requested, "cannot connect to " + url, true));
    } catch (IOException | IllegalArgumentException e) {
      return done(
          new FetchOutcome.Failed(requested, "I/O error on " + url + ": " + e.getMessage(), true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return done(new FetchOutcome.Failed(requested, "interrupted", true));
    } finally {
      politeness.release(url.getHost(), slot);
    }
  }

  private static FetchOutcome denied(URI requested, HostPoliteness.Denial d) {
    if (d instanceof HostPoliteness.Blocked b) {
      return new FetchOutcome.RateLimited(requested, 429, b.remaining());
    }
    return new FetchOutcome.Failed(requested, ((HostPoliteness.TooBusy) d).reason(), true);
  }

  private HostPoliteness.Result slotResult(Transport.Response r) {
    int s = r.status();
    if (s == 429 || s == 503) {
      return HostPoliteness.Result.rateLimited(retryAfter(r));
    }
    return s >= 500 ? HostPoliteness.Result.FAILURE : HostPoliteness.Result.OK;
  }

  private Hop map(URI requested, URI url, Transport.Response r) {
    int s = r.status();
    if (s >= 200 && s < 300) {
      return done(
          new FetchOutcome.Fetched(
              requested,
              url,
              s,
              r.body(),
              r.header("Content-Type"),
              r.header("ETag"),
              r.header("Last-Modified"),
              List.of(),
              false));
    }
    if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
      Optional<URI> location = r.header("Location").flatMap(l -> resolve(url, l));
      if (location.isEmpty()) {
        return done(
            new FetchOutcome.Failed(
                requested, "redirect " + s + " without a valid Location", false));
      }
      return new Hop(Optional.empty(), location, s == 301 || s == 308);
    }
    return done(statusOutcome(requested, r));
  }

  private FetchOutcome statusOutcome(URI requested, Transport.Response r) {
    int s = r.status();
    return switch (s) {
      case 304 -> new FetchOutcome.NotModified(requested);
      case 404, 410 -> new FetchOutcome.Gone(requested, s);
      case 429, 503 -> new FetchOutcome.RateLimited(requested, s, retryAfter(r));
      default -> new FetchOutcome.Failed(requested, "HTTP " + s, s >= 500 || s == 408);
    };
  }

  private Duration retryAfter(Transport.Response r) {
    return r.header("Retry-After")
        .flatMap(v -> RetryAfter.parse(v, clock.instant()))
        .orElse(DEFAULT_RETRY_AFTER);
  }

  private static Optional<URI> resolve(URI base, String location) {
    try {
      String loc = rawUtf8(location.trim());
      URI target = withoutFragment(base.resolve(new URI(UrlCanonicalizer.escapeUnsafe(loc))));
      return target.getHost() == null ? Optional.empty() : Optional.of(target);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Servers often put raw UTF-8 (Arabic paths) in Location; the HTTP client hands header bytes over
   * as ISO-8859-1 characters. Re-read them as UTF-8 when they form valid UTF-8.
   */
  static String rawUtf8(String header) {
    if (header.chars().allMatch(c -> c < 0x80) || header.chars().anyMatch(c -> c > 0xFF)) {
      return header;
    }
    byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return header;
    }
  }

  /** Fragments are never sent; dropping them also makes "/a#x" and "/a#y" one loop entry. */
  static URI withoutFragment(URI u) throws URISyntaxException {
    if (u.getRawFragment() == null) {
      return u;
    }
    String s = u.toString();
    return new URI(s.substring(0, s.indexOf('#')));
  }

  private static List<String[]> conditionalHeaders(
      Optional<String> etag, Optional<String> lastModified) {
    List<String[]> h = new ArrayList<>();
    etag.filter(v -> !v.isBlank()).ifPresent(v -> h.add(new String[] {"If-None-Match", v}));
    lastModified
        .filter(v -> !v.isBlank())
        .ifPresent(v -> h.add(new String[] {"If-Modified-Since", v}));
    return h;
  }

  private static boolean isRobotsTxt(URI url) {
    return "/robots.txt".equals(url.getRawPath());
  }

  private static Hop done(FetchOutcome o) {
    return new Hop(Optional.of(o), Optional.empty(), false);
  }

  /** Robots rules of a URL's origin (fetching them if needed); used by autodiscovery too. */
  RobotsRules robotsFor(URI url) {
    return robots.rulesFor(url);
  }

  @Override
  public void close() {
    transport.close();
  }
}
