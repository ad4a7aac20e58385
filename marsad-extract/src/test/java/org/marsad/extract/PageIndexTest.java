package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The index must answer every query as a walk of the untouched page would, on every fixture. */
class PageIndexTest {

  private static final List<String> QUERIES =
      List.of(
          "meta[content]",
          "script[type~=(?i)application/ld\\+json]",
          "link[rel~=(?i)^canonical$][href]",
          "[class*=title], [class*=headline], h2",
          "a[href]",
          "[itemprop=author]");

  private static final List<String[]> UNDER =
      List.of(
          new String[] {"h2, h3", "a[href]"},
          new String[] {"[itemprop=author]", "[itemprop=name]"},
          new String[] {".author", "a"},
          new String[] {"div", "div"});

  @Test
  void answersAsWalksDoOnEveryFixture() throws Exception {
    for (Map.Entry<String, Document> fixture : Fixtures.parsedPages().entrySet()) {
      Document doc = fixture.getValue();
      PageIndex page = PageIndex.of(doc);
      String name = fixture.getKey();
      List<Element> walked = new ArrayList<>();
      Tree.forEachElement(doc, walked::add);
      assertSameElements(walked, page.all(), name);
      List<Element> body = new ArrayList<>();
      Tree.forEachElement(doc.body(), body::add);
      assertSameElements(body, page.body(), name + " body");
      for (String tag : List.of("h1", "meta", "html", "article", "script", "link", "time", "p")) {
        assertSameElements(Tree.byTag(doc, tag), page.byTag(tag), name + " " + tag);
      }
      for (String q : QUERIES) {
        assertSameElements(Tree.select(doc, e -> true, q), page.select(e -> true, q), name + q);
        Predicate<Element> accept = e -> e.childNodeSize() % 2 == 1;
        assertSame(
            Tree.select(doc, e -> true, q).stream().filter(accept).findFirst().orElse(null),
            page.first(e -> true, q, accept).orElse(null),
            name + " first " + q);
      }
      assertSameElements(
          Tree.select(doc, e -> e.nameIs("meta"), "meta[content]"),
          page.select("meta", "meta[content]"),
          name);
      List<List<Element>> each = page.selectEach(Tree::hasAttributes, QUERIES);
      List<List<Element>> walkedEach = Tree.selectEach(doc, Tree::hasAttributes, QUERIES);
      for (int i = 0; i < QUERIES.size(); i++) {
        assertSameElements(walkedEach.get(i), each.get(i), name + " each " + QUERIES.get(i));
      }
      for (String[] q : UNDER) {
        assertSameElements(
            Tree.selectUnder(doc, q[0], q[1]), page.selectUnder(q[0], q[1]), name + q[0] + q[1]);
      }
    }
  }

  @Test
  void removedElementsAreDroppedByAttached() {
    Document doc =
        Jsoup.parse(
            "<div id=a><p>واحد</p><div id=b><p>اثنان</p></div></div><p>ثلاثة</p>",
            "https://x.example/");
    PageIndex page = PageIndex.of(doc);
    doc.getElementById("b").remove();
    assertSameElements(doc.select("p"), PageIndex.attached(page.byTag("p")), "p");
  }

  private static void assertSameElements(List<Element> expected, List<Element> actual, String q) {
    assertEquals(expected.size(), actual.size(), q);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), q);
    }
  }
}
