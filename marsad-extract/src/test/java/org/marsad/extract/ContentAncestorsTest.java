package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentAncestorsTest {

  private static final String STEP =
      "اخلطي الدقيق مع الملح، ثم أضيفي الماء تدريجيا، واعجني حتى تتماسك العجينة وتصبح لينة.";

  private static final String LINKS =
      "<a href=\"/1\">وصفة الكنافة النابلسية بالجبن</a><a href=\"/2\">وصفة المسخن بالسماق والبصل</a>"
          + "<a href=\"/3\">وصفة المقلوبة بالقرنبيط</a><a href=\"/4\">وصفة الفتة بالحمص</a>";

  private static Element body(String extra) {
    return Jsoup.parse(
            "<body><div id=\"page\"><p>مقدمة قصيرة عن الطبق.</p>"
                + extra
                + "<div id=\"box\"><ul id=\"list\"><li>"
                + STEP
                + "</li><li>"
                + STEP
                + "</li></ul></div></div></body>")
        .body();
  }

  private static Map<Element, Double> scores(Element body, double page) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    scores.put(body.getElementById("list"), 20.0);
    scores.put(body.getElementById("box"), 10.0);
    scores.put(body.getElementById("page"), page);
    return scores;
  }

  @Test
  void aWinningListWidensToTheContainerOfItsSiblingBlocks() {
    Element body = body("");
    Element list = body.getElementById("list");
    Element widened = ContentAncestors.outOfList(list, scores(body, 6), Lengths.of(body));
    assertSame(body.getElementById("page"), widened);
  }

  @Test
  void anAncestorScoringTooLittleIsNotTheArticle() {
    Element body = body("");
    Element list = body.getElementById("list");
    Element widened = ContentAncestors.outOfList(list, scores(body, 4), Lengths.of(body));
    assertSame(body.getElementById("box"), widened);
  }

  @Test
  void aLinkHubAboveTheListIsSkipped() {
    Element body = body(LINKS);
    Element list = body.getElementById("list");
    Element widened = ContentAncestors.outOfList(list, scores(body, 6), Lengths.of(body));
    assertSame(body.getElementById("box"), widened);
  }

  @Test
  void aWinnerThatIsNoListStays() {
    Element body = body("");
    Element box = body.getElementById("box");
    Element same = ContentAncestors.outOfList(box, scores(body, 6), Lengths.of(body));
    assertSame(box, same);
  }
}
