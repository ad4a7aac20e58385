package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The cheaper walks must find exactly what jsoup's select finds, and measure what a walk would. */
class TreeTest {

  private static final String PAGE =
      "<html><head><meta name=author content=\"سلمى\"><script type=application/ld+json>{}</script>"
          + "</head><body class=\"page\"><div id=top class=\"entry-content wide\">"
          + "<p>افتتحت المكتبة <a href=/x>قاعتها الجديدة</a> صباح اليوم.</p>"
          + "<amp-img src=/a.jpg><noscript><img src=/b.jpg></noscript></amp-img>"
          + "<img class=emoji alt=\"🌿\" src=/emoji/1.png><img data-src=/lazy.jpg>"
          + "<blockquote class=twitter-tweet><p>تغريدة قصيرة</p>"
          + "<a href=\"https://twitter.com/user/status/123\">رابط</a></blockquote>"
          + "<div class=fb-post data-href=\"https://facebook.com/p/1\"></div>"
          + "<iframe src=\"https://www.YouTube.com/embed/abcdef1\"></iframe></div>"
          + "<ul><li><a href=/1>خبر أول</a></li><li><a href=/2>خبر ثان</a></li></ul>"
          + "<section><div><div><p>  فقرة   عميقة  </p></div></div></section></body></html>";

  private static final List<String> QUERIES =
      List.of(
          "a[href]",
          "img[src]",
          "img.emoji, img[src*=/emoji/]",
          "[class*=entry]",
          "#top",
          "div[data-href]",
          "iframe[src*=youtube.com/embed/]",
          "body",
          "p");

  @Test
  void selectFindsWhatJsoupFinds() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    for (String q : QUERIES) {
      assertSameElements(doc.select(q), Tree.select(doc, e -> true, q), q);
      assertSameElements(doc.body().select(q), Tree.select(doc.body(), e -> true, q), q);
    }
    assertSameElements(doc.select("a[href]"), Tree.select(doc, e -> e.nameIs("a"), "a[href]"), "a");
  }

  @Test
  void selectEachAnswersEveryQueryInOneWalk() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    List<List<Element>> each = Tree.selectEach(doc, Tree::hasAttributes, QUERIES);
    for (int i = 0; i < QUERIES.size(); i++) {
      String q = QUERIES.get(i);
      List<Element> expected = doc.select(q).stream().filter(Tree::hasAttributes).toList();
      assertSameElements(expected, each.get(i), q);
    }
  }

  /** Class names in odd case, spacing and scripts: the sorter's class test is jsoup's. */
  @Test
  void selectEachMatchesClassesAsJsoupDoes() {
    String[] names = {
      "entry-content",
      "ENTRY-Content wide",
      "x\tentry-content\u2003y",
      "entry-contentx post",
      "entry\u00A0content",
      "art\u0131cle-text",
      "Article-Text article-text",
      "post  body post-body\n",
      " ",
      "\u212Aey-body",
      "key-body"
    };
    StringBuilder page = new StringBuilder("<body class=post-body>");
    for (String n : names) {
      page.append("<div class=\"").append(n).append("\" id=").append(n.length()).append(">x</div>");
    }
    Document doc = Jsoup.parse(page.toString(), "https://example.org/");
    List<String> queries =
        List.of(
            ".entry-content",
            ".article-text",
            ".post-body",
            ".post",
            "#13",
            ".key-body",
            "[class*=content]",
            ".wide",
            ".y");
    List<List<Element>> each = Tree.selectEach(doc, Tree::hasAttributes, queries);
    for (int i = 0; i < queries.size(); i++) {
      String q = queries.get(i);
      List<Element> expected = doc.select(q).stream().filter(Tree::hasAttributes).toList();
      assertSameElements(expected, each.get(i), q);
    }
  }

  @Test
  void selectUnderFindsWhatADescendantQueryFinds() {
    Document doc =
        Jsoup.parse(
            PAGE.replace("<ul>", "<ul class=author><li class=author><a href=/0>سلمى</a></li>"),
            "https://example.org/");
    List<String[]> pairs =
        List.of(
            new String[] {".author", "a"},
            new String[] {"[class*=entry]", "p"},
            new String[] {"div", "div"},
            new String[] {"body", "[href]"},
            new String[] {"#missing", "a"});
    for (String[] pair : pairs) {
      String q = pair[0] + " " + pair[1];
      assertSameElements(doc.select(q), Tree.selectUnder(doc, pair[0], pair[1]), q);
      assertSameElements(
          doc.body().select(q), Tree.selectUnder(doc.body(), pair[0], pair[1]), "body " + q);
    }
  }

  @Test
  void structuralQueriesAreRefused() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    for (String q : List.of("div p", "div > p", "h2 + p", "h2 ~ p", "p:has(a)", "a, div p")) {
      assertThrows(IllegalArgumentException.class, () -> Tree.select(doc, e -> true, q), q);
    }
    assertEquals(
        doc.select("[style~=(?i)display\\s*:\\s*none], a").size(),
        Tree.select(doc, e -> true, "[style~=(?i)display\\s*:\\s*none], a").size());
  }

  @Test
  void byTagAndWalkVisitEveryElementInDocumentOrder() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    assertSameElements(doc.select("img"), Tree.byTag(doc, "img"), "img");
    List<Element> walked = new ArrayList<>();
    Tree.forEachElement(doc, walked::add);
    assertSameElements(doc.getAllElements(), walked, "all");
  }

  @Test
  void walksSurviveDeepNesting() {
    Document doc = Jsoup.parse("<div>".repeat(5_000) + "<p>عميق</p>", "https://example.org/");
    assertEquals(1, Tree.byTag(doc, "p").size());
    Lengths lengths = Lengths.of(doc.body());
    assertEquals(4, lengths.text(doc.body()));
    assertEquals(4, lengths.paragraphText(doc.body()));
  }

  @Test
  void lengthsMatchAWalkOfEachElement() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    Element body = doc.body();
    Lengths lengths = Lengths.of(body);
    List<Element> all = body.getAllElements();
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      assertEquals(text(e, false), lengths.text(e), e.cssSelector());
      assertEquals(paragraphText(e), lengths.paragraphText(e), e.cssSelector());
      double density = text(e, false) == 0 ? 0 : (double) text(e, true) / text(e, false);
      assertEquals(Math.min(1.0, density), lengths.linkDensity(e), 1e-9, e.cssSelector());
      assertEquals(i, lengths.start(e), "pre-order index");
      assertEquals(i + e.getAllElements().size() - 1, lengths.end(e), "last index inside");
    }
    assertEquals(lengths.text(body), lengths.text(doc.selectFirst("html")), "root's parent");
    assertEquals(-1, lengths.start(doc.head()));
    assertEquals(0, lengths.text(doc.head()));
  }

  private static int text(Element root, boolean linksOnly) {
    int n = 0;
    for (Element e : root.getAllElements()) {
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t && (!linksOnly || e.nameIs("a"))) {
          n += t.getWholeText().strip().length();
        }
      }
    }
    return n;
  }

  private static int paragraphText(Element root) {
    int n = 0;
    for (Element p : root.getAllElements()) {
      n += p.nameIs("p") ? text(p, false) : 0;
    }
    return n;
  }

  private static void assertSameElements(List<Element> expected, List<Element> actual, String q) {
    assertEquals(expected.size(), actual.size(), q);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), q);
    }
  }
}
