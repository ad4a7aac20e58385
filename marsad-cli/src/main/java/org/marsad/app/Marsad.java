package org.marsad.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.marsad.crawl.Crawler;
import org.marsad.crawl.UrlCanonicalizer;
import org.marsad.enrich.Enricher;
import org.marsad.extract.ArticleExtractor;
import org.marsad.source.Outlet;
import org.marsad.store.Store;
import org.marsad.web.WebServer;
import org.marsad.web.WebSettings;

/**
 * The one place the object graph is wired, by hand: store, crawler, extractor, enricher and the
 * crawl cycle over them, and the web server on top of the store. Commands open one, use it, close
 * it.
 */
public final class Marsad implements AutoCloseable {

  private final MarsadConfig config;
  private final Clock clock;
  private final Store store;
  private final Crawler crawler;
  private final CrawlCycle cycle;

  private Marsad(MarsadConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.store = Store.open(config.dataDir());
    this.crawler = new Crawler(config.crawl());
    Enricher enricher =
        new Enricher(
            config.stories(), u -> UrlCanonicalizer.canonicalize(URI.create(u)).toString());
    enricher.seed(store.recentForEnrichment(config.stories().window(), clock.instant()));
    ArticleIngest ingest =
        new ArticleIngest(
            store, crawler, new ArticleExtractor(), enricher, config.maxAttempts(), clock);
    FeedPolling polling = new FeedPolling(store, crawler, config.crawl(), clock);
    OutletDiscovery discovery =
        new OutletDiscovery(store, crawler, config.crawl().minPollInterval(), clock);
    this.cycle = new CrawlCycle(store, discovery, polling, ingest, config.crawlThreads(), clock);
  }

  public static Marsad open(MarsadConfig config) {
    return new Marsad(config, Clock.systemUTC());
  }

  public Store store() {
    return store;
  }

  public CrawlCycle crawlCycle() {
    return cycle;
  }

  /** Adds or updates outlets; new feeds are due at once. */
  public void importOutlets(List<Outlet> outlets) {
    Duration first = config.crawl().minPollInterval();
    outlets.forEach(o -> store.upsertOutlet(o, first, clock.instant()));
  }

  public WebServer startWeb() {
    return WebServer.start(
        store,
        new WebSettings(
            config.serverHost(),
            config.serverPort(),
            config.siteName(),
            config.baseUrl().toString()));
  }

  public MarsadConfig config() {
    return config;
  }

  @Override
  public void close() {
    crawler.close();
    store.close();
  }
}
