package org.marsad.app;

import java.util.List;
import java.util.Locale;

/**
 * Every configuration key, its default and its meaning: the single table that the loader, the
 * validation messages and {@code docs/configuration.md} (checked by a test) all follow. A table,
 * hence longer than a class usually is here.
 *
 * @param name the key in the configuration file
 * @param type a short type name shown in messages and docs
 * @param defaultValue the value when neither file nor environment sets it
 * @param description one line for the docs
 */
public record ConfigKey(String name, String type, String defaultValue, String description) {

  public static final ConfigKey DATA_DIR =
      new ConfigKey(
          "data.dir",
          "path",
          "marsad-data",
          "Directory of the SQLite database and the search index.");
  public static final ConfigKey SERVER_HOST =
      new ConfigKey(
          "server.host",
          "host",
          "127.0.0.1",
          "Address the portal listens on (0.0.0.0 for all interfaces).");
  public static final ConfigKey SERVER_PORT =
      new ConfigKey(
          "server.port",
          "port",
          "8080",
          "Port of the portal, API and feeds (0 picks a free port).");
  public static final ConfigKey SERVER_BASE_URL =
      new ConfigKey(
          "server.base-url",
          "url",
          "",
          "Public URL of the portal, used in feeds; empty means http://host:port.");
  public static final ConfigKey SITE_NAME =
      new ConfigKey("site.name", "text", "مرصد", "Portal name shown in pages and feeds.");
  public static final ConfigKey CRAWL_USER_AGENT =
      new ConfigKey(
          "crawl.user-agent",
          "text",
          "Marsad/0.1 (+https://github.com/marsad/marsad)",
          "User-Agent sent to outlets; keep a contact URL in it.");
  public static final ConfigKey CRAWL_CONNECT_TIMEOUT =
      new ConfigKey("crawl.connect-timeout", "duration", "10s", "TCP/TLS connect timeout.");
  public static final ConfigKey CRAWL_READ_TIMEOUT =
      new ConfigKey(
          "crawl.read-timeout", "duration", "20s", "Time allowed until response headers arrive.");
  public static final ConfigKey CRAWL_TOTAL_TIMEOUT =
      new ConfigKey(
          "crawl.total-timeout",
          "duration",
          "60s",
          "Budget of one fetch, redirects and body included.");
  public static final ConfigKey CRAWL_MAX_BODY =
      new ConfigKey(
          "crawl.max-body",
          "size",
          "10MiB",
          "Largest response body accepted (after decompression).");
  public static final ConfigKey CRAWL_MAX_REDIRECTS =
      new ConfigKey(
          "crawl.max-redirects", "integer", "5", "Redirect hops followed before giving up (0-20).");
  public static final ConfigKey CRAWL_PER_HOST_DELAY =
      new ConfigKey(
          "crawl.per-host-delay",
          "duration",
          "1s",
          "Minimum gap between two requests to one host; robots.txt crawl-delay may raise it.");
  public static final ConfigKey CRAWL_OBEY_ROBOTS =
      new ConfigKey("crawl.obey-robots", "boolean", "true", "Fetch and honour robots.txt.");
  public static final ConfigKey CRAWL_ALLOWED_ADDRESSES =
      new ConfigKey(
          "crawl.allowed-addresses",
          "list",
          "",
          "Comma-separated CIDRs or host names exempt from the private-address guard (the demo adds 127.0.0.0/8).");
  public static final ConfigKey CRAWL_MIN_POLL =
      new ConfigKey(
          "crawl.min-poll-interval",
          "duration",
          "5m",
          "Shortest adaptive interval between polls of a feed.");
  public static final ConfigKey CRAWL_MAX_POLL =
      new ConfigKey(
          "crawl.max-poll-interval",
          "duration",
          "1d",
          "Longest adaptive interval between polls of a feed.");
  public static final ConfigKey CRAWL_THREADS =
      new ConfigKey(
          "crawl.threads",
          "integer",
          "8",
          "Hosts crawled at the same time (1-256); one connection per host.");
  public static final ConfigKey CRAWL_MAX_ATTEMPTS =
      new ConfigKey(
          "crawl.max-attempts",
          "integer",
          "5",
          "Tries of an article page before it is given up (1-50).");
  public static final ConfigKey CRAWL_CYCLE =
      new ConfigKey(
          "crawl.cycle", "duration", "60s", "How often `serve` looks for feeds that are due.");
  public static final ConfigKey STORY_WINDOW =
      new ConfigKey(
          "enrich.story-window",
          "duration",
          "72h",
          "How far apart two articles of one story may be.");
  public static final ConfigKey DEMO_NEWS_PORT =
      new ConfigKey(
          "demo.news-port",
          "port",
          "0",
          "Port of the demo's fictional news web on 127.0.0.21-29 (0 picks a free one).");

  public static final List<ConfigKey> ALL =
      List.of(
          DATA_DIR,
          SERVER_HOST,
          SERVER_PORT,
          SERVER_BASE_URL,
          SITE_NAME,
          CRAWL_USER_AGENT,
          CRAWL_CONNECT_TIMEOUT,
          CRAWL_READ_TIMEOUT,
          CRAWL_TOTAL_TIMEOUT,
          CRAWL_MAX_BODY,
          CRAWL_MAX_REDIRECTS,
          CRAWL_PER_HOST_DELAY,
          CRAWL_OBEY_ROBOTS,
          CRAWL_ALLOWED_ADDRESSES,
          CRAWL_MIN_POLL,
          CRAWL_MAX_POLL,
          CRAWL_THREADS,
          CRAWL_MAX_ATTEMPTS,
          CRAWL_CYCLE,
          STORY_WINDOW,
          DEMO_NEWS_PORT);

  /**
   * The environment variable overriding this key: {@code crawl.per-host-delay} → {@code
   * MARSAD_CRAWL_PER_HOST_DELAY}.
   */
  public String envName() {
    return "MARSAD_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
