package org.marsad.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * Input of the extraction stage: the raw bytes as served, the URL they came from, and the HTTP
 * {@code Content-Type} header when there was one (its charset outranks in-page declarations).
 */
public record ExtractRequest(byte[] body, String url, Optional<String> contentType) {

  public ExtractRequest {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
  }

  public static ExtractRequest of(byte[] body, String url) {
    return new ExtractRequest(body, url, Optional.empty());
  }
}
