package org.marsad.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marsad.source.FeedRef;

/**
 * The crawl stage's entry point. Thread-safe: one instance is shared by all crawl workers so that
 * per-host politeness and robots.txt caching hold across threads.
 */
public final class Crawler implements AutoCloseable {

  /** A sitemap index is followed to its most recent children only: news lives there. */
  static final int MAX_CHILD_SITEMAPS = 3;

  private final CrawlSettings settings;
  private final HttpFetcher fetcher;
  private final Clock clock;

  public Crawler(CrawlSettings settings) {
    this(settings, new SsrfGuard(settings.allowedAddresses()), Clock.systemUTC());
  }

  Crawler(CrawlSettings settings, SsrfGuard guard, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = clock;
    this.fetcher = new HttpFetcher(settings, guard, clock);
  }

  /** Conditional GET of a feed, then parsing; the format is detected from the content. */
  public FeedPoll pollFeed(FeedRequest request) {
    FetchOutcome outcome =
        fetcher.fetch(request.feed().url(), request.etag(), request.lastModified());
    if (!(outcome instanceof FetchOutcome.Fetched f)) {
      return FeedPoll.withoutItems(outcome);
    }
    ParsedFeed parsed = FeedParser.parse(f.body(), f.contentType(), f.finalUrl(), clock.instant());
    if (!parsed.children().isEmpty()) {
      parsed = followIndex(parsed);
    }
    return new FeedPoll(outcome, dedupe(parsed.items()), parsed.title(), parsed.error());
  }

  /** Fetches an article page (or any URL) with the same politeness, robots and SSRF rules. */
  public FetchOutcome fetchPage(URI url) {
    return fetcher.fetch(url, Optional.empty(), Optional.empty());
  }

  /** Feeds advertised by a homepage, else found at common paths or in robots.txt sitemaps. */
  public List<FeedRef> discoverFeeds(URI homepage) {
    return new FeedDiscovery(this, fetcher).discover(homepage);
  }

  CrawlSettings settings() {
    return settings;
  }

  private ParsedFeed followIndex(ParsedFeed index) {
    List<ParsedFeed.ChildSitemap> children = new ArrayList<>(index.children());
    children.sort(
        Comparator.comparing(
            (ParsedFeed.ChildSitemap c) ->
                c.lastModified().map(OffsetDateTime::toInstant).orElse(null),
            Comparator.nullsLast(Comparator.reverseOrder())));
    List<FeedItem> items = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (ParsedFeed.ChildSitemap child :
        children.subList(0, Math.min(MAX_CHILD_SITEMAPS, children.size()))) {
      FetchOutcome o = fetchPage(child.url());
      if (o instanceof FetchOutcome.Fetched f) {
        ParsedFeed p = FeedParser.parse(f.body(), f.contentType(), f.finalUrl(), clock.instant());
        items.addAll(p.items());
        p.error().ifPresent(e -> errors.add(child.url() + ": " + e));
      } else {
        errors.add(child.url() + ": " + o);
      }
    }
    Optional<String> error =
        items.isEmpty() && !errors.isEmpty()
            ? Optional.of("no child sitemap could be read: " + String.join("; ", errors))
            : Optional.empty();
    return new ParsedFeed(index.title(), items, List.of(), error);
  }

  /** The same article listed twice (or in two child sitemaps) is returned once. */
  private static List<FeedItem> dedupe(List<FeedItem> items) {
    Map<String, FeedItem> byIdentity = new LinkedHashMap<>();
    for (FeedItem item : items) {
      byIdentity.putIfAbsent(item.identity(), item);
    }
    return new ArrayList<>(byIdentity.values());
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
