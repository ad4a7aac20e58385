package org.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one fetch produced. Expected failures are values so that one bad source never stops others.
 */
public sealed interface FetchOutcome {

  /** The URL that was requested (before any redirect). */
  URI url();

  /**
   * A 2xx response.
   *
   * @param redirectChain the URLs left by a redirect, in order; empty when none
   * @param permanentRedirect true when every hop was permanent (301/308): callers may update the
   *     stored feed URL to {@code finalUrl}
   */
  record Fetched(
      URI requestedUrl,
      URI finalUrl,
      int status,
      byte[] body,
      Optional<String> contentType,
      Optional<String> etag,
      Optional<String> lastModified,
      List<URI> redirectChain,
      boolean permanentRedirect)
      implements FetchOutcome {

    public Fetched {
      Objects.requireNonNull(requestedUrl, "requestedUrl");
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(body, "body");
      redirectChain = List.copyOf(redirectChain);
    }

    @Override
    public URI url() {
      return requestedUrl;
    }

    public boolean redirected() {
      return !redirectChain.isEmpty();
    }
  }

  /** 304: the conditional GET matched. */
  record NotModified(URI url) implements FetchOutcome {}

  /** 429 or 503, or the host is still inside a Retry-After window. */
  record RateLimited(URI url, int status, Duration retryAfter) implements FetchOutcome {}

  /** 404 or 410. */
  record Gone(URI url, int status) implements FetchOutcome {}

  /**
   * Not attempted or aborted by policy: robots.txt, SSRF guard, redirect limit or loop, body too
   * big.
   */
  record Refused(URI url, String reason) implements FetchOutcome {}

  /** Network errors, timeouts, 5xx (transient) and other 4xx or protocol errors (not transient). */
  record Failed(URI url, String reason, boolean transientError) implements FetchOutcome {}
}
