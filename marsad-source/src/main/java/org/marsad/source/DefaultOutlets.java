package org.marsad.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The outlets Marsad ships with: real Arabic news outlets and pan-Arab channels, kept as data in
 * {@code default-outlets.opml} (see docs/crawling.md for how the list was assembled).
 */
public final class DefaultOutlets {

  static final String RESOURCE = "default-outlets.opml";

  private DefaultOutlets() {}

  public static List<Outlet> load() {
    try (InputStream in = DefaultOutlets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + RESOURCE);
      }
      return OpmlCodec.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
    }
  }
}
