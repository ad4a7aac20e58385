package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.text.CharsetDetector;

/** The single-decode shortcut must answer exactly what the charset detector answers. */
class InputsTest {

  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final String ARABIC = "<p>وصلت القافلة إلى البلدة قبل الغروب بقليل 🌅</p>";

  private static void sameAsDetector(byte[] body, Optional<String> contentType) {
    assertEquals(CharsetDetector.decode(body, contentType), Inputs.decode(body, contentType));
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
    sameAsDetector(undeclared, Optional.empty());
    assertTrue(
        Inputs.decode(undeclared, Optional.empty()).contains("🌅"), "4-byte characters survive");
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
  }

  @Test
  void cappedFoldingMatchesFullFoldingOrGivesUp() {
    String label = "  إقرأ   أيضاً  ";
    assertEquals(Optional.of(Dom.foldArabic(label)), Dom.foldArabic(label, 30));
    assertEquals("اقرا ايضا", Dom.foldArabic(label));
    assertEquals(Optional.empty(), Dom.foldArabic("كلمة ".repeat(100), 30));
  }
}
