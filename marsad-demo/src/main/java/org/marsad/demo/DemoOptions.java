package org.marsad.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * How to start the demo news web.
 *
 * @param port the common port every outlet listens on; 0 picks a free one
 * @param now the demo's "today": article dates are computed backwards from it, so the same {@code
 *     now} always gives the same web
 */
public record DemoOptions(int port, Instant now) {

  public DemoOptions {
    Objects.requireNonNull(now, "now");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
  }

  public static DemoOptions defaults() {
    return new DemoOptions(0, Instant.now());
  }
}
