package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

  /** A page whose comment thread out-scores the short article: the generic path picks wrong. */
  private static final String PAGE =
      "<html><head><meta property=\"og:type\" content=\"article\"></head><body>"
          + "<div class=\"story\"><p>افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح اليوم بمشاركة مئات دور النشر.</p>"
          + "<div class=\"promo-strip\">عرض خاص على الاشتراك السنوي في الصحيفة الورقية والرقمية معاً</div></div>"
          + "<div class=\"reactions\">"
          + "<p>تعليق أول: معرض رائع، وأتمنى أن تكون الأسعار مناسبة للطلبة، وأن تمدد ساعات الزيارة، وأن توفر مواقف.</p>"
              .repeat(6)
          + "</div></body></html>";

  @Test
  void parsesRulesAndPicksTheMostSpecificHost() {
    SiteRules rules =
        SiteRules.parse(
            """
        # comment
        example.ma | div.story | .promo-strip, .x
        news.example.ma | article.main
        """);
    assertEquals(2, rules.rules().size());
    assertEquals(
        "article.main", rules.find("https://news.example.ma/a").orElseThrow().contentSelector());
    assertEquals(
        "div.story", rules.find("https://www.example.ma/a").orElseThrow().contentSelector());
    assertEquals(
        List.of(".promo-strip", ".x"),
        rules.find("https://example.ma/").orElseThrow().removeSelectors());
    assertTrue(rules.find("https://notexample.ma/").isEmpty());
  }

  @Test
  void malformedRulesFailWithTheirLineNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SiteRules.parse("ok.ma | p\nbroken line without selector\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SiteRules.parse("x.ma | div[[["));
  }

  @Test
  void bundledRulesLoad() {
    assertFalse(SiteRules.bundled() == null);
  }

  @Test
  void aRuleOverridesTheGenericCascade() {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    ExtractResult generic =
        new ArticleExtractor(SiteRules.empty())
            .extract(ExtractRequest.of(bytes, "https://kitab.example.ma/a"));
    ExtractResult.Extracted g = assertInstanceOf(ExtractResult.Extracted.class, generic);
    assertTrue(
        g.article().text().contains("تعليق أول"), "precondition: generic path picks the comments");

    SiteRules rules = SiteRules.parse("kitab.example.ma | div.story | .promo-strip");
    ExtractResult.Extracted r =
        assertInstanceOf(
            ExtractResult.Extracted.class,
            new ArticleExtractor(rules)
                .extract(ExtractRequest.of(bytes, "https://kitab.example.ma/a")));
    assertEquals(
        "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح اليوم بمشاركة مئات دور النشر.",
        r.article().text());
  }
}
