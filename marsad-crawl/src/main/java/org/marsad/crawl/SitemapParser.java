package org.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Sitemaps (sitemaps.org), Google News sitemaps ({@code news:title}, {@code news:publication_date},
 * {@code news:keywords}), image extensions, and sitemap indexes (returned as children to follow).
 */
final class SitemapParser {

  private SitemapParser() {}

  static ParsedFeed urlset(Element root, URI base, Instant now) {
    List<ItemBuilder> items = new ArrayList<>();
    Optional<String> publication = Optional.empty();
    for (Element url : root.children()) {
      if (!XmlFeedParser.local(url).equals("url")) {
        continue;
      }
      ItemBuilder b = new ItemBuilder(base, now);
      for (Element child : url.children()) {
        field(b, child);
        if (child.normalName().endsWith("news")) {
          publication = publication.or(() -> publicationName(child));
        }
      }
      items.add(b);
    }
    return ParsedFeed.ofItems(publication, ItemBuilder.buildAll(items));
  }

  private static void field(ItemBuilder b, Element e) {
    switch (XmlFeedParser.local(e)) {
      case "loc" -> b.link = e.text();
      case "lastmod" -> b.dateIfAbsent(e.text());
      case "news" -> e.children().forEach(c -> newsField(b, c));
      case "image" ->
          XmlFeedParser.firstLocal(e, "loc")
              .ifPresent(loc -> b.image = b.image == null ? loc.text() : b.image);
      default -> {} // changefreq, priority, video: irrelevant to articles
    }
  }

  private static void newsField(ItemBuilder b, Element e) {
    switch (XmlFeedParser.local(e)) {
      case "title" -> b.title = e.text();
      case "publication_date" -> b.date = e.text(); // more precise than lastmod: wins
      case "keywords" -> {
        for (String k : e.text().split("[,،]")) {
          b.category(k);
        }
      }
      default -> {} // publication, genres, stock_tickers
    }
  }

  private static Optional<String> publicationName(Element news) {
    return XmlFeedParser.firstLocal(news, "publication")
        .flatMap(p -> XmlFeedParser.firstLocal(p, "name"))
        .map(n -> FeedText.plain(n.text()))
        .filter(s -> !s.isEmpty());
  }

  static ParsedFeed index(Element root, URI base, Instant now) {
    List<ParsedFeed.ChildSitemap> children = new ArrayList<>();
    for (Element sm : root.children()) {
      if (!XmlFeedParser.local(sm).equals("sitemap")) {
        continue;
      }
      ItemBuilder b = new ItemBuilder(base, now);
      XmlFeedParser.firstLocal(sm, "loc").ifPresent(l -> b.link = l.text());
      Optional<URI> loc = b.resolve(b.link);
      Optional<java.time.OffsetDateTime> lastmod =
          XmlFeedParser.firstLocal(sm, "lastmod")
              .flatMap(l -> FeedDates.parse(l.text(), now))
              .map(FeedDates.Parsed::value);
      loc.ifPresent(u -> children.add(new ParsedFeed.ChildSitemap(u, lastmod)));
    }
    return new ParsedFeed(Optional.empty(), List.of(), children, Optional.empty());
  }
}
