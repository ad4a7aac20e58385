package org.marsad.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.marsad.crawl.CrawlSettings;
import org.marsad.enrich.StorySettings;

/**
 * The validated configuration; see {@link ConfigKey} for each value's meaning and default, and
 * {@link ConfigLoader} for where values come from.
 */
public record MarsadConfig(
    Path dataDir,
    String serverHost,
    int serverPort,
    URI baseUrl,
    String siteName,
    CrawlSettings crawl,
    int crawlThreads,
    int maxAttempts,
    Duration crawlCycle,
    StorySettings stories,
    int demoNewsPort) {

  /** A copy for the demo: its own data directory, and its loopback news web allowed. */
  public MarsadConfig forDemo(Path demoDataDir) {
    List<String> allowed = new java.util.ArrayList<>(crawl.allowedAddresses());
    if (!allowed.contains("127.0.0.0/8")) {
      allowed.add("127.0.0.0/8");
    }
    return new MarsadConfig(
        demoDataDir,
        serverHost,
        serverPort,
        baseUrl,
        siteName,
        crawl.withAllowedAddresses(allowed),
        crawlThreads,
        maxAttempts,
        crawlCycle,
        stories,
        demoNewsPort);
  }

  public MarsadConfig withServerPort(int port) {
    return new MarsadConfig(
        dataDir,
        serverHost,
        port,
        ConfigLoader.defaultBaseUrl(serverHost, port),
        siteName,
        crawl,
        crawlThreads,
        maxAttempts,
        crawlCycle,
        stories,
        demoNewsPort);
  }
}
