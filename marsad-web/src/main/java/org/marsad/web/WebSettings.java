package org.marsad.web;

import java.util.Objects;

/**
 * How the portal listens and names itself.
 *
 * @param host interface to bind, e.g. "127.0.0.1" or "0.0.0.0"
 * @param port TCP port; 0 picks a free port (see {@link WebServer#port()})
 * @param siteName name shown in the header, titles and feeds
 * @param baseUrl public address used for absolute links in Atom feeds; blank means the address the
 *     server actually listens on
 */
public record WebSettings(String host, int port, String siteName, String baseUrl) {

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(siteName, "siteName");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (siteName.isBlank()) {
      throw new IllegalArgumentException("siteName must not be blank");
    }
    baseUrl = baseUrl == null ? "" : baseUrl.strip();
  }
}
