package org.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON Feed 1.0 and 1.1 (author vs authors, summary, image, tags). */
final class JsonFeedParser {

  private JsonFeedParser() {}

  static ParsedFeed parse(String text, URI base, Instant now) {
    Object root;
    try {
      root = MiniJson.parse(text);
    } catch (MiniJson.JsonException e) {
      return ParsedFeed.error(e.getMessage());
    }
    if (!(root instanceof Map<?, ?> feed) || !(feed.get("items") instanceof List<?> items)) {
      return ParsedFeed.error("JSON document is not a JSON Feed (no items array)");
    }
    Optional<String> title = str(feed, "title").map(FeedText::plain).filter(t -> !t.isEmpty());
    URI itemBase =
        str(feed, "home_page_url")
            .flatMap(UrlCanonicalizer::parse)
            .filter(URI::isAbsolute)
            .orElse(base);
    List<ItemBuilder> builders = new ArrayList<>();
    for (Object o : items) {
      if (o instanceof Map<?, ?> item) {
        builders.add(item(item, itemBase, now));
      }
    }
    return ParsedFeed.ofItems(title, ItemBuilder.buildAll(builders));
  }

  private static ItemBuilder item(Map<?, ?> item, URI base, Instant now) {
    ItemBuilder b = new ItemBuilder(base, now);
    b.guid = str(item, "id").orElse(null);
    b.link = str(item, "url").or(() -> str(item, "external_url")).orElse(null);
    b.title = str(item, "title").orElse("");
    b.summary =
        str(item, "summary")
            .or(() -> str(item, "content_text"))
            .or(() -> str(item, "content_html"))
            .orElse(null);
    b.date = str(item, "date_published").or(() -> str(item, "date_modified")).orElse(null);
    b.image = str(item, "image").or(() -> str(item, "banner_image")).orElse(null);
    if (item.get("authors") instanceof List<?> authors) {
      authors.forEach(a -> authorName(a).ifPresent(b::author));
    } else {
      authorName(item.get("author")).ifPresent(b::author);
    }
    if (item.get("tags") instanceof List<?> tags) {
      tags.stream().filter(String.class::isInstance).map(String.class::cast).forEach(b::category);
    }
    return b;
  }

  private static Optional<String> authorName(Object author) {
    return author instanceof Map<?, ?> m ? str(m, "name") : Optional.empty();
  }

  /** A string member; JSON Feed ids may be numbers in the wild, so those are accepted too. */
  private static Optional<String> str(Map<?, ?> map, String key) {
    Object v = map.get(key);
    if (v instanceof String s) {
      return Optional.of(s);
    }
    if (v instanceof Double d) {
      return Optional.of(d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
    }
    return Optional.empty();
  }
}
