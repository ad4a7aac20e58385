package org.marsad.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.source.FeedRef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks one feed document is valid enough for its format and returns its item links. */
final class FeedChecks {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private FeedChecks() {}

  static List<String> links(FeedRef.Kind kind, HttpResponse<byte[]> r) {
    return switch (kind) {
      case RSS -> rss(DemoHttp.xml(r.body()));
      case ATOM -> atom(DemoHttp.xml(r.body()));
      case NEWS_SITEMAP -> newsSitemap(DemoHttp.xml(r.body()));
      case JSON_FEED -> jsonFeed(new String(r.body(), StandardCharsets.UTF_8));
      default -> throw new AssertionError("unexpected kind " + kind);
    };
  }

  private static List<String> rss(Document d) {
    Element root = d.getDocumentElement();
    assertEquals("rss", root.getTagName());
    assertEquals("2.0", root.getAttribute("version"));
    List<String> links = new ArrayList<>();
    NodeList items = d.getElementsByTagName("item");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      assertFalse(child(item, null, "title").isBlank());
      ZonedDateTime.parse(child(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
      links.add(child(item, null, "link"));
    }
    return links;
  }

  private static List<String> atom(Document d) {
    Element root = d.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    OffsetDateTime.parse(child(root, ATOM, "updated"));
    List<String> links = new ArrayList<>();
    NodeList entries = d.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      assertFalse(child(entry, ATOM, "id").isBlank());
      OffsetDateTime.parse(child(entry, ATOM, "published"));
      Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
      assertEquals("alternate", link.getAttribute("rel"));
      links.add(link.getAttribute("href"));
    }
    return links;
  }

  private static List<String> newsSitemap(Document d) {
    assertEquals(SITEMAP, d.getDocumentElement().getNamespaceURI());
    List<String> links = new ArrayList<>();
    NodeList urls = d.getElementsByTagNameNS(SITEMAP, "url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      OffsetDateTime.parse(child(url, NEWS, "publication_date"));
      assertFalse(child(url, NEWS, "title").isBlank());
      links.add(child(url, SITEMAP, "loc"));
    }
    return links;
  }

  @SuppressWarnings("unchecked")
  private static List<String> jsonFeed(String body) {
    Map<String, Object> feed = (Map<String, Object>) MiniJson.parse(body);
    assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
    assertTrue(feed.get("title") instanceof String);
    List<String> links = new ArrayList<>();
    for (Object o : (List<Object>) feed.get("items")) {
      Map<String, Object> item = (Map<String, Object>) o;
      assertTrue(item.get("id") instanceof String, "item id");
      OffsetDateTime.parse((String) item.get("date_published"));
      assertTrue(item.containsKey("content_html") || item.containsKey("summary"));
      links.add((String) item.get("url"));
    }
    return links;
  }

  private static String child(Element parent, String ns, String name) {
    NodeList l =
        ns == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(ns, name);
    assertTrue(l.getLength() > 0, "missing <" + name + "> in <" + parent.getTagName() + ">");
    return l.item(0).getTextContent().strip();
  }
}
