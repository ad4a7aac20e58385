package org.marsad.extract;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of the extraction stage: the raw bytes as served, the URL they came from, the HTTP {@code
 * Content-Type} header when there was one (its charset outranks in-page declarations), and the
 * outlet's time zone when known, for dates a page prints without an offset ("19:20" in a Beirut
 * byline is Beirut time, not UTC).
 */
public record ExtractRequest(
    byte[] body, String url, Optional<String> contentType, Optional<ZoneId> zone) {

  public ExtractRequest {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(zone, "zone");
  }

  /** Without a known outlet time zone: zoneless dates are read as UTC. */
  public ExtractRequest(byte[] body, String url, Optional<String> contentType) {
    this(body, url, contentType, Optional.empty());
  }

  public static ExtractRequest of(byte[] body, String url) {
    return new ExtractRequest(body, url, Optional.empty(), Optional.empty());
  }
}
