package org.marsad.cli.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What one extractor said about one page. Peers only report the body, so their metadata is empty; a
 * page that was not an article, or failed, is {@link #EMPTY}.
 */
public record Prediction(
    String text, Optional<String> title, List<String> authors, Optional<OffsetDateTime> published) {

  public static final Prediction EMPTY =
      new Prediction("", Optional.empty(), List.of(), Optional.empty());

  public Prediction {
    text = text == null ? "" : text;
    authors = List.copyOf(authors);
  }

  /** A body-only prediction, as the peer runners produce. */
  public static Prediction bodyOnly(String text) {
    return new Prediction(text, Optional.empty(), List.of(), Optional.empty());
  }
}
