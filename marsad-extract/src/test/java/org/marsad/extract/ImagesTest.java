package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The one-walk image normaliser must leave the page as the three selects it replaced did. */
class ImagesTest {

  private static final List<String> PAGES =
      List.of(
          "<p>نزهة في الحديقة <img class=emoji alt=\"🌳\" src=/e.png> ثم عودة</p>"
              + "<amp-img src=/a.jpg><noscript><img src=/fallback.jpg></noscript></amp-img>"
              + "<img data-src=\"/lazy.jpg 1x, /lazy2.jpg 2x\" src=\"data:image/gif;base64,R0\">"
              + "<img srcset=\"/set.jpg 300w\"><img src=/plain.jpg>",
          "<amp-img class=emoji alt=\"🌊\" src=/twemoji/1.png><img data-src=/inside.jpg></amp-img>"
              + "<img src=\"/emoji/2.png\" alt=\"صورة تعبيرية طويلة جدا\"><img data-lazy-src=/l.jpg>",
          "<div><img class=wp-smiley alt=\":)\" src=/s.png><img data-original=/o.jpg></div>");

  @Test
  void normaliseMatchesTheSelectBasedSteps() {
    for (String html : PAGES) {
      Document expected = Jsoup.parse(html, "https://example.org/");
      bySelects(expected.body());
      Document actual = Jsoup.parse(html, "https://example.org/");
      Images.normalise(actual.body());
      assertEquals(expected.body().outerHtml(), actual.body().outerHtml(), html);
    }
  }

  /** The previous implementation, kept here as the reference. */
  private static void bySelects(Element root) {
    root.select("amp-img").tagName("img");
    for (Element img :
        root.select("img.emoji, img.wp-smiley, img[src*=twemoji], img[src*=/emoji/]")) {
      String alt = img.attr("alt");
      if (!alt.isEmpty() && alt.codePointCount(0, alt.length()) <= 8) {
        img.before(new TextNode(alt));
      }
      img.remove();
    }
    for (Element img : root.select("img")) {
      String src = img.attr("src");
      if (src.isBlank() || src.startsWith("data:")) {
        for (String attr :
            List.of("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset")) {
          String v = img.attr(attr).strip();
          if (!v.isEmpty()) {
            img.attr("src", v.split("[\\s,]+")[0]);
            break;
          }
        }
      }
    }
  }

  /** A lazy source's first URL: its first part between spaces and commas, none without one. */
  @Test
  void firstCandidateIsTheFirstPartBetweenSeparators() {
    assertEquals(Optional.of("/a.jpg"), Images.firstCandidate("/a.jpg 1x, /b.jpg 2x"));
    assertEquals(Optional.of("/a.jpg"), Images.firstCandidate("/a.jpg,/b.jpg"));
    assertEquals(Optional.of("/a.jpg"), Images.firstCandidate(", /a.jpg\t300w"));
    assertEquals(
        Optional.of("data:image/png;base64"), Images.firstCandidate("data:image/png;base64,AAAA"));
    assertEquals(Optional.empty(), Images.firstCandidate(", ,\n,"));
    assertEquals(Optional.of("/ص.jpg"), Images.firstCandidate("/ص.jpg\u000B/b.jpg"));
  }
}
