package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrailersTest {

  private static final String BODY =
      "<p>نظمت جمعية أصدقاء البيئة، يوم الأحد، حملة لتنظيف الشاطئ الجنوبي من النفايات"
          + " البلاستيكية، بمشاركة طلاب المدارس وأهالي الحي، وجمعت أكثر من طن من النفايات.</p>"
          + "<p>وقالت رئيسة الجمعية إن الحملة ستتكرر كل شهر، حتى نهاية موسم الاصطياف.</p>";

  private static Element trimmed(String html) {
    Element content = Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
    Trailers.trim(content);
    return content;
  }

  @Test
  void callsToSubscribeAndLinksAfterTheLastParagraphGo() {
    Element c =
        trimmed(
            BODY
                + "<p>اشترك في النشرة البريدية لتصلك أخبار الحي.</p>"
                + "<p><a href=\"/x\">حملة مماثلة في الميناء الشهر الماضي</a></p>"
                + "<h3>شاركونا آراءكم</h3>");
    assertEquals(2, c.select("p").size());
    assertFalse(c.text().contains("النشرة البريدية"));
    assertTrue(c.select("h3").isEmpty());
  }

  @Test
  void aClosingSentenceThatSharesWordsWithACallStays() {
    String last = "<p>واشترك في الحملة أكثر من مئتي متطوع.</p>";
    Element c = trimmed(BODY + last);
    assertTrue(c.text().contains("واشترك في الحملة"));
  }

  @Test
  void aLinkInsideTheArticleStopsTheTrimming() {
    Element c = trimmed("<p><a href=\"/y\">تقرير الجمعية السنوي</a></p>" + BODY);
    assertEquals(3, c.select("p").size());
  }

  @Test
  void neverMoreThanASmallShareOfTheText() {
    Element c = trimmed("<p>نص قصير.</p><p><a href=\"/z\">رابط إلى قصة أخرى طويلة العنوان</a></p>");
    assertEquals(2, c.select("p").size());
  }

  @Test
  void deeplyNestedBlocksStayLinear() {
    String open = "<div>".repeat(100_000);
    String close = "</div>".repeat(100_000);
    Element content =
        Jsoup.parse("<body><div id=\"c\">" + open + BODY + close + "</div></body>")
            .getElementById("c");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Trailers.trim(content));
    assertTrue(content.text().contains("حتى نهاية موسم الاصطياف"));
  }

  @Test
  void feedbackPromptsAndRatingWidgetsAfterTheLastParagraphGo() {
    Element c =
        trimmed(
            BODY
                + "<p>War der Artikel nützlich?</p>"
                + "<p>(Noch keine Bewertungen)</p>"
                + "<p>Was this article helpful?</p>");
    assertEquals(2, c.select("p").size());
    assertFalse(c.text().contains("Bewertungen"));
  }

  @Test
  void appealsForSupportAfterTheLastParagraphGo() {
    Element c =
        trimmed(
            BODY.repeat(3)
                + "<p>Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des"
                + " Journalismus.</p>"
                + "<p>Te necesitamos para seguir informando. Hazte miembro.</p>");
    assertEquals(6, c.select("p").size());
    assertFalse(c.text().contains("Journalismus"));
  }
}
