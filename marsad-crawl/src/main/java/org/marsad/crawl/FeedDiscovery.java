package org.marsad.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.source.FeedRef;
import org.marsad.text.CharsetDetector;

/**
 * Finds an outlet's feeds: first what the homepage advertises ({@code <link rel="alternate">}),
 * then the Sitemap lines of robots.txt, and only when both give nothing a few common paths, each
 * probed politely and kept only when it parses as a feed.
 */
final class FeedDiscovery {

  static final List<String> COMMON_PATHS =
      List.of(
          "/feed",
          "/rss",
          "/rss.xml",
          "/feed.xml",
          "/atom.xml",
          "/index.xml",
          "/feed.json",
          "/news-sitemap.xml",
          "/sitemap-news.xml",
          "/sitemap_news.xml");

  private static final Map<String, FeedRef.Kind> LINK_TYPES =
      Map.of(
          "application/rss+xml", FeedRef.Kind.RSS,
          "application/atom+xml", FeedRef.Kind.ATOM,
          "application/feed+json", FeedRef.Kind.JSON_FEED,
          "application/json", FeedRef.Kind.JSON_FEED,
          "application/rdf+xml", FeedRef.Kind.RSS);

  private final Crawler crawler;
  private final HttpFetcher fetcher;

  FeedDiscovery(Crawler crawler, HttpFetcher fetcher) {
    this.crawler = crawler;
    this.fetcher = fetcher;
  }

  List<FeedRef> discover(URI homepage) {
    if (!homepage.isAbsolute()
        || homepage.getHost() == null
        || !homepage.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
      return List.of(); // nothing to discover; the same URL given to fetchPage is Refused
    }
    Map<URI, FeedRef> found = new LinkedHashMap<>();
    FetchOutcome page = crawler.fetchPage(homepage);
    if (page instanceof FetchOutcome.Fetched f) {
      advertised(f).forEach(r -> found.putIfAbsent(r.url(), r));
    }
    if (found.isEmpty()) {
      robotsSitemaps(homepage).forEach(r -> found.putIfAbsent(r.url(), r));
    }
    if (found.isEmpty()) {
      probeCommonPaths(homepage).forEach(r -> found.putIfAbsent(r.url(), r));
    }
    return new ArrayList<>(found.values());
  }

  static List<FeedRef> advertised(FetchOutcome.Fetched page) {
    String html = CharsetDetector.decode(page.body(), page.contentType());
    Document doc = Jsoup.parse(html, page.finalUrl().toString());
    List<FeedRef> refs = new ArrayList<>();
    for (Element link : doc.select("link[rel~=(?i)^alternate$][href]")) {
      // A limit keeps the empty first part of a type that is only ";" (without one, no part).
      String type = link.attr("type").toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
      FeedRef.Kind kind = LINK_TYPES.get(type);
      String href = link.absUrl("href");
      if (kind != null && !href.isEmpty()) {
        UrlCanonicalizer.parse(href)
            .filter(URI::isAbsolute)
            .ifPresent(u -> refs.add(new FeedRef(u, kind)));
      }
    }
    return refs;
  }

  private List<FeedRef> robotsSitemaps(URI homepage) {
    if (!crawler.settings().obeyRobots()) {
      return List.of();
    }
    List<FeedRef> refs = new ArrayList<>();
    for (String sitemap : fetcher.robotsFor(homepage).sitemaps()) {
      UrlCanonicalizer.parse(sitemap)
          .filter(URI::isAbsolute)
          .filter(u -> u.getPath() != null && u.getPath().toLowerCase(Locale.ROOT).contains("news"))
          .ifPresent(u -> refs.add(new FeedRef(u, FeedRef.Kind.NEWS_SITEMAP)));
    }
    return refs;
  }

  private List<FeedRef> probeCommonPaths(URI homepage) {
    List<FeedRef> refs = new ArrayList<>();
    for (String path : COMMON_PATHS) {
      URI candidate = homepage.resolve(path);
      FeedPoll poll = crawler.pollFeed(FeedRequest.of(new FeedRef(candidate, FeedRef.Kind.AUTO)));
      if (poll.outcome() instanceof FetchOutcome.Fetched f
          && poll.parseError().isEmpty()
          && !poll.items().isEmpty()) {
        refs.add(new FeedRef(candidate, FeedParser.kindOf(f.body(), f.contentType())));
        return refs; // one working feed is enough; further probes would only cost the publisher
      }
    }
    return refs;
  }
}
