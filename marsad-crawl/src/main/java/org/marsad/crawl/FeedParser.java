package org.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.source.FeedRef;
import org.marsad.text.CharsetDetector;

/**
 * Detects the format from the content (the declared kind is only a hint: outlets change formats
 * without notice) and dispatches to the format parser. Never throws on bad input.
 */
final class FeedParser {

  private static final int MAX_ITEMS = 5000;

  private FeedParser() {}

  static ParsedFeed parse(byte[] body, Optional<String> contentType, URI base, Instant now) {
    try {
      String text = CharsetDetector.decode(body, contentType);
      return limit(parseText(text, base, now));
    } catch (RuntimeException e) {
      // jsoup and the JDK are robust, but a parser bug must cost one feed, never the crawl.
      return ParsedFeed.error("unreadable feed: " + e);
    }
  }

  /** The format of a body that {@link #parse} accepted, for autodiscovery. */
  static FeedRef.Kind kindOf(byte[] body, Optional<String> contentType) {
    return kindOf(CharsetDetector.decode(body, contentType));
  }

  private static ParsedFeed parseText(String raw, URI base, Instant now) {
    String text = skipJunk(raw);
    if (text.startsWith("{")) {
      return JsonFeedParser.parse(text, base, now);
    }
    if (!text.startsWith("<")) {
      return plainTextSitemap(raw, base, now);
    }
    Document doc = Jsoup.parse(text, base.toString(), Parser.xmlParser());
    Optional<Element> root = doc.children().stream().findFirst();
    if (root.isEmpty()) {
      return ParsedFeed.error("empty document");
    }
    return switch (XmlFeedParser.local(root.get())) {
      case "rss", "rdf" -> XmlFeedParser.rss(root.get(), base, now);
      case "feed" -> XmlFeedParser.atom(root.get(), base, now);
      case "urlset" -> SitemapParser.urlset(root.get(), base, now);
      case "sitemapindex" -> SitemapParser.index(root.get(), base, now);
      case "html" -> ParsedFeed.error("an HTML page, not a feed");
      default -> ParsedFeed.error("unknown feed format: <" + root.get().tagName() + ">");
    };
  }

  private static FeedRef.Kind kindOf(String raw) {
    String text = skipJunk(raw);
    if (text.startsWith("{")) {
      return FeedRef.Kind.JSON_FEED;
    }
    String head = text.substring(0, Math.min(text.length(), 4096));
    if (head.contains("<feed")) {
      return FeedRef.Kind.ATOM;
    }
    if (head.contains("<urlset") || head.contains("<sitemapindex") || !text.startsWith("<")) {
      return head.contains("sitemap-news") ? FeedRef.Kind.NEWS_SITEMAP : FeedRef.Kind.SITEMAP;
    }
    return FeedRef.Kind.RSS;
  }

  /** Skips a BOM, NULs or whitespace before the XML declaration or the JSON object. */
  private static String skipJunk(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i))
            || text.charAt(i) == '\uFEFF'
            || text.charAt(i) == '\u0000')) {
      i++;
    }
    return text.substring(i);
  }

  /** sitemaps.org also allows a text file with one URL per line. */
  private static ParsedFeed plainTextSitemap(String text, URI base, Instant now) {
    List<ItemBuilder> items = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = line.trim();
      if (l.matches("(?i)https?://\\S+")) {
        ItemBuilder b = new ItemBuilder(base, now);
        b.link = l;
        items.add(b);
      } else if (!l.isEmpty()) {
        return ParsedFeed.error("not a feed: content is neither XML nor JSON");
      }
    }
    if (items.isEmpty()) {
      return ParsedFeed.error("empty document");
    }
    return ParsedFeed.ofItems(Optional.empty(), ItemBuilder.buildAll(items));
  }

  private static ParsedFeed limit(ParsedFeed p) {
    if (p.items().size() <= MAX_ITEMS) {
      return p;
    }
    return new ParsedFeed(p.title(), p.items().subList(0, MAX_ITEMS), p.children(), p.error());
  }
}
