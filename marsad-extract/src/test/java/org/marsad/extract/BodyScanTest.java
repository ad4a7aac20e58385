package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The scan of the date-line readers must answer as the walks, selectors and identity memos it
 * replaces: sizes as {@link Lengths}, places as {@link DatePlaces#elsewhere}, hidden blocks as the
 * selector's matches and everything in them, date-like blocks as the class-word test.
 */
class BodyScanTest {

  /** The queries {@link Authors#mayBeByline} lets through, as its caller runs them. */
  private static final List<String> BYLINE_QUERIES =
      List.of(
          "[rel=author]",
          "[itemprop=author]",
          ".author-name",
          ".byline__name",
          "[class*=author-name]",
          ".author",
          ".byline",
          ".post-author");

  private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none]";

  private static final String MADE_UP =
      "<html><body><header class='site-header'><p>Tuesday, 14 Jan 2020</p><nav>x</nav></header>"
          + "<div class='Related-Posts'><span class='POST-DATE'>1 May</span></div>"
          + "<article><header class='headerBox'><h1>T</h1><time>2 May 2020</time></header>"
          + "<div style='DISPLAY : none'><p class='bylıne'>3 May</p></div><p hidden>4</p>"
          + "<div class='tag-comment comments'><p class='x byline'>5 May</p></div>"
          + "<p class='by-line'>x</p><a REL='Author'>A</a><i class='AUTHOR-Name'>B</i><b class='BYLINE'>C</b><blockquote><em>6 May</em></blockquote>"
          + "<p><![CDATA[7 May]]> <b>\u0667</b>\u00a0</p><div id='masthead'><p>8</p></div>"
          + "</article><body><p>9 May</p></body></body></html>";

  @Test
  void answersAsTheReplacedTestsOnEveryFixture() throws Exception {
    Map<String, Document> pages = new java.util.LinkedHashMap<>(Fixtures.parsedPages());
    pages.put("made-up", Jsoup.parse(MADE_UP));
    pages.put("deep", Jsoup.parse("<div class='comments'>" + "<div>".repeat(40) + "<p>1 May"));
    for (Map.Entry<String, Document> page : pages.entrySet()) {
      assertSameAnswers(page.getKey(), page.getValue());
    }
  }

  /**
   * Class words in any ASCII case, and the characters beyond ASCII that change under case mapping
   * (dotted and dotless i, the Kelvin sign, the long s), joined at random: the date-like test reads
   * them as the lower-casing test does.
   */
  @Test
  void readsClassWordsAsLowerCasingThemDoes() {
    String[] parts = {
      "DATE",
      "Date",
      "tImE",
      "pub",
      "PUBLISH",
      "META",
      "Info",
      "posted",
      "CREATED",
      "by",
      "BYLINE",
      "bylıne",
      "BYLİNE",
      "İnfo",
      "ınfo",
      "tıme",
      "poſted",
      "\u212Aey",
      "d",
      "at",
      "e",
      "-",
      " ",
      "x"
    };
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder cls = new StringBuilder();
      for (int k = random.nextInt(4); k >= 0; k--) {
        cls.append(parts[random.nextInt(parts.length)]);
      }
      Element e = new Element("span").attr("class", cls.toString());
      assertEquals(isDateLikeByClassWords(e), DateMarks.isDateLike(e), cls.toString());
    }
  }

  private static void assertSameAnswers(String name, Document doc) {
    List<TextNode> offered = new ArrayList<>();
    BodyScan scan = BodyScan.of(doc.body(), 80, offered::add);
    List<Element> walked = new ArrayList<>();
    Tree.forEachElement(doc.body(), walked::add);
    assertEquals(walked.size(), scan.size(), name);
    Lengths lengths = Lengths.of(doc.body());
    BodyPlaces places = new BodyPlaces(scan);
    Set<Element> hidden = hidden(doc);
    IntPredicate inherited = scan.inherited(e -> Tree.matcher(doc, x -> true, HIDDEN).test(e));
    for (int i = scan.size() - 1; i >= 0; i--) { // deepest first: no ancestor is known yet
      Element e = walked.get(i);
      String at = name + " " + i + " " + e.cssSelector();
      assertTrue(e == scan.at(i), at);
      assertEquals(lengths.text(e), scan.text(i), at);
      assertEquals(DatePlaces.elsewhere(e), places.elsewhere(i), at);
      assertEquals(hidden.contains(e), inherited.test(i), at);
      assertEquals(isDateLikeByClassWords(e), DateMarks.isDateLike(e), at);
      assertTrue(Authors.mayBeByline(e) || BYLINE_QUERIES.stream().noneMatch(e::is), at);
      if (scan.text(i) <= 80) {
        assertEquals(hasDigit(e.text()), scan.mayHoldDigit(i), at);
      }
    }
    List<TextNode> notBlank = new ArrayList<>();
    NodeTraversor.traverse(
        (n, d) -> {
          if (n instanceof TextNode t && !t.isBlank()) {
            notBlank.add(t);
          }
        },
        doc.body());
    assertEquals(notBlank, offered, name);
  }

  /** The selector's matches over the whole page and every element in them. */
  private static Set<Element> hidden(Document doc) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element h : doc.select(HIDDEN)) {
      out.addAll(h.getAllElements());
    }
    return out;
  }

  /** The test {@link DateMarks#isDateLike} replaces. */
  private static boolean isDateLikeByClassWords(Element e) {
    if (e.nameIs("time") || e.attr("itemprop").equalsIgnoreCase("datePublished")) {
      return true;
    }
    String lower = e.attr("class").toLowerCase(Locale.ROOT);
    for (String part : List.of("date", "time", "pub", "meta", "info", "posted", "created")) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return !lower.isEmpty() && e.hasClass("byline");
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(c -> Character.isDigit((char) c));
  }
}
