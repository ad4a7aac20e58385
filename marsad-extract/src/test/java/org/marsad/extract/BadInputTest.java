package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and broken inputs: always a value, never an exception, in bounded time. */
class BadInputTest {

  /** Generous: these guard against runaway behaviour, not measure speed. */
  private static final Duration BOUND = Duration.ofSeconds(30);

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
  private static final String PARAGRAPH =
      "<p>يتناول هذا النص التجريبي موضوعاً عاماً، ويتكرر عمداً لاختبار حدود المستخرج مع الصفحات الكبيرة جداً.</p>\n";

  private static ExtractResult extract(byte[] bytes) {
    return assertTimeoutPreemptively(
        BOUND, () -> EXTRACTOR.extract(ExtractRequest.of(bytes, "https://bad.example/a")));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyBodyIsAnEmptyPage() {
    ExtractResult.NotAnArticle r =
        assertInstanceOf(ExtractResult.NotAnArticle.class, extract(new byte[0]));
    assertEquals(ExtractResult.PageKind.EMPTY, r.kind());
    assertInstanceOf(ExtractResult.NotAnArticle.class, extract(utf8("   \n\t ")));
  }

  @Test
  void binaryIsRefused() {
    byte[] junk = new byte[64 * 1024];
    new Random(7).nextBytes(junk);
    assertInstanceOf(ExtractResult.Failed.class, extract(junk));
    byte[] gzipMagic = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 0, 0, 0, 9};
    assertInstanceOf(ExtractResult.Failed.class, extract(gzipMagic));
  }

  @Test
  void oversizedBodyFailsFastWithoutParsing() {
    byte[] big = new byte[50 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    ExtractResult.Failed r = assertInstanceOf(ExtractResult.Failed.class, extract(big));
    assertTrue(r.reason().contains("limit"), r.reason());
  }

  @Test
  void bodyJustUnderTheLimitIsExtracted() {
    StringBuilder b = new StringBuilder("<html><body><article>");
    while (b.length() < 4_000_000) {
      b.append(PARAGRAPH);
    }
    byte[] bytes = utf8(b.append("</article></body></html>").toString());
    assertTrue(bytes.length < ArticleExtractor.MAX_BYTES);
    assertInstanceOf(ExtractResult.Extracted.class, extract(bytes));
  }

  @Test
  void hundredThousandNestedDivsDoNotOverflow() {
    String open = "<div>".repeat(100_000);
    String close = "</div>".repeat(100_000);
    ExtractResult r =
        extract(utf8("<html><body>" + open + PARAGRAPH.repeat(5) + close + "</body></html>"));
    assertNotNull(r);
    assertTrue(!(r instanceof ExtractResult.Failed), r.toString());
  }

  @Test
  void deeplyNestedInlineAndTablesDoNotOverflow() {
    String html = "<table><tr><td>".repeat(20_000) + "نص" + "<b><i><span>".repeat(30_000);
    assertNotNull(extract(utf8(html)));
  }

  @Test
  void invalidHtmlStillGivesTheText() {
    String html =
        "<html><head><title>عنوان</head><body><p>بداية <b>غير <i>مغلقة</b> "
            + PARAGRAPH.repeat(4).replace("</p>", "")
            + "<table><td>خلية<tr></div></span><p>نهاية النص المكسور.";
    ExtractResult.Extracted r =
        assertInstanceOf(ExtractResult.Extracted.class, extract(utf8(html)));
    assertTrue(r.article().text().contains("نهاية النص المكسور."), r.article().text());
  }

  @Test
  void numericEntitiesForFourByteCharactersSurvive() {
    String html =
        "<html><head><meta property=\"og:type\" content=\"article\"></head><body><article>"
            + PARAGRAPH.repeat(3)
            + "<p>احتفال &#x1F389; وفرح &#128512; في المدينة.</p></article></body></html>";
    ExtractResult.Extracted r =
        assertInstanceOf(ExtractResult.Extracted.class, extract(utf8(html)));
    assertTrue(r.article().text().contains("احتفال 🎉 وفرح 😀 في المدينة."), r.article().text());
  }

  @Test
  void unusableUrlsDoNotMatter() {
    byte[] page =
        utf8(
            "<html><head><meta property=\"og:type\" content=\"article\"></head><body><article>"
                + PARAGRAPH.repeat(3)
                + "<a href=\"/rel\">رابط</a><img src=\"x.jpg\"></article></body></html>");
    for (String url :
        new String[] {
          "", "not a url %%% |", "stdin:", "https://x.example/a b|c", "file:///tmp/p.html"
        }) {
      ExtractResult r =
          assertTimeoutPreemptively(BOUND, () -> EXTRACTOR.extract(ExtractRequest.of(page, url)));
      assertInstanceOf(ExtractResult.Extracted.class, r, url);
    }
  }

  /** Nested blocks whose class names trigger per-element checks: each check must stay O(1). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=\"share\">",
        "<div class=\"sidebar\">",
        "<div class=\"post\">",
        "<span class=\"date\">",
        "<ul class=\"related\"><li>",
        "<aside>",
        "<div class=\"entry-content\">"
      })
  void deeplyNestedChromeStaysLinear(String open) {
    String html = "<html><body>" + open.repeat(50_000) + PARAGRAPH.repeat(5);
    assertNotNull(extract(utf8(html)));
  }

  /**
   * Odd attribute values that each failed the whole page: a lazy image source of commas and a
   * declared language of dashes split into no part at all, and the winning block's class "'" was
   * read as a quoted empty value by jsoup's {@code [class=…]} evaluator, which threw.
   */
  @Test
  void oddAttributeValuesKeepTheArticle() {
    String article = "<article><h1>عنوان الخبر</h1>" + PARAGRAPH.repeat(6);
    for (String html :
        List.of(
            "<html lang=ar><body>" + article + "<img data-src=\",\"><img srcset=\" , \"></article>",
            "<html lang=\"-\"><body>" + article + "</article>",
            "<html lang=\"_,\"><body>" + article + "</article>",
            "<html lang=ar><body><div class=\"'\"><h1>عنوان الخبر</h1>"
                + PARAGRAPH.repeat(6)
                + "</div><div class=\"'\">"
                + PARAGRAPH.repeat(3)
                + "</div>")) {
      ExtractResult.Extracted r =
          assertInstanceOf(ExtractResult.Extracted.class, extract(utf8(html)), html);
      assertTrue(r.article().text().contains("يتناول هذا النص"), html);
      assertEquals(Optional.of("ar"), r.article().lang(), html);
      assertTrue(r.article().images().stream().noneMatch(i -> i.url().isBlank()), html);
    }
  }
}
