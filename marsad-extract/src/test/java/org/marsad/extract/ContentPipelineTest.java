package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentPipelineTest {

  private static final String PROSE =
      "يقول المزارعون إن موسم القطاف تأخر هذا العام، بسبب الأمطار المتأخرة، وإن الأسعار ما زالت"
          + " غير واضحة، لكنهم يأملون أن يعوض الإنتاج الوفير ما خسروه في العام الماضي.";

  @Test
  void restorePutsEveryRemovedBlockBackInPlace() {
    Document doc =
        Jsoup.parse(
            "<body><nav>قائمة</nav><div class=\"a\"><aside>جانبي</aside><p>"
                + PROSE
                + "</p><footer>تذييل</footer></div><div class=\"sidebar\"><p>شريط</p></div>"
                + "<p>"
                + PROSE
                + "</p></body>");
    String before = doc.body().html();
    Removals removals = Boilerplate.strip(doc.body());
    assertTrue(removals.text() > 0);
    assertTrue(doc.select("nav, aside, footer, .sidebar").isEmpty());
    removals.restore();
    assertEquals(before, doc.body().html());
    assertEquals(0, removals.text());
  }

  @Test
  void aPageWhoseProseOnlyChromeNamesHoldIsRetriedWithoutThem() {
    String lines = (PROSE + "<br><br>").repeat(4);
    Document doc =
        Jsoup.parse(
            "<body><nav><a href=\"/\">الرئيسية</a></nav><div class=\"widget text-widget\">"
                + "<div class=\"widget-body\">"
                + lines
                + "</div></div><footer>جميع الحقوق محفوظة</footer></body>");
    Element content = ContentPipeline.find(doc.body(), Optional.empty()).orElseThrow().element();
    assertTrue(content.text().contains("يأملون أن يعوض الإنتاج الوفير"));
    assertTrue(!content.text().contains("الرئيسية"));
  }

  @Test
  void aShortPageKeepsItsFirstChoiceWhenTheRetryFindsNoMore() {
    String links = "<li><a href=\"/t\">وسم قصير للموضوع</a></li>".repeat(40);
    Document doc =
        Jsoup.parse(
            "<body><div class=\"story\"><p>"
                + PROSE
                + "</p></div><div class=\"sidebar\"><ul>"
                + links
                + "</ul></div></body>");
    Element content = ContentPipeline.find(doc.body(), Optional.empty()).orElseThrow().element();
    assertEquals(PROSE, content.text());
    assertTrue(doc.select(".sidebar").isEmpty(), "the full cleaning is back in force");
  }
}
