package org.marsad.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 over jsoup's lenient XML tree, which already
 * survives unescaped '&', unknown entities and unclosed tags. Elements are matched by their
 * conventional prefixed names (dc:, content:, media:); Atom by local name.
 */
final class XmlFeedParser {

  private XmlFeedParser() {}

  static ParsedFeed rss(Element root, URI base, Instant now) {
    Element channel = firstChild(root, "channel").orElse(root);
    Optional<String> title =
        firstChild(channel, "title").map(e -> FeedText.plain(e.text())).filter(t -> !t.isEmpty());
    List<ItemBuilder> items = new ArrayList<>();
    for (Element item : root.getElementsByTag("item")) {
      ItemBuilder b = new ItemBuilder(base, now);
      if (item.hasAttr("rdf:about")) {
        b.guid = item.attr("rdf:about"); // RSS 1.0 identifies items by their URI
      }
      for (Element child : item.children()) {
        rssField(b, child);
      }
      items.add(b);
    }
    return ParsedFeed.ofItems(title, ItemBuilder.buildAll(items));
  }

  private static void rssField(ItemBuilder b, Element e) {
    switch (e.normalName()) {
      case "title" -> b.title = e.text();
      case "link" -> b.link = e.text().isBlank() ? e.attr("href") : e.text();
      case "guid" -> b.guid = e.text();
      case "description" -> b.summary = b.summary == null ? e.text() : b.summary;
      case "content:encoded" -> b.summary = b.summary == null ? e.text() : b.summary;
      case "pubdate", "dc:date", "a10:updated", "atom:updated" -> b.dateIfAbsent(e.text());
      case "author", "dc:creator" -> b.author(authorName(e.text()));
      case "category", "dc:subject" -> b.category(e.text());
      case "enclosure" -> imageFromMedia(b, e);
      case "media:content", "media:thumbnail" -> imageFromMedia(b, e);
      case "media:group" -> e.children().forEach(c -> rssField(b, c));
      default -> {} // other extensions carry nothing Marsad stores
    }
  }

  /** RSS authors are often "mail@example.com (Name)": keep the name. */
  private static String authorName(String raw) {
    String s = raw.trim();
    int open = s.indexOf('(');
    if (s.contains("@") && open >= 0 && s.endsWith(")")) {
      return s.substring(open + 1, s.length() - 1);
    }
    return s;
  }

  private static void imageFromMedia(ItemBuilder b, Element e) {
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    String medium = e.attr("medium").toLowerCase(Locale.ROOT);
    String url = e.attr("url");
    boolean image =
        type.startsWith("image/")
            || medium.equals("image")
            || e.normalName().equals("media:thumbnail")
            || (type.isEmpty() && url.matches("(?i).+\\.(jpe?g|png|gif|webp)(\\?.*)?"));
    if (image && b.image == null && !url.isBlank()) {
      b.image = url;
    }
  }

  static ParsedFeed atom(Element root, URI feedBase, Instant now) {
    URI base = withXmlBase(feedBase, root);
    Optional<String> title =
        firstLocal(root, "title").map(e -> FeedText.plain(e.text())).filter(t -> !t.isEmpty());
    List<ItemBuilder> items = new ArrayList<>();
    for (Element entry : root.children()) {
      if (local(entry).equals("entry")) {
        ItemBuilder b = new ItemBuilder(withXmlBase(base, entry), now);
        entry.children().forEach(c -> atomField(b, c));
        items.add(b);
      }
    }
    return ParsedFeed.ofItems(title, ItemBuilder.buildAll(items));
  }

  private static void atomField(ItemBuilder b, Element e) {
    String name = e.normalName();
    if (name.startsWith("media:")) {
      rssField(b, e);
      return;
    }
    switch (local(e)) {
      case "id" -> b.guid = e.text();
      case "title" -> b.title = e.text();
      case "link" -> atomLink(b, e);
      case "published", "issued", "created" -> b.date = e.text();
      case "updated", "modified" -> b.dateIfAbsent(e.text());
      case "summary" -> b.summary = e.text();
      case "content" -> b.summary = b.summary == null ? e.text() : b.summary;
      case "author" -> firstLocal(e, "name").ifPresent(n -> b.author(n.text()));
      case "category" -> b.category(e.hasAttr("label") ? e.attr("label") : e.attr("term"));
      default -> {} // contributor, rights, source: not stored
    }
  }

  private static void atomLink(ItemBuilder b, Element e) {
    String rel = e.attr("rel").toLowerCase(Locale.ROOT);
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    if ((rel.isEmpty() || rel.equals("alternate")) && (b.link == null || type.contains("html"))) {
      b.link = e.attr("href");
    } else if (rel.equals("enclosure") && type.startsWith("image/") && b.image == null) {
      b.image = e.attr("href");
    }
  }

  private static URI withXmlBase(URI base, Element e) {
    String xmlBase = e.attr("xml:base");
    if (xmlBase.isBlank()) {
      return base;
    }
    return UrlCanonicalizer.parse(xmlBase).map(base::resolve).orElse(base);
  }

  static String local(Element e) {
    String n = e.normalName();
    int colon = n.lastIndexOf(':');
    return colon < 0 ? n : n.substring(colon + 1);
  }

  static Optional<Element> firstChild(Element parent, String normalName) {
    return parent.children().stream().filter(c -> c.normalName().equals(normalName)).findFirst();
  }

  static Optional<Element> firstLocal(Element parent, String localName) {
    return parent.children().stream().filter(c -> local(c).equals(localName)).findFirst();
  }
}
