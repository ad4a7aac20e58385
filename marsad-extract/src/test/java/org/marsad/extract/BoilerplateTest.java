package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static final String STANDFIRST =
      "<p>تراجعت أسعار الخضار في أسواق الجملة هذا الأسبوع، بعد وصول شحنات كبيرة من المزارع"
          + " الساحلية، ويتوقع التجار أن يستمر التراجع حتى نهاية الشهر.</p>";

  /** The scan for a hiding style answers as a search of the lower-cased style does. */
  @Test
  void hidingStyleScanAgreesWithTheLowerCasedSearch() {
    Random random = new Random(5);
    String alphabet = "noneNONEhiddenHIDDENdİıKk: ;-";
    for (int round = 0; round < 20000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String style = b.toString();
      Element a = new Element("div").attr("style", style);
      String lower = style.toLowerCase(Locale.ROOT);
      boolean expected = lower.contains("none") || lower.contains("hidden");
      assertEquals(expected, Boilerplate.mayHide(a), style);
    }
    assertTrue(Boilerplate.mayHide(new Element("div").attr("style", "Display: NoNe")));
    assertTrue(Boilerplate.mayHide(new Element("div").attr("aria-hidden", "true")));
    assertFalse(Boilerplate.mayHide(new Element("div").attr("style", "HİDDEN")));
  }

  @Test
  void aHeaderInsideMainKeepsItsStandfirst() {
    Document doc =
        Jsoup.parse(
            "<body><header><a href=\"/\">الشعار</a></header><main><header><h1>العنوان</h1>"
                + STANDFIRST
                + "</header><p>نص المقال.</p></main></body>");
    Boilerplate.strip(doc.body());
    assertTrue(doc.body().text().contains("تراجعت أسعار الخضار"));
    assertFalse(doc.body().text().contains("الشعار"));
  }

  @Test
  void thePageHeaderGoesEvenWithAParagraph() {
    Document doc =
        Jsoup.parse(
            "<body><header>"
                + STANDFIRST
                + "</header><main>"
                + "<p>وقال تاجر في سوق الجملة إن الطلب بقي ضعيفاً رغم انخفاض الأسعار.</p>".repeat(4)
                + "</main></body>");
    Boilerplate.strip(doc.body());
    assertFalse(doc.body().text().contains("تراجعت أسعار الخضار"));
  }

  @Test
  void creditLinesGoButPicturesAndFigcaptionsStay() {
    Document doc =
        Jsoup.parse(
            "<body><div class=\"story\"><div class=\"wp-caption\"><img src=\"/a.jpg\">"
                + "<p class=\"wp-caption-text\">تصوير: المصور</p></div>"
                + "<figure><img src=\"/b.jpg\"><figcaption class=\"caption\">السوق القديم"
                + "</figcaption></figure><span class=\"image-credit\">حقوق الصورة: الوكالة</span>"
                + STANDFIRST
                + "</div></body>");
    Boilerplate.strip(doc.body());
    assertEquals(2, doc.select("img").size());
    assertTrue(doc.body().text().contains("السوق القديم"));
    assertFalse(doc.body().text().contains("تصوير: المصور"));
    assertFalse(doc.body().text().contains("حقوق الصورة"));
  }

  @Test
  void deeplyNestedCreditNamesAroundAPictureStayLinear() {
    String open = "<div class=\"photo-credit\">".repeat(50_000);
    String close = "</div>".repeat(50_000);
    Document doc = Jsoup.parse("<body>" + open + "<img src=\"/a.jpg\">" + close + "</body>");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Boilerplate.strip(doc.body()));
    assertEquals(1, doc.select("img").size());
  }

  @Test
  void commentBlocksNamedInOtherLanguagesAndRatingWidgetsGo() {
    Document doc =
        Jsoup.parse(
            "<body><main>"
                + STANDFIRST
                + "<div class=\"kommentarModul\"><h3>3 تعليقات</h3><p>تعليق أول من قارئ.</p></div>"
                + "<section id=\"comentarios\"><p>تعليق ثانٍ من قارئة.</p></section>"
                + "<span class=\"post-ratings\">تقييم: لا تعليق بعد</span>"
                + "</main></body>");
    Boilerplate.strip(doc.body());
    assertTrue(doc.body().text().contains("تراجعت أسعار الخضار"));
    assertFalse(doc.body().text().contains("تعليق"));
  }

  @Test
  void anAuthorBoxNamedByItsBlockGoes() {
    Document doc =
        Jsoup.parse(
            "<body><main>"
                + STANDFIRST
                + "<p>وقال تاجر في سوق الجملة إن الطلب بقي ضعيفاً رغم انخفاض الأسعار.</p>".repeat(4)
                + "<div class=\"cbx-Author\"><p class=\"cbx-Author_Position\">محرر في قسم الاقتصاد"
                + " منذ عشر سنوات، ويكتب عن الأسواق.</p></div>"
                + "</main></body>");
    Boilerplate.strip(doc.body());
    assertTrue(doc.body().text().contains("تراجعت أسعار الخضار"));
    assertFalse(doc.body().text().contains("محرر في قسم الاقتصاد"));
  }
}
