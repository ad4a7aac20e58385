package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A measure kept up to date through removals must answer as a new measure of the page would. */
class DomLengthsTest {

  private static final String PAGE =
      "<html><body><div id=main><p>بدأ المهرجان <a href=/a>برنامجه الأول</a> مساء أمس،"
          + " <span class=note>وسط حضور <b>واسع</b></span> من الزوار.</p>"
          + "<div class=share><a href=/s>شارك</a><i></i></div>"
          + "<p>وتستمر العروض <em>حتى نهاية الشهر</em> في ثلاث قاعات.</p>"
          + "<ul class=more><li><a href=/1>عرض أول</a></li><li><a href=/2>عرض ثان</a></li></ul>"
          + "</div><aside><p>جانب</p><div><a href=/x>رابط</a></div></aside>"
          + "<p>سطر أخير <a href=/y>برابط</a></p></body></html>";

  @Test
  void detachingAnswersAsANewMeasure() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    Element body = doc.body();
    Lengths live = Lengths.of(body);
    Lengths before = live.snapshot();
    int bodyText = before.text(body);
    for (String gone : List.of("span.note b", "div.share", "ul.more li", "aside", "em")) {
      live.detach(doc.selectFirst(gone));
    }
    Lengths fresh = Lengths.of(body);
    for (Element e : body.getAllElements()) {
      assertEquals(fresh.text(e), live.text(e), e.cssSelector());
      assertEquals(fresh.paragraphText(e), live.paragraphText(e), e.cssSelector());
      assertEquals(fresh.linkDensity(e), live.linkDensity(e), 1e-12, e.cssSelector());
      assertEquals(fresh.descendants(e), live.descendants(e), e.cssSelector());
    }
    Element html = doc.selectFirst("html");
    assertEquals(fresh.text(html), live.text(html), "root's parent");
    assertEquals(fresh.paragraphText(html), live.paragraphText(html), "root's parent");
    assertEquals(bodyText, before.text(body), "a snapshot keeps the sizes it had");
    assertEquals(body.getAllElements(), live.select(x -> true), "what a walk would find");
    assertEquals(body.select("[class], [id]"), live.select(Dom::hasClassOrId));
  }

  @Test
  void removalsAtEveryLevelOfADeepPageStayLinear() {
    Document doc = Jsoup.parse("<p>نص قصير</p>", "https://example.org/");
    Element at = doc.body();
    for (int i = 0; i < 5_000; i++) { // a removal at each level runs out of budget
      at.appendElement("nav").appendText("قائمة");
      at = at.appendElement("div");
    }
    Removals removals = Boilerplate.strip(doc.body());
    assertEquals(0, doc.body().getElementsByTag("nav").size());
    Lengths lengths = removals.lengths(doc.body());
    assertEquals(Lengths.of(doc.body()).text(doc.body()), lengths.text(doc.body()));
  }

  @Test
  void aMeasureLeftOnTheRootIsTakenOnce() {
    Document doc = Jsoup.parse(PAGE, "https://example.org/");
    Lengths lengths = Lengths.of(doc.body());
    Lengths.leave(doc.body(), lengths);
    assertEquals(0, doc.body().attributesSize());
    assertSame(lengths, Lengths.take(doc.body()));
    assertNull(doc.body().attributes().userData("marsad.lengths"));
    assertEquals(lengths.text(doc.body()), Lengths.take(doc.body()).text(doc.body()));
  }
}
