package org.marsad.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything that tunes how politely and defensively Marsad crawls.
 *
 * @param userAgent sent on every request; its product token (before the first '/') is also the name
 *     matched against robots.txt groups
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout time allowed until the response headers arrive
 * @param totalTimeout wall-clock budget of one fetch including redirects, waiting for the host's
 *     politeness slot and reading the body
 * @param maxBodyBytes largest body accepted, after decompression
 * @param maxRedirects redirect hops followed before giving up
 * @param perHostDelay minimum gap between two requests to one host (robots crawl-delay may raise
 *     it)
 * @param obeyRobots whether robots.txt is fetched and honoured
 * @param allowedAddresses SSRF allow-list: CIDRs ("127.0.0.0/8", "::1/128") or exact host names
 * @param minPollInterval lower bound of the adaptive feed poll interval
 * @param maxPollInterval upper bound of the adaptive feed poll interval
 */
public record CrawlSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    int maxRedirects,
    Duration perHostDelay,
    boolean obeyRobots,
    List<String> allowedAddresses,
    Duration minPollInterval,
    Duration maxPollInterval) {

  public CrawlSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(perHostDelay, "perHostDelay");
    Objects.requireNonNull(minPollInterval, "minPollInterval");
    Objects.requireNonNull(maxPollInterval, "maxPollInterval");
    allowedAddresses = List.copyOf(allowedAddresses);
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxBodyBytes <= 0 || maxRedirects < 0) {
      throw new IllegalArgumentException("maxBodyBytes must be > 0 and maxRedirects >= 0");
    }
    if (minPollInterval.compareTo(maxPollInterval) > 0) {
      throw new IllegalArgumentException("minPollInterval must not exceed maxPollInterval");
    }
    for (String entry : allowedAddresses) {
      AddressRule.parse(entry); // fail at configuration time, not at the first fetch
    }
  }

  public static CrawlSettings defaults() {
    return new CrawlSettings(
        "Marsad/0.1 (+https://github.com/marsad/marsad)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        10L * 1024 * 1024,
        5,
        Duration.ofSeconds(1),
        true,
        List.of(),
        Duration.ofMinutes(5),
        Duration.ofDays(1));
  }

  /** A copy with another SSRF allow-list (the demo allows its loopback web). */
  public CrawlSettings withAllowedAddresses(List<String> allowed) {
    return new CrawlSettings(
        userAgent,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        maxRedirects,
        perHostDelay,
        obeyRobots,
        allowed,
        minPollInterval,
        maxPollInterval);
  }

  /** A copy with another per-host delay (tests and benchmarks use short delays). */
  public CrawlSettings withPerHostDelay(Duration delay) {
    return new CrawlSettings(
        userAgent,
        connectTimeout,
        readTimeout,
        totalTimeout,
        maxBodyBytes,
        maxRedirects,
        delay,
        obeyRobots,
        allowedAddresses,
        minPollInterval,
        maxPollInterval);
  }

  /** The robots.txt product token: the User-Agent up to the first '/' or space. */
  public String robotsToken() {
    String token = userAgent.split("[/ ]", 2)[0];
    return token.isBlank() ? userAgent : token;
  }
}
