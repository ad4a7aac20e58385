package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.store.ArticleSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static HttpFixture http;

  @BeforeAll
  static void start() {
    http = new HttpFixture();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Document feed(String path) throws Exception {
    HttpFixture.Reply reply = http.get(path);
    assertEquals(200, reply.status(), reply.text());
    assertEquals("application/atom+xml; charset=utf-8", reply.contentType());
    Document doc = parse(reply.bytes());
    Element root = doc.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    for (String required : new String[] {"id", "title", "updated"}) {
      assertEquals(1, children(root, required).size(), required);
    }
    for (Element entry : children(root, "entry")) {
      for (String required : new String[] {"id", "title", "updated", "author"}) {
        assertEquals(1, children(entry, required).size(), required + " in entry");
      }
    }
    return doc;
  }

  private static List<Element> children(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i))
        .filter(e -> e.getParentNode() == parent)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/feed.xml",
        "/tag/thaqafa/feed.xml",
        "/source/sahil/feed.xml",
        "/source/harbour/feed.xml"
      })
  void feedsAreWellFormedAtom(String path) throws Exception {
    Element root = feed(path).getDocumentElement();
    assertFalse(children(root, "entry").isEmpty(), path);
  }

  @Test
  void latestFeedEntriesLinkToOurPagesAndEscapeMarkup() throws Exception {
    Element root = feed("/feed.xml").getDocumentElement();
    List<Element> entries = children(root, "entry");
    assertEquals(30, entries.size(), "feed is capped");
    String base = http.server.baseUri().toString();
    Element market =
        entries.stream()
            .filter(
                e ->
                    children(e, "id")
                        .get(0)
                        .getTextContent()
                        .equals(base + "article/" + SampleData.MARKET))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "أسعار الخضار: الطماطم <b>تتراجع</b> & البطاطس مستقرة",
        children(market, "title").get(0).getTextContent());
    assertEquals(0, children(market, "published").size(), "an undated article has no <published>");
  }

  @Test
  void tagFeedWithArabicSlugAndUnknownFeeds() throws Exception {
    String slug = URLEncoder.encode("الإسكندرية", StandardCharsets.UTF_8);
    Element root = feed("/tag/" + slug + "/feed.xml").getDocumentElement();
    assertTrue(children(root, "title").get(0).getTextContent().contains("الإسكندرية"));
    assertEquals(1, children(root, "entry").size());
    assertEquals(404, http.get("/tag/nope/feed.xml").status());
    assertEquals(404, http.get("/source/nope/feed.xml").status());
  }

  @Test
  void emojiSurvivesByteForByteIntoTheFeed() throws Exception {
    HttpFixture.Reply reply = http.get("/feed.xml");
    assertTrue(reply.containsBytes(SampleData.EMOJI.getBytes(StandardCharsets.UTF_8)));
    Element root = parse(reply.bytes()).getDocumentElement();
    boolean found =
        children(root, "entry").stream()
            .map(e -> children(e, "content"))
            .flatMap(List::stream)
            .anyMatch(c -> c.getTextContent().contains(SampleData.TWEET));
    assertTrue(found, "the embed's text is in the parsed content");
  }

  @Test
  void charactersXmlForbidsAreDroppedAndEmojiKept() throws Exception {
    ArticleSummary odd =
        new ArticleSummary(
            7,
            "عنوان\u0001 فيه\uFFFE رموز 😢 وبقايا \uD800",
            "https://a.example/7",
            "a",
            "مصدر",
            Optional.empty(),
            "",
            Optional.empty(),
            Optional.empty());
    String xml =
        new AtomFeed("https://marsad.example", "مرصد")
            .render(
                "t",
                "/feed.xml",
                "/",
                List.of(new AtomFeed.Entry(odd, Optional.empty())),
                Instant.parse("2026-11-29T10:00:00Z"));
    Document doc = parse(xml.getBytes(StandardCharsets.UTF_8));
    Element entry = children(doc.getDocumentElement(), "entry").get(0);
    assertEquals("عنوان فيه رموز 😢 وبقايا ", children(entry, "title").get(0).getTextContent());
    assertEquals("2026-11-29T10:00:00Z", children(entry, "updated").get(0).getTextContent());
    assertEquals("https://marsad.example/article/7", children(entry, "id").get(0).getTextContent());
  }
}
