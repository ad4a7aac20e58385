package org.marsad.cli.bench;

import java.util.List;

/**
 * trafilatura's labels for one page: segments that belong to the article and segments that do not.
 */
public record TrafilaturaSegments(List<String> with, List<String> without) {

  public TrafilaturaSegments {
    with = List.copyOf(with);
    without = List.copyOf(without);
  }
}
