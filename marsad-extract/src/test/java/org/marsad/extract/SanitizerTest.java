package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

/** The sanitiser must write what jsoup's cleaner writes with the allow-list it mirrors. */
class SanitizerTest {

  private static final Safelist MIRRORED =
      Safelist.relaxed()
          .addTags("figure", "figcaption")
          .addAttributes(":all", "dir", "lang")
          .removeProtocols("a", "href", "ftp");

  private static final String TRICKY =
      "<div dir=rtl lang=ar class=x onclick=\"alert(1)\"><p>نص &amp; <b>غامق</b> &lt;وسم&gt;"
          + "&nbsp;</p><a href=\"javascript:alert(1)\">سيء</a><a href=\"/نسبي?q=1#r\">نسبي</a>"
          + "<a href=\"mailto:a@b.example\">بريد</a><a href=\"ftp://x.example/f\">ملف</a>"
          + "<a href=\"HTTPS://X.example/a/../b\" title=\"عنوان &quot;\">رابط</a>"
          + "<a href=\"?page=2\">تال</a><a href=\"./x#y\">نقطة</a><a href=\"../../../z\">أعلى</a>"
          + "<img src=\"http://u:p@x.example:8080/i.png?s=1\">"
          + "<a href=\"tel:+961\">هاتف</a><a href>فارغ</a><a href=\"http://x.example/\u0001a\">ت</a>"
          + "<img src=\"//cdn.example/i.jpg\" alt width=3 data-x=1><img src=\"data:x\">"
          + "<!-- تعليق --><script>var a = 1 < 2;</script><style>p{}</style>"
          + "<figure><img src=a.jpg><figcaption>صورة</figcaption></figure>"
          + "<blockquote cite=\"/q\">اقتباس</blockquote><q cite=\"javascript:x\">قول</q>"
          + "<section><h2>عنوان فرعي</h2><table><tr><td colspan=2 nowrap>خلية</td></tr></table>"
          + "<ol start=3 reversed><li>بند</li></ol></section>"
          + "<marsad-embed data-index=0></marsad-embed><svg><a href=/s>شكل</a></svg>"
          + "<textarea>&lt;b&gt;</textarea><br><hr></div>";

  /** Characters the printer escapes in text and attributes, and self-closing tags. */
  private static final String ESCAPES =
      "<div><p title=\"a<b>&c&quot;d'e\u00A0f\u0001\">x<y>z&w\"v'u\u00A0\u0001\u001F\t\r"
          + "\ud83d\ude00 \ud836\udc00 \ud800 \udfff\ud83d</p><img src=\"/i.png?a=1&b=\u00A0\">"
          + "<svg><a href=/s /><b/></svg><p/><table><colgroup><col span=2></colgroup></table>"
          + "<p>&#x1d800;&#x7f;&#x85;&#xad;&#x200f;</p></div>";

  @Test
  void writesWhatTheCleanerWrites() throws Exception {
    assertSameAsCleaner(Jsoup.parse(TRICKY, "https://x.example/dir/page").selectFirst("div"));
    assertSameAsCleaner(Jsoup.parse(TRICKY, "not a url").selectFirst("div"));
    assertSameAsCleaner(
        Jsoup.parse("<article>" + TRICKY + "</article>", "").selectFirst("article"));
    assertSameAsCleaner(Jsoup.parse(ESCAPES, "https://x.example/").selectFirst("div"));
  }

  @Test
  void writesWhatTheCleanerWritesOnEveryFixture() throws Exception {
    for (Document doc : Fixtures.parsedPages().values()) {
      assertSameAsCleaner(doc.body());
    }
  }

  private static void assertSameAsCleaner(Element content) {
    String base = content.ownerDocument().location();
    Document dirty = Document.createShell(base);
    dirty.body().appendChild(content.clone());
    dirty.body().select(Embeds.PLACEHOLDER).remove();
    Document safe = new Cleaner(MIRRORED).clean(dirty);
    safe.outputSettings().prettyPrint(false);
    assertEquals(safe.body().html().strip(), Sanitizer.clean(content, base));
  }
}
