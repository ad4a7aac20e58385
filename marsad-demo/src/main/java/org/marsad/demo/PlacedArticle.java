package org.marsad.demo;

import java.time.ZonedDateTime;

/**
 * A page placed on the running web: its outlet, URL path and publish time.
 *
 * @param base "http://127.0.0.x:port", no trailing slash
 */
record PlacedArticle(
    OutletProfile outlet, StoryPiece piece, String base, String path, ZonedDateTime published) {

  private static final String UTM = "utm_source=rss&utm_medium=feed&utm_campaign=marsad-demo";

  String url() {
    return base + path;
  }

  /** The link feeds give: some CMS plugins append tracking parameters. */
  String feedLink() {
    return piece.utm() ? url() + "?" + UTM : url();
  }

  String title() {
    return piece.title();
  }
}
