package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

  private static final Charset CP1256 = Charset.forName("windows-1256");
  private static final String ARABIC = "<p>قال الوزير إن الاجتماع سيعقد غداً في العاصمة</p>";

  @Test
  void bomWins() {
    byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(
        CharsetDetector.Evidence.BOM,
        CharsetDetector.detect(withBom, Optional.of("text/html; charset=windows-1256")).evidence());
    assertEquals(ARABIC, CharsetDetector.decode(withBom, Optional.empty()));
  }

  @Test
  void headerTrustedWhenBytesAgree() {
    byte[] b = ARABIC.getBytes(CP1256);
    CharsetDetector.Detected d =
        CharsetDetector.detect(b, Optional.of("text/html; charset=\"windows-1256\""));
    assertEquals(CP1256, d.charset());
    assertEquals(CharsetDetector.Evidence.HTTP_HEADER, d.evidence());
  }

  @Test
  void wrongUtf8HeaderOverWindows1256BytesIsSniffed() {
    byte[] b = ARABIC.getBytes(CP1256);
    CharsetDetector.Detected d = CharsetDetector.detect(b, Optional.of("text/html; charset=utf-8"));
    assertEquals(CP1256, d.charset());
    assertEquals(CharsetDetector.Evidence.SNIFFED, d.evidence());
    assertEquals(ARABIC, CharsetDetector.decode(b, Optional.of("text/html; charset=utf-8")));
  }

  @Test
  void latin1HeaderOverArabicBytesIsNotTrusted() {
    byte[] b = ("<html><head><meta charset=\"windows-1256\"></head>" + ARABIC).getBytes(CP1256);
    CharsetDetector.Detected d =
        CharsetDetector.detect(b, Optional.of("text/html; charset=ISO-8859-1"));
    assertEquals(CP1256, d.charset());
    assertEquals(CharsetDetector.Evidence.DOCUMENT, d.evidence());
  }

  @Test
  void latin1HeaderOverFrenchIsTrusted() {
    byte[] b =
        "<p>Le ministre a déclaré à la presse que l'été serait chaud</p>"
            .getBytes(StandardCharsets.ISO_8859_1);
    CharsetDetector.Detected d =
        CharsetDetector.detect(b, Optional.of("text/html; charset=iso-8859-1"));
    assertEquals("windows-1252", d.charset().name());
    assertEquals(CharsetDetector.Evidence.HTTP_HEADER, d.evidence());
  }

  @Test
  void metaUtf16MeansUtf8() {
    byte[] b = ("<meta charset=utf-16>" + ARABIC).getBytes(StandardCharsets.UTF_8);
    CharsetDetector.Detected d = CharsetDetector.detect(b, Optional.empty());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals(CharsetDetector.Evidence.DOCUMENT, d.evidence());
  }

  @Test
  void xmlDeclarationIsRead() {
    byte[] b =
        ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>" + ARABIC + "</rss>")
            .getBytes(CP1256);
    assertEquals(CP1256, CharsetDetector.detect(b, Optional.empty()).charset());
  }

  @Test
  void asciiIsDefaultUtf8AndEmojiSurvive() {
    assertEquals(
        CharsetDetector.Evidence.DEFAULT,
        CharsetDetector.detect("<p>hi</p>".getBytes(StandardCharsets.US_ASCII), Optional.empty())
            .evidence());
    String emoji = "خبر 😀 عاجل";
    assertEquals(
        emoji, CharsetDetector.decode(emoji.getBytes(StandardCharsets.UTF_8), Optional.empty()));
  }

  @Test
  void headerParsingIsLenient() {
    assertEquals(Optional.empty(), CharsetDetector.charsetOfHeader(null));
    assertEquals(
        Optional.empty(), CharsetDetector.charsetOfHeader("text/html; charset=no-such-thing"));
    assertEquals(Optional.of(CP1256), CharsetDetector.charsetOfHeader("text/html;charset=cp1256"));
    assertEquals(
        Optional.of(StandardCharsets.UTF_8),
        CharsetDetector.charsetOfHeader("application/json; CHARSET=UTF8"));
  }

  @Test
  void garbageNeverThrows() {
    byte[] junk = new byte[70_000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    String s = CharsetDetector.decode(junk, Optional.of("text/html; charset=utf-8"));
    assertTrue(s.length() > 0);
    assertEquals("", CharsetDetector.decode(new byte[0], Optional.empty()));
  }

  @Test
  void utf8PageWithOneCutSequenceStaysUtf8() {
    byte[] title = "<title>عنوان مقطوع".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(title, title.length - 1); // half of the last letter
    byte[] rest = ("</title>" + ARABIC.repeat(20)).getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[cut.length + rest.length];
    System.arraycopy(cut, 0, b, 0, cut.length);
    System.arraycopy(rest, 0, b, cut.length, rest.length);
    CharsetDetector.Detected d = CharsetDetector.detect(b, Optional.of("text/html; charset=utf-8"));
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals(CharsetDetector.Evidence.HTTP_HEADER, d.evidence());
    assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(b, Optional.empty()).charset());
    assertTrue(CharsetDetector.decode(b, Optional.empty()).contains(ARABIC));
  }

  @Test
  void utf8PageWithManyBadSequencesIsNotUtf8() {
    byte[] b = (ARABIC + ARABIC).getBytes(CP1256);
    assertEquals(
        CP1256, CharsetDetector.detect(b, Optional.of("text/html; charset=utf-8")).charset());
  }
}
