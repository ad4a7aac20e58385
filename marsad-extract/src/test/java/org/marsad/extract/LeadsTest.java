package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadsTest {

  private static final String LEAD =
      "أعلنت وزارة التربية تمديد العطلة الشتوية أسبوعاً إضافياً بسبب موجة البرد والثلوج.";

  @Test
  void theStandfirstAboveTheBodyIsFound() {
    Document doc =
        Jsoup.parse(
            "<article><h1>العنوان</h1><div class=\"article-intro\"><p>"
                + LEAD
                + "</p></div><div class=\"body\"><p>النص</p></div></article>");
    Element lead = Leads.before(doc.selectFirst(".body")).orElseThrow();
    assertEquals(LEAD, lead.text());
  }

  @Test
  void aTeaserOfAnotherStoryIsNoLead() {
    Document doc =
        Jsoup.parse(
            "<div class=\"teaser\"><a href=\"/other\">"
                + LEAD
                + "</a></div><div class=\"body\"><p>النص</p></div>");
    assertTrue(Leads.before(doc.selectFirst(".body")).isEmpty());
  }

  @Test
  void deeplyNestedLeadNamesStayLinear() {
    String open = "<div class=\"intro\">".repeat(50_000);
    String close = "</div>".repeat(50_000);
    Document doc = Jsoup.parse(open + close + "<div class=\"body\"><p>النص</p></div>");
    Element body = doc.selectFirst(".body");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> assertTrue(Leads.before(body).isEmpty()));
  }
}
