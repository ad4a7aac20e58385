package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.marsad.text.CharsetDetector;

/**
 * The UTF-8 shortcut of the parse must answer exactly what the charset detector answers, but for
 * the script and style bodies it skips.
 */
class InputsTest {

  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final String ARABIC = "<p>وصلت القافلة إلى البلدة قبل الغروب بقليل 🌅</p>";

  private static final String URL = "https://x.example/a";

  /**
   * The shortcut must give the tree the detector's text gives, without script and style bodies, and
   * the scripts as the detector's text writes them.
   */
  private static Document sameAsDetector(byte[] body, Optional<String> contentType) {
    Inputs.Parsed parsed = Inputs.parse(body, contentType, URL);
    Document expected =
        Parser.htmlParser().parseInput(CharsetDetector.decode(body, contentType), URL);
    assertEquals(
        ScriptSkipperTest.withoutBodies(expected), ScriptSkipperTest.withoutBodies(parsed.doc()));
    assertEquals(ScriptSkipperTest.scripts(expected), ScriptSkipperTest.scripts(parsed.page()));
    return parsed.doc();
  }

  /** A bad byte in a body the parse skips still sends the page to the detector. */
  @Test
  void aBadByteInASkippedBodyGoesToTheDetector() {
    String page =
        "<html><head><script>var t = 'وصلت_';</script><style>p::after{content:'ـ_'}</style>"
            + "</head><body>"
            + ARABIC
            + "</body></html>";
    for (int which = 0; which < 2; which++) {
      byte[] broken = page.getBytes(StandardCharsets.UTF_8);
      String latin = new String(broken, StandardCharsets.ISO_8859_1);
      broken[which == 0 ? latin.indexOf('_') : latin.lastIndexOf('_')] = (byte) 0xFF;
      assertEquals(4, ScriptSkipper.skim(broken).length, "both bodies are skipped");
      sameAsDetector(broken, Optional.empty());
    }
    Inputs.Parsed whole =
        Inputs.parse(page.getBytes(StandardCharsets.UTF_8), Optional.empty(), URL);
    assertTrue(whole.doc().select("script").first().data().isEmpty(), "the script body is skipped");
    assertTrue(whole.doc().select("style").first().data().isEmpty(), "the style body is skipped");
  }

  @Test
  void utf8PagesTakeTheShortcutWithTheDetectorsResult() {
    byte[] plain =
        ("<html><head><meta charset=\"utf-8\"></head><body>" + ARABIC + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    sameAsDetector(plain, Optional.empty());
    sameAsDetector(plain, Optional.of("text/html; charset=UTF-8"));
    byte[] undeclared =
        ("<html><body>" + ARABIC + "</body></html>").getBytes(StandardCharsets.UTF_8);
    assertTrue(
        sameAsDetector(undeclared, Optional.empty()).text().contains("🌅"),
        "4-byte characters survive");
  }

  /**
   * The parser reads 2,048 characters at a time: a surrogate pair must survive wherever a read
   * ends, including where only one char of room is left.
   */
  @Test
  void fourByteCharactersSurviveEveryBufferBoundary() {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int pad = 0; pad < 40; pad++) {
      page.append("<p>").append("ب".repeat(2000 + pad)).append("🌅😀</p>");
    }
    page.append("<p>").append("🌅".repeat(5000)).append("</p></body></html>");
    Document doc =
        sameAsDetector(page.toString().getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertEquals(page.toString().replaceAll("<[^>]+>", ""), doc.body().wholeText());
  }

  /** A bad byte far into the page, after the parse took many buffers, still sends it back. */
  @Test
  void aBadByteDeepInThePageGoesToTheDetector() {
    byte[] broken =
        ("<html><body>" + ARABIC.repeat(2000) + "_</body></html>").getBytes(StandardCharsets.UTF_8);
    broken[new String(broken, StandardCharsets.ISO_8859_1).lastIndexOf('_')] = (byte) 0xFF;
    sameAsDetector(broken, Optional.empty());
    byte[] cp1256Tail =
        ("<html><body>" + "<p>plain ascii text</p>".repeat(5000) + "<p>وصلت القافلة</p></body>")
            .getBytes(CP1256);
    assertTrue(
        sameAsDetector(cp1256Tail, Optional.empty()).text().contains("وصلت القافلة"),
        "an undeclared windows-1256 page decodes as such");
  }

  @Test
  void otherDeclarationsAndInvalidBytesGoToTheDetector() {
    byte[] declared1256 =
        ("<html><head><meta charset=\"windows-1256\"></head><body>"
                + "<p>وصلت القافلة</p></body></html>")
            .getBytes(CP1256);
    sameAsDetector(declared1256, Optional.empty());
    byte[] utf8 = ("<html><body>" + ARABIC + "</body></html>").getBytes(StandardCharsets.UTF_8);
    sameAsDetector(utf8, Optional.of("text/html; charset=windows-1256"));
    byte[] undeclared1256 =
        "<html><body><p>وصلت القافلة إلى البلدة</p></body></html>".getBytes(CP1256);
    sameAsDetector(undeclared1256, Optional.empty());
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><html><body><p>وصلت</p></body></html>")
            .getBytes(CP1256);
    sameAsDetector(xml, Optional.empty());
    byte[] bom =
        ("\uFEFF<html><head><meta charset=\"windows-1256\"></head><body>"
                + ARABIC
                + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    sameAsDetector(bom, Optional.empty());
    byte[] cut = ("<html><body>" + ARABIC + "_</body></html>").getBytes(StandardCharsets.UTF_8);
    cut[new String(cut, StandardCharsets.ISO_8859_1).indexOf('_')] = (byte) 0xD8; // a lone lead
    sameAsDetector(cut, Optional.empty());
    byte[] replacement =
        ("<html><body><p>كلمة \uFFFD مفقودة</p>" + ARABIC + "</body></html>")
            .getBytes(StandardCharsets.UTF_8);
    sameAsDetector(replacement, Optional.empty());
  }

  /** The byte scan must agree with the regex it replaced on every declaration form. */
  @Test
  void declarationScanAgreesWithTheRegex() {
    Pattern any =
        Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]*)", Pattern.CASE_INSENSITIVE);
    List<String> heads =
        List.of(
            "<meta charset=\"utf-8\">",
            "<meta charset=UTF8>",
            "<meta http-equiv=Content-Type content=\"text/html; CHARSET = 'utf-8'\">",
            "<meta charset=\"windows-1256\"><meta charset=utf-8>",
            "<meta charset=utf-8><p>charset=iso-8859-6</p>",
            "<meta charset=\"utf-8x\">",
            "<meta charset=\"\">",
            "<p>charset is a word, charset\t\n= utf-8 too</p>",
            "<p>charset</p><p>charsetcharset=utf-8</p>",
            "<?xml version=\"1.0\"?><html>",
            "<?XML version=\"1.0\"?><html>",
            "<?Xml version=\"1.0\"?><meta charset=utf-8>",
            "<p>وصلت القافلة charset=utf-8</p>",
            "<meta charset=utf-16>",
            "charset=");
    for (String head : heads) {
      byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
      String latin = new String(bytes, StandardCharsets.ISO_8859_1);
      boolean expected = !latin.contains("<?xml") && !latin.contains("<?XML");
      Matcher m = any.matcher(latin);
      while (expected && m.find()) {
        String label = m.group(1).toLowerCase(Locale.ROOT);
        expected = label.equals("utf-8") || label.equals("utf8");
      }
      assertEquals(expected, Inputs.onlyUtf8Declared(bytes), head);
    }
  }

  @Test
  void cappedFoldingMatchesFullFoldingOrGivesUp() {
    String label = "  إقرأ   أيضاً  ";
    assertEquals(Optional.of(ArabicFold.foldArabic(label)), ArabicFold.foldArabic(label, 30));
    assertEquals("اقرا ايضا", ArabicFold.foldArabic(label));
    assertEquals(Optional.empty(), ArabicFold.foldArabic("كلمة ".repeat(100), 30));
  }
}
