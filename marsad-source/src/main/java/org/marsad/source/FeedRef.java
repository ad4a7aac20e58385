package org.marsad.source;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** One feed or sitemap of an outlet, with the format it is expected to have. */
public record FeedRef(URI url, Kind kind) {

  public FeedRef {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
  }

  /** Format of a feed; {@link #AUTO} means "detect from the content". */
  public enum Kind {
    AUTO,
    RSS,
    ATOM,
    JSON_FEED,
    SITEMAP,
    NEWS_SITEMAP;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind fromId(String id) {
      return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
